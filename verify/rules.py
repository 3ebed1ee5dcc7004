"""Load and validate the rule files in `rules/` (cues, hedges, sources, speaker words, descriptions,
boilerplate, abbreviations, events, counted classes, compound counted nouns, places).

Example:
    >>> rules = load_rules()
    >>> rules.registry.lookup("SANA").name
    'SANA'

Every file is JSON Lines: one record per line, the same keys in every record of a file, blank
lines and lines starting with `#` ignored. Each file is validated whole against its JSON Schema
(unknown keys rejected) and then for cross-record consistency (duplicate ids, unknown
affiliations, regexes that do not compile); every problem is reported at once as
`file:line: what is wrong` in one `RuleError` (after spaCy's `schemas.py` + `MatchPatternError`).
A directory given with `rules_dir` overrides the shipped files of the same name, so an editor
can extend one file without copying the rest. Qualifiers (`qualifiers.jsonl`) are loaded by
`verify.numbers`, which owns them.
"""
from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from .errors import RuleError
from .records import SOURCE_TYPES, Source
from .resources import resource_dir
from .validation import problems as schema_problems

STANCES = ("neutral", "distancing", "committal", "accusing", "denying")
CUE_KINDS = ("verb", "according", "quote", "citing", "marker", "toll", "after-quote")

# The word classes of rules/speakers.jsonl, each on one line of the file (see `about` there).
SPEAKER_CLASSES = ("speakers.unnamed", "speakers.unnamed-persons", "speakers.descriptors", "speakers.titles",
                   "speakers.private-roles", "speakers.referring-heads", "speakers.eyes", "speakers.participles",
                   "speakers.officer-roles", "speakers.honorifics")
_STRING_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
SCHEMAS = {
    "cues.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "forms", "stance", "kind"],
        "properties": {"id": {"type": "string", "pattern": r"^cue\."}, "forms": {**_STRING_LIST, "minItems": 1},
                       "stance": {"enum": list(STANCES)}, "kind": {"enum": list(CUE_KINDS)},
                       "needs": {"type": "object", "additionalProperties": False, "required": ["word", "within"],
                                 "properties": {"word": {"type": "string", "pattern": "^[a-z]+$"},
                                                "within": {"type": "integer", "minimum": 1, "maximum": 12}}},
                       "subjects": {**_STRING_LIST, "minItems": 1}},
    },
    "hedges.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "phrase", "weight"],
        "properties": {"id": {"type": "string", "pattern": r"^hedge\."}, "phrase": {"type": "string", "minLength": 1},
                       "weight": {"type": "number", "minimum": 0, "maximum": 1},
                       "attributes": {"type": "boolean"}, "agentless": {"type": "boolean"}},
    },
    "sources.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "name", "type"],
        "properties": {"id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$"},
                       "name": {"type": "string", "minLength": 1}, "type": {"enum": list(SOURCE_TYPES)},
                       "aliases": _STRING_LIST, "affiliation": {"type": ["string", "null"]},
                       "spokesperson": {"type": "boolean"}, "country": {"type": "string", "minLength": 1}},
    },
    "boilerplate.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "pattern"],
        "properties": {"id": {"type": "string", "pattern": r"^boiler\."}, "pattern": {"type": "string", "minLength": 1},
                       "example": {"type": "string"}},
    },
    "events.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "event", "forms"],
        "properties": {"id": {"type": "string", "pattern": r"^event\."}, "event": {"type": "string", "minLength": 1},
                       "forms": {**_STRING_LIST, "minItems": 1}},
    },
    "counted.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "class", "nouns"],
        "properties": {"id": {"type": "string", "pattern": r"^class\."}, "class": {"type": "string", "minLength": 1},
                       "parent": {"type": ["string", "null"]}, "nouns": _STRING_LIST},
    },
    "places.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "name"],
        "properties": {"id": {"type": "string", "pattern": r"^place\."}, "name": {"type": "string", "minLength": 1},
                       "aliases": _STRING_LIST, "within": {"type": ["string", "null"]},
                       "demonyms": _STRING_LIST, "cities": _STRING_LIST, "capital": {"type": "string", "minLength": 1}},
    },
    "speakers.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "about", "words"],
        "properties": {"id": {"enum": list(SPEAKER_CLASSES)}, "about": {"type": "string", "minLength": 1},
                       "words": {**_STRING_LIST, "minItems": 1}},
    },
    "descriptions.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "word", "refers_to"],
        "properties": {"id": {"type": "string", "pattern": r"^desc\."}, "word": {"type": "string", "pattern": r"^[a-zà-ÿ-]+$"},
                       "refers_to": {"oneOf": [{"type": "null"},
                                               {"type": "array", "minItems": 1, "items": {"enum": list(SOURCE_TYPES)}}]}},
    },
    "compounds.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "about", "words"],
        "properties": {"id": {"type": "string", "pattern": r"^compound\."}, "about": {"type": "string", "minLength": 1},
                       "words": {"type": "array", "minItems": 1,
                                 "items": {"type": "string", "pattern": r"^[a-z][a-z-]* [a-z][a-z-]*$"}}},
    },
    "ranks.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "about", "ranks", "bodies"],
        "properties": {"id": {"type": "string", "pattern": r"^rank\."}, "about": {"type": "string", "minLength": 1},
                       "ranks": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": r"^[a-zí-]+( [a-zí-]+)*$"}},
                       "bodies": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": r"^[a-zí-]+$"}},
                       "unless_after": {"type": "array", "items": {"type": "string", "pattern": r"^[a-zí-]+$"}},
                       "not_bodies": {"type": "array", "items": {"type": "string", "pattern": r"^[a-zí-]+$"}},
                       "kinds": {"type": "array", "minItems": 1,
                                 "items": {"enum": ["government", "military", "organisation", "NGO"]}}},
    },
    "role-acronyms.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "acronym", "roles"],
        "properties": {"id": {"type": "string", "pattern": r"^role\."},
                       "acronym": {"type": "string", "pattern": r"^[A-Z]{2,5}$"},
                       "roles": {"type": "array", "minItems": 1,
                                 "items": {"type": "string", "pattern": r"^[a-z][a-z -]*[a-z]$"}}},
    },
    "abbreviations.jsonl": {
        "type": "object", "additionalProperties": False, "required": ["id", "text"],
        "properties": {"id": {"type": "string", "pattern": r"^abbr\."},
                       "text": {"type": "string", "pattern": r"^\S.*\.$"}},
    },
}


@dataclass(frozen=True)
class Cue:
    """A reporting cue: `forms` as they appear in text, the stance they lend, and their kind.

    kind: `verb` (said, claimed), `according` (according to), `quote` (X quoted Y as saying),
    `citing` (citing X), `marker` (in a statement), `toll` (put the toll at). `needs`: a word that
    must follow the cue within so many words for it to report ("identified the gunman as",
    "maintained that"), else None. `subjects`: the only nouns that report with the cue, before it or
    after it ("the statement read", '"…," reads the statement'; not "he read the names"), else empty.
    """

    id: str
    forms: tuple[str, ...]
    stance: str
    kind: str
    needs: tuple[str, int] | None = None
    subjects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rank:
    """A service's ranks (rules/ranks.jsonl): whoever a story introduces by one of `ranks` alone speaks
    for the body of that service it named as a source before him, a source whose name holds one of
    `bodies` and none of `not_bodies` ("Garda sources", "Police Ombudsman"); not when the rank follows
    one of `unless_after` ("Nimba County Superintendent" heads a county, not a police force). Ranks
    are tuples of lower-case words, without their full stops."""

    id: str
    ranks: frozenset
    bodies: frozenset
    unless_after: frozenset = frozenset()
    not_bodies: frozenset = frozenset()
    kinds: frozenset = frozenset({"government", "military", "organisation"})  # what a body of the service may be


@dataclass(frozen=True)
class HedgeCue:
    """A hedge phrase with its weight in [0, 1]; `attributes` marks adverbials such as
    "reportedly" that also attribute the sentence to an unnamed source (with weight 0 an adverbial
    that attributes without hedging: "it was learnt that"); `agentless` marks reports
    that hedge only when nobody is named for them ("casualties were reported", not "were reported
    by SANA" nor "the Observatory said casualties were reported")."""

    id: str
    phrase: str
    weight: float
    attributes: bool = False
    agentless: bool = False


@dataclass(frozen=True)
class BoilerplatePattern:
    """A regular expression that a whole (stripped) sentence matches when it is not story text."""

    id: str
    pattern: re.Pattern
    example: str | None = None


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Lower-case, drop a leading article, unify quotes and dashes: the key aliases are matched by.

    >>> normalise_name("The Britain-based  Observatory’s")
    'britain-based observatory'

    (Kept for the names asked again: loading the rules normalises each registry name three times
    and the registry matcher once more, 2,300 names of four substitutions each.)
    """
    return cased_name_key(text).lower()


def cased_name_key(text: str) -> str:
    """`normalise_name` with the capitals kept: the same characters at the same places (unless
    lower-casing changes a character's length), so an alias found in the key can be read in capitals.

    >>> cased_name_key("The Britain-based  Observatory’s")
    'Britain-based Observatory'
    """
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"'[sS]\b", "", text)
    text = re.sub(r"[^\w\s\-.']", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return re.sub(r"^(?i:the|an?) ", "", text)


def lost_apostrophe_variants(name: str):
    """`name` with one lost possessive apostrophe restored, one capitalised word at a time and no
    combinations ("Russias military" → "Russia military"), as FA-KES prints "Russia's military":
    so "Human Rights Watchs" keeps "Rights" whole."""
    for m in re.finditer(r"\b([A-Z][\w-]*?)s\b", name):
        yield name[:m.end(1)] + name[m.end():]


class Registry:
    """The source registry: canonical sources, their aliases, and who speaks for whom.

    >>> reg = Registry([Source("rt", "RT", "state media", ("Russia Today",), "ru"),
    ...                 Source("ru", "Russian government", "government")])
    >>> reg.origin(reg.lookup("Russia Today")).name
    'Russian government'
    """

    def __init__(self, sources):
        self.sources = {s.id: s for s in sources}
        self._by_key = {}
        for source in sources:
            for name in (source.name, *source.aliases):
                self._by_key.setdefault(normalise_name(name), source)

    def __len__(self):
        return len(self.sources)

    def get(self, source_id: str) -> Source | None:
        return self.sources.get(source_id)

    def lookup(self, name: str) -> Source | None:
        """The source whose name or alias equals `name` after `normalise_name`, else None."""
        return self._by_key.get(normalise_name(name))

    def find(self, name: str) -> Source | None:
        """`lookup`, then the same name with one lost apostrophe restored, as FA-KES prints them.

        >>> reg = Registry([Source("mod", "Russian Defence Ministry", "military", ("Russia's military",))])
        >>> reg.lookup("Russias military") is None, reg.find("Russias military").name
        (True, 'Russian Defence Ministry')
        """
        # (as the attribution matcher reads mentions, so that a gold name copied from the text joins
        # the registry source the same words name with their apostrophe)
        return self.lookup(name) or next(filter(None, map(self.lookup, lost_apostrophe_variants(name))), None)

    def keys(self):
        """Every normalised alias and name (for building matchers)."""
        return self._by_key.keys()

    def origin(self, source: Source) -> Source:
        """Follow affiliations to the source a claim finally rests on (RT → Russian government)."""
        seen = {source.id}
        while source.affiliation and source.affiliation in self.sources and source.affiliation not in seen:
            source = self.sources[source.affiliation]
            seen.add(source.id)
        return source


@dataclass(frozen=True)
class RuleSet:
    """Every rule file, loaded and validated."""

    cues: tuple[Cue, ...]
    hedges: tuple[HedgeCue, ...]
    registry: Registry
    boilerplate: tuple[BoilerplatePattern, ...]
    abbreviations: tuple[str, ...]
    qualifiers: tuple
    events: dict[str, str]            # event word or phrase (lower case) → event name
    counted_classes: dict[str, str]   # counted noun → its class
    class_parents: dict[str, str]     # class → parent class
    speakers: dict[str, frozenset]    # word class of speakers.jsonl ("titles") → its words (lower case)
    descriptions: dict[str, tuple | None]  # "the monitor" → the source types it can refer to (None: any)
    places: dict[str, str]            # place name or alias (lower case) → canonical name
    place_parents: dict[str, str]     # canonical place → the place it lies within
    files: tuple[Path, ...]
    place_acronyms: frozenset = frozenset()  # aliases written in capitals, lower case ("car" for "CAR"): they
    #                                           match only written in capitals, never "a car bomb"
    demonyms: tuple = ()  # (people's adjective, its country), lower case, where no ending spells it:
    #                       ("malagasy", "madagascar"), ("filipino", "philippines")
    compounds: frozenset = frozenset()  # (modifier, noun) pairs counted whole: ("crew", "member")
    ranks: tuple = ()  # `Rank`s of rules/ranks.jsonl: a rank's bearer speaks for a body of its service
    role_acronyms: tuple = ()  # (acronym, lower case; the roles' words) of rules/role-acronyms.jsonl: "oc"
    cities: tuple = ()  # (city, lower case; its country's name) of a country's "cities" in places.jsonl: cities
    #                     that name the story's country (a dateline, "in Lusaka") and are read as nothing else
    capitals: tuple = ()  # (capital as written, its country's name): "Kigali said" is Rwanda's government


def _read_records(path: Path, schema: dict, problems: list[str]):
    """Yield (line number, record) for each valid record; append `path:line: problem` for others."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: cannot read the rule file ({error}); it must be UTF-8 JSON Lines")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line, parse_constant=_refuse_constant)
        except json.JSONDecodeError as error:
            problems.append(f"{path}:{number}: not valid JSON ({error.msg} at column {error.colno})")
            continue
        except _NotANumber as error:  # NaN passes every numeric bound of a schema
            problems.append(f"{path}:{number}: {error.constant} is not a number JSON allows; give a finite number")
            continue
        except (ValueError, RecursionError) as error:
            problems.append(f"{path}:{number}: not valid JSON ({error.__class__.__name__}: "
                            f"{str(error).split(';')[0]})")
            continue
        errors = sorted(schema_problems(schema, record), key=lambda e: list(e.path))
        if errors:
            for error in errors:
                where = ".".join(str(p) for p in error.path)
                problems.append(f"{path}:{number}: {where + ': ' if where else ''}{error.message}")
            continue
        yield number, record


class _NotANumber(ValueError):
    def __init__(self, constant: str):
        super().__init__(constant)
        self.constant = constant


def _refuse_constant(constant: str):
    """Python's json reads NaN, Infinity and -Infinity, which JSON does not have; rules may not hold them."""
    raise _NotANumber(constant)


def _check_unique(path, items, key, problems):
    seen = {}
    for number, record in items:
        value = record[key]
        if value in seen:
            problems.append(f"{path}:{number}: duplicate {key} {value!r} (first on line {seen[value]})")
        seen.setdefault(value, number)


_DERIVED: dict[tuple[int, str], tuple["RuleSet", object]] = {}


def derived(rules: "RuleSet", name: str, build):
    """`build(rules)`, computed once per rule set: the matchers the stages compile from the rules.

    Stages ask for their matchers once per sentence or claim; keying on the rule set's identity
    (it is immutable once loaded) avoids hashing or sorting its contents on every call.
    """
    key = (id(rules), name)
    hit = _DERIVED.get(key)
    if hit is not None and hit[0] is rules:
        return hit[1]
    value = build(rules)
    _DERIVED[key] = (rules, value)  # holding `rules` keeps its id from being reused
    return value


def literal_alternation(words, *, ignore_case: bool = False) -> str:
    r"""A pattern matching any of `words` literally, where one matches, the longest: the same
    matches as `"|".join(map(re.escape, sorted(words, key=len, reverse=True)))`, written as a trie
    so that `re` tries one branch per character instead of every word at every position.

    >>> literal_alternation(["al-Nusra Front", "al-Nusra", "al-Bab"])
    'al\\-(?:Bab|Nusra(?:\\ Front)?)'
    >>> re.findall(r"\b(" + literal_alternation(["Al", "Aleppo"]) + r")\b", "Aleppo, Al Bab")
    ['Aleppo', 'Al']

    (The registry's and the places' names are hundreds of words; matched as a plain alternation
    they cost several times as much. Among words that all match at one position each is a prefix
    of the next longer one, so trying the longer branch of the trie first, then the shorter on
    backtracking, tries them in the order of the longest-first alternation.) For a pattern compiled
    with re.IGNORECASE pass `ignore_case=True`: letters `re` takes for one another ("Al" and "al",
    and also "i" and the dotless "ı", "s" and "ſ") then share one branch, as they must for the
    longer word to be tried first. Words longer than 100 characters (no name is) get the plain
    alternation: a trie that deep would nest past what `re` can parse.
    """
    words = list(words)
    if any(len(w) > 100 for w in words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    classes = _case_classes(words) if ignore_case else {}
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(classes[character][0] if character in classes else character, {})
        node[""] = {}  # a word ends here

    escaped = {character: re.escape(character) for character in set("".join(words))}
    escaped.update((first, "[" + "".join(map(re.escape, group)) + "]") for first, group in classes.items())

    def written(node: dict) -> str:
        # (a run of nodes with one next character and no word ending is written in one loop, not
        # one call per character: most of a name's characters are such runs)
        run = []
        while len(node) == 1:
            first, child = next(iter(node.items()))
            if not first:
                return "".join(run)
            run.append(escaped[first])
            node = child
        branches = [escaped[first] + written(child) for first, child in sorted(node.items()) if first]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(run) + (f"(?:{body})?" if "" in node else body)

    return written(trie)


def _case_classes(words) -> dict[str, tuple[str, ...]]:
    """Each character of `words` that re.IGNORECASE takes for another of them → all of them, the
    first of which stands for them in the trie."""
    characters = sorted(set("".join(words)))
    classes: dict[str, tuple[str, ...]] = {}
    for character in characters:
        if character in classes:
            continue
        pattern = re.compile(re.escape(character), re.IGNORECASE)
        group = tuple(other for other in characters if pattern.fullmatch(other))
        if len(group) > 1:
            for other in group:
                classes[other] = group
    return classes


def rule_path(name: str, rules_dir: Path | None = None) -> Path:
    """The file `name` from `rules_dir` when it has one, else the shipped one."""
    if rules_dir is not None and (Path(rules_dir) / name).is_file():
        return Path(rules_dir) / name
    return resource_dir("rules") / name


# A group holding an unbounded quantifier, itself repeated without bound: "(a+)+", "(?:\w+\s?)*"
# (catastrophic backtracking; a bounded outer repeat such as "{1,4}" stays polynomial)
_NESTED_QUANTIFIER = re.compile(r"\((?:\?:)?(?:[^()\\]|\\.)*(?<!\\)[+*](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})")


def load_rules(rules_dir: str | Path | None = None) -> RuleSet:
    """Load and validate every rule file; raise `RuleError` listing all problems at once."""
    if rules_dir is not None and not Path(rules_dir).is_dir():
        raise RuleError(f"{rules_dir}: not a directory; --rules takes a directory of .jsonl rule files")
    if rules_dir is not None:
        _check_rule_names(Path(rules_dir))
    return _load_rules(str(rules_dir) if rules_dir else None)


def _check_rule_names(rules_dir: Path) -> None:
    """Refuse a --rules directory whose files verify would silently ignore: a misspelt name
    ("source.jsonl") or none of the rule files at all."""
    import difflib

    known = sorted([*SCHEMAS, "qualifiers.jsonl"])
    files = sorted(p.name for p in rules_dir.glob("*.jsonl"))
    # a name one letter off a rule file's is a typo, not an editor's notes file (those are ignored)
    misspelt = [(name, close[0]) for name in files if name not in known
                for close in [difflib.get_close_matches(name, known, n=1, cutoff=0.85)] if close]
    if misspelt:
        raise RuleError(f"{rules_dir}: " + ", ".join(f"{name} is not a rule file verify reads (did you mean {close}?)"
                                                     for name, close in misspelt) + f"; the rule files are {', '.join(known)}")
    if not any(name in known for name in files):
        raise RuleError(f"{rules_dir}: holds none of the rule files ({', '.join(known)}); copy the ones you want to "
                        "change from the shipped rules/ (files you do not copy keep their shipped versions)")


@lru_cache(maxsize=8)
def _load_rules(rules_dir: str | None) -> RuleSet:
    problems: list[str] = []
    paths = {name: rule_path(name, Path(rules_dir) if rules_dir else None) for name in SCHEMAS}
    records = {name: list(_read_records(path, SCHEMAS[name], problems)) for name, path in paths.items()}

    for name, key in (("cues.jsonl", "id"), ("hedges.jsonl", "id"), ("hedges.jsonl", "phrase"),
                      ("sources.jsonl", "id"), ("boilerplate.jsonl", "id"), ("abbreviations.jsonl", "text"),
                      ("events.jsonl", "id"), ("counted.jsonl", "id"), ("counted.jsonl", "class"),
                      ("places.jsonl", "id"), ("places.jsonl", "name"), ("speakers.jsonl", "id"),
                      ("compounds.jsonl", "id"), ("ranks.jsonl", "id"), ("role-acronyms.jsonl", "id"),
                      ("role-acronyms.jsonl", "acronym"),
                      ("descriptions.jsonl", "id"), ("descriptions.jsonl", "word")):
        _check_unique(paths[name], records[name], key, problems)

    cues = []
    form_owner: dict[str, str] = {}
    for number, r in records["cues.jsonl"]:
        for form in r["forms"]:
            if form != form.lower():
                problems.append(f"{paths['cues.jsonl']}:{number}: form {form!r} must be lower case (cues match any case)")
            if form in form_owner:
                problems.append(f"{paths['cues.jsonl']}:{number}: form {form!r} already belongs to {form_owner[form]}")
            form_owner.setdefault(form, r["id"])
        needs = (r["needs"]["word"], r["needs"]["within"]) if "needs" in r else None
        cues.append(Cue(r["id"], tuple(r["forms"]), r["stance"], r["kind"], needs,
                        frozenset(w.lower() for w in r.get("subjects", ()))))

    hedges, phrases = [], {}
    for number, r in records["hedges.jsonl"]:
        key = " ".join(r["phrase"].lower().split())
        if key in phrases and phrases[key][1] != r["phrase"]:
            # hedges match any case: "Reportedly" would silently replace "reportedly"
            problems.append(f"{paths['hedges.jsonl']}:{number}: phrase {r['phrase']!r} repeats "
                            f"{phrases[key][1]!r} (line {phrases[key][0]}) in another case; hedges match any case")
            continue
        phrases.setdefault(key, (number, r["phrase"]))
        hedges.append(HedgeCue(r["id"], r["phrase"], float(r["weight"]), bool(r.get("attributes", False)),
                               bool(r.get("agentless", False))))

    source_ids = {r["id"] for _, r in records["sources.jsonl"]}
    sources = []
    alias_owner: dict[str, tuple[str, int]] = {}
    for number, r in records["sources.jsonl"]:
        affiliation = r.get("affiliation")
        if affiliation is not None and affiliation not in source_ids:
            problems.append(f"{paths['sources.jsonl']}:{number}: affiliation {affiliation!r} is not the id of any source")
        if "country" in r and (affiliation is not None or r["type"] != "state media"):
            problems.append(f"{paths['sources.jsonl']}:{number}: country is for a state medium without an "
                            "affiliation (its government has no entry of its own)")
        for name in {normalise_name(n) for n in (r["name"], *r.get("aliases", []))} - {""}:
            owner = alias_owner.get(name)
            if owner is not None and owner[0] != r["id"]:
                problems.append(f"{paths['sources.jsonl']}:{number}: name or alias {name!r} already names "
                                f"source {owner[0]!r} (line {owner[1]}); one name can lead to one source only")
            alias_owner.setdefault(name, (r["id"], number))
        for alias in r.get("aliases", []):
            if not normalise_name(alias):
                warnings.warn(f"{paths['sources.jsonl']}:{number}: alias {alias!r} can never match "
                              "(it is empty after normalisation)", stacklevel=2)
        sources.append(Source(r["id"], r["name"], r["type"], tuple(r.get("aliases", [])), affiliation,
                              bool(r.get("spokesperson", False)), r.get("country")))

    boilerplate = []
    for number, r in records["boilerplate.jsonl"]:
        try:
            pattern = re.compile(r["pattern"], re.IGNORECASE)
        except re.error as error:
            problems.append(f"{paths['boilerplate.jsonl']}:{number}: pattern does not compile ({error})")
            continue
        if _NESTED_QUANTIFIER.search(r["pattern"]):
            # "(a+)+b" backtracks for ever on a line of a's: every sentence of every audit runs it
            problems.append(f"{paths['boilerplate.jsonl']}:{number}: pattern repeats a group that itself repeats "
                            f"(like '(a+)+'), which can take exponential time on some lines; "
                            "repeat the inner part once ('a+') or make the group's alternatives exclusive")
            continue
        example = r.get("example")
        if example is not None and not pattern.fullmatch(example.strip()):
            problems.append(f"{paths['boilerplate.jsonl']}:{number}: pattern does not match its own example {example!r}")
        boilerplate.append(BoilerplatePattern(r["id"], pattern, example))

    abbreviations = tuple(r["text"] for _, r in records["abbreviations.jsonl"])
    events = {form.lower(): r["event"] for _, r in records["events.jsonl"] for form in r["forms"]}
    classes = {r["class"] for _, r in records["counted.jsonl"]}
    counted_classes, class_parents = {}, {}
    for number, r in records["counted.jsonl"]:
        if r.get("parent") is not None and r["parent"] not in classes:
            problems.append(f"{paths['counted.jsonl']}:{number}: parent {r['parent']!r} is not a class of this file")
        if r.get("parent"):
            class_parents[r["class"]] = r["parent"]
        for noun in r["nouns"]:
            counted_classes.setdefault(noun.lower(), r["class"])
    speakers = {}
    for number, r in records["speakers.jsonl"]:
        upper = [w for w in r["words"] if w != w.lower()]
        if upper:
            problems.append(f"{paths['speakers.jsonl']}:{number}: words must be lower case (they match any case): "
                            f"{', '.join(map(repr, upper))}")
        speakers[r["id"].removeprefix("speakers.")] = frozenset(r["words"])
    missing = [c for c in SPEAKER_CLASSES if c.removeprefix("speakers.") not in speakers]
    if missing and not any(problem.startswith(str(paths["speakers.jsonl"])) for problem in problems):
        problems.append(f"{paths['speakers.jsonl']}: missing word class(es) {', '.join(missing)}; "
                        "the file needs one line for each")
    compounds = {tuple(words.split()) for _, r in records["compounds.jsonl"] for words in r["words"]}
    ranks = tuple(Rank(r["id"], frozenset(tuple(rank.split()) for rank in r["ranks"]), frozenset(r["bodies"]),
                       frozenset(r.get("unless_after", ())), frozenset(r.get("not_bodies", ())),
                       frozenset(r.get("kinds", ("government", "military", "organisation"))))
                  for _, r in records["ranks.jsonl"])
    role_acronyms = tuple((r["acronym"].lower(), tuple(r["roles"])) for _, r in records["role-acronyms.jsonl"])
    descriptions = {r["word"]: tuple(r["refers_to"]) if r["refers_to"] else None
                    for _, r in records["descriptions.jsonl"]}
    place_names = {r["name"] for _, r in records["places.jsonl"]}
    places, place_parents, place_acronyms, demonyms, cities = {}, {}, set(), [], {}
    for number, r in records["places.jsonl"]:
        if r.get("cities") and r.get("within"):
            problems.append(f"{paths['places.jsonl']}:{number}: only a country (within null) lists cities; "
                            f"{r['name']!r} lies within {r['within']!r}")
        for city in r.get("cities", ()):
            if cities.get(city.lower(), r["name"]) != r["name"]:
                problems.append(f"{paths['places.jsonl']}:{number}: city {city!r} is listed under "
                                f"{cities[city.lower()]!r} already")
            cities[city.lower()] = r["name"]
        if r.get("within") is not None and r["within"] not in place_names:
            problems.append(f"{paths['places.jsonl']}:{number}: within {r['within']!r} is not the name of a place")
        if r.get("within"):
            place_parents[r["name"]] = r["within"]
        demonyms += [(word.lower(), r["name"].lower()) for word in r.get("demonyms", [])]
        for name in (r["name"], *r.get("aliases", [])):
            places[name.lower()] = r["name"]
            if name.isupper() and len(name) > 1:
                place_acronyms.add(name.lower())
    for number, r in records["places.jsonl"]:
        for city in r.get("cities", ()):
            if city.lower() in places:
                problems.append(f"{paths['places.jsonl']}:{number}: city {city!r} is a place already; "
                                f"give it as a place within its country, or as a city, not both")
        if r.get("capital") is not None and r["capital"] not in r.get("cities", ()):
            problems.append(f"{paths['places.jsonl']}:{number}: capital {r['capital']!r} is not one of its cities; "
                            f"list it in \"cities\" too")
    countries = {r["name"] for _, r in records["places.jsonl"] if r.get("within") is None}
    for number, r in records["sources.jsonl"] if paths["sources.jsonl"].parent == paths["places.jsonl"].parent else ():
        if "country" in r and r["country"] not in countries:
            # (a warning, not a problem, and only when both files come from one directory: a places.jsonl
            # of one's own may leave out the shipped registry's countries; the medium then rests on itself)
            warnings.warn(f"{paths['sources.jsonl']}:{number}: country {r['country']!r} is not the name of a "
                          "country in places.jsonl; its claims rest on the medium itself", stacklevel=2)
    qualifiers_path = rule_path("qualifiers.jsonl", Path(rules_dir) if rules_dir else None)
    try:
        from .numbers import load_qualifiers  # verify.numbers owns the qualifier format
        qualifiers = load_qualifiers(qualifiers_path)
    except RuleError as error:
        # one problem per listed line, so that the count in the header stays true
        problems.extend(line for line in str(error).splitlines() if line.strip())
        qualifiers = ()
    if problems:
        raise RuleError(f"{len(problems)} problem(s) in the rule files:\n" + "\n".join(problems))
    return RuleSet(tuple(cues), tuple(hedges), Registry(sources), tuple(boilerplate), abbreviations,
                   tuple(qualifiers), events, counted_classes, class_parents, speakers, descriptions, places,
                   place_parents,
                   (*paths.values(), qualifiers_path), frozenset(place_acronyms), tuple(sorted(set(demonyms))),
                   frozenset(compounds), ranks, role_acronyms, tuple(sorted(cities.items())),
                   tuple(sorted((r["capital"], r["name"]) for _, r in records["places.jsonl"] if r.get("capital"))))
