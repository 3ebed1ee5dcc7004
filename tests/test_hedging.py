"""Tests for verify.hedging: hedge words found, things that are not hedges, and how scores combine."""
import pytest

from verify.hedging import LEVELS, assess_hedge, level_for
from verify.records import Attribution
from verify.rules import load_rules

HEDGES = load_rules().hedges


def hedge(text, attribution=None):
    return assess_hedge(text, rules=load_rules(), attribution=attribution)


def said_by(cue, stance, **extra):
    return Attribution(source="Syrian army", source_id="syrian-army", source_type="military", mention="The army",
                       cue=cue, stance=stance, rule="attr.subject-cue", **extra)


@pytest.mark.parametrize("phrase, weight", [(h.phrase, h.weight) for h in HEDGES if h.weight > 0],
                         ids=[h.id for h in HEDGES if h.weight > 0])
def test_hedging_every_lexicon_phrase_is_found(phrase, weight):
    result = hedge(f"Officials said the convoy {phrase} came under fire near Idlib.")
    assert [c.lower() for c in result.cues] == [phrase.lower()]
    assert result.score == pytest.approx(weight)
    assert result.level == level_for(result.score) != "none"


@pytest.mark.parametrize("text, cues", [
    ("Missiles reportedly hit the base.", ["reportedly"]),
    ("Reportedly, missiles hit the base.", ["Reportedly"]),                 # cue as in the text
    ("The army may attack the town.", ["may"]),
    ("It was possibly true and reportedly false.", ["possibly", "reportedly"]),   # in text order
    ("Six died, according to preliminary reports.", ["according to preliminary reports"]),  # longest wins
    ("The preliminary estimate was six.", ["preliminary estimate"]),
    ("At least 17 people were reported killed in the blast.", ["reported killed"]),   # agentless report
    ("The van was supposedly carrying aid.", ["supposedly"]),
    ("According to initial information eight people were killed.", ["According to initial information"]),
    ("The 'alleged' chemical attack killed 80.", ["alleged"]),          # single quotes around a hedge
    # added in the twelfth session, from dev gold the lexicon missed
    ("These images, if verified, suggest executions.", ["if verified", "suggest"]),
    ("I cannot rule out that the number of dead will rise.", ["cannot rule out"]),
    ("As far as we know, those in the helicopter died.", ["As far as we know"]),
    ("Yazda disputed the figures, estimating that 1,200 families had left.", ["estimating"]),
    # added in the thirteenth session, from the fifth and sixth wire batches' dev halves
    ("At least 17 civilians were killed in an attack attributed to CODECO militiamen.", ["attributed to"]),
    ("A man was arrested on suspicion of piloting the boat.", ["on suspicion of"]),
    ("Security officials suspect the attack was carried out by a local cell.", ["suspect the"]),
    # added in the fifteenth session: a speaker's prediction, not a past expectation
    ('"We expect the number to change once we have full access," he said.', ["We expect"]),
    ("\"I'd expect quotes to move back toward 1%,\" said Hale.", ["I'd expect"]),
    ("\"We’re still expecting destructive winds near the centre,\" she said.", ["We’re still expecting"]),
    ("Officials said they can’t rule out more deaths.", ["can’t rule out"]),  # either apostrophe matches a phrase's
    ("His condition was described as stable.", ["was described as"]),  # a state as reported, not seen
    ("He was taken to hospital, where his condition was stated to be stable.", ["was stated to be"]),
    # "might not", and "may not" for what may not have happened, doubt as "may" does ("could not" is
    # inability, and "may not" a rule or a permission: below)
    ("Early warnings may not have reached some villages, he acknowledged.", ["may"]),
    ("The minister warned that the worst might not yet be over.", ["might"]),
])
def test_hedging_cues_found(text, cues):
    assert list(hedge(text).cues) == cues


@pytest.mark.parametrize("text", [
    "The attack happened in May 2017.",              # the month, not the modal
    "May 2017 was the deadliest month.",
    "Officials could not be reached for comment.",   # ability, not doubt
    "Officials may not comment on the strike.",
    "This material may not be reproduced, published or broadcast.",  # a permission refused
    "This material may not be distributed or republished without permission.",
    "Detainees may not be held for more than 48 hours without charge, the court ruled.",  # a rule
    "You may not like it, but three of four voters backed the deal.",
    "Smoke could be seen from miles away.",
    "Intermittent gunfire could still be heard.",
    "Russia vetoed a ceasefire so that humanitarian aid could reach the city.",  # purpose, not doubt
    "Qatar is studying what it could provide to protect the Syrian people.",
    "No one could say who was responsible for the attack.",
    "Neither claim could be independently verified.",  # a negated ability, as "could not be verified"
    "Residents said they feared ongoing shortages if the road remained closed.",  # an emotion, not doubt
    "She spoke on condition of anonymity because she feared for the safety of her family.",
    "At least 14 people were killed.",               # approximators belong to the number
    "More than 100 people were killed, nearly half of them children.",
    "About 40 fighters died.",
    "The army said 40 fighters were killed.",
    "The mayor of Aleppo will visit on Monday.",     # "may" inside a word
    '"The border was easier than I expected," he said.',  # a past expectation, not a prediction
    "It is exactly what you would expect from a regime.",  # (a code review's findings)
    "The couple are expecting their first child.",
    "The ballistics report was published.",
    # Gold (fixtures/gold/dev/1923848264.json) marks this unhedged: stated uncertainty about
    # verification is not a hedge since d570abc, which dropped the lexicon entry.
    "The numbers could not be independently confirmed.",
    "The report could not be independently verified.",
    # Naming devices and ability are not doubt about the content: the gold guidelines
    # (fixtures/gold/GUIDELINES.md) list neither "so-called" nor "possible", and dev gold never
    # marks them (0 of 6 and 0 of 3 sentences).
    "Raqqa is the capital of the so-called caliphate.",
    "We pledge to do everything possible to prosecute them.",
    "The army destroyed 3 vehicles before they could reach the area.",
    "Others could only look on at the destruction.",   # ability, not doubt (dev 1923848234)
    "I could barely manage to hide my children.",
    "",
])
def test_hedging_not_hedges(text):
    result = hedge(text)
    assert (result.level, result.score, result.cues) == ("none", 0.0, ())


def test_hedging_distancing_cue_raises_the_score_and_adds_the_cue():
    text = "The army claimed 40 fighters were killed."
    plain = hedge(text)
    distanced = hedge(text, said_by("claimed", "distancing"))
    assert plain.score == 0.0 and plain.cues == ()
    assert distanced.score > plain.score
    assert distanced.cues == ("claimed",)
    assert distanced.level != "none"


def test_hedging_distancing_cue_combines_with_a_hedge_word():
    text = "The army claimed 40 fighters were possibly killed."
    alone = hedge(text)
    both = hedge(text, said_by("claimed", "distancing"))
    assert both.score > alone.score
    assert both.cues == ("possibly", "claimed")


@pytest.mark.parametrize("attribution", [
    said_by("said", "neutral"),
    said_by("confirmed", "committal"),
    said_by("denied", "denying"),
    said_by("claimed", "distancing", carried=True),   # the cue belongs to an earlier sentence
    said_by(None, None),
    None,
])
def test_hedging_other_attributions_add_nothing(attribution):
    result = hedge("The army said 40 fighters were killed.", attribution)
    assert (result.score, result.cues) == (0.0, ())


def test_hedging_distancing_cue_already_a_hedge_word_counts_once():
    # "alleged" is both a hedge word and a distancing cue: one piece of doubt, one cue.
    text = "The army alleged 40 fighters were killed."
    with_cue = hedge(text, said_by("alleged", "distancing"))
    assert [c.lower() for c in with_cue.cues] == ["alleged"]
    assert with_cue.score == hedge(text).score


@pytest.mark.parametrize("one, two", [
    ("Missiles reportedly hit the base.", "Missiles reportedly hit the base, possibly killing ten."),
    ("The army may attack.", "The army may attack, officials apparently said."),
    ("It was unconfirmed.", "It was unconfirmed and allegedly staged."),
])
def test_hedging_two_hedges_score_more_than_one(one, two):
    assert hedge(two).score > hedge(one).score > 0
    assert len(hedge(two).cues) == len(hedge(one).cues) + 1


def test_hedging_combines_as_noisy_or():
    weights = {h.phrase: h.weight for h in HEDGES}
    expected = 1 - (1 - weights["possibly"]) * (1 - weights["reportedly"])
    assert hedge("It was possibly true and reportedly false.").score == pytest.approx(expected, abs=1e-3)


def test_hedging_score_stays_in_unit_interval():
    text = " ".join(f"It {h.phrase} happened." for h in HEDGES)
    result = hedge(text, said_by("claimed", "distancing"))
    assert 0.0 < result.score <= 1.0
    assert result.level == "high"


@pytest.mark.parametrize("score, level", [
    (0.0, "none"), (0.01, "low"), (0.3, "low"), (0.35, "medium"), (0.5, "medium"),
    (0.6, "high"), (0.75, "high"), (1.0, "high"),
])
def test_hedging_level_for(score, level):
    assert level_for(score) == level


def test_hedging_levels_are_monotonic():
    order = [name for _, name in LEVELS]
    assert order == ["none", "low", "medium", "high"]
    ranks = [order.index(level_for(i / 1000)) for i in range(1001)]
    assert ranks == sorted(ranks)
    assert ranks[0] == 0 and ranks[-1] == len(order) - 1


def test_hedging_could_with_only_or_barely_is_ability_but_could_alone_still_hedges():
    assert hedge("The toll could only rise.").cues == ()
    assert hedge("The toll could rise.").cues == ("could",)


@pytest.mark.parametrize("text, cue", [
    ("Initial reports indicated that over 40 civilians were killed.", "Initial reports"),
    ("Reports said earlier today that the army advanced.", "Reports said"),
    ("I think many are trying to find out.", "I think"),
    ("About 100 fighters were killed according to media reports.", "according to media reports"),
    ("According to reports the bridge was destroyed.", "According to reports"),
    ("What are usually deemed to be stray rounds hit the town.", "deemed to"),
    ("Artillery shelling was also reported to the south of the city.", "was also reported"),
    ("Meanwhile in Damascus reports emerged that a deal had been reached.", "reports emerged"),
])
def test_hedging_agentless_reports_and_i_think_hedge(text, cue):
    assert hedge(text).cues == (cue,)


def test_hedging_a_named_report_is_no_hedge():
    assert hedge("The Observatory's report said 40 civilians were killed.").level == "none"
    assert hedge("We think of the victims.").level == "none"


@pytest.mark.parametrize("text, cue", [
    ("Civilian casualties were also reported in rural areas.", "were also reported"),
    ("Intense fighting was reported between the army and the militants.", "was reported"),
    ("Inspectors are investigating allegations that chlorine was used.", "allegations that"),
    ("The area came under shelling amid fresh reports of gas use.", "reports of"),
])
def test_hedging_an_agentless_report_hedges(text, cue):
    assert hedge(text).cues == ((cue,) if cue else ())


def test_hedging_a_report_with_its_agent_named_does_not_hedge():
    # the agent after "by", or a named source of the sentence, takes the report's doubt away
    assert hedge("Intense fighting was reported by SANA near the airport.").level == "none"
    assert hedge("Intense fighting was reported near the airport.", said_by("said", "neutral")).level == "none"
    unnamed = Attribution(source="unnamed (activists)", source_id="anonymous", source_type="anonymous",
                          mention="activists", cue="said", stance="neutral", rule="attr.subject-cue")
    assert hedge("Intense fighting was reported near the airport.", unnamed).cues == ("was reported",)



def test_hedging_matching_only_the_phrases_keyed_by_the_sentence_finds_what_every_phrase_finds(monkeypatch):
    # each sentence runs an alternation of just the phrases whose longest word it holds; on real
    # news text the hits must be those of the alternations over every phrase
    from pathlib import Path

    from verify.hedging import _Matcher, find_hedges
    from verify.segment import split_sentences

    rules = load_rules()
    sentences = [s.text for path in sorted(Path("fixtures/seeds").glob("*.txt"))
                 for s in split_sentences(path.read_text(encoding="utf-8"), abbreviations=rules.abbreviations)]
    sentences += ["Five were reported killed, the activists could not say.", "It may have been, in May, allegedly.",
                  "Reports of shelling could not be confirmed, according to preliminary reports."]

    def hits():
        return [[(m.start(), m.group(), h.phrase) for m, h in find_hedges(text, rules=rules)] for text in sentences]

    keyed = hits()
    assert sum(map(len, keyed)) >= 15
    patterns = _Matcher.patterns
    monkeypatch.setattr(_Matcher, "patterns", lambda self, present: patterns(self, self.key_words))
    assert hits() == keyed


@pytest.mark.parametrize("text, cue", [
    ("More dead were feared to be buried under the rubble.", "were feared"),
    ("Three journalists are feared dead.", "are feared"),
    ("Three journalists feared dead after the strike.", "feared dead"),
    ("The council said people sheltered in places which it feared could lead to outbreaks.", "feared could"),
])
def test_hedging_feared_hedges_a_proposition(text, cue):
    assert cue in hedge(text).cues


def test_hedging_claiming_an_attack_is_responsibility_not_distance():
    from verify.attribution import attribute
    from verify.records import Document
    from verify.segment import split_sentences
    rules = load_rules()
    for text, stance in [("IS has claimed the bombings in the city.", "neutral"),
                         ("Daesh claimed the attack in a statement.", "neutral"),
                         ("Russia claimed the strikes killed 5 militants.", "distancing")]:
        sentences = split_sentences(text, abbreviations=rules.abbreviations)
        (attribution,) = attribute(sentences, rules=rules, document=Document(id="t", origin="t", text=text))
        assert attribution.stance == stance, text
        assert (hedge(text, attribution).level == "none") == (stance == "neutral"), text



@pytest.mark.parametrize("text, cue", [
    # a claim hedges whoever makes it, found or not: "The PDF unit" is no source the rules name
    ("The PDF unit separately claimed that its fighters had overrun two outposts.", "claimed that"),
    ("Pro-government outlets went further, claiming that Armenia had fired first.", "claiming that"),
    ("A video claiming to show a missile strike was shared widely.", "claiming to"),
    ("The association denied it, alleging that herders had also lost cattle.", "alleging that"),
])
def test_hedging_a_claim_hedges_without_an_attribution(text, cue):
    assert cue in hedge(text).cues and hedge(text).level != "none"


def test_hedging_a_claim_phrase_and_its_distancing_cue_count_once():
    text = "The army claimed that 40 fighters were killed."
    assert hedge(text, said_by("claimed", "distancing")).cues == ("claimed that",)
    assert hedge(text, said_by("claimed", "distancing")).score == hedge(text).score


def test_hedging_a_claim_on_lives_is_no_claim_phrase():
    assert hedge("The blast claimed the lives of 12 people.").cues == ()


def test_hedging_a_forecast_in_the_passive_hedges_and_a_comparison_does_not():
    assert "are expected" in hedge("More heavy rains are expected in the east.").cues
    assert hedge("The border was easier than I expected.").cues == ()


@pytest.mark.parametrize("text", [
    'Shells were falling nearby, and we could hear heavy machine guns until dawn.',
    "A witness told Reuters he could see people waiting for relatives to come from the east.",
])
def test_hedging_could_of_perception_is_ability(text):
    assert hedge(text).cues == ()


def test_hedging_could_see_of_a_thing_is_a_possibility():
    assert hedge("The evacuations could see some 30,000 people moved across battle lines.").cues == ("could",)


@pytest.mark.parametrize("text, cues", [
    ("It went on for maybe 15 or 20 minutes.", ()),  # an approximator of a duration
    ("I have found work for maybe ten days.", ()),
    ("Maybe he is alive.", ("Maybe",)),
])
def test_hedging_maybe_before_a_duration_belongs_to_the_number(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    ("Maybe a ceasefire will hold.", ("Maybe",)),  # no number: a hedge
    ("maybe one day the war will end.", ("maybe",)),
    ("It was maybe a mistake.", ("maybe",)),
    # a witness's guess at a count: the dev gold hedges it (10 sentences, none unhedged)
    ("We heard booms, maybe ten, fifteen of them.", ("maybe",)),
    ("They came from the hills, maybe 60 or 70 of them.", ("maybe",)),
    ("We only had maybe 15 or 20 units.", ("maybe",)),
])
def test_hedging_maybe_before_a_count_is_a_guess(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    # the dev gold marks a bare "preliminary" unhedged 17 times, hedged 7: a first figure is not doubt
    ("The ministry said in a preliminary toll that six died.", ()),
    ("Police have opened a preliminary investigation into the fire.", ()),
    ("Preliminary figures indicate that more than 310 people have been affected.", ()),
    ("Six died, according to preliminary reports.", ("according to preliminary reports",)),
    ("A preliminary estimate put the damage at $2 million.", ("preliminary estimate",)),
    ("Preliminary information indicates that this was a targeted attack.", ("Preliminary information indicates",)),
])
def test_hedging_preliminary_hedges_only_as_an_estimate_or_report(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    ("The Israeli military admitted the strikes, claiming it had targeted a depot.", ("claiming",)),
    ("She called for more resources, claiming the area had been left behind.", ("claiming",)),
    ("Shells hit the market claiming the lives of 20 civilians.", ()),  # a death toll, no claim
    ("Shells hit the checkpoint claiming 4 martyrs and 13 injured.", ()),
    ("Russia called a meeting after claiming over 60 fighters were killed.", ("claiming",)),  # a count opening a clause
    ("The group issued a statement claiming responsibility for the attack.", ()),
])
def test_hedging_claiming_hedges_unless_it_counts_the_dead(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    ("Residents said they expected further attacks overnight.", ("expected",)),
    ("Passau expects Danube to peak", ("expects",)),
    ("As expected, the talks failed.", ()),
    ("The volume was close to what is usually expected for two months.", ()),
])
def test_hedging_an_expectation_of_events_hedges(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    ("What could he have done?", ()),  # a rhetorical question
    ("We have protected every house we could.", ()),  # what someone was able to do
    ("We were just picking which houses we could save.", ()),
    ("You could see the glow from the school.", ()),
    ("We urge all sides to refrain from any actions that could endanger civilians.", ()),  # a warning
    ("Hospital officials could confirm only one death.", ()),
    ("The SIU is asking anyone who may have information to contact it.", ()),  # an appeal
    ("They did not believe in his involvement.", ()),  # disbelief in an account
    ("Who is going to believe such a thing?", ()),
    ("The toll could rise.", ("could",)),
    ("We do not believe anyone else was involved.", ("believe",)),
    ("Militants may have fled the town.", ("may",)),
])
def test_hedging_ability_appeals_and_disbelief_are_no_doubt(text, cues):
    assert hedge(text).cues == cues


def test_hedging_they_could_see_a_forecast_still_hedges():
    assert hedge("They could see the front line collapse within days.").cues == ("could",)


def test_hedging_another_claim_phrase_does_not_hide_the_distancing_cue():
    # only "claimed", "claimed that" or "claimed to" is the attribution's own cue counted once
    text = "The army claimed 40 fighters were killed, alleging that rebels fired first."
    assert hedge(text, said_by("claimed", "distancing")).cues == ("alleging that", "claimed")


@pytest.mark.parametrize("text", [
    "None of these figures could be independently verified.",
    "Neither side's claims could be independently verified.",
    "None of the photos Quintero showed could be independently verified.",
])
def test_hedging_none_or_neither_could_be_verified_is_no_doubt_about_the_content(text):
    assert hedge(text).cues == ()


@pytest.mark.parametrize("text, cues", [
    ("The buildings have appeared in satellite imagery as residential blocks.", ()),  # to be seen
    ("Amateur video appeared on the Internet showing victims.", ()),
    ("The strike appeared to deal a fatal blow to the truce.", ("appeared",)),  # to seem
    ("It appears that 12 people died.", ("appears",)),
])
def test_hedging_appeared_on_or_in_is_seen_not_seeming(text, cues):
    assert hedge(text).cues == cues


def test_hedging_we_could_see_a_forecast_hedges():
    assert hedge("We could see falls of 300 to 500 millimetres in some spots.").cues == ("could",)


@pytest.mark.parametrize("text, cues", [
    # a review's probes of the twenty-fourth session's readings, mended
    ("A suicide bomber struck a mosque, claiming at least 46 lives, a Taliban spokesman said.", ()),
    ("The blast, claiming nearly 100 lives, was the deadliest this year.", ()),
    ("The group later issued a statement claiming the bombing.", ()),
    ("The suspect had been claiming benefits under three different names.", ()),
    ("Analysts had expected a cut in November.", ()),  # what was foreseen, now past
    ("The move was widely expected.", ()),
    ("People who may have been exposed to the gas were taken to hospitals.", ("may",)),  # real doubt
    ("Officials warned that anyone who may have been exposed should seek care.", ("may",)),
    ("Police asked anyone who may have seen the car to call.", ()),  # an appeal
    # a warning against rumours is no doubt about the story (the dev gold: 9 sentences, none hedged for it)
    ("He urged the public not to speculate or spread unverified information on social media.", ()),
    ("The NCEM urged the public to avoid circulating rumours on social media.", ()),
    ('The spokeswoman dismissed such reports as "rumours peddled by enemies".', ()),
    ("He dismissed allegations of assault as unfounded.", ()),
    ("There were rumours of a coup.", ("rumours",)),
])
def test_hedging_review_findings_of_the_twenty_fourth_session(text, cues):
    assert hedge(text).cues == cues


def test_hedging_no_doubt_groups_are_the_words_it_clears():
    """`find_hedges` skips _NO_DOUBT in an ASCII text holding none of _NO_DOUBT_WORDS: every group
    of the pattern must be an alternation of those words (a new branch clearing a new word must
    add it to the list)."""
    import re

    from verify.hedging import _NO_DOUBT, _NO_DOUBT_WORDS

    groups = re.findall(r"(?<!\\)\(([a-z]+(?:\|[a-z]+)*)\)", _NO_DOUBT.pattern)
    assert len(groups) == _NO_DOUBT.groups
    assert {w for g in groups for w in g.split("|")} <= _NO_DOUBT_WORDS


def test_hedging_skipping_no_doubt_finds_the_same(monkeypatch):
    """The hedges of every sentence of the corpora, and of odd ones, with _NO_DOUBT tried always."""
    from pathlib import Path

    from verify import hedging
    from verify.segment import split_sentences

    rules = load_rules()
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [s.text for path in [root / "fa-kes-train.csv", *sorted((root / "seeds").glob("*.txt")),
                                 *sorted((root / "wire").glob("*.txt"))[:150]]
             for line in path.read_text(encoding="utf-8").splitlines()
             for s in split_sentences(line, abbreviations=rules.abbreviations)]
    texts += ["It could not be reached.", "IT COULD NOT BE REACHED, possibly.", "Maybe 15 died, reportedly.",
              "It cOuld be seen, apparently.", "It mıght not happen, possibly.", "No one could say, allegedly."]
    assert len(texts) > 10_000
    quick = [[(m.span(), h.phrase) for m, h in hedging.find_hedges(t, rules=rules)] for t in texts]
    class Always(frozenset):  # (never disjoint from a text's words: _NO_DOUBT always tried)
        def isdisjoint(self, other):
            return False

    monkeypatch.setattr(hedging, "_NO_DOUBT_WORDS", Always())
    assert [[(m.span(), h.phrase) for m, h in hedging.find_hedges(t, rules=rules)] for t in texts] == quick


@pytest.mark.parametrize("text, cues", [
    # hedges of the literature that the dev golds hedge whenever they occur (twenty-fifth session)
    ("His figures allege the 83 extremists died.", ("allege",)),
    ("The suit alleges that 40 guards beat the prisoners.", ("alleges",)),
    ("The missile was almost certainly a 9M723.", ("almost certainly",)),
    ("A video that purports to show the strike spread quickly.", ("purports",)),
    ("Security forces fired live ammunition, according to several accounts.", ("according to several accounts",)),
    ("There are indications that weapons were brought in.", ("There are indications",)),  # (cues as written)
    # not these (a helper's review: "unofficially" names, "suggesting that" proposes, accounts are filed)
    ("Police said the accounts of 12 victims were frozen.", ()),
    ("The Zambian team, known unofficially as Chipolopolo, won 3 matches.", ()),
    ("He wrote to the governor suggesting that schools close early.", ()),
    ("The firm made a loss of $3 million, according to accounts filed with Companies House.", ()),
    ("She gave no indications of leaving.", ()),
])
def test_hedging_lexicon_of_the_twenty_fifth_session(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    # an agentless report of a status in the main clause hedges (the wire dev gold)
    ("Two others are reported missing after the floods.", ["are reported missing"]),
    ("Three labourers are also reported missing.", ["are also reported missing"]),
    ("The crew are reported safe.", ["reported safe"]),
    ("Population movement towards Syria has also been reported.", ["has also been reported"]),
    # but a relative clause's status describes who is meant: "people who were reported missing"
    ("Two people reported missing on Monday have been found.", []),
])
def test_hedging_lexicon_of_the_twenty_sixth_session(text, cues):
    assert hedge(text).cues == tuple(cues)


@pytest.mark.parametrize("phrase", [h.phrase for h in HEDGES if h.weight == 0])
def test_hedging_a_phrase_of_weight_zero_only_attributes(phrase):
    # "it was learnt that": an unnamed source (verify.attribution), no hedge
    result = hedge(f"{phrase.capitalize()} the convoy came under fire near Idlib.")
    assert (result.level, list(result.cues)) == ("none", [])


def test_hedging_the_lexicon_has_phrases_of_weight_zero():
    assert {"it was learnt that", "it was gathered that"} <= {h.phrase for h in HEDGES if h.weight == 0}


@pytest.mark.parametrize("text, cues", [
    # "possible" of a thing feared or suspected to be one, or of a course also possible
    ("But it is also possible that this was a local escalation.", ["also possible"]),
    ("Health officials are worried about a possible cholera outbreak.", ["about a possible"]),
    ("The ministry warned of a possible rise in malaria.", ["warned of a possible"]),
    ("Investigators were treating the shooting as a possible act of targeted violence.", ["as a possible"]),
    # (not effort or ability: "as soon as possible", "everything possible", "it was not possible")
    ("Rescuers will reach them as soon as possible.", []),
    ("We are doing everything possible to find them.", []),
    ("It was not immediately possible to identify the dead.", []),
    # (ability, and a maximum: no doubt)
    ("It was possible to see the smoke from miles away, residents said.", []),
    ("Evacuation was possible only by boat.", []),
    ("Turnout was 1.2 million of a possible 3 million registered voters.", []),
])
def test_hedging_possible_as_doubt(text, cues):
    assert list(hedge(text).cues) == cues


def test_hedging_warnings_of_a_possible():
    assert list(hedge("Officials issued warnings of a possible tsunami.").cues) == ["warnings of a possible"]


@pytest.mark.parametrize("text, cues", [
    # a participle set off after its noun hedges what it says of it, as "were said to" does
    ("The attackers, said to have arrived on more than 60 motorcycles, stormed the villages.", ["said to have"]),
    ("The gunmen, said to be more than 60, stormed the school.", ["said to be"]),
    ("The gunmen were said to be armed.", ["were said to"]),
])
def test_hedging_said_to_as_a_participle(text, cues):
    assert list(hedge(text).cues) == cues


@pytest.mark.parametrize("text, cues", [
    # (fifty-third session, a read-only review of hedging on invented copy) a forecast by forecasters,
    # or "is forecast to", hedges as "is expected to" does
    ("Analysts expect the Reserve Bank to cut interest rates in August.", ["Analysts expect"]),
    ("Economists expect growth of around 2 percent next year.", ["Economists expect"]),
    ("The economy is forecast to grow 2.1 percent next year.", ["is forecast to"]),
    ("Growth is projected to slow in 2026.", ["is projected to"]),
    # (a bare "expect" is no forecast: what one should expect, a demand; the wire dev gold leaves these)
    ("Anyone who attacked police officers should expect swift justice.", []),
    # perception with "they" is ability, as with "we" and "he"; a faith in values, the noun "suspect"
    # and a relative "claims that were …" doubt nothing
    ("Residents told reporters they could hear explosions throughout the night.", []),
    ('"We believe in the independence of the judiciary," the minister said.', []),
    ("Police arrested the suspect the following morning at a bus station.", []),
    ("Insurers rejected claims that were filed after the deadline.", []),
    # (but these still hedge)
    ("They could see the front collapse within days.", ["could"]),
    # (mends of the session's code review: "they could feel" may be a possibility; "believe in" a
    # place, a count or a case opens what is believed)
    ("Farmers said they could feel the effects of the drought for years to come.", ["could"]),
    ("Police believe in all 40 people died in the blaze.", ["believe"]),
    ("Investigators believe in this case the gunman acted alone.", ["believe"]),
    ("We believe in January the group moved its base to Idlib.", ["believe"]),
    ("They believe in Kharkiv alone at least 20 people were killed.", ["believe"]),
    ("We believe in recent weeks the militia has lost ground.", ["believe"]),
    ("Voters who believe in change backed the opposition.", []),
    ('"We believe in the coming days the army will advance," he said.', ["believe"]),
    ("Police suspect the gang of smuggling weapons.", ["suspect the"]),
    ("The army denied claims that soldiers fired on protesters.", ["claims that"]),
])
def test_hedging_review_findings_of_the_fifty_third_session(text, cues):
    assert list(hedge(text).cues) == cues


@pytest.mark.parametrize("text, cues", [
    # (fifty-fifth session) forecasts beaten or missed are a thing the content measures against, no doubt
    ("Citigroup's profit rose 21%, beating analysts' estimates, as its bankers benefited.", ()),
    ("Sales missed consensus estimates.", ()),
    ("Revenue came in above Wall Street estimates.", ()),
    # an estimate of the content still hedges it
    ("The UN estimates that 300 people died.", ("estimates",)),
    ("Some estimates put the toll at 300.", ("estimates",)),
])
def test_hedging_estimates_beaten_or_missed_are_no_doubt(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, cues", [
    # (fifty-fifth session) reports no one is named for, however described
    ("According to foreign media reports, Israeli forces have killed thousands.", ("According to foreign media reports",)),
    ("According to local media reports, 20 died.", ("According to local media reports",)),
    # ("unconfirmed" alone hedges more: no phrase hides it)
    ("Ten died, according to unconfirmed reports.", ("unconfirmed",)),
])
def test_hedging_described_reports_hedge(text, cues):
    assert hedge(text).cues == cues


@pytest.mark.parametrize("text, hedged", [
    # "may not be" before a state doubts it, as "might not" does; before an act it forbids
    ('"The worst may not be over," he told Reuters.', True),
    ("The aid may not be enough to feed the displaced.", True),
    ("The toll may not be final.", True),
    ("Detainees may not be held without charge.", False),
    ("This material may not be reproduced.", False),
])
def test_hedging_may_not_be_a_state_doubts_it(text, hedged):
    assert ("may" in hedge(text).cues) is hedged


@pytest.mark.parametrize("text, hedged", [
    # (sixty-first session) what unofficial reports tell, what is feared, speculated, held as a hypothesis or counted by
    # some counts is hedged
    ("Six were taken to hospital, according to unofficial reports.", True),
    ("Five dead, three feared trapped after the landslide.", True),
    ("There is speculation that the plotters had help abroad.", True),
    ("Investigators are working on the hypothesis that the attack was planned.", True),
    ("Videos purport to show bodies in a riverbed.", True),
    ("The dispute left more than 80 dead by some counts.", True),
    ('"We are not ruling out the possibility that this is a kidnap," he said.', True),
    # (but refusing to rule out a line of inquiry states no content in doubt, an official count is no
    # unofficial one, and "known unofficially as" names; `test_hedging_lexicon_of_the_twenty_fifth_session`)
    ('"We are not ruling out any line of investigation," he said.', False),
    ("Six were taken to hospital, according to official figures.", False),
    # (a review of the session's change: a hypothesis a relative clause describes, and an assessment of worth
    # or fitness, doubt nothing)
    ("The hypothesis that was rejected by the court held that the blast was planned.", False),
    ("The suspect was assessed to be fit to stand trial.", False),
])
def test_hedging_unofficial_feared_and_speculated_content_is_hedged(text, hedged):
    assert (hedge(text).level != "none") is hedged
