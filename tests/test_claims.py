"""Tests for verify.claims: intervals, events, places, dates, origins and stable ids."""
from datetime import date

import pytest

from verify.claims import claim_id, extract_claims, find_event, find_places, parse_date, resolve_date
from verify.pipeline import audit_document
from verify.records import Document
from verify.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def claims_of(text, rules, **document):
    return extract_claims(audit_document(Document(id="d", origin="d", text=text, **document), rules=rules),
                          rules=rules)


@pytest.mark.parametrize("text, value, low, high, low_open, high_open", [
    ("At least 14 civilians were killed.", 14, 14, None, False, False),
    ("More than 50 raids were carried out.", 50, 50, None, True, False),
    ("Up to 30 people died.", 30, None, 30, False, False),
    ("Not more than 19 people were abducted.", 19, None, 19, False, False),
    ("No more than 19 people were abducted.", 19, None, 19, False, False),
    ("About 400 militants crossed.", 400, 360, 440, False, False),
    ("Between 10 and 15 fighters were killed.", 10, 10, 15, False, False),
    ("Dozens of people were killed.", 12, 12, None, False, False),
    ("Hundreds of people fled.", 100, 100, None, False, False),
    ("Fourteen civilians were killed.", 14, 14, 14, False, False),
])
def test_claims_interval(rules, text, value, low, high, low_open, high_open):
    (claim,) = claims_of(text, rules)
    assert claim.value == value
    assert claim.low == pytest.approx(low) if low is not None else claim.low is None
    assert claim.high == pytest.approx(high) if high is not None else claim.high is None
    assert (claim.low_open, claim.high_open) == (low_open, high_open)


@pytest.mark.parametrize("text, written", [
    ("Between 10 and 15 fighters were killed.", "Between 10 and 15"),
    ("Some between 229 and 425 civilians died.", "some between 229 and 425"),
    ("It will cost between $2 billion and $3 billion.", "between $2 billion and $3 billion"),
    ("10 to 15 fighters were killed.", "10 to 15"),
])
def test_claims_a_range_is_written_and_known_with_its_between(rules, text, written):
    """A range's number text leaves "between" out, as the gold does; its claim is written with it,
    and its id is taken over the same words (so an id reviewed before stays the claim's)."""
    (claim,) = claims_of(text, rules)
    assert claim.text == written
    opening = text.lower().find(written.lower().removeprefix("some "))
    assert claim.id == claim_id("d", text, opening, claim.end)


@pytest.mark.parametrize("text, event", [
    ("At least 14 civilians were killed in the strike.", "killed"),
    ("The strikes wounded 20 people.", "wounded"),
    ("Russia launched seven cruise missiles.", "launched"),
    ("Assad controls 48 percent of the country.", "controls"),
    ("The convoy carried 400 passengers to the border.", None),
])
def test_claims_event(rules, text, event):
    number = next(i for i, ch in enumerate(text) if ch.isdigit() or text[i:].startswith("seven"))
    end = text.index(" ", number)
    assert find_event(text, number, end, rules=rules) == event


@pytest.mark.parametrize("text, places", [
    ("Strikes hit Deir ez-Zor and al-Mayadin.", ("Deir Ezzor", "Mayadeen")),
    ("Five died in Raqa.", ("Raqqa",)),
    ("Nothing happened anywhere.", ()),
])
def test_claims_places_are_canonical(rules, text, places):
    assert find_places(text, rules=rules) == places


@pytest.mark.parametrize("text, expected", [
    ("4/5/2017", date(2017, 4, 5)),
    ("2017-10-08", date(2017, 10, 8)),
    ("08 October 2017", date(2017, 10, 8)),
    ("not a date", None),
    (None, None),
])
def test_claims_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Observatory said on Friday that 20 died.", date(2017, 11, 24)),   # published Monday 27 Nov 2017
    ("Twenty died yesterday.", date(2017, 11, 26)),
    ("Twenty died.", date(2017, 11, 27)),
])
def test_claims_relative_days_resolve_against_publication(sentence, expected):
    assert resolve_date(sentence, date(2017, 11, 27)) == expected


def test_claims_origin_collapses_relays_and_affiliations(rules):
    (claim,) = claims_of("RT quoted the military as saying 50 fighters were killed.", rules)
    assert claim.source == "Russian Defence Ministry"
    assert claim.via == ("RT",)
    assert claim.origins == ("russian-government",)


@pytest.mark.parametrize("text, origins", [
    # a state medium the registry does not know rests on its country's government
    ("Iranian state TV said 12 people were killed in Ahvaz.", ("iranian-government",)),
    ("Twelve people were killed in Ahvaz, Jordanian state TV reported.", ("government-of-jordan",)),
    ("Twelve people were killed in Ahvaz, Jordan's state TV reported.", ("government-of-jordan",)),
    ("Belarusian state news agency Belta said 40 people were detained in Minsk.", ("government-of-belarus",)),
    # the registry's state medium of a country whose government it has no entry for (its `country`)
    ("KCNA said 12 soldiers were killed in Pyongyang.", ("government-of-north-korea",)),
    ("Twelve people drowned in Kelantan, Bernama reported.", ("government-of-malaysia",)),
    ("North Korea said 12 soldiers were killed in Pyongyang.", ("government-of-north-korea",)),
    # (a country's government is one origin however the text names it)
    ("Twelve people were killed in Amman, the Jordanian government said.", ("government-of-jordan",)),
    ("Twelve people were killed in Amman, Jordan's government said.", ("government-of-jordan",)),
    # (after the held-out read) a country's name before "government", and its federal government
    ("Twelve people were killed in Nairobi, the Kenya government said.", ("government-of-kenya",)),
    ("Twelve militants were killed, the Federal Government of Somalia said.", ("government-of-somalia",)),
    ("Twelve militants were killed, Somalia's Federal Government said.", ("government-of-somalia",)),
    # (a review of 3f98455) a part of a country, or another people's, is not the country's government
    ("Twelve people died in Perth, the Western Australian government said.", ("western-australian-government",)),
    ("Twelve people died in Nicosia, the Turkish Cypriot government said.", ("turkish-cypriot-government",)),
    # (an outlet is its own origin)
    ("Twelve people were killed in Ahvaz, the Tehran Times reported.", ("tehran-times",)),
    # (a country speaking by its bare name is its government: "Syria says" is the Syrian government's)
    ("Syria says 12 soldiers were killed in Deir Ezzor.", ("syrian-government",)),
    ("Jordan said 12 people were killed in Amman.", ("government-of-jordan",)),
    # (a review) a country's military the registry does not know rests on its government, as the
    # registry's Syrian army does
    ("Iran's armed forces said 3 drones were shot down over Isfahan.", ("iranian-government",)),
    ("The Nigerian army said 12 bandits were killed in Zamfara.", ("government-of-nigeria",)),
])
def test_claims_origin_of_another_countrys_state_medium(rules, text, origins):
    (claim,) = claims_of(text, rules)
    assert claim.origins == origins


def test_claims_a_state_medium_of_a_country_the_places_lack_rests_on_itself(tmp_path):
    # a places.jsonl of one's own without the medium's country: no government, and no crash
    import json
    (tmp_path / "places.jsonl").write_text(json.dumps({"id": "place.jordan", "name": "Jordan", "within": None}) + "\n",
                                           encoding="utf-8")
    rules = load_rules(tmp_path)
    (claim,) = claims_of("KCNA said 12 soldiers were killed.", rules)
    assert claim.origins == ("kcna",)


def test_claims_a_medium_named_again_rests_on_its_government(rules):
    document = audit_document(Document(id="t", origin="t", text=(
        "Belarusian state news agency Belta said 12 people were detained in Minsk. The agency said 14 others were "
        "injured in Minsk. It added that 15 police officers were hurt in Minsk.")), rules=rules)
    assert [c.origins for c in extract_claims(document, rules=rules)] == [("government-of-belarus",)] * 3


def test_claims_by_x_that_belong_to_x(rules):
    text = ("The Syrian Observatory for Human Rights dismissed claims by Hezbollah and Russia that "
            "Assad has retaken 85 percent of the country.")
    (claim,) = claims_of(text, rules)
    assert set(claim.origins) == {"hezbollah", "russian-government"}


def test_claims_outlet_voice_has_no_origin(rules):
    (claim,) = claims_of("Russian strikes killed 38 civilians in Deir Ezzor.", rules)
    assert claim.origins == () and claim.source is None


def test_claims_unnamed_sources_share_one_origin(rules):
    (a,) = claims_of("Activists said 12 people were killed in Idlib.", rules)
    (b,) = claims_of("Residents told Reuters 12 people were killed in Idlib.", rules)
    assert a.origins == b.origins == ("unnamed",)


def test_claims_id_is_stable_and_local(rules):
    text = "Intro sentence. At least 14 civilians were killed in Raqqa, activists said. Closing line."
    edited_elsewhere = "A different intro. At least 14 civilians were killed in Raqqa, activists said. New end."
    edited_here = "Intro sentence. At least 15 civilians were killed in Raqqa, activists said. Closing line."
    first = claims_of(text, rules)[0].id
    assert claims_of(text, rules)[0].id == first
    assert claims_of(edited_elsewhere, rules)[0].id == first
    assert claims_of(edited_here, rules)[0].id != first


def test_claims_id_differs_between_documents_and_repeats():
    assert claim_id("a", "Five died.", 0, 4) != claim_id("b", "Five died.", 0, 4)
    assert claim_id("a", "Five died.", 0, 4, occurrence=1) != claim_id("a", "Five died.", 0, 4)


def test_claims_repeated_sentence_gets_distinct_ids(rules):
    text = "Five civilians died in Homs.\nFive civilians died in Homs."
    ids = [c.id for c in claims_of(text, rules)]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_claims_boilerplate_and_headline(rules):
    text = "Strike kills 38 civilians\nComments About This Article\nThe toll rose to 40, activists said."
    claims = claims_of(text, rules)
    assert [c.text for c in claims] == ["38", "40"]
    assert [c.headline for c in claims] == [True, False]


@pytest.mark.parametrize("sentence, expected", [
    ("More than 3000 people were killed since September.", date(2017, 9, 1)),
    ("The offensive has killed 955 civilians since early March.", date(2017, 3, 1)),
    ("At least 340,000 people have been killed since March 2011.", date(2011, 3, 1)),
    ("Twelve died on Friday.", None),
])
def test_claims_since_month_resolves_against_publication(sentence, expected):
    from verify.claims import resolve_since
    assert resolve_since(sentence, date(2017, 10, 8)) == expected


def test_claims_carry_since(rules):
    (claim,) = claims_of("More than 3000 people were killed in Deir Ezzor since September, activists said.", rules,
                         published="10/8/2017")
    assert claim.since == "2017-09-01" and claim.date == "2017-10-08"


@pytest.mark.parametrize("sentence", ["Twelve died on Friday.", "Twelve died yesterday.", "Twelve died today."])
def test_claims_relative_date_before_year_one_is_unknown(sentence):
    published = date(1, 1, 1)  # a Monday: the Friday before, and yesterday, are not in the calendar
    assert resolve_date(sentence, published) in (None, published)
    if "today" not in sentence:
        assert resolve_date(sentence, published) is None


@pytest.mark.parametrize("sentence, published", [
    ("Twelve died since September.", date(1, 1, 2)),
    ("Twelve died since March 0000.", date(2017, 10, 8)),
    ("Twelve died since March 0000.", None),
])
def test_claims_since_outside_the_calendar_is_unknown(sentence, published):
    from verify.claims import resolve_since
    assert resolve_since(sentence, published) is None


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-02", "9999-12-31"])
def test_claims_edge_publication_dates_never_crash(rules, published):
    claims = claims_of("On Friday 14 civilians were killed since September, yesterday, activists said.", rules,
                       published=published)
    assert [c.value for c in claims] == [14]
    expected = {"0001-01-01": (None, None), "0001-01-02": ("0001-01-01", None),
                "9999-12-31": ("9999-12-30", "9999-09-01")}[published]  # yesterday; the last 1 September
    assert (claims[0].date, claims[0].since) == expected


def test_claims_names_day_only_for_a_day_the_text_names():
    from verify.claims import names_day
    assert names_day("Warplanes launched 60 raids yesterday.")
    assert names_day("There had been 29 raids so far today.")
    assert names_day("Fourteen civilians were killed on Monday.")
    assert not names_day("Fourteen civilians were killed in Raqqa.")
    assert names_day("Strikes this morning killed 14.")


def test_claims_vague_amount_missing_from_the_table_takes_its_numbers_low(rules):
    """A vague amount VAGUE lacks ("a few hundred") takes its number's low (200), not "a few" (2)."""
    (claim,) = claims_of("A few hundred people fled the town.", rules)
    assert (claim.value, claim.low, claim.high) == (200, 200, None)


@pytest.mark.parametrize("text, written", [
    # (fifty-ninth session) only "between … and" made "between" part of a range's text before the
    # fifty-eighth session; a hyphen or dash range after "between" ("between 10-15") never held it, so
    # its claim is written, and known by its id, without it, as it was
    ("The storm killed between 10-15 people, officials said.", "10-15"),
    ("The storm killed between 10–15 people, officials said.", "10–15"),
    ("The storm killed some between 10-15 people.", "10-15"),
    ("The storm killed between 10 and 15 people, officials said.", "between 10 and 15"),
    ("The storm killed between ten and fifteen people.", "between ten and fifteen"),
    ("The storm killed 10-15 people, officials said.", "10-15"),
])
def test_claims_a_range_without_and_is_written_without_between(rules, text, written):
    (claim,) = claims_of(text, rules)
    assert claim.text == written
    assert claim.id == claim_id("d", text, text.find(written), claim.end)
    # the claim's offsets are its number's, whose text ends the claim's ("between 10 and 15": "10 and 15")
    assert claim.text.endswith(text[claim.start:claim.end])


@pytest.mark.parametrize("text, highlighted", [
    # the review highlights a claim's qualifier and "between" with its number, each form alike
    ("The storm killed some between 10 and 15 people.", "some between 10 and 15"),
    ("The storm killed between 10-15 people.", "10-15"),
    ("At least 14 died.", "At least 14"),
])
def test_claims_span_in_context_covers_what_the_claim_writes(rules, text, highlighted):
    from verify.review import claim_span

    (claim,) = claims_of(text, rules)
    start, end = claim_span(claim, 0)
    assert claim.context[start:end] == highlighted


@pytest.mark.parametrize("text, low, low_open", [
    # (fifty-ninth session) "exceeding" excludes its bound as "more than" and "above" do
    ("Gusts exceeding 240 km/h were recorded.", 240, True),
    ("Temperatures above 45 degrees were recorded.", 45, True),
    ("More than 50 raids were carried out.", 50, True),
    ("At least 14 civilians were killed.", 14, False),
    # (sixtieth session) "topping", "upwards of" and "in excess of" as well
    ("Deaths topping 500 were reported.", 500, True),
    ("Upwards of 300 people were killed.", 300, True),
    ("Damage in excess of 100,000 dollars was reported.", 100000, True),
])
def test_claims_exceeding_is_an_exclusive_lower_bound(rules, text, low, low_open):
    (claim,) = claims_of(text, rules)
    assert (claim.low, claim.high, claim.low_open) == (low, None, low_open)
