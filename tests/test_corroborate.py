"""Tests for verify.corroborate: same-fact matching, independence and status."""
from pathlib import Path

import pytest

from verify.claims import extract_claims
from verify.corroborate import compatible_counted, compatible_places, compatible_values, corroborate
from verify.pipeline import audit_corpus, audit_document, audit_paths
from verify.records import Claim, Document
from verify.rules import load_rules

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def seeds(rules):
    return audit_corpus(audit_paths([str(SEEDS)], rules=rules), rules=rules)


def claim(value, low=None, high=None, **fields):
    base = dict(id="c", document="d", sentence=0, start=0, end=1, text=str(value), context="", value=value,
                low=value if low is None else low, high=value if high is None else high)
    base.update(fields)
    return Claim(**base)


def corpus(texts, rules, dates=None):
    docs = [audit_document(Document(id=f"d{i}", origin=f"d{i}", text=t,
                                    published=(dates or {}).get(i)), rules=rules) for i, t in enumerate(texts)]
    return corroborate([c for d in docs for c in extract_claims(d, rules=rules)], rules=rules)


@pytest.mark.parametrize("a, b, expected", [
    (claim(14, high=None), claim(14), True),                      # "at least 14" and "14"
    (claim(14, high=None), claim(53, high=None), False),          # both open, far apart
    (claim(50, high=None, low_open=True), claim(50), False),      # "more than 50" excludes 50
    (claim(400, 360, 440), claim(410), True),                     # "about 400" and 410
    (claim(10, 10, 15), claim(12), True),                         # a range holds its inside
    (claim(48), claim(85), False),
])
def test_corroborate_compatible_values(a, b, expected):
    assert compatible_values(a, b) is expected
    assert compatible_values(b, a) is expected


@pytest.mark.parametrize("x, y, expected", [
    ("child", "civilian", True), ("civilian", "person", True), ("child", "person", True),
    ("civilian", "combatant", False), ("percent", "person", False), (None, "person", True),
])
def test_corroborate_compatible_counted(rules, x, y, expected):
    assert compatible_counted(claim(1, counted_class=x), claim(1, counted_class=y), rules=rules) is expected


@pytest.mark.parametrize("x, y, expected", [
    (("Euphrates",), ("Euphrates", "Mayadeen"), True),
    (("Deir Ezzor", "Albukamal"), ("Euphrates", "Mayadeen"), False),
    (("Albukamal",), ("Deir Ezzor",), True),          # a town lies within its province
    ((), ("Aleppo",), True),
    (("Aleppo",), ("Idlib",), False),
])
def test_corroborate_compatible_places(rules, x, y, expected):
    assert compatible_places(claim(1, places=x), claim(1, places=y), rules=rules) is expected


def group_of(groups, document_prefix, text):
    for group in groups:
        for member in group.members:
            if member.document.startswith(document_prefix) and member.text == text:
                return group
    raise AssertionError(f"no claim {text!r} in {document_prefix}")


# The three cases the issue names from the seed articles.
def test_corroborate_seed_14_civilians_is_single_source_in_two_documents(seeds):
    group = group_of(seeds.groups, "000", "at least 14")
    assert group.status == "single-source"
    assert group.origins == ("sohr",)
    assert sorted(m.document[:3] for m in group.members) == ["000", "002"]
    assert "2 document" in group.why


def test_corroborate_seed_albukamal_14_is_a_different_fact(seeds):
    albukamal = group_of(seeds.groups, "003", "at least 14")
    euphrates = group_of(seeds.groups, "000", "at least 14")
    assert albukamal.id != euphrates.id


def test_corroborate_seed_85_against_48_percent_conflicts(seeds):
    claimed = group_of(seeds.groups, "004", "85")
    observed = group_of(seeds.groups, "004", "48")
    assert claimed.status == observed.status == "conflicting"
    assert observed.id in claimed.conflicts_with and claimed.id in observed.conflicts_with
    assert observed.origins == ("sohr",)
    assert "sohr" not in claimed.origins


def test_corroborate_repetition_is_not_corroboration(rules):
    groups = corpus([
        "At least 20 civilians were killed in Raqqa, the Syrian Observatory for Human Rights said.",
        "RT reported, citing the Syrian Observatory for Human Rights, that 20 civilians were killed in Raqqa.",
        "Rami Abdel Rahman told AFP that 20 civilians were killed in Raqqa.",
    ], rules)
    (group,) = [g for g in groups if g.counted == "civilian"]
    assert len(group.members) == 3
    assert group.status == "single-source" and group.origins == ("sohr",)


def test_corroborate_independent_origins_corroborate(rules):
    groups = corpus([
        "At least 20 civilians were killed in Raqqa, the Syrian Observatory for Human Rights said.",
        "Twenty civilians were killed in Raqqa, the White Helmets said.",
    ], rules)
    (group,) = [g for g in groups if g.counted == "civilian"]
    assert group.status == "corroborated"
    assert group.origins == ("sohr", "white-helmets")
    assert group.value == 20 and (group.low, group.high) == (20, 20)


def test_corroborate_affiliated_sources_are_one_origin(rules):
    groups = corpus([
        "Twenty fighters were killed in Idlib, SANA said.",
        "Twenty fighters were killed in Idlib, the Syrian army said.",
    ], rules)
    (group,) = [g for g in groups if g.counted == "fighter"]
    assert group.status == "single-source" and group.origins == ("syrian-government",)


def test_corroborate_an_unknown_state_medium_and_its_government_are_one_origin(rules):
    groups = corpus([
        "Twenty fighters were killed in Amman, Jordanian state TV said.",
        "Twenty fighters were killed in Amman, the Jordanian government said.",
    ], rules)
    (group,) = [g for g in groups if g.counted == "fighter"]
    assert group.status == "single-source" and group.origins == ("government-of-jordan",)


def test_corroborate_a_registry_state_medium_and_its_government_are_one_origin(rules):
    groups = corpus([
        "Twenty soldiers were killed in Kaesong, KCNA said.",
        "Twenty soldiers were killed in Kaesong, North Korea said.",
    ], rules)
    (group,) = [g for g in groups if g.counted == "soldier"]
    assert group.status == "single-source" and group.origins == ("government-of-north-korea",)


def test_corroborate_outlet_voice_is_unattributed(rules):
    groups = corpus(["Twenty civilians were killed in Aleppo.", "Twenty civilians were killed in Aleppo."], rules)
    (group,) = [g for g in groups if g.counted == "civilian"]
    assert group.status == "unattributed" and len(group.members) == 2


def test_corroborate_same_origin_updating_its_toll_is_evolving(rules):
    groups = corpus([
        "At least 20 civilians were killed in air strikes on Aleppo, the Syrian Observatory for Human Rights said.",
        "The toll of civilians killed in air strikes on Aleppo rose to 35 civilians, the Syrian Observatory for Human Rights said.",
    ], rules, dates={0: "2016-07-18", 1: "2016-07-19"})
    statuses = {g.status for g in groups if g.counted == "civilian"}
    assert statuses == {"evolving"}


def test_corroborate_different_days_far_apart_are_different_facts(rules):
    groups = corpus([
        "Twenty civilians were killed in Aleppo, the Syrian Observatory for Human Rights said.",
        "Twenty civilians were killed in Aleppo, the White Helmets said.",
    ], rules, dates={0: "2016-07-18", 1: "2016-09-30"})
    assert len([g for g in groups if g.counted == "civilian"]) == 2


def test_corroborate_figures_of_one_sentence_are_different_facts(rules):
    groups = corpus(["At least 53 civilians, including 21 children, were killed in Deir Ezzor, activists said."],
                    rules)
    assert len(groups) == 2


def test_corroborate_every_group_explains_itself(seeds):
    assert all(group.why for group in seeds.groups)
    assert len({g.id for g in seeds.groups}) == len(seeds.groups)


def test_corroborate_group_ids_are_stable(rules, seeds):
    again = audit_corpus(audit_paths([str(SEEDS)], rules=rules), rules=rules)
    assert [g.id for g in again.groups] == [g.id for g in seeds.groups]


def test_corroborate_empty():
    assert corroborate([]) == ()


def test_corroborate_blocking_compares_only_within_blocks(rules, monkeypatch):
    """Claims of different counted classes or events are never compared."""
    import verify.corroborate as module
    compared = []
    original = module.compatible_values
    monkeypatch.setattr(module, "compatible_values", lambda a, b: compared.append((a.id, b.id)) or original(a, b))
    claims = [claim(5, id=f"k{i}", document=f"d{i}", counted_class="person", event="killed", context=f"killed five in report {i}")
              for i in range(3)]
    claims += [claim(5, id=f"m{i}", document=f"e{i}", counted_class="munition", event="launched", context=f"five missiles in report {i}")
               for i in range(3)]
    corroborate(claims, rules=rules)
    assert all(a[0] == b[0] for a, b in compared)   # k with k, m with m only
    assert len(compared) == 6


def test_corroborate_identical_copies_are_linked_without_comparison(rules, monkeypatch):
    """A wire story re-published word for word is linked at once: syndication adds no comparisons."""
    import verify.corroborate as module
    compared = []
    original = module.compatible_values
    monkeypatch.setattr(module, "compatible_values", lambda a, b: compared.append(1) or original(a, b))
    copies = [claim(5, id=f"k{i}", document=f"d{i}", counted_class="person", event="killed",
                    context="Five people were killed, SANA said.", origins=("syrian-government",))
              for i in range(50)]
    (group,) = corroborate(copies, rules=rules)
    assert len(group.members) == 50 and compared == []
    assert "word for word" in group.why


def test_the_shipped_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from verify.corroborate import _stop_words

    assert _stop_words() == ENGLISH_STOP_WORDS


def test_context_cosines_equal_scikit_learns_tfidf(seeds):
    # claim matching weighs sentences as TfidfVectorizer(sublinear_tf=True, stop_words="english")
    # does, without importing scikit-learn; every pair of the seeds' claims must agree
    from sklearn.feature_extraction.text import TfidfVectorizer

    from verify.corroborate import _Contexts

    texts = [c.context for c in seeds.claims] + ["", "the and of", "Raqqa RAQQA raqqa's strikes, strikes"]
    members = list(range(len(texts)))
    expected = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    expected = (expected @ expected.T).toarray()
    got = _Contexts(texts).cosines(members)
    assert len(texts) > 20
    assert got == pytest.approx(expected, abs=1e-12)
    picked = [5, 0, len(texts) - 1, 3]  # a block: its members in any order
    assert _Contexts(texts).cosines(picked) == pytest.approx(expected[picked][:, picked], abs=1e-12)


# --- cost: claim matching must not try every pair of a block ----------------------------------

def _many_claims(n):
    """n claims of one counted class and event (one block before the cut by size of figure): mostly
    distinct exact figures in one quotation ("We saw i bodies."), every tenth "at least i"."""
    claims = []
    for i in range(1, n + 1):
        text = f"at least {i}" if i % 10 == 0 else str(i)
        claims.append(Claim(id=f"c{i}", document="quote", sentence=i, start=0, end=1, text=text,
                            context=f"We saw {text} bodies.", value=float(i), low=float(i),
                            high=None if i % 10 == 0 else float(i), counted="body", counted_class="person",
                            event="killed", origins=("sohr",)))
    return claims


def _many_reports(n):
    """n tolls of one page ("Air strikes killed i civilians in Idlib ..."), one origin, two days:
    every pair of days is a possible `evolving` conflict, every figure a possible link."""
    return [claim(float(i), id=f"r{i}", document="page", sentence=i, text=str(i),
                  context=f"Air strikes killed {i} civilians in Idlib, the Syrian Observatory for Human Rights said.",
                  counted="civilian", counted_class="civilian", event="killed", places=("Idlib",),
                  date="2017-04-03" if i % 2 else "2017-04-04", origins=("sohr",))
            for i in range(1, n + 1)]


@pytest.mark.parametrize("build", [_many_claims, _many_reports])
def test_corroborate_compares_near_linearly_many_figures(rules, monkeypatch, build):
    """2,000 figures in one block: the old pair loop made 500,000 to 1,000,000 value comparisons;
    indexing the figures and contexts must keep them to a small multiple of the claims."""
    import verify.corroborate as module
    compared = []
    original = module.compatible_values
    monkeypatch.setattr(module, "compatible_values", lambda a, b: compared.append(1) or original(a, b))
    candidates = []
    original_pairs = module._candidate_pairs
    monkeypatch.setattr(module, "_candidate_pairs",
                        lambda *args: candidates.append(len(result := original_pairs(*args))) or result)
    n = 2000
    groups = corroborate(build(n), rules=rules)
    assert sum(len(g.members) for g in groups) == n
    assert len(compared) < 20 * n, len(compared)
    assert sum(candidates) < 20 * n, sum(candidates)


def _random_claims(seed, n):
    import random

    rng = random.Random(seed)
    words = "killed strike raqqa civilians observatory said air town children shelling idlib army rebels".split()
    out = []
    for i in range(n):
        shape = rng.choice(["exact", "at least", "more than", "up to", "about", "range", "vague", "none"])
        v = float(rng.choice([rng.randint(1, 40), rng.randint(1, 400), 12, 14, 20, 100]))
        text, value, low, high, low_open = str(int(v)), v, v, v, False
        if shape in ("at least", "more than"):
            text, high, low_open = f"{shape} {int(v)}", None, shape == "more than"
        elif shape == "up to":
            text, low = f"up to {int(v)}", None
        elif shape == "about":
            text, low, high = f"about {int(v)}", v * 0.9, v * 1.1
        elif shape == "range":
            high = v + rng.randint(1, 10)
            text = f"{int(v)} to {int(high)}"
        elif shape == "vague":
            text = rng.choice(["dozens", "hundreds", "Dozens"])
            value = low = 100.0 if text == "hundreds" else 12.0
            high = None
        elif shape == "none":
            text, value, low, high = "some", None, None, None
        context = " ".join(rng.choice(words) for _ in range(rng.randint(2, 6))) + f" {text}"
        if rng.random() < 0.5:
            context += f" zq{rng.randint(0, 30)} zz{i}"   # rarer words: the search by context is used too
        out.append(Claim(id=f"c{i}", document=f"d{rng.randint(0, n // 3)}", sentence=rng.randint(0, 2), start=0,
                         end=1, text=text, context=context, value=value, low=low, high=high, low_open=low_open,
                         counted=rng.choice(["civilian", "child", "person", None]),
                         counted_class=rng.choice(["civilian", "civilian", "child", "person", None]),
                         event=rng.choice(["killed", "killed", "wounded", None]),
                         places=rng.choice([(), ("Raqqa",), ("Idlib",), ("Aleppo",)]),
                         date=rng.choice([None, "2017-04-03", "2017-04-04", "2017-04-06", "2017-04-12"]),
                         origins=rng.choice([(), ("sohr",), ("sana",), ("sohr", "sana"), ("unnamed",)]),
                         since=rng.choice([None, None, None, "2017-01-01"])))
    return out


@pytest.mark.parametrize("seed, n, statuses", [(7, 150, {"corroborated", "conflicting", "evolving"}),
                                              (0, 40, {"corroborated"}), (2, 300, {"corroborated"}),
                                              (4, 600, {"corroborated"})])
def test_corroborate_indexes_find_every_pair_the_full_loop_finds(rules, monkeypatch, seed, n, statuses):
    """The pairs the indexes give are a superset of those that link or conflict: the groups, their
    reasons and conflicts equal those of trying every pair of every block."""
    import verify.corroborate as module

    claims = _random_claims(seed, n)
    indexed = corroborate(claims, rules=rules)
    monkeypatch.setattr(module, "_candidate_pairs",
                        lambda block, *_: [(x, y) for x in range(len(block)) for y in range(x + 1, len(block))])
    every_pair = corroborate(claims, rules=rules)
    assert indexed == every_pair
    assert statuses <= {g.status for g in indexed}


# --- days the text names: "yesterday", "today", "on Monday" -------------------------------------

def test_corroborate_counts_of_named_different_days_in_one_document_are_not_evolving(rules):
    """FA-KES train 1915433685: 60 raids "yesterday" and 29 "so far today" are two days' counts,
    not the Observatory changing its own figure."""
    groups = corpus([
        "Regime warplanes launched at least 60 air raids yesterday on the rebel-held town of Zabadani, "
        "the Syrian Observatory for Human Rights said. The Syrian Observatory for Human Rights said warplanes "
        "launched at least 29 air raids on Zabadani so far today."], rules, dates={0: "7/15/2015"})
    raids = [g for g in groups if g.counted == "air raid"]
    assert sorted(g.value for g in raids) == [29, 60]
    assert {g.status for g in raids} == {"single-source"} and not any(g.conflicts_with for g in raids)


def test_corroborate_counts_of_named_different_days_across_documents_are_different_facts(rules):
    sohr = "in air strikes on Aleppo on {}, the Syrian Observatory for Human Rights said."
    groups = corpus([
        "At least 20 civilians were killed " + sohr.format("Monday"),
        "At least 35 civilians were killed " + sohr.format("Tuesday"),      # the next day's toll
        "Fourteen civilians were killed " + sohr.format("Monday"),
        "At least 14 civilians were killed " + sohr.format("Tuesday"),
        "At least 14 civilians were killed in air strikes on Aleppo on Monday, AFP reported, citing the "
        "Syrian Observatory for Human Rights.",
    ], rules, dates={0: "2016-07-19", 1: "2016-07-20", 2: "2016-07-19", 3: "2016-07-20", 4: "2016-07-20"})
    members = sorted(sorted(m.document for m in g.members) for g in groups)
    assert members == [["d0"], ["d1"], ["d2", "d4"], ["d3"]]   # Monday's 14 in two documents; Tuesday's apart
    assert {g.status for g in groups} == {"single-source"}


def test_corroborate_a_claim_without_its_own_day_keeps_the_reporting_lag(rules):
    """A day named on one side only: the other claim's date is its document's, so reports within
    three days may still be one origin updating its figure."""
    groups = corpus([
        "At least 20 civilians were killed in air strikes on Aleppo on Monday, the Syrian Observatory for Human Rights said.",
        "The toll of civilians killed in air strikes on Aleppo rose to 35 civilians, the Syrian Observatory for Human Rights said.",
    ], rules, dates={0: "2016-07-19", 1: "2016-07-20"})
    assert {g.status for g in groups if g.counted == "civilian"} == {"evolving"}


def test_corroborate_group_low_high_are_the_figures_its_numbers_state(rules):
    """A group's low/high are the lowest and highest figure its members state, as their numbers'
    low/high (a range keeps its top), not the interval the qualifier makes for matching."""
    text = "Between 10 and 15 fighters were killed in Raqqa. More than 30 raids were carried out. Up to 300 people died."
    audited = audit_document(Document(id="d", origin="d", text=text), rules=rules)
    numbers = {n.text: (n.low, n.high) for s in audited.sentences for n in s.numbers}
    groups = corroborate(extract_claims(audited, rules=rules), rules=rules)
    by_text = {g.members[0].text: (g.low, g.high) for g in groups}
    assert by_text == {"Between 10 and 15": (10, 15), "more than 30": (30, 30), "up to 300": (300, 300)}
    assert numbers == {"10 and 15": (10, 15), "30": (30, 30), "300": (300, 300)}


@pytest.mark.parametrize("seed, n", [(7, 150), (4, 600)])
def test_corroborate_small_blocks_scanned_in_python_pair_as_numpy_does(rules, monkeypatch, seed, n):
    """A block of few definite figures is scanned without numpy (`_SCANNED_IN_PYTHON`); scanned
    either way, every block gives the same pairs, so the same groups."""
    import verify.corroborate as module

    claims = _random_claims(seed, n)
    pairs = {}
    real = module._candidate_pairs

    def recording(block, *rest):
        pairs.setdefault(tuple(c.id for c in block), []).append(real(block, *rest))
        return pairs[tuple(c.id for c in block)][-1]

    monkeypatch.setattr(module, "_candidate_pairs", recording)
    monkeypatch.setattr(module, "_SCANNED_IN_PYTHON", 10 ** 9)   # every block in Python
    in_python = corroborate(claims, rules=rules)
    monkeypatch.setattr(module, "_SCANNED_IN_PYTHON", 0)         # every block with numpy
    with_numpy = corroborate(claims, rules=rules)
    assert in_python == with_numpy
    assert any(len(block) > 20 for block in pairs) and all(a == b for a, b in pairs.values())
