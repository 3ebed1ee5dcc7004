"""Tests for verify.rules: loading, overriding and validating the rule files, and the source registry.

`load_rules` caches by directory path, so every test that writes rules uses its own `tmp_path`.
"""
import json
import re
import threading
import warnings
from pathlib import Path

import pytest

from verify.errors import RuleError
from verify.records import Source
from verify.rules import SCHEMAS, Registry, literal_alternation, load_rules, normalise_name
from verify.resources import resource_dir

SHIPPED = resource_dir("rules")
ROOT = Path(__file__).resolve().parent.parent


def write_rules(directory, files):
    """Write {file name: [line, ...]} into `directory` (lines are JSON text or dicts); return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
        (directory / name).write_text(text + "\n", encoding="utf-8")
    return directory


def cue(id_, *forms, stance="neutral", kind="verb", **extra):
    return {"id": id_, "forms": list(forms), "stance": stance, "kind": kind, **extra}


def source(id_, name, type_="outlet", **extra):
    return {"id": id_, "name": name, "type": type_, **extra}


# --- the shipped rules -----------------------------------------------------------------------

def test_rules_shipped_files_load():
    rules = load_rules()
    assert len(rules.cues) > 20 and len(rules.hedges) > 20 and len(rules.registry) > 50
    assert rules.boilerplate and rules.abbreviations
    assert set(SCHEMAS) | {"qualifiers.jsonl"} <= {p.name for p in rules.files}
    assert rules.qualifiers
    assert all(p.parent == SHIPPED for p in rules.files)


def test_rules_shipped_cues_are_lower_case_and_unique():
    forms = [form for c in load_rules().cues for form in c.forms]
    assert forms == [f.lower() for f in forms]
    assert len(forms) == len(set(forms))


def test_rules_shipped_boilerplate_examples_match_their_patterns():
    patterns = [p for p in load_rules().boilerplate if p.example is not None]
    assert patterns
    for p in patterns:
        assert p.pattern.fullmatch(p.example.strip()), p.id


def test_rules_shipped_aliases_are_not_shared_between_sources():
    owners = {}
    for s in load_rules().registry.sources.values():
        for name in (s.name, *s.aliases):
            owners.setdefault(normalise_name(name), set()).add(s.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize("rules_dir", ["missing-dir", "a-file.txt"])
def test_rules_dir_that_is_not_a_directory_is_refused(tmp_path, rules_dir):
    (tmp_path / "a-file.txt").write_text("x")
    with pytest.raises(RuleError, match="not a directory"):
        load_rules(tmp_path / rules_dir)


# --- overriding one file ---------------------------------------------------------------------

def test_rules_override_dir_replaces_only_its_own_file(tmp_path):
    shipped = load_rules()
    write_rules(tmp_path, {"hedges.jsonl": [{"id": "hedge.only", "phrase": "only maybe", "weight": 0.5}]})
    rules = load_rules(tmp_path)
    assert [h.phrase for h in rules.hedges] == ["only maybe"]
    assert rules.cues == shipped.cues
    assert rules.abbreviations == shipped.abbreviations
    assert len(rules.registry) == len(shipped.registry)
    by_name = {p.name: p for p in rules.files}
    assert by_name["hedges.jsonl"] == tmp_path / "hedges.jsonl"
    assert all(p.parent == SHIPPED for name, p in by_name.items() if name != "hedges.jsonl")


def test_rules_override_dir_ignores_files_of_other_names(tmp_path):
    write_rules(tmp_path, {"notes.jsonl": ["{not even json"], "hedges.jsonl": [
        {"id": "hedge.x", "phrase": "maybe", "weight": 1}]})
    assert load_rules(tmp_path).cues == load_rules().cues


@pytest.mark.parametrize("name, lines", [
    ("cues.jsonl", ["# a comment", "", cue("cue.x", "whispered"), "   ", "# {not json either"]),
    ("cues.jsonl", [cue("cue.x", "read", "reads", subjects=["statement", "communique"])]),
    ("sources.jsonl", [source("a", "Alpha", affiliation="b"), source("b", "Beta", "government")]),
    ("boilerplate.jsonl", [{"id": "boiler.x", "pattern": "see also", "example": "  See also  "}]),
    ("abbreviations.jsonl", [{"id": "abbr.x", "text": "Lt. Gen."}, {"id": "abbr.y", "text": "e.g."}]),
    ("hedges.jsonl", [{"id": "hedge.x", "phrase": "maybe", "weight": 1, "attributes": True}]),
    ("hedges.jsonl", [{"id": "hedge.x", "phrase": "it was learnt", "weight": 0, "attributes": True}]),
    ("qualifiers.jsonl", [{"id": "qual.x", "phrase": "at least", "bound": "lower"}, ""]),
    ("descriptions.jsonl", [{"id": "desc.x", "word": "directorate", "refers_to": ["government"]},
                            {"id": "desc.y", "word": "body", "refers_to": None}]),
])
def test_rules_valid_override_loads(tmp_path, name, lines):
    rules = load_rules(write_rules(tmp_path, {name: lines}))
    assert tmp_path / name in rules.files


# --- every kind of bad record, reported as path:line ----------------------------------------

GOOD_CUE = cue("cue.a", "said")
BAD_RECORDS = [
    # (kind, file, lines, bad line, what the message says)
    ("bad-json", "cues.jsonl", ["# comment", "", GOOD_CUE, '{"id": "cue.b", forms}'], 4, "not valid JSON"),
    ("unknown-key", "cues.jsonl", [GOOD_CUE, cue("cue.b", "told", colour="red")], 2, "'colour' was unexpected"),
    ("missing-key", "cues.jsonl", [{"id": "cue.b", "forms": ["told"], "stance": "neutral"}], 1,
     "'kind' is a required property"),
    ("bad-stance", "cues.jsonl", [cue("cue.b", "told", stance="sceptical")], 1, "'sceptical' is not one of"),
    ("empty-subjects", "cues.jsonl", [GOOD_CUE, cue("cue.b", "read", subjects=[])], 2, "should be non-empty"),
    ("bad-source-type", "sources.jsonl", [source("a", "Alpha", "blog")], 1, "'blog' is not one of"),
    ("duplicate-id", "cues.jsonl", [GOOD_CUE, cue("cue.a", "told")], 2, "duplicate id 'cue.a' (first on line 1)"),
    ("duplicate-form", "cues.jsonl", [GOOD_CUE, cue("cue.b", "told", "said")], 2,
     "form 'said' already belongs to cue.a"),
    ("upper-case-form", "cues.jsonl", [cue("cue.b", "Told")], 1, "form 'Told' must be lower case"),
    ("unknown-affiliation", "sources.jsonl", [source("a", "Alpha", affiliation="nobody")], 1,
     "affiliation 'nobody' is not the id of any source"),
    ("country-of-no-state-medium", "sources.jsonl", [source("a", "Alpha", country="Jordan")], 1,
     "country is for a state medium without an affiliation"),
    ("regex-does-not-compile", "boilerplate.jsonl", [{"id": "boiler.a", "pattern": "(unclosed"}], 1,
     "pattern does not compile"),
    ("example-does-not-match", "boilerplate.jsonl", [{"id": "boiler.a", "pattern": "foo", "example": "bar"}], 1,
     "pattern does not match its own example 'bar'"),
    ("catastrophic-backtracking", "boilerplate.jsonl", [{"id": "boiler.a", "pattern": "(a+)+b"}], 1,
     "repeats a group that itself repeats"),
    ("abbreviation-without-final-dot", "abbreviations.jsonl", [{"id": "abbr.gen", "text": "Gen"}], 1,
     "'Gen' does not match"),
    ("upper-case-speaker-word", "speakers.jsonl",
     [{"id": "speakers.titles", "about": "titles", "words": ["governor", "Mayor"]}], 1,
     "words must be lower case (they match any case): 'Mayor'"),
    ("unknown-speaker-class", "speakers.jsonl", [{"id": "speakers.nicknames", "about": "x", "words": ["boss"]}], 1,
     "'speakers.nicknames' is not one of"),
    ("description-of-unknown-type", "descriptions.jsonl",
     [{"id": "desc.x", "word": "blog", "refers_to": ["blogger"]}], 1, "is not valid under any of the given schemas"),
    ("duplicate-description-word", "descriptions.jsonl",
     [{"id": "desc.x", "word": "monitor", "refers_to": None}, {"id": "desc.y", "word": "monitor", "refers_to": None}],
     2, "duplicate word 'monitor' (first on line 1)"),
    ("bad-qualifier-bound", "qualifiers.jsonl", [{"id": "qual.x", "phrase": "nearly", "bound": "sideways"}], 1,
     "bad bound 'sideways'"),
]


@pytest.mark.parametrize("kind, name, lines, line, message", BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_rules_bad_record_reported_with_path_and_line(tmp_path, kind, name, lines, line, message):
    write_rules(tmp_path, {name: lines})
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    problems = str(caught.value).splitlines()[1:]
    assert problems == [p for p in problems if p.startswith(f"{tmp_path / name}:{line}: ")]
    assert any(message in p for p in problems), problems


def test_rules_every_bad_record_reported_at_once(tmp_path):
    # Every kind of bad record at once, after the good records some of them need.
    files = {}
    files["cues.jsonl"] = [
        GOOD_CUE,                                             # 1
        '{"id": "cue.b", forms}',                             # 2 bad JSON
        cue("cue.c", "told", colour="red"),                   # 3 unknown key
        {"id": "cue.d", "forms": ["added"], "stance": "neutral"},  # 4 missing key
        cue("cue.e", "noted", stance="sceptical"),            # 5 bad stance
        cue("cue.a", "wrote"),                                # 6 duplicate id
        cue("cue.f", "said"),                                 # 7 duplicate form
        cue("cue.g", "Claimed"),                              # 8 upper-case form
    ]
    files["sources.jsonl"] = [source("a", "Alpha", "blog"), source("b", "Beta", affiliation="nobody")]
    files["boilerplate.jsonl"] = [{"id": "boiler.a", "pattern": "(unclosed"},
                                  {"id": "boiler.b", "pattern": "foo", "example": "bar"}]
    files["abbreviations.jsonl"] = [{"id": "abbr.gen", "text": "Gen"}]
    write_rules(tmp_path, files)
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    message = str(caught.value)
    expected = [("cues.jsonl", 2, "not valid JSON"), ("cues.jsonl", 3, "'colour' was unexpected"),
                ("cues.jsonl", 4, "'kind' is a required property"), ("cues.jsonl", 5, "'sceptical'"),
                ("cues.jsonl", 6, "duplicate id 'cue.a'"), ("cues.jsonl", 7, "form 'said' already belongs"),
                ("cues.jsonl", 8, "form 'Claimed' must be lower case"), ("sources.jsonl", 1, "'blog'"),
                ("sources.jsonl", 2, "affiliation 'nobody'"), ("boilerplate.jsonl", 1, "does not compile"),
                ("boilerplate.jsonl", 2, "its own example"), ("abbreviations.jsonl", 1, "'Gen'")]
    for name, line, what in expected:
        prefix = f"{tmp_path / name}:{line}: "
        assert any(row.startswith(prefix) and what in row for row in message.splitlines()), (prefix, what)
    assert message.startswith(f"{len(expected)} problem(s) in the rule files:")


@pytest.mark.parametrize("name, record", [
    ("cues.jsonl", cue("cue.x", "whispered")),
    ("hedges.jsonl", {"id": "hedge.x", "phrase": "maybe", "weight": 0.5}),
    ("sources.jsonl", source("a", "Alpha")),
    ("boilerplate.jsonl", {"id": "boiler.x", "pattern": "see also"}),
    ("abbreviations.jsonl", {"id": "abbr.x", "text": "Lt. Gen."}),
    pytest.param("qualifiers.jsonl", {"id": "qual.x", "phrase": "at least", "bound": "lower"}),
])
def test_rules_comment_lines_ignored_in_every_file(tmp_path, name, record):
    rules = load_rules(write_rules(tmp_path, {name: ["# edited by the night desk", record]}))
    assert tmp_path / name in rules.files


def test_rules_problem_count_matches_problems_listed(tmp_path):
    write_rules(tmp_path, {
        "cues.jsonl": [cue("cue.x", "Said")],
        "qualifiers.jsonl": [{"id": "qual.x", "phrase": "nearly", "bound": "sideways"},
                             {"id": "qual.y", "phrase": "about", "bound": "sideways"}],
    })
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    header, *problems = str(caught.value).splitlines()
    assert len(problems) == 3
    assert header.startswith("3 problem(s)")


def test_rules_alias_empty_after_normalisation_warns(tmp_path):
    write_rules(tmp_path, {"sources.jsonl": [source("a", "Alpha", aliases=["...", "Alpha Group"])]})
    with pytest.warns(UserWarning, match=r"alias '\.\.\.' can never match"):
        load_rules(tmp_path)


def test_rules_a_state_medium_of_no_known_country_warns(tmp_path):
    write_rules(tmp_path, {"sources.jsonl": [source("a", "Alpha", "state media", country="Atlantis")],
                           "places.jsonl": [{"id": "place.jordan", "name": "Jordan", "within": None}]})
    with pytest.warns(UserWarning, match=r"country 'Atlantis' is not the name of a country in places\.jsonl"):
        load_rules(tmp_path)


def test_rules_hedge_phrases_duplicate_after_lower_casing_are_reported(tmp_path):
    write_rules(tmp_path, {"hedges.jsonl": [{"id": "hedge.a", "phrase": "reportedly", "weight": 0.5},
                                            {"id": "hedge.b", "phrase": "Reportedly", "weight": 0.9}]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            load_rules(tmp_path)
        except RuleError as error:
            assert "Reportedly" in str(error)
            return
    assert any("Reportedly" in str(w.message) for w in caught)


def test_rules_alias_shared_by_two_sources_is_reported(tmp_path):
    write_rules(tmp_path, {"sources.jsonl": [source("a", "Alpha", aliases=["the monitor"]),
                                             source("b", "Beta", aliases=["Monitor"])]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            load_rules(tmp_path)
        except RuleError as error:
            assert "monitor" in str(error).lower()
            return
    assert any("monitor" in str(w.message).lower() for w in caught)


# --- the registry ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, source_id", [
    ("the Britain-based Observatory", "sohr"),
    ("The Britain–based Observatory’s", "sohr"),   # en dash, curly possessive
    ("Syrian Observatory for Human Rights", "sohr"),
    ("Russia Today", "rt"),
    ("  Russia   Today ", "rt"),
    ("RT", "rt"),
    ("SANA", "sana"),
    ("sana", "sana"),
    ("Syrian Arab News Agency", "sana"),
    ("Maj. Gen. Igor Konashenkov", "igor-konashenkov"),
    ("Rami Abdel Rahman", "rami-abdel-rahman"),
    ("the Kremlin", "russian-government"),
    # negatives
    ("Observatories", None),
    ("Russia Today TV", None),
    ("Sanaa", None),
    ("the", None),
    ("", None),
])
def test_rules_registry_lookup(name, source_id):
    found = load_rules().registry.lookup(name)
    assert (found.id if found else None) == source_id


@pytest.mark.parametrize("source_id, chain", [
    ("rt", ["rt", "russian-government"]),
    ("rami-abdel-rahman", ["rami-abdel-rahman", "sohr"]),
    ("igor-konashenkov", ["igor-konashenkov", "russian-defence-ministry", "russian-government"]),
    ("aleppo-police-command", ["aleppo-police-command", "syrian-interior-ministry", "syrian-government"]),
    ("sohr", ["sohr"]),
    ("reuters", ["reuters"]),
])
def test_rules_registry_origin_follows_affiliations(source_id, chain):
    registry = load_rules().registry
    start = registry.get(source_id)
    walked = [start.id]
    while walked[-1] != chain[-1] and registry.get(walked[-1]).affiliation:
        walked.append(registry.get(walked[-1]).affiliation)
    assert walked == chain
    assert registry.origin(start).id == chain[-1]


def test_rules_registry_origin_by_name():
    registry = load_rules().registry
    assert registry.origin(registry.lookup("Russia Today")).name == "Russian government"
    assert registry.origin(registry.lookup("Igor Konashenkov")).name == "Russian government"
    assert registry.origin(registry.lookup("Rami Abdel Rahman")).name == "Syrian Observatory for Human Rights"


def _origin_within(registry, start, seconds=5):
    """registry.origin(start), or fail the test when it does not return within `seconds`."""
    result = []
    worker = threading.Thread(target=lambda: result.append(registry.origin(start)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, "Registry.origin did not terminate"
    return result[0]


@pytest.mark.parametrize("start, members", [
    ("a", {"a", "b", "c"}),     # a -> b -> c -> a
    ("c", {"a", "b", "c"}),
    ("self", {"self"}),         # self -> self
    ("leaf", {"a", "b", "c"}),  # leaf -> a -> (cycle)
])
def test_rules_registry_origin_terminates_on_cycles(tmp_path, start, members):
    write_rules(tmp_path, {"sources.jsonl": [
        source("a", "Alpha", affiliation="b"), source("b", "Beta", affiliation="c"),
        source("c", "Gamma", affiliation="a"), source("self", "Selfish", affiliation="self"),
        source("leaf", "Leaf", "person", affiliation="a"),
    ]})
    registry = load_rules(tmp_path).registry
    assert _origin_within(registry, registry.get(start)).id in members


def test_rules_registry_origin_ignores_unknown_affiliation():
    # Registry built by hand (load_rules would refuse the dangling id).
    registry = Registry([Source("x", "X", "outlet", affiliation="gone")])
    assert registry.origin(registry.get("x")).id == "x"


@pytest.mark.parametrize("text, key", [
    ("The Britain-based  Observatory’s", "britain-based observatory"),
    ("the Kremlin.", "kremlin"),
    ("An Observatory", "observatory"),
    ("Theatre", "theatre"),   # a leading article only as a whole word
    ("Al-Masdar", "al-masdar"),
])
def test_rules_normalise_name(text, key):
    assert normalise_name(text) == key


def test_rules_speakers_file_needs_every_word_class(tmp_path):
    shipped = [json.loads(line) for line in (SHIPPED / "speakers.jsonl").read_text(encoding="utf-8").splitlines()]
    write_rules(tmp_path, {"speakers.jsonl": [r for r in shipped if r["id"] != "speakers.titles"]})
    with pytest.raises(RuleError, match=r"speakers\.jsonl: missing word class\(es\) speakers\.titles"):
        load_rules(tmp_path)


def test_rules_shipped_speaker_words_are_lower_case_and_every_class_is_there():
    rules = load_rules()
    assert set(rules.speakers) == {"unnamed", "unnamed-persons", "descriptors", "titles", "private-roles",
                                   "referring-heads", "eyes", "participles", "officer-roles", "honorifics"}
    assert all(w == w.lower() for words in rules.speakers.values() for w in words)
    assert rules.descriptions["monitor"] == ("monitor",) and rules.descriptions["statement"] is None


@pytest.mark.parametrize("weight", ["NaN", "Infinity", "-Infinity"])
def test_rules_hedge_weight_that_is_not_a_number_is_rejected_at_its_line(tmp_path, weight):
    write_rules(tmp_path, {"hedges.jsonl": ['{"id": "hedge.ok", "phrase": "perhaps", "weight": 0.5}',
                                            f'{{"id": "hedge.x", "phrase": "maybe", "weight": {weight}}}']})
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert f"{tmp_path / 'hedges.jsonl'}:2: {weight} is not a number JSON allows" in str(caught.value)
    assert "1 problem(s)" in str(caught.value)


def test_rules_a_misspelt_or_empty_rules_directory_is_refused(tmp_path):
    typo = tmp_path / "typo"
    typo.mkdir()
    (typo / "source.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(RuleError, match=r"source.jsonl is not a rule file verify reads \(did you mean sources.jsonl\?\)"):
        load_rules(typo)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RuleError, match="holds none of the rule files"):
        load_rules(empty)


# --- literal alternations ----------------------------------------------------------------------

def _plain_alternation(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_rules_literal_alternation_finds_what_the_longest_first_alternation_finds(flags):
    rules = load_rules()
    vocabularies = {"places": list(rules.places), "events": list(rules.events),
                    "registry": list(rules.registry.keys()),
                    "prefixes": ["al", "al-", "al-Nusra", "al-Nusra Front", "Aleppo", "Al", "a", "ab", "abc"]}
    texts = [line for seed in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
             for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [line for story in sorted((ROOT / "fixtures" / "wire").glob("*.txt"))[:20]
              for line in story.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["al-Nusra Front-held al-Nusra, al-Nusrah", "abcd abc ab a", "Aleppo's Al-Bab al-bab"]
    compared = 0
    for name, words in vocabularies.items():
        for frame in (r"(?<![\w-])({})(?![\w-])", r"\b({})\b", r"\b({})('s|n|ns)?\b"):
            trie = re.compile(frame.format(literal_alternation(words, ignore_case=bool(flags))), flags)
            plain = re.compile(frame.format(_plain_alternation(words)), flags)
            for text in texts:
                expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
                assert [(m.span(), m.groups()) for m in trie.finditer(text)] == expected, (name, frame, text)
                compared += len(expected)
    assert compared > 500


@pytest.mark.parametrize("words, text", [
    (["diyarbakır", "diyarbakir", "diyarbakır province"], "Shelling in Diyarbakır Province on Monday"),
    (["Al", "al-", "al-Nusra"], "al-Sham and Al-Bab"),
    (["µg", "μg dose"], "a μg dose"),
    (["ſa", "sab"], "sab ſab"),
    (["x" * 150, "x" * 149], "x" * 150),   # (past 100 characters: the plain alternation)
])
def test_rules_literal_alternation_keeps_longest_first_for_letters_re_takes_for_one_another(words, text):
    for flags in (0, re.IGNORECASE):
        for frame in (r"(?<![\w-])({})(?![\w-])", r"\b({})\b", r"({})"):
            trie = re.compile(frame.format(literal_alternation(words, ignore_case=bool(flags))), flags)
            plain = re.compile(frame.format(_plain_alternation(words)), flags)
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], (flags, frame)


def test_rules_literal_alternation_of_nothing_and_of_marks():
    assert literal_alternation([]) == ""
    pattern = re.compile(literal_alternation(["U.S.", "U.N.", "(KDP)", "a+b"]))
    assert [m.group() for m in pattern.finditer("U.S. and U.N. with (KDP) and a+b, not USA")] == \
        ["U.S.", "U.N.", "(KDP)", "a+b"]


def test_rules_places_list_the_peoples_adjectives_no_ending_spells(tmp_path):
    write_rules(tmp_path, {"places.jsonl": [
        {"id": "place.madagascar", "name": "Madagascar", "aliases": [], "within": None, "demonyms": ["Malagasy"]},
        {"id": "place.kenya", "name": "Kenya", "aliases": [], "within": None}]})
    rules = load_rules(tmp_path)
    assert rules.demonyms == (("malagasy", "madagascar"),)
    assert ("malagasy", "madagascar") in load_rules().demonyms     # the shipped file lists it too
    write_rules(tmp_path / "bad", {"places.jsonl": [
        {"id": "place.madagascar", "name": "Madagascar", "within": None, "demonyms": "Malagasy"}]})
    with pytest.raises(RuleError, match=r"places\.jsonl:1"):
        load_rules(tmp_path / "bad")


def test_rules_places_list_cities_that_name_a_country(tmp_path):
    write_rules(tmp_path, {"places.jsonl": [
        {"id": "place.zambia", "name": "Zambia", "aliases": [], "within": None, "cities": ["Lusaka", "Ndola"]}]})
    assert load_rules(tmp_path).cities == (("lusaka", "Zambia"), ("ndola", "Zambia"))
    assert ("lusaka", "Zambia") in load_rules().cities                    # the shipped file lists it too
    # a city is no place as well, nor a list other than of names
    for cities in (["Zambia"], "Lusaka", [""]):
        write_rules(tmp_path / "bad", {"places.jsonl": [
            {"id": "place.zambia", "name": "Zambia", "within": None, "cities": cities}]})
        with pytest.raises(RuleError, match=r"places\.jsonl:1"):
            load_rules(tmp_path / "bad")


def test_rules_a_city_lies_in_one_country(tmp_path):
    write_rules(tmp_path, {"places.jsonl": [
        {"id": "place.zambia", "name": "Zambia", "within": None, "cities": ["Lusaka"]},
        {"id": "place.malawi", "name": "Malawi", "within": None, "cities": ["Lusaka"]}]})
    with pytest.raises(RuleError, match=r"places\.jsonl:2: city 'Lusaka' is listed under 'Zambia' already"):
        load_rules(tmp_path)
    write_rules(tmp_path / "region", {"places.jsonl": [
        {"id": "place.zambia", "name": "Zambia", "within": None},
        {"id": "place.copperbelt", "name": "Copperbelt", "within": "Zambia", "cities": ["Ndola"]}]})
    with pytest.raises(RuleError, match=r"places\.jsonl:2: only a country"):
        load_rules(tmp_path / "region")


def test_rules_a_countrys_capital_is_one_of_its_cities(tmp_path):
    write_rules(tmp_path, {"places.jsonl": [
        {"id": "place.rwanda", "name": "Rwanda", "within": None, "cities": ["Kigali"], "capital": "Kigali"}]})
    assert load_rules(tmp_path).capitals == (("Kigali", "Rwanda"),)
    assert ("Kigali", "Rwanda") in load_rules().capitals                  # the shipped file
    write_rules(tmp_path / "bad", {"places.jsonl": [
        {"id": "place.rwanda", "name": "Rwanda", "within": None, "capital": "Kigali"}]})
    with pytest.raises(RuleError, match=r"places\.jsonl:1: capital 'Kigali' is not one of its cities"):
        load_rules(tmp_path / "bad")


def test_rules_compounds_are_two_lower_case_words(tmp_path):
    write_rules(tmp_path, {"compounds.jsonl": [
        {"id": "compound.test", "about": "Two-word counted nouns.", "words": ["tea stall", "pick-up truck"]}]})
    assert load_rules(tmp_path).compounds == frozenset({("tea", "stall"), ("pick-up", "truck")})
    assert ("crew", "member") in load_rules().compounds                   # the shipped file
    for words in (["tea"], ["improvised explosive device"], ["Tea stall"], ["tea  stall"]):
        write_rules(tmp_path / "bad", {"compounds.jsonl": [
            {"id": "compound.test", "about": "Two-word counted nouns.", "words": words}]})
        with pytest.raises(RuleError, match=r"compounds\.jsonl:1"):
            load_rules(tmp_path / "bad")


def test_rules_ranks_are_lower_case_words_with_their_bodies(tmp_path):
    write_rules(tmp_path, {"ranks.jsonl": [
        {"id": "rank.test", "about": "Coast guard ranks.", "ranks": ["petty officer", "ensign"], "bodies": ["coast"],
         "unless_after": ["harbour"]}]})
    (rank,) = load_rules(tmp_path).ranks
    assert (rank.ranks, rank.bodies, rank.unless_after) == (
        frozenset({("petty", "officer"), ("ensign",)}), frozenset({"coast"}), frozenset({"harbour"}))
    assert rank.kinds == frozenset({"government", "military", "organisation"})  # (the default kinds of body)
    write_rules(tmp_path / "kinds", {"ranks.jsonl": [
        {"id": "rank.test", "about": "Hospital roles.", "ranks": ["chief physician"], "bodies": ["hospital"],
         "kinds": ["NGO"]}]})
    assert load_rules(tmp_path / "kinds").ranks[0].kinds == frozenset({"NGO"})
    assert {rank.id for rank in load_rules().ranks} >= {"rank.police", "rank.military"}   # the shipped file
    for record in ({"ranks": ["Ensign"]}, {"ranks": []}, {"bodies": ["coast guard"]}, {"bodies": []},
                   {"ranks": ["ensign "]}, {"services": ["navy"]}, {"kinds": ["outlet"]}, {"kinds": []}):
        write_rules(tmp_path / "bad", {"ranks.jsonl": [
            {"id": "rank.test", "about": "Coast guard ranks.", "ranks": ["ensign"], "bodies": ["coast"], **record}]})
        with pytest.raises(RuleError, match=r"ranks\.jsonl:1"):
            load_rules(tmp_path / "bad")


def test_rules_role_acronyms_are_capitals_with_their_roles_in_lower_case(tmp_path):
    write_rules(tmp_path, {"role-acronyms.jsonl": [
        {"id": "role.cp", "acronym": "CP", "roles": ["commissioner of police"]}]})
    assert load_rules(tmp_path).role_acronyms == (("cp", ("commissioner of police",)),)
    assert ("oc", ("officer-in-charge", "officer in charge", "officer commanding")) in load_rules().role_acronyms
    for record in ({"acronym": "cp"}, {"acronym": "C"}, {"acronym": "COMMAND"}, {"roles": []},
                   {"roles": ["Commissioner of Police"]}, {"roles": ["commissioner "]}, {"kind": "police"}):
        write_rules(tmp_path / "bad", {"role-acronyms.jsonl": [
            {"id": "role.cp", "acronym": "CP", "roles": ["commissioner of police"], **record}]})
        with pytest.raises(RuleError, match=r"role-acronyms\.jsonl:1"):
            load_rules(tmp_path / "bad")
    # one acronym, one line
    write_rules(tmp_path / "twice", {"role-acronyms.jsonl": [
        {"id": "role.cp", "acronym": "CP", "roles": ["commissioner of police"]},
        {"id": "role.cp2", "acronym": "CP", "roles": ["chief of police"]}]})
    with pytest.raises(RuleError, match=r"role-acronyms\.jsonl:2"):
        load_rules(tmp_path / "twice")


def test_rules_the_commission_of_inquiry_on_syria_is_known_by_its_full_name():
    registry = load_rules().registry
    known = registry.find("UN Commission of Inquiry")
    assert known is not None
    assert registry.find("Independent International Commission of Inquiry on the Syrian Arab Republic") is known
    assert registry.find("U.N. commission of inquiry on Syria") is known


def test_rules_hedge_weight_below_zero_is_rejected_at_its_line(tmp_path):
    # weight 0 only attributes ("it was learnt that"); below 0 is no weight at all
    write_rules(tmp_path, {"hedges.jsonl": ['{"id": "hedge.x", "phrase": "maybe", "weight": -0.1}']})
    with pytest.raises(RuleError) as error:
        load_rules(tmp_path)
    assert f"{tmp_path / 'hedges.jsonl'}:1: " in str(error.value)
