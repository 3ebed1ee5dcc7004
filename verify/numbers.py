"""Find the numbers a sentence states as quantities: value, range, qualifier and thing counted.

Example:
    >>> [(m.text, m.value, m.qualifier, m.counted) for m in find_numbers("At least 53 died.")]
    [('53', 53.0, 'at least', None)]
    >>> [(m.text, m.counted) for m in find_numbers("It fired seven cruise missiles in 2015.")]
    [('seven', 'missile')]

The stage works in two halves, as spaCy's `SpanRuler` matches then sets annotations:
`find_number_spans` finds where the numbers are, reads their values and the words naming what
they count, and drops what is not a quantity (years, dates, clock times, durations, ages, numbers
inside names); `build_mentions` attaches the qualifier before each number ("at least") and turns
the counted words into a singular noun. `find_numbers` runs both.

Fixed linguistics (number words, scale words, the non-quantity contexts, plural forms) are the
module constants below, as in spaCy's `spacy/lang/en/lex_attrs.py`; the qualifiers an editor may
extend live in `rules/qualifiers.jsonl` (see `load_qualifiers`). What counts as a quantity follows
the "numbers" part of `fixtures/gold/GUIDELINES.md`.

Choices the guidelines leave open:
- vague amounts ("dozens", "scores", "hundreds of thousands", "several dozen") have `value` None,
  `high` None and `low` set to the least the words can mean: two of the unit for a plural
  ("dozens" ≥ 24, "tens of thousands" ≥ 20,000), three for "several" ("several dozen" ≥ 36,
  "several" ≥ 3) and two for "a few". "a dozen" is exact (12); "half a million" is 500,000.
- "several" alone is a vague amount only when a counted noun follows ("several others",
  "several IS fighters"; not "one of several"), and so is "a few" ("a few passengers", as the
  checked wire gold writes it; not "A few of us", nor "few jobs").
- "18 others" counts the kind counted before it in the sentence ("53 civilians … and 18 others":
  civilian), else people ("a man was killed and four others injured": person), as the gold
  guidelines say, and people when that kind is one of sex, age or kin ("three women … and dozens of
  others": person); a measure before them (a magnitude, percent, a unit) is no kind they take ("a
  7.7-magnitude earthquake …, killing 2,719 people, with 3,408 others injured": person); "dozens more" counts the kind before it, else nothing; "three of them" counts the
  kind counted last before it in the sentence ("seven people were wounded, three of them
  seriously": person, as 113 of the dev gold's 140 such numbers are written), else after a verb of harm
  the people named before it ("engaged the attackers, neutralising four of them": attacker), else nothing, unless a
  plural noun follows it ("five children, four of them brothers": brother; after "were"/"are" only people
  by age, sex or kin: "234 of them were children": child); a
  part counts what its whole counts ("12 of the 91 aid missions", "17 of Gaza's 36 hospitals":
  mission, hospital); a figure with no noun after "up from", "down from", "compared with" counts
  what the number right before it counts ("two cuts, down from three": cut); "dozens of others" are
  "others"; "another 19" or "a further 6,000" with no noun counts the kind counted last before it
  that is no measure nor a part named within a count ("12 people …, among them two teenagers, and
  another 19": person); a figure set after a plural ("the gunmen, numbering over 100", "the attackers,
  believed to be about 15") counts that plural.
- a magnitude counts "magnitude" ("a magnitude 7.4 earthquake", "a 5.8-magnitude quake", "put the
  magnitude at 7.6", "measuring 6.1 in magnitude", a bare "measuring 4.2" in a quake story); a number
  after "the number of" counts what it names ("put the number of evacuees at 7,820": evacuee), and
  one a tally passes counts the tally's noun ("deaths could exceed 10,000": death; `TALLY_NOUNS`).
- text of a percentage leaves out the percent word or sign ("48" for "48 percent" and "48%");
  text of money keeps its currency sign ("$5 million"), and pence glued to the amount their "p"
  ("215p", counted penny as "215 pence" is).
- "between 10 and 15" is a range whose text leaves out "between" ("10 and 15", as the gold writes
  it); "from 10 to 15" is two numbers (a change, not a range).
- the ends of a rating scale and the terms of a ratio ("On a scale of one to 10", "a ratio of 1 to 40", "The
  ratio is roughly 1 to 40", "on a scale of 1 to 10 averaged 6": the rating, 6, is a number)
  are no quantity, as a proportion ("one in five people") is not: neither is read, nor a range; with a
  percent, money or a counted noun they are one ("a capital ratio of 10 to 12 percent", "a ratio of 2 to 3
  shares"); "between 9 and 11 in the morning" is a span of clock hours, no range, but a count after a
  level, a copula or an active verb that counts ("The toll stood at between 9 and 11 this morning", "Gunmen
  executed between 6 and 9 in the morning", "Medics counted between 6 and 9 this morning": a verb of
  `COUNT_TAKING_VERBS` or `SPAN_COUNT_VERBS`; after any other verb, or none, hours), and so is "from 9 to 11
  in the morning" opening the sentence or after a verb of meeting, opening or running ("They met from 9 to 11
  in the morning", "The curfew runs from 9 to 11 at night"), but after any other verb it is a change ("Arrests
  went from 9 to 11 in the morning", "The death toll went from 9 to 11 this morning"); after a passive ("He was
  shot between 9 and 11 at night", "was shot around 10 in the evening", "was reportedly shot", "got shot"; not
  "were reportedly killing", "got deadly killed") the hours stay clock times; a
  "dozen" after digits multiplies them ("3 dozen" is 36, "between two and 3 dozen" 24 to 36), as after
  number words.
- "264 times" counts `time`, but "three times bigger" is a multiplier, not a quantity. Any count
  of hours, days, weeks, months or years is a duration, not a quantity.
- "one" counts only before a noun ("one civilian"), and not in "One resident said" (an
  indefinite), idioms ("at one point", "in one go"), "one … another" ("from one house to
  another") or after a preposition opening the sentence or a clause ("In one attack on 9 March,
  soldiers killed 12 villagers": one instance among several).
- the counted noun is the head noun, singular, lower case except demonyms ("Syrian"); the
  two-word nouns of `rules/compounds.jsonl` keep their first word ("two crew members": crew member;
  "barrel bomb", "police officer"), as do units after "square" or "cubic" ("square mile"), and
  "km" is written "kilometer" as the gold does.
"""
from __future__ import annotations

import bisect
import dataclasses
import json
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from verify.errors import RuleError
from verify.records import NumberMention
from verify.resources import resource_dir
from verify.rules import literal_alternation

__all__ = [
    "BOUNDS", "NumberSpan", "Qualifier", "build_mentions", "find_number_spans", "find_numbers",
    "load_qualifiers", "range_opening",
]

# ---------------------------------------------------------------------------------------------
# Qualifiers (rules/qualifiers.jsonl)

BOUNDS = ("lower", "upper", "approximate", "exact")
QUALIFIER_KEYS = ("id", "phrase", "bound")


@dataclass(frozen=True)
class Qualifier:
    """An approximator that may precede a number, from `rules/qualifiers.jsonl`.

    Example:
        >>> Qualifier(id="qual.at-least", phrase="at least", bound="lower").phrase
        'at least'

    id: stable rule id, e.g. `qual.at-least`.
    phrase: the words as matched, lower case, single spaces ("more than").
    bound: what the number is to the true amount: `lower` ("at least 14": 14 or more; "more than"
        and "over" too, though exclusive), `upper` ("up to", "nearly"), `approximate` ("about"),
        or `exact` ("exactly").
    """

    id: str
    phrase: str
    bound: str


def load_qualifiers(path: str | Path) -> tuple[Qualifier, ...]:
    """Read and validate a qualifier file (JSON Lines), in file order.

    Example:
        >>> [q.phrase for q in load_qualifiers(resource_dir("rules") / "qualifiers.jsonl")][:2]
        ['at least', 'more than']

    The whole file is checked before failing, and one `RuleError` lists every bad record as
    `path:line: what is wrong` (bad JSON, not an object, missing or unknown key, value not a
    string, bound not one of BOUNDS, duplicate id or phrase). Blank lines are skipped. A phrase
    that ends in a number word or holds a digit would swallow the number it should precede, so it
    can never match; that is warned about, not rejected (as scikit-learn warns about stop words
    that tokenisation makes inconsistent).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(
            f"{path}: cannot read the qualifier file ({exc}); give a UTF-8 JSON Lines file"
        ) from exc
    problems: list[str] = []
    qualifiers: list[Qualifier] = []
    first_line_of_phrase: dict[str, int] = {}
    first_line_of_id: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                f"{where}: bad JSON ({exc.msg} at column {exc.colno}); "
                "write one JSON object per line"
            )
            continue
        if not isinstance(record, dict):
            problems.append(
                f"{where}: a record must be a JSON object with keys {', '.join(QUALIFIER_KEYS)}, "
                f"not {type(record).__name__}"
            )
            continue
        line_problems = []
        missing = [key for key in QUALIFIER_KEYS if key not in record]
        if missing:
            line_problems.append(
                f"missing key {', '.join(map(repr, missing))} "
                f"(required: {', '.join(QUALIFIER_KEYS)})"
            )
        unknown = sorted(set(record) - set(QUALIFIER_KEYS))
        if unknown:
            line_problems.append(
                f"unknown key {', '.join(map(repr, unknown))} "
                f"(allowed: {', '.join(QUALIFIER_KEYS)}); remove it"
            )
        for key in QUALIFIER_KEYS:
            if key in record and (not isinstance(record[key], str) or not record[key].strip()):
                line_problems.append(
                    f"{key!r} must be a non-empty string, not {record[key]!r}; quote the text"
                )
        bound = record.get("bound")
        if isinstance(bound, str) and bound.strip() and bound not in BOUNDS:
            line_problems.append(
                f"bad bound {bound!r} (allowed: {', '.join(BOUNDS)}); "
                "use lower for 'more than', upper for 'nearly', approximate for 'about'"
            )
        if line_problems:
            problems.extend(f"{where}: {problem}" for problem in line_problems)
            continue
        phrase = _normalise_phrase(record["phrase"])
        if phrase in first_line_of_phrase:
            problems.append(
                f"{where}: duplicate phrase {phrase!r} (first on line "
                f"{first_line_of_phrase[phrase]}); keep one record per phrase"
            )
            continue
        if record["id"] in first_line_of_id:
            problems.append(
                f"{where}: duplicate id {record['id']!r} (first on line "
                f"{first_line_of_id[record['id']]}); give each record its own id"
            )
            continue
        first_line_of_phrase[phrase] = lineno
        first_line_of_id[record["id"]] = lineno
        last_word = phrase.split()[-1]
        if any(ch.isdigit() for ch in phrase) or _word_value(last_word) is not None:
            warnings.warn(
                f"{where}: phrase {phrase!r} holds a number, so it can never precede one; "
                "write only the approximator words",
                stacklevel=2,
            )
        qualifiers.append(Qualifier(id=record["id"], phrase=phrase, bound=bound))
    if problems:
        raise RuleError("\n".join(problems))
    return tuple(qualifiers)


def _normalise_phrase(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@lru_cache(maxsize=1)
def _shipped_qualifiers() -> tuple[Qualifier, ...]:
    return load_qualifiers(resource_dir("rules") / "qualifiers.jsonl")


@lru_cache(maxsize=1)
def _shipped_compounds() -> frozenset:
    from verify.rules import load_rules  # (verify.rules loads this module's qualifiers)

    return load_rules().compounds


@lru_cache(maxsize=16)
def _qualifier_pattern(qualifiers: tuple[Qualifier, ...]) -> tuple[re.Pattern[str] | None, int]:
    """One regex that matches any qualifier phrase ending right before a number, and how far
    before the number a match can start (so the search need not scan the whole sentence)."""
    if not qualifiers:
        return None, 0
    # Longest first, so "well over" wins over "over".
    phrases = sorted({q.phrase for q in qualifiers}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    pattern = re.compile(rf"(?<![\w-])(?P<phrase>{alternatives})\s+\Z", re.IGNORECASE)
    return pattern, 3 * len(phrases[0]) + 20  # room for runs of spaces between the words


# the tuple of qualifiers last asked for and its `_qualifier_pattern`: a rule set's, passed again for
# every sentence, is known by identity (hashing its twenty-odd records for the cache, sentence after
# sentence, was a third of the time of `build_mentions` here)
_QUALIFIERS_SEEN: list = [None, (None, 0)]


def _qualifiers_pattern_of(qualifiers: Sequence[Qualifier]) -> tuple[re.Pattern[str] | None, int]:
    if qualifiers is not _QUALIFIERS_SEEN[0]:
        found = _qualifier_pattern(tuple(qualifiers))
        if not isinstance(qualifiers, tuple):
            return found  # (a list can change: not kept)
        _QUALIFIERS_SEEN[:] = [qualifiers, found]
    return _QUALIFIERS_SEEN[1]


# ---------------------------------------------------------------------------------------------
# Fixed linguistics

UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "lakh": 100_000, "crore": 10_000_000,   # South Asian English: "Rs 4 lakh", "2 crore"
    "lakhs": 100_000, "crores": 10_000_000,   # ("Rs 5 crores"; alone, "lakhs of devotees" is vague)
}
DOZEN = 12
# Vague plurals and the unit they multiply; "tens" only before "of" ("tens of thousands").
VAGUE_PLURALS = {
    "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "tens": 10, "scores": 20, "lakhs": 100_000, "crores": 10_000_000,
}
VAGUE_NEED_OF = frozenset({"tens"})
# Vague multipliers before a singular scale word ("several dozen") and the least they mean.
VAGUE_MULTIPLIERS = {"several": 3, "few": 2}
PERCENT_WORDS = frozenset({"percent", "pct", "%"})
# Measures written as an abbreviation after a number ("10 kph", "150 mm", "50 m from the site").
MEASURE_ABBREVIATIONS = {
    "kph": "kilometer per hour", "km/h": "kilometer per hour", "kmh": "kilometer per hour",
    "kmph": "kilometer per hour", "mph": "mile per hour", "m/s": "meter per second",
    "mm": "millimeter", "cm": "centimeter", "m": "meter", "bps": "basis point", "bp": "basis point",
}
# Temperature signs after a number ("35 °C"); glued, "35C", "95F", "6°C" (`_TEMPERATURE_RE`). They count
# degrees, as "35 degrees" and "35 degrees Celsius" do.
TEMPERATURE_SIGNS = frozenset({"°C", "°F", "ºC", "ºF", "°"})
# Units of speed that "per hour" / "an hour" / "per second" after them make a rate.
SPEED_UNITS = frozenset({"kilometre", "kilometer", "mile", "metre", "meter", "knot"})
CURRENCY_SIGNS = {"us$": "dollar", "$": "dollar", "€": "euro", "£": "pound",
                  # other dollars, the real, and signs of their own ("A$3bn", "HK$2bn", "R$10 billion", "¥500 billion")
                  "a$": "dollar", "au$": "dollar", "hk$": "dollar", "c$": "dollar", "ca$": "dollar", "nz$": "dollar",
                  "s$": "dollar", "nt$": "dollar", "r$": "real", "¥": "yen", "₩": "won", "₱": "peso", "₽": "rouble",
                  "₺": "lira"}
CURRENCY_CODES = {"usd": "dollar", "eur": "euro", "gbp": "pound"}
# Codes standing apart that match only as written ("Rs 4 lakh", "Tk 25,000"; not French "le 5").
CASED_CURRENCY_CODES = {"Rs": "rupee", "INR": "rupee", "PKR": "rupee", "EGP": "pound", "LE": "pound",
                        "VND": "dong", "JD": "dinar", "RM": "ringgit", "Tk": "taka", "KSh": "shilling",
                        "Ksh": "shilling", "Sh": "shilling", "UGX": "shilling", "TSh": "shilling",
                        "GH₵": "cedi", "₵": "cedi", "₦": "naira", "₹": "rupee"}  # ("GH₵ 2 million": apart too)
# Currency codes and signs glued to an amount, as written (case counts): "N100m", "Rs500",
# "LE100,000", "RM1,000", "Tk25,000". One capital ("N", "R") only before an amount with a comma,
# a decimal point or a scale ("R5,000", "N5m"; not the R5 road).
GLUED_CURRENCIES = {"₦": "naira", "₹": "rupee", "GH₵": "cedi", "₵": "cedi", "KSh": "shilling",
                    "TSh": "shilling", "UGX": "shilling", "EGP": "pound", "LE": "pound", "VND": "dong",
                    "JD": "dinar", "RM": "ringgit", "Rs": "rupee", "Rs.": "rupee", "Tk": "taka",
                    "N": "naira", "R": "rand"}

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})
# After a number: it is a clock time ("at 10 am", "0914 GMT").
CLOCK_WORDS = frozenset({"am", "a.m", "pm", "p.m", "gmt", "utc", "hrs", "o'clock", "oclock", "h"})
# After 12 only, and before no plural they modify: a clock time ("at 12 noon"; not "40 midnight raids", "12 noon
# prayers").
NOON_WORDS = frozenset({"noon", "midnight"})
# A counted noun that makes the number a duration ("24 hours", "for two days").
TIME_UNITS = frozenset({
    "second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "weekend",
    "fortnight", "month", "year", "decade", "century", "yr",
})
# A measure fused to its noun by a hyphen ("a 20-litre jerrycan", "the 15-member council") is a
# quantity of that noun. After digits any noun but these will do; after a number word, whose
# compounds are mostly idioms ("one-sided", "two-state", "three-pronged"), only these units.
MEASURE_NOT_UNITS = frozenset({"old", "strong", "fold", "odd", "plus", "point", "time", "off", "way"})
MEASURE_UNITS = frozenset({
    "storey", "story", "floor", "member", "seat", "bed", "kilometre", "kilometer", "km", "mile",
    "metre", "meter", "litre", "liter", "ton", "tonne", "vehicle", "truck", "lorry", "car",
    "town", "village", "acre", "hectare", "room", "bedroom",
})
# Before a number: it is part of a name or a reference ("Resolution 2254", "No. 1").
NAME_WORDS = frozenset({
    "resolution", "resolutions", "channel", "rossiya", "geneva", "astana", "article", "articles",
    "no", "nos", "number", "num", "#", "page", "pages", "paragraph", "section", "chapter",
    "clause", "annex", "appendix", "figure", "table", "route", "highway", "flight", "decree",
    "law", "phase", "round", "unit", "division", "brigade", "regiment", "battalion", "corps",
    "gate", "camp", "station", "building", "block", "sector", "level", "category", "class",
    "grade", "type", "model", "version", "vol", "volume", "issue", "item", "room", "apartment",
    "tower", "terminal", "platform", "exit", "junction", "checkpoint", "tv", "url", "views",
    "slideshow", "unscr", "platforms", "line", "lines", "pavilion", "pavilions", "kilometer",
    "kilometre", "rank", "runway", "ward", "lane", "pier", "berth",
})
# Emergency telephone numbers: names of a service, not counts, before a word of the service ("multiple 911
# calls", "a 911 call", "the 999 operator") or after a verb of calling ("by calling 911", "dial 112").
EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
# Of them, those that name the service only after a verb of calling ("112 calls" may be a count).
EMERGENCY_NUMBERS_CALLED_ONLY = frozenset({"112"})
EMERGENCY_SERVICE_AFTER = frozenset({
    "call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers", "dispatch",
    "center", "centre", "centers", "centres", "line", "lines", "system", "service", "services", "emergency",
    "emergencies", "hotline", "recording", "recordings", "tape", "tapes", "transcript", "transcripts",
})
# Words of the service that also modify a plural the number counts ("999 service members", "911
# emergency workers"); before a plural of the service ("911 emergency calls") they still name it.
EMERGENCY_MODIFIERS = frozenset({"service", "emergency"})
EMERGENCY_CALLING_BEFORE = frozenset({
    "call", "calls", "calling", "called", "dial", "dials", "dialed", "dialled", "dialing", "dialling",
    "ring", "rang", "phone", "phoned", "phoning",
})
# Before a number, in any case: it is a grade on a scale, not a count ("a category 1 cyclone", "a
# level 3 alert", "phase 2 of the plan", "Tier 2 cities"); unless the word is a noun of its own (after
# a determiner of `LABEL_DETERMINERS`, "At this stage 20 people were missing", or a modifier: see
# `_label_number`).
LABEL_WORDS = frozenset({"category", "level", "phase", "grade", "stage", "tier"})
LABEL_DETERMINERS = frozenset({
    "this", "that", "each", "every", "any", "which", "what", "same", "next", "last", "first", "second",
    "third", "final", "current", "early", "earlier", "later", "latest", "initial", "one",
})
# A grade is small: a number above this after a label word is a count ("In the group stage 32 teams").
LABEL_MAX = 30
# Words before the modifiers of a label word: with one of these before them, the words before the label
# word modify it, and the label word is a noun of its own ("At the local level 20 volunteers", "At sea
# level 30 people", "In the group stage 16 teams"); "to" is left out ("to enter phase 2 trials").
LABEL_MODIFIER_OPENERS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "at", "in", "on", "of", "from",
    "for", "with", "by", "into", "across", "during", "within", "among",
})
# Armour named by model and number ("Challenger 2 tanks", "14 Leopard 2A6 tanks"); only `_model_number`
# asks, so "Leclerc 18 points" and "Challenger 3 candidates" keep their counts.
MODEL_NAMES = frozenset({"leopard", "challenger", "merkava", "leclerc", "abrams", "marder", "arjun", "altay",
                         "ariete"})
# What such a model is, after its number with no count before ("Challenger 2 tanks").
MODEL_PLURALS = frozenset({"tanks", "vehicles", "howitzers", "carriers"})
# Aircraft makers and the numbers of their models, in digits after the maker's name ("the Boeing 737",
# "an Airbus 380"); the A- and E- prefixed names ("A320neo") hold their number already.
AIRCRAFT_MAKERS = {"boeing": re.compile(r"7[0-8]7"), "airbus": re.compile(r"3(?:00|10|1[89]|2[01]|[3-58]0)"),
                   "embraer": re.compile(r"1[79][05]")}
# Plurals a model's number names or modifies after the maker ("Airbus 380 superjumbos", "Boeing 737
# crashes", "Boeing 787 orders"); another plural after it is what the number counts ("Airbus 300 jobs at
# risk", "Airbus's 380 suppliers", "Embraer 175 employees").
AIRCRAFT_NOUNS = frozenset({
    "jets", "jetliners", "airliners", "planes", "aircraft", "airplanes", "aeroplanes", "superjumbos", "jumbos",
    "freighters", "models", "variants", "airframes", "widebodies", "narrowbodies", "fleets", "crashes",
    "orders", "deliveries", "engines", "wings", "pilots", "flights", "groundings", "programs", "programmes",
    "prototypes", "versions", "tankers", "transports", "dreamliners",
})
# Without the maker, a Boeing model's number after one of `BARE_MODEL_DETERMINERS` is the plane's name only
# before these: a verb of flight, a singular verb ("the 737 was grounded"; "the 737 were evacuated" counts),
# or a noun of aircraft ("the 737 jets"); before other nouns it counts them ("the 737 passengers"). See
# `_bare_aircraft_model`.
BARE_MODEL_DETERMINERS = frozenset({"the", "a", "this", "that", "another"})  # ("another 737 was diverted")
BARE_MODEL_AFTER = frozenset({
    "crashed", "crash", "crashes", "landed", "lands", "flew", "flies", "plunged", "plunges", "skidded", "skids",
    "ditched", "diverted", "departed", "taxied", "overshot", "overran", "disappeared", "vanished", "nosedived",
    "stalled", "veered", "was", "is", "has", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners",
    "plane", "planes", "aircraft", "airplane", "airplanes", "aeroplane", "aeroplanes", "model", "models",
    "fleet", "fleets", "variant", "variants",
})
# Verbs of flight in two words: the verb, then its particle ("the 737 took off", "the 787 came down").
BARE_MODEL_PHRASAL = {"took": "off", "takes": "off", "went": "down", "goes": "down", "came": "down",
                      "comes": "down", "touched": "down", "touches": "down"}
# Capitalised words of a model after its number, without the maker ("its 737 MAX jets", "the 787
# Dreamliner"); in lower case they are other words ("737 max"), in capitals after another number a
# count ("20 MAX jets").
AIRCRAFT_MODEL_WORDS = frozenset({"MAX", "Max", "Dreamliner", "Dreamliners"})
# Before a number: it is an age ("aged 12", "the age of 7").
AGE_WORDS = frozenset({"aged", "age", "ages"})
# People and copulas before "under", "over" … that make the number after it an age ("children under five",
# "women over 40", "anyone under 16", "12 were under five years old").
AGE_BOUND_BEFORE = frozenset({
    "children", "child", "kids", "were", "are", "was", "people", "persons", "women", "men", "adults", "girls",
    "boys", "anyone", "everyone", "those", "youths", "teenagers", "teens",
})
# Copulas of `AGE_BOUND_BEFORE`, and the subjects before them that make the bound after them a toll, not
# an age ("The death toll was below 50.", "Casualties were under 100."; "12 were under five years old").
COPULAS = frozenset({"were", "are", "was", "is"})
TOLL_SUBJECTS = frozenset({"toll", "tolls", "casualties", "casualty", "deaths", "fatalities", "dead"})
# After "under" and a number: an age group, a name ("England's under 21 team"), not a bound.
AGE_GROUP_AFTER = frozenset({
    "team", "teams", "squad", "squads", "side", "sides", "international", "internationals", "championship",
    "championships", "tournament", "league", "cup", "level", "coach", "captain", "category", "division",
})
# After a determiner or a possessive, "under" and a number, an age group's players ("England's under 21 players",
# "the under 21 players"); with no determiner a bound ("Under 21 players were picked")
AGE_GROUP_PLAYERS = frozenset({"player", "players", "footballers", "boys", "girls", "men", "women", "stars"})
AGE_GROUP_DETERMINERS = frozenset({"the", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those"})
# Kin, for an age after "is"/"was" ("My mother is 78.", "his son was 12").
KIN_WORDS = frozenset({
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother",
    "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "child", "boy", "girl", "baby",
})
# Nouns for a person that an age can follow between commas ("his colleague, 27, suffered").
PERSON_WORDS = KIN_WORDS | {"man", "woman", "colleague", "friend", "neighbour", "neighbor", "survivor", "victim",
                            "resident"}
# Words before a place that make ", N," after it a count, not an age ("in Kabul, 12, and Herat, 5").
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "of", "and", "including", "across", "around"})
# Nouns a year names when it stands before them ("the 2018 floods", "the 2014 elections").
YEAR_EVENTS = frozenset({
    "flood", "floods", "flooding", "earthquake", "quake", "tsunami", "cyclone", "typhoon",
    "hurricane", "landslide", "landslides", "mudslide", "wildfires", "fires", "drought",
    "election", "elections", "vote", "referendum", "war", "uprising", "revolution", "coup",
    "protests", "riots", "attack", "attacks", "massacre", "abductions", "kidnapping", "census",
    "olympics", "budget", "season", "crisis", "offensive", "ceasefire", "truce", "agreement",
    "accord", "deal", "law", "act",
})
# Before a four-digit number: it is a year ("in 2015", "since 2014").
YEAR_CUES = frozenset({
    "in", "since", "of", "until", "till", "by", "from", "during", "early", "late", "mid",
    "year", "years", "before", "after", "spring", "summer", "autumn", "fall", "winter", "between",
    "end", "beginning", "start",
}) | MONTHS
ERA_WORDS = frozenset({"bc", "ad", "bce", "ce"})
# After a number: it is a fraction ("one third", "two thirds"), which the gold does not count.
FRACTION_WORDS = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
    "fifths", "sixth", "sixths", "tenth", "tenths",
})
# Before "one": "one" is a pronoun ("no one", "the one that").
PRONOUN_ONE_BEFORE = frozenset({
    "no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "such",
})

# Before "that one <noun>": "that" opens a clause, and "one" counts, only after a verb of saying or reporting ("said
# that one person was killed", "told Stabroek News that one soldier was shot", "confirmed that one body") or "and"
# ("and that one worker was missing"); elsewhere it is a demonstrative ("forget that one game", "described that
# one attack as the worst", "on that one night").
THAT_CLAUSE_VERBS = frozenset({
    "said", "says", "say", "saying", "reported", "reports", "reporting", "announced", "announces", "confirmed",
    "confirms", "confirming", "added", "adds", "adding", "stated", "states", "told", "tells", "telling", "noted",
    "noting", "alleged", "alleges", "claimed", "claims", "claiming", "warned", "revealed", "disclosed", "explained",
    "showed", "shows", "indicated", "indicates", "learned", "learnt", "found", "acknowledged", "insisted",
    "estimated", "believed", "feared", "assured", "informed", "stressed", "emphasised", "emphasized",
    # (verbs of belief and denial open a clause too: "denied that one soldier was killed", "believe that one
    # suspect fled")
    "denied", "denies", "deny", "denying", "believe", "believes", "admitted", "admits", "argued", "argues",
    "suggested", "suggests", "fear", "fears", "insist", "insists", "think", "thinks", "thought", "suspect",
    "suspects", "suspected", "hope", "hopes", "expect", "expects", "expected", "agreed", "agree", "agrees",
})
THAT_CLAUSE_BEFORE = THAT_CLAUSE_VERBS | {"and", "but"}
# hearers between a verb of saying and "that" ("told reporters that"); a capitalised name is one too
THAT_HEARERS = frozenset({"reporters", "journalists", "media", "him", "her", "them", "us", "me", "police", "the"})

# Words that end the search for the counted noun after a number.
HEAD_STOPS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "and", "or", "but", "nor", "so", "yet", "while", "when", "where", "whereas", "which",
    "who", "whom", "whose", "what", "as", "than", "if", "because", "although", "though", "since",
    "until", "till", "unless", "in", "on", "at", "by", "from", "to", "with", "without", "within",
    "for", "during", "after", "before", "into", "onto", "over", "under", "above", "below", "near", "inside",
    "outside", "across", "against", "along", "among", "amongst", "amid", "amidst", "around",
    "about", "through", "throughout", "toward", "towards", "upon", "via", "per", "between",
    "behind", "beyond", "despite", "including", "according", "is", "are", "was", "were", "be",
    "been", "being", "am", "have", "has", "had", "having", "will", "would", "could", "should",
    "may", "might", "must", "can", "cannot", "shall", "do", "does", "did", "not", "no", "it",
    "they", "he", "she", "we", "you", "them", "him", "us", "there", "here", "said", "says", "say",
    "told", "added", "reported", "yesterday", "today", "tonight", "tomorrow", "now", "then",
    "also", "only", "just", "all", "both", "each", "every", "some", "any", "most", "such", "very",
    "too", "out", "up", "down", "off", "away", "back", "again", "ago", "earlier", "later", "of",
    "least", "like", "whether", "either", "neither", "another", "dead", "alive",
})
# Adjectives and participles that name people after "of the" ("three of the wounded", "eight of
# the injured are in critical condition"): they count persons, as the gold writes them.
PEOPLE_ADJECTIVES = frozenset({
    "wounded", "injured", "dead", "missing", "killed", "deceased", "displaced", "detained",
    "arrested", "abducted", "kidnapped", "hospitalised", "hospitalized", "evacuated", "rescued",
})
# Words skipped between a number and its counted noun ("18 other people", "10 more").
HEAD_SKIPS = frozenset({"other", "more", "additional", "further", "new", "extra"})
# -ing and -ed words that modify a counted noun rather than start a verb phrase.
PARTICIPLE_MODIFIERS = frozenset({
    "remaining", "missing", "warring", "neighbouring", "neighboring", "surrounding", "opposing",
    "fleeing", "fighting", "ruling", "existing", "leading", "incoming", "besieging", "retreating",
    "advancing", "attacking", "invading", "governing", "armed", "unarmed", "wounded", "injured",
    "displaced", "detained", "abducted", "kidnapped", "trapped", "besieged", "suspected",
    "alleged", "unidentified", "unnamed", "trained", "armored", "armoured", "unmanned", "guided",
    "improvised", "affiliated", "allied", "backed", "based", "linked", "related", "registered",
    "documented", "confirmed", "estimated", "wanted", "killed", "slain",
})
# Words of `NOT_PLURAL` that are count nouns right after a number ("23 states", "27 reports of
# damaged homes", "more than 60 calls", "two other plans", "20 launches").
COUNT_NOUNS_NOT_VERBS = frozenset({"states", "reports", "claims", "calls", "notes", "plans", "shows", "launches"})
# those that are also reporting verbs, which a lower-case source may follow; read as nouns only before
# the words of `AFTER_SPEECH_NOUNS` ("27 reports of damaged homes", "40 claims were filed")
SPEECH_VERB_NOUNS = frozenset({"reports", "claims", "notes", "shows"})
AFTER_SPEECH_NOUNS = frozenset({"of", "from", "and", "or", "about", "on", "in", "over", "were", "was", "had", "have",
                                "are", "by", "for", "since", "during", "at", "to", "with", "against", "filed",
                                "received", "made", "remain", "remained", "overnight", "yesterday", "today", "last",
                                "this", "earlier", "so"})
# Adverbs of frequency after "reports", "claims" … that leave them nouns ("received 12 reports daily",
# "40 claims weekly from farmers"), unless a word other than a stop word follows ("killed 12 reports
# daily Al-Watan", "reports daily newspaper Tishreen": the source's paper)
FREQUENCY_AFTER_NOUNS = frozenset({"daily", "weekly", "monthly", "nightly", "hourly", "yearly", "annually"})
# Lowercase words ending in -s that are not plural nouns (or are verbs that often follow a toll).
NOT_PLURAL = frozenset({
    "was", "has", "his", "its", "this", "as", "us", "yes", "thus", "plus", "perhaps", "always",
    "sometimes", "besides", "towards", "afterwards", "backwards", "whereas", "unless", "across",
    "less", "news", "gas", "bus", "chaos", "lens", "alias", "atlas", "bias", "whereabouts",
    "ours", "yours", "hers", "theirs", "says", "adds", "reports", "claims", "notes", "states",
    "shows", "remains", "seems", "appears", "includes", "continues", "comes", "goes", "makes",
    "takes", "gives", "dies", "hits", "kills", "controls", "holds", "calls", "accuses", "denies",
    "confirms", "indicates", "suggests", "means", "follows", "occurs", "becomes", "stands",
    "puts", "sees", "gets", "needs", "wants", "believes", "thinks", "knows", "lacks", "faces",
    "plans", "seeks", "tells", "warns", "urges", "threatens", "brings", "lies", "rises", "rose",
    "reaches", "tops", "climbs", "jumps", "reuters", "themselves", "ourselves", "yourselves",
    "meets", "launches", "publishes", "beheads", "crucifies", "begins", "insists", "erupts",
    # diseases named in -s, which modify the noun counted ("1,203 measles cases", "300 rabies deaths");
    # "shingles", also a plural of roofs, is in `PLURAL_MODIFIERS`
    "measles", "mumps", "rabies", "diabetes", "herpes", "rickets",
})
# Nouns that name a counted thing without a plural -s.
INVARIANT_HEADS = frozenset({
    "personnel", "staff", "police", "aircraft", "livestock", "cattle", "sheep", "headquarters",
    "barracks", "series", "species", "km", "kms", "kg", "kgs", "crew",
})
IRREGULAR_SINGULARS = {
    "people": "person", "persons": "person", "women": "woman", "men": "man",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "thieves": "thief", "halves": "half", "shelves": "shelf",
    "leaves": "leaf", "wolves": "wolf", "calves": "calf", "loaves": "loaf", "hooves": "hoof",
    "scarves": "scarf", "wharves": "wharf", "elves": "elf", "dwarves": "dwarf", "sheaves": "sheaf",
    "gases": "gas", "lenses": "lens", "caches": "cache", "kms": "kilometer",
    "lies": "lie", "ties": "tie", "reais": "real",
    "kgs": "kilogram", "kg": "kilogram", "km": "kilometer", "series": "series", "species": "species",
    "headquarters": "headquarters", "barracks": "barracks", "police": "police",
}
# Singulars in -oe, alone or as the end of a compound: their plurals lose only the -s ("shoes" → "shoe",
# "backhoes" → "backhoe", "gumshoes" → "gumshoe"); any other plural in -oes is of a noun in -o and loses
# -es ("volcanoes" → "volcano", "heroes" → "hero").
OE_SINGULARS = (
    "shoe", "toe", "canoe", "hoe", "oboe", "foe", "doe", "roe", "floe", "sloe", "woe", "aloe", "throe",
)
# Nouns in -o whose plurals in -oes end as one of `OE_SINGULARS` would ("volcanoes" as "canoes",
# "tomatoes" as "toes", "heroes" as "roes", "echoes" as "hoes"), alone or as the end of a compound
# ("superheroes"): they lose -es.
O_SINGULARS = (
    "volcano", "tomato", "potato", "hero", "echo", "veto", "tornado", "torpedo", "desperado", "mosquito",
    "motto", "grotto", "ghetto", "lotto", "manifesto", "memento", "buffalo", "halo", "tuxedo",
    "innuendo", "avocado", "commando", "stiletto", "mulatto", "zero",
    "dodo", "pimento", "weirdo",
)
# Singulars in -ie whose plurals end in -ies ("sorties" → "sortie"); any other plural in -ies is of a
# noun in -y ("casualties" → "casualty").
IE_SINGULARS = frozenset({
    "sortie", "movie", "calorie", "cookie", "rookie", "zombie", "selfie", "prairie", "hippie", "goalie",
    "brownie", "smoothie", "auntie", "bookie", "freebie", "newbie", "techie", "veggie", "necktie",
    "pixie", "budgie", "genie", "birdie", "hoodie", "collie", "coterie", "reverie", "menagerie",
    "junkie", "groupie", "yuppie", "foodie", "walkie-talkie",
})
# Singulars in -us whose plurals add -es ("viruses" → "virus"); any other plural in -uses is of a noun
# in -use ("causes", "abuses", "houses").
US_SINGULARS = frozenset({
    "bus", "minibus", "virus", "coronavirus", "bonus", "campus", "status", "census", "focus", "circus",
    "surplus", "consensus", "genius", "chorus", "sinus", "fetus", "foetus", "apparatus", "octopus",
    "prospectus", "walrus", "cactus", "syllabus", "caucus", "exodus", "hiatus", "nexus", "impetus",
    "onus", "lotus", "isthmus", "terminus", "uterus", "abacus", "platypus", "thesaurus", "hippopotamus",
    "rhombus", "sarcophagus", "plus", "minus",  # ("pluses", "minuses"; "plus" alone is in `NOT_PLURAL`)
})
# Singulars in -is whose plurals end in -es ("crises" → "crisis"); "bases" stays "base".
IS_SINGULARS = frozenset({
    "crisis", "analysis", "thesis", "hypothesis", "diagnosis", "prognosis", "oasis", "synthesis",
    "parenthesis", "emphasis", "paralysis", "dialysis", "synopsis", "ellipsis", "neurosis", "psychosis",
    "metastasis", "thrombosis", "axis",
})
# Words that make a counted noun a compound unit ("27,000 square miles" → "square mile").
UNIT_PREFIXES = {"square": "square", "sq": "square", "cubic": "cubic", "basis": "basis"}  # ("75 basis points")
# Capitalised plural heads that stay capitalised ("14 Syrians" → "Syrian", "38 Civilians" in a
# headline → "civilian").
DEMONYMS = frozenset({
    "syrian", "russian", "iraqi", "kurd", "turk", "arab", "american", "iranian", "lebanese",
    "israeli", "palestinian", "jordanian", "saudi", "egyptian", "afghan", "pakistani", "chechen",
    "briton", "european", "alawite", "sunni", "shiite", "shia", "christian", "yazidi", "druze",
    "tunisian", "libyan", "uzbek", "uighur", "uyghur", "moroccan", "qatari", "emirati",
    "circassian", "armenian", "assyrian", "turkmen", "australian", "canadian", "german",
    "italian", "belgian", "dutchman", "frenchman", "englishman", "yemeni", "sudanese", "somali",
    # (twenty-second session: more of the peoples wire stories count)
    "ukrainian", "georgian", "azerbaijani", "azeri", "serb", "croat", "bosnian", "kosovar",
    "albanian", "greek", "cypriot", "romanian", "hungarian", "belarusian", "moldovan", "nigerian",
    "kenyan", "ugandan", "ethiopian", "eritrean", "tigrayan", "congolese", "rwandan", "burundian",
    "malian", "nigerien", "chadian", "cameroonian", "ghanaian", "senegalese", "zimbabwean",
    "mozambican", "namibian", "liberian", "guinean", "ivorian", "togolese", "burkinabe",
    "mauritanian", "algerian", "bangladeshi", "indian", "nepali", "nepalese", "filipino",
    "indonesian", "malaysian", "thai", "vietnamese", "cambodian", "burmese", "rohingya", "chinese",
    "japanese", "korean", "taiwanese", "mexican", "colombian", "venezuelan", "haitian", "honduran",
    "guatemalan", "salvadoran", "nicaraguan", "cuban", "brazilian", "peruvian", "chilean",
    "bolivian", "ecuadorian", "spaniard", "swede", "dane", "norwegian", "finn", "austrian",
    "houthi", "baloch", "pashtun", "hazara", "tajik", "kazakh", "bedouin",
    "bahraini", "kuwaiti", "omani", "azawadi",
})
# Peoples whose name takes no plural -s ("12,000 Rohingya", "12 Lebanese"): counted when no noun of
# their own follows ("150 Rohingya refugees": refugee).
UNINFLECTED_PEOPLES = frozenset({"rohingya", "druze", *(d for d in DEMONYMS if d.endswith("ese"))})
# Singulars ending in -i whose plural ends in -is like "crisis" (the demonyms too: "Yemenis").
I_PLURALS = DEMONYMS | {"cedi", "afghani"}
# Plurals that name a kind of unit before the counted noun ("six arms depots", "Syrian Democratic
# Forces fighters"); any other plural is the counted noun itself ("48 victims names"). "shingles"
# before a plural is the disease ("300 shingles cases"), alone a roof's ("tore 300 shingles from roofs").
PLURAL_MODIFIERS = frozenset({
    "arms", "forces", "guards", "weapons", "operations", "explosives", "goods", "supplies",
    "rights", "affairs", "sales", "communications", "nations", "helmets", "units", "services",
    "shingles",
})
# Capitalised plurals accepted as counted nouns in title-case headlines ("18 Civilians Killed");
# other capitalised plurals are names or verbs ("110 Related Syrian Army Destroys", "Syrias").
TITLE_CASE_HEADS = frozenset({
    "civilians", "people", "children", "kids", "women", "men", "terrorists", "militants",
    "fighters", "soldiers", "troops", "troopers", "rebels", "jihadists", "members", "strikes",
    "airstrikes", "raids", "bombs", "missiles", "rockets", "shells", "villages", "towns",
    "martyrs", "casualties", "deaths", "victims", "refugees", "residents", "citizens", "persons",
    "students", "workers", "journalists", "officers", "policemen", "gunmen", "insurgents",
    "extremists", "mercenaries", "militiamen", "bodies", "vehicles", "tanks", "hostages",
    "prisoners", "detainees", "evacuees", "families", "hospitals", "schools", "commanders",
    "leaders", "gunmen", "suspects", "attacks", "mortars", "dead", "tonnes", "tons",
    "kilometres", "kilometers", "miles", "km",
})
# Capitalised plurals counted only in a title-case headline, with only modifiers between them and the number
# ("Bandits Abduct Over 70 Villagers", "Kills Five Armed Raiders, Recovers Over 200 Stolen Cows", "Four Border
# Guards Martyred"): common nouns of the news, never a verb or a name's word in a headline ("Five Guys Opens",
# "Plane Carrying 60 Crashes", "Windows 11 Updates" stay uncounted); with the units of time that make the number a
# duration ("Rebels Seize Three Towns In 24 Hours").
TITLE_CASE_NEWS_HEADS = frozenset({
    "villagers", "raiders", "cows", "cattle", "goats", "inmates", "guards", "bandits", "migrants", "passengers",
    "miners", "pilgrims", "protesters", "homes", "houses", "drones", "farmers", "herders", "fishermen",
    "schoolgirls", "schoolchildren", "pupils", "patients", "traders", "poachers", "sailors", "officials",
    "worshippers", "worshipers", "kidnappers", "abductees", "medics", "paramedics", "doctors", "nurses", "times",
    "minutes", "hours", "days", "weeks", "months", "years",
    "millimetres", "millimeters", "centimetres", "centimeters", "metres", "meters", "hectares", "acres", "litres",
    "liters",
})
# Past-tense verbs that end a singular counted noun ("One rocket hit the school").
SINGULAR_STOPS = frozenset({
    "hit", "struck", "sat", "stood", "fell", "left", "took", "came", "went", "blew", "shot",
    "ran", "run", "led", "hid", "met", "lost", "won", "held", "kept", "made", "got", "saw", "set",
    "put", "cut", "broke", "caught", "fought", "sent", "spent", "told", "said", "died", "dead",
    "alive", "injured", "wounded", "killed", "became", "began", "remained", "lay", "lies",
})
# Words of `SINGULAR_STOPS` that end a compound noun after these modifiers, as its head, no verb ("one
# rate cut this year", "one interest-rate cut", "a single tax cut"); the head is the last noun, as for a
# plural ("two rate cuts").
STOP_HEADS_AFTER = {"cut": frozenset({"rate", "tax", "price", "budget", "job", "wage", "pay"})}
# Of them, those that are the noun right after "one" too ("one cut this year"), but only at the end of a clause or
# before a word of `ONE_STOP_HEAD_AFTER`; before anything else (an object, "above") they are the verb or no noun
# ("One cut the rope", "only one cut rates", "one cut borrowing costs", "one cut above its rivals").
ONE_STOP_HEADS = frozenset({"cut"})
OBJECT_PRONOUNS = frozenset({
    "it", "them", "him", "her", "me", "us", "you", "himself", "herself", "itself", "themselves", "ourselves", "myself",
})
ONE_STOP_HEAD_AFTER = frozenset({
    "this", "last", "next", "in", "since", "so", "of", "at", "on", "by", "from", "to", "for", "during", "before",
    "after", "earlier", "later", "was", "is", "would", "will", "could", "and", "or", "but", "per", "each", "every",
})
# Verbs that set a rate or a price, and the plurals they set: right after a number in a subject's place
# the verb acts ("Only two raised rates", "Of the banks, three cut interest rates"): the number counts
# those who acted, no noun named, not the rates; "two raised beds", "the two reduced fares", "Only two
# reduced fares remain" keep the participle as a modifier.
SETTING_VERBS = frozenset({
    "raised", "lifted", "hiked", "cut", "lowered", "slashed", "reduced", "trimmed", "increased", "decreased",
    "held", "kept", "froze", "scrapped", "doubled", "halved",
})
SET_THINGS = frozenset({
    "rates", "taxes", "prices", "tariffs", "fees", "forecasts", "duties", "levies", "wages", "salaries",
    "costs", "dividends",
})
SUBJECT_LEADS = frozenset({"only", "just", "and", "but", "while", "whereas", "least"})
SET_THINGS_SUBJECT_AFTER = frozenset({
    "were", "are", "was", "is", "remain", "remains", "remained", "have", "had", "has", "will", "would",
})
# Finite verbs after "N <participle> <things>" that make the participle describe the things ("Three
# reduced tariffs took effect"), besides `SET_THINGS_SUBJECT_AFTER` and past forms in -ed.
SET_THINGS_VERBS_AFTER = frozenset({
    "took", "take", "takes", "came", "come", "comes", "went", "go", "goes", "began", "begin", "begins",
    "become", "became", "becomes", "apply", "applies", "need", "needs", "cover", "covers", "hit", "hits",
    "kick", "kicks", "start", "starts", "end", "ends", "expire", "expires", "lasts", "affect", "affects",
    "could", "can", "may", "might", "must", "should", "shall", "did", "do", "does", "mean", "meant", "means",
})
# Web-page chrome in FA-KES text: a number before these is a counter ("... 110 Related ...").
PAGE_CHROME_AFTER = frozenset({"related", "tags", "topic", "views", "comments", "shares"})
# Words after "N times" that make it a multiplier, not a count ("three times bigger").
COMPARATIVES = frozenset({"more", "less", "as", "bigger", "larger", "higher", "greater", "lower",
                          "smaller", "faster", "worse", "over"})
# Words after "N times" that start what it multiplies ("three times the number", "three times their
# capacity", "four times what it was").
MULTIPLIED_AFTER = frozenset({"the", "as", "their", "its", "his", "her", "our", "what"})
# A verb after "one <noun>" that makes it an indefinite ("One resident said ...").
REPORTING_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "explained",
                             "recalled", "described", "noted", "stated", "reported"})
# Verbs of change before "4% to 61%": the change, then the level it reached, not a range ("Turnout
# rose 4% to 61%", "fell by 1.1% to 7,400"); without one, "growth of 10% to 15%" is a range.
CHANGE_VERBS = frozenset({
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "jumped",
    "jumps", "climbed", "climbs", "dropped", "drops", "slipped", "slips", "gained", "gains", "lost",
    "loses", "shed", "sheds", "weakened", "weakens", "strengthened", "strengthens", "declined",
    "declines", "increased", "increases", "decreased", "decreases", "grew", "grows", "shrank",
    "shrinks", "contracted", "contracts", "expanded", "expands", "surged", "surges", "soared", "soars",
    "plunged", "plunges", "slumped", "slumps", "tumbled", "tumbles", "sank", "sinks", "slid", "slides",
    "dipped", "dips", "eased", "eases", "edged", "rallied", "rallies", "advanced", "retreated",
    "firmed", "added", "adds", "up", "down", "narrowed", "narrows", "widened", "widens", "raised", "raises",
    "lowered", "lowers", "boosted", "boosts", "trimmed", "trims", "reduced", "reduces",
})
# Times of day after a number word: "at four in the morning" is a clock time.
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
TIME_PREPOSITIONS = frozenset({"at", "from", "by", "until", "till", "since", "before", "after", "around", "about"})

# "One dead, two injured", "one killed", "Eight dead, several missing": a count of people with no
# noun named, which "one" and "several" make too.
CASUALTY_AFTER = frozenset({"dead", "killed", "injured", "wounded", "missing", "died", "hurt"})
# "one" in idioms is no count ("at one point", "by one account", "on one hand").
ONE_IDIOMS = frozenset({"point", "account", "report", "estimate", "count", "hand", "time", "way", "go", "voice"})
# Prepositions that, opening the sentence or a clause, make the "one" after them a determiner that
# tells of one instance among several ("In one attack on 9 March, soldiers killed 12 villagers", "On
# one occasion"); inside a clause "one" after them may count ("no resistance except in one house").
ONE_NARRATIVE_PREPOSITIONS = frozenset({"in", "on", "during"})
# Determiners skipped after "of" ("14 of the civilians", "9 of their military vehicles").
OF_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "my", "your"})
OF_DEMONSTRATIVES = frozenset({"those", "these"})  # a partitive's determiner too, before a noun ("several of those attacks")
# -ly words that are adjectives before a noun ("10 elderly people"); other -ly words end the search.
ADVERB_LIKE_ADJECTIVES = frozenset({"elderly", "early", "daily", "weekly", "monthly", "friendly"})
HEAD_WINDOW = 4  # modifiers skipped at most between a number and its counted noun

_STRIP_LEAD = "\"'“”‘’«»([{<*"
_STRIP_TRAIL = "\"'“”‘’«»)]}>,.;:!?…*"
# A word with the punctuation around it; an opening bracket inside a word starts a new one
# ("28.05.2017(updated 1549").
_TOKEN_RE = re.compile(r"[^\s—(]+|\(+[^\s—(]*")
_CURRENCY_PREFIX_RE = re.compile("(?:" + "|".join(map(re.escape, sorted(CURRENCY_SIGNS, key=len, reverse=True))) + ")",
                                 re.IGNORECASE)
_SIGN_FIRST = frozenset(sign[0] for sign in CURRENCY_SIGNS)  # (first characters, lower case as the word is)
_GLUED_FIRST = frozenset(code[0] for code in GLUED_CURRENCIES)  # (most words cannot start one)
_GLUED_CURRENCY_RE = re.compile("(?:" + "|".join(map(re.escape, sorted(GLUED_CURRENCIES, key=len, reverse=True)))
                                + r")(?=\d)")
_NUMBER = r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0(?=\.\d))(?:\.\d+)?"
_DIGITS_RE = re.compile(rf"(?P<num>{_NUMBER})(?P<suffix>%|mln|mn|bn|m|km|kg|mm|cm|km/h|kmh|kph|mph|bps|bp)?",
                        re.IGNORECASE)
# A temperature glued to its scale, as written ("35C", "1.5C", "-10C", "95F", "6°C", "40°")
_TEMPERATURE_RE = re.compile(rf"[-−]?{_NUMBER}(?:°[CF]?|º[CF]|[CF])")
# Pence glued to the amount, as written ("215p", "1.5p"); they count the penny, as "215 pence" does
_PENCE_RE = re.compile(rf"(?P<num>{_NUMBER})p")
# A video's resolution ("1080p", "720p"), no pence, before a word of video or after "in" ("the 1080p video",
# "streamed in 720p"); a share price may be any of them ("rose 12p to 480p")
VIDEO_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
VIDEO_WORDS = frozenset({"video", "videos", "resolution", "footage", "stream", "streams", "streaming", "screen",
                         "screens", "display", "displays", "camera", "cameras", "quality", "hd", "format", "version"})
# Words of money or prices in a sentence that make "480p" (a resolution's number) pence: "Shares fell to 480p"
PENCE_CUES = frozenset({
    "share", "shares", "stock", "stocks", "price", "prices", "priced", "dividend", "dividends", "pence", "penny",
    "pound", "pounds", "ftse", "cost", "costs", "fare", "fares", "ticket", "tickets", "duty", "litre", "liter",
    "gallon", "valued", "valuation", "bid", "offer", "traded", "trading", "closed", "pay", "paid", "earnings",
    # a price's move ("BT fell to 144p", "jumped 9% to 240p"), a sale ("sells at 9p")
    "fell", "fall", "falls", "rose", "rise", "rises", "jumped", "jumps", "dropped", "drops", "slipped", "slips",
    "climbed", "climbs", "gained", "gains", "slumped", "slumps", "surged", "surges", "sells", "sold", "sell",
    "%", "percent", "per",
})
# Words after "at 9p" that make it a clock time ("The curfew starts at 9p on Friday"), with no money in the sentence
CLOCK_AFTER = frozenset({
    "on", "tonight", "today", "tomorrow", "every", "each", "daily", "nightly", "sharp", "local", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
})
_DIGIT_RANGE_RE = re.compile(rf"(?P<low>{_NUMBER})[-–](?P<high>{_NUMBER})(?P<suffix>%)?")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,}s")
_MODEL_PLURAL_RE = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z]*?s")


def _word_value(word: str) -> int | None:
    """The value of a number word up to 99 ("seven", "twenty-one"), else None."""
    if word in UNIT_WORDS:
        return UNIT_WORDS[word]
    if word in TENS_WORDS:
        return TENS_WORDS[word]
    tens, dash, unit = word.partition("-")
    if dash and tens in TENS_WORDS and UNIT_WORDS.get(unit, 10) < 10:
        return TENS_WORDS[tens] + UNIT_WORDS[unit]
    return None


# ---------------------------------------------------------------------------------------------
# Finding half


@dataclass(frozen=True)
class NumberSpan:
    """A number found in a sentence, before its qualifier and counted noun are attached.

    Example:
        >>> find_number_spans("It fired seven cruise missiles.")[0].head
        'missiles'

    start, end: offsets of the number's text in the sentence. text: that text ("1,000", "dozens",
    "10 to 15", "$5 million"). value, low, high: as in `NumberMention`.
    head: the words naming the thing counted, as in the text ("civilians", "square miles",
        "others"), or None. unit: the counted thing when the number's form fixes it ("percent"
        for "48%" or "48 per cent", "dollar" for "$5"), else None.
    rule: which matcher found it: number.digits, number.words, number.vague, number.range,
        number.percent, number.money or number.measure ("20-litre").
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    head: str | None = None
    unit: str | None = None
    rule: str = "number.digits"


class _Token:
    """A whitespace-separated word with its surrounding punctuation stripped."""

    __slots__ = ("text", "lower", "start", "end", "lead", "trail")

    def __init__(self, text: str, start: int, end: int, lead: str, trail: str):
        self.text = text
        self.lower = text.lower()
        self.start = start
        self.end = end
        self.lead = lead
        self.trail = trail


_LEAD_MARKS, _TRAIL_MARKS = frozenset(_STRIP_LEAD), frozenset(_STRIP_TRAIL)


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        if raw[0] not in _LEAD_MARKS and raw[-1] not in _TRAIL_MARKS:
            start, end = match.span()  # (most words: nothing to strip)
            tokens.append(_Token(raw, start, end, "", ""))
            continue
        core = raw.lstrip(_STRIP_LEAD)
        lead = raw[: len(raw) - len(core)]
        stripped = core.rstrip(_STRIP_TRAIL)
        trail = core[len(stripped):]
        if not stripped:  # a lone dash or quote: keep it, it may join a range
            tokens.append(_Token(raw, match.start(), match.end(), "", ""))
            continue
        start = match.start() + len(lead)
        tokens.append(_Token(stripped, start, start + len(stripped), lead, trail))
    return tokens


def _joined(tokens: list[_Token], k: int) -> bool:
    """True when no punctuation separates token k from the one before it."""
    if k <= 0 or k >= len(tokens):
        return False
    before = tokens[k - 1]
    trail = before.trail
    # "U.S." keeps its last dot; "fighters'" is a possessive, not a break.
    if trail and not (trail == "." and "." in before.text) and trail != "'" and trail != "’":
        return False
    return not tokens[k].lead


_OPENING_QUOTES, _CLOSING_QUOTES = frozenset('"“«'), frozenset('"”»')
_QUOTE_MARKS = '"“”«»'


def _joined_through_quotes(tokens: list[_Token], k: int) -> bool:
    """`_joined`, letting through the quotation marks of a quoted number or noun: killed "dozens"
    of soldiers, "more than ten" raids, six "takfiri elements" (a closing mark only when an opening
    one stands at most four words back, an opening mark only when one closes within three words)."""
    if k <= 0 or k >= len(tokens):
        return False
    trail, lead = tokens[k - 1].trail, tokens[k].lead
    if trail.strip(_QUOTE_MARKS) or lead.strip(_QUOTE_MARKS) or not (trail or lead):
        return _joined(tokens, k)
    if trail:
        # the opening mark stands on the number or its qualifier, with only number words between
        for j in range(k - 1, max(-1, k - 5), -1):
            if not _in_number_phrase(tokens[j]):
                return False
            if _OPENING_QUOTES & set(tokens[j].lead):
                break
        else:
            return False
    return not lead or any(_CLOSING_QUOTES & set(t.trail) for t in tokens[k:k + 3])


_NUMBER_PHRASE_WORDS = frozenset({
    "more", "than", "less", "fewer", "about", "around", "nearly", "almost", "over", "under", "some",
    "up", "to", "at", "least", "most", "a", "an", "few", "dozen", "between", "and", "or", "several",
    "roughly", "approximately", "just", "only", "as", "many", "much",
})


def _in_number_phrase(token: _Token) -> bool:
    word = token.lower
    return (word[:1].isdigit() or word in _NUMBER_PHRASE_WORDS or word in VAGUE_PLURALS or word in SCALE_WORDS
            or _word_value(word) is not None)


class _Number:
    """A parsed number: value and the tokens [first, last) it spans."""

    __slots__ = ("first", "last", "value", "low", "high", "scale", "kind", "unit", "plain", "trim", "strong",
                 "level")

    def __init__(self, first, last, value, low, high, kind, *, scale=None, unit=None, plain=False,
                 trim=0, strong=False):
        self.first, self.last = first, last
        self.value, self.low, self.high = value, low, high
        self.kind, self.scale, self.unit = kind, scale, unit
        self.plain = plain  # bare digits without comma, decimal, scale, sign: could be a year
        self.trim = trim  # characters of the last token after the number ("-litre" of "20-litre")
        self.strong = strong  # the size of a body ("a 10,000-strong force"): it names no counted noun
        self.level = None  # a change's level after "to" ends before this token ("rose 4,000 to 52,000 barrels")


def _joined_lower(tokens: list[_Token], k: int) -> str:
    """The lower-case token k when it follows k-1 without punctuation between, else ""."""
    return tokens[k].lower if _joined(tokens, k) else ""


def _word_before(tokens: list[_Token], k: int) -> str:
    """The lower-case token before k when no punctuation but an abbreviation dot ("No.") parts
    them, else ""."""
    if k <= 0 or k >= len(tokens) or tokens[k].lead:
        return ""
    before = tokens[k - 1]
    if before.trail == "" or (before.trail == "." and len(before.text) <= 4):
        return before.lower
    return ""


def _scales(tokens: list[_Token], k: int, value: float) -> tuple[float, int, float | None]:
    """Apply scale words from token k on ("3 million", "two hundred thousand"), and a "dozen" after digits
    ("3 dozen", "2-3 dozen"), as the number words take it ("three dozen" is 36)."""
    if _joined_lower(tokens, k) == "dozen" and not _YEAR_RE.fullmatch(tokens[k - 1].text):
        return value * DOZEN, k + 1, DOZEN  # (not a year before it: "In 2016 dozen people died")
    scale = None
    while (word := _joined_lower(tokens, k)) in SCALE_WORDS:
        scale = SCALE_WORDS[word]
        value *= scale
        k += 1
    return value, k, scale


def _parse_digits(tokens: list[_Token], i: int, money: bool = False) -> _Number | None:
    """The number in digits at token `i`; `money` when a currency sign stands apart before it
    ("US$ 5m": the "m" is then millions, not metres)."""
    token = tokens[i]
    text, unit = token.text, None
    if (sign := _CURRENCY_PREFIX_RE.match(text)) and len(sign.group()) < len(text):
        unit = CURRENCY_SIGNS[sign.group().lower()]
        text = text[sign.end():]
        if sign.group() in text:  # "$45-$120": the sign again after the dash
            text = text.replace("-" + sign.group(), "-", 1).replace("–" + sign.group(), "–", 1)
    elif (code := _GLUED_CURRENCY_RE.match(text)) and _glued_amount(code.group(), text[code.end():], tokens, i):
        unit = GLUED_CURRENCIES[code.group()]
        text = text[code.end():]
    elif token.lower in CURRENCY_SIGNS:  # "$ 5 million": the sign stands apart
        if not (_joined_lower(tokens, i + 1)[:1].isdigit()):
            return None
        number = _parse_digits(tokens, i + 1, money=True)
        if number is None or number.unit is not None:
            return number
        number.first, number.unit, number.plain = i, CURRENCY_SIGNS[token.lower], False
        return number
    if m := _DIGIT_RANGE_RE.fullmatch(text):
        low, high = _to_number(m["low"]), _to_number(m["high"])
        if high <= low or (_YEAR_RE.fullmatch(m["low"]) and _YEAR_RE.fullmatch(m["high"])):
            return None
        factor, last, scale = (1.0, i + 1, None) if m["suffix"] else _scales(tokens, i + 1, 1.0)
        # ("$10-15 million", "2-3 million people": the scale is both ends')
        return _Number(i, last, low * factor, low * factor, high * factor, "range", scale=scale,
                       unit="percent" if m["suffix"] else unit)
    if unit is None and text[-1] in "CF°" and _TEMPERATURE_RE.fullmatch(text) \
            and (text[-1] not in "CF" or text[-2] in "°º" or not _code_before(tokens, i)):
        value = _to_number(text.rstrip("CF°º").replace("−", "-"))  # "35C", "-10C", "95F", "6°C"
        return _Number(i, i + 1, value, value, value, "digits", unit="degree")
    if unit is None and text[-1] == "p" and (m := _PENCE_RE.fullmatch(text)) and not (
            m["num"] in VIDEO_RESOLUTIONS and (_joined_lower(tokens, i + 1) in VIDEO_WORDS
                                               or _word_before(tokens, i) == "in"
                                               or not _pence_cue(tokens, i))) \
            and not _clock_p(tokens, i, m["num"]):
        value = _to_number(m["num"])  # "fell to 215p", "1.5p a litre"; not "5pm" nor "the 1080p video"
        return _Number(i, i + 1, value, value, value, "digits", unit="penny")
    m = _DIGITS_RE.fullmatch(text)
    if not m:
        return None
    value = _to_number(m["num"])
    suffix = (m["suffix"] or "").lower()
    last = i + 1
    if not suffix and _spaced_thousands(tokens, i, text):
        value, last = value * 1000 + _to_number(tokens[last].text), last + 1
    scale = None
    if not suffix and _spaced_million(tokens, last, money=bool(unit or money)):
        suffix, last = "m", last + 1  # "2.5 m people", "$2.5 m": millions, as "2.5m people" glued
    if suffix == "%":
        unit = "percent"
    elif suffix in ("mln", "mn", "bn") or (suffix == "m" and (unit or money or _currency_after(tokens, last)
                                                              or _plural_counted_at(tokens, last))):
        scale = SCALE_WORDS.get(suffix, 1_000_000)
        value *= scale
    elif suffix:  # "10km", "5kg", "150mm", "120km/h"; a bare "100m" is metres, left out as ambiguous
        if suffix == "m" or (suffix == "mm" and _calibre_after(tokens, last)):
            return None
        unit = MEASURE_ABBREVIATIONS.get(suffix) or IRREGULAR_SINGULARS.get(suffix, suffix)
    plain = not suffix and unit is None and m["num"].isdigit() and last == i + 1
    if not suffix:
        value, last, scale = _scales(tokens, last, value)
        plain = plain and scale is None
        word, dash, strong = _joined_lower(tokens, last).partition("-")
        if dash and strong == "strong" and word in SCALE_WORDS:
            # "1.5 million-strong crowds": the scale fused to "-strong"
            return _Number(i, last + 1, value * SCALE_WORDS[word], value * SCALE_WORDS[word], value * SCALE_WORDS[word],
                           "digits", scale=SCALE_WORDS[word], trim=len("-strong"), strong=True)
    return _Number(i, last, value, value, value, "digits", scale=scale, unit=unit, plain=plain)


# Words before "14C", "12F" that make it a place or a code, no temperature ("seat 14C", "Form 4C").
CODE_WORDS = frozenset({"seat", "row", "gate", "flat", "apartment", "room", "suite", "berth", "cabin",
                        "form", "bay", "hall", "cell", "bed", "bus", "lot", "plot", "locker", "zone", "deck", "wing",
                        "door", "box", "hangar", "villa", "studio", "tent", "shelter", "compound", "block", "unit",
                        "building", "ward", "hospital", "camp", "sector", "floor", "level", "terminal", "platform",
                        "class", "grade", "model", "version", "type", "phase", "stage", "section", "house", "court"})


# the code words whose plural opens a list of codes ("Apartments 3C and 4C", "Gates 3C and 4C"; not
# "Inside hospitals 40C temperatures were recorded")
_PLURAL_CODE_WORDS = frozenset({"seat", "row", "gate", "flat", "apartment", "room", "suite", "berth", "cabin", "locker",
                                "box", "door", "villa", "studio", "bay", "cell", "plot", "lot"})


def _code_word(word: str) -> bool:
    """Whether `word`, or the plural of a few ("Apartments 3C and 4C"), names what a code marks."""
    return word in CODE_WORDS or word.endswith("s") and word[:-1] in _PLURAL_CODE_WORDS
# A type or seat written as digits and capital letters ("777F", "14C"), passed over before its plural
# ("two 777F freighters": freighter).
_CODE_RE = re.compile(r"\d{1,4}[A-Z]{1,2}")


# Words after digits glued to C or F that make them a temperature whatever stands before ("Cairo 45C
# heat wave", "Another 2C rise").
HEAT_WORDS = frozenset({
    "heat", "heatwave", "temperature", "temperatures", "warming", "rise", "rises", "increase", "high",
    "highs", "low", "lows", "weather", "sun", "summer", "winter", "cold", "chill", "frost",
})
# Capitalised words before digits glued to C or F that are no code's name ("Nearly 50C heat",
# "Every 1C of warming").
_TEMPERATURE_LEADS = frozenset({"every", "each", "another", "under", "below", "above", "up", "to", "near",
                                "almost", "well", "barely", "more", "less", "only", "just", "plus", "minus"})


def _code_before(tokens: list[_Token], i: int) -> bool:
    """Whether the word before token i makes a number glued to C or F a code, not a temperature: a
    name word, a capitalised word or a count ("Boeing 747F", "two 777F freighters"), or a seat, row,
    gate, flat, apartment or room ("seat 14C"). A capitalised word is no name when it is a qualifier
    or a lead word, a day or a month ("Nearly 50C heat", "Saturday 40C temperatures"), nor when a
    heat word follows the number ("Cairo 45C heat wave")."""
    before = _word_before(tokens, i)
    if before in ("", "and", "or") and (first := _first_of_list(tokens, i)) != i:
        return _code_before(tokens, first)  # ("seats 14C, 15C and 16C": as the list's first)
    if not before or before in ("the", "a", "an"):
        return False  # ("The 2C target", "a 35C day")
    if _code_word(before) or before in NAME_WORDS:
        return True
    if _joined_lower(tokens, i + 1) in HEAT_WORDS:
        return False  # ("Cairo 45C heat wave", "Another 2C rise")
    text = tokens[i - 1].text
    if text[:1].isupper():
        return not ({before} & (_TEMPERATURE_LEADS | NUMBER_LEAD_WORDS | WEEKDAYS | MONTHS)
                    or _place_reading(tokens, i))
    if any(ch.isupper() for ch in text[1:]):
        return True  # a name with a capital inside ("the iPhone 5C")
    return before[:1].isdigit() or _word_value(before) is not None


_CODE_LIST_REACH = 20  # items of a list of codes walked back at most


def _first_of_list(tokens: list[_Token], i: int) -> int:
    """The first item of a list of digits glued to capitals that token i ends ("14C" of "seats 14C,
    15C and 16C"), parted by commas, "and" or "or"; i itself when no such item stands before it."""
    first = i
    for _ in range(_CODE_LIST_REACH):
        k = first - 1
        if k > 0 and tokens[k].lower in ("and", "or") and not tokens[k].lead and not tokens[k].trail:
            k -= 1
        if k < 0 or tokens[k].trail not in ("", ",") or not _CODE_RE.fullmatch(tokens[k].text):
            break
        first = k
    return first


# Words anywhere in a sentence that make it speak of the weather, so that digits glued to C or F after a
# place's name are a reading there ("Temperatures soared, with Luxor 47C on Friday").
WEATHER_WORDS = frozenset({
    "heat", "heatwave", "heatwaves", "temperature", "temperatures", "hot", "hotter", "hottest", "highs", "lows",
    "weather", "forecast", "forecasts", "degrees", "celsius", "fahrenheit", "mercury", "thermometer",
    "thermometers", "scorching", "sweltering", "warming", "cold", "colder", "coldest", "freezing", "frost",
})
# The glued readings a thermometer in the open can show, by scale: beyond them "45C" is no temperature
# ("The Boeing 747F", "Airbus 330F").
_READING_RANGES = {"C": (-90.0, 60.0), "F": (-130.0, 140.0)}


def _plausible_reading(text: str) -> bool:
    """Whether digits glued to C, F or a degree sign ("45C", "118F", "-10C") read as a temperature on
    Earth: at most 60 degrees Celsius (140 Fahrenheit, or after a bare degree sign)."""
    if not _TEMPERATURE_RE.fullmatch(text):
        return False
    low, high = _READING_RANGES["C" if text.endswith("C") else "F"]
    return low <= _to_number(text.rstrip("CF°º").replace("−", "-")) <= high


def _reading_at(tokens: list[_Token], j: int) -> bool:
    """Whether token j is a glued temperature that no code word or capitals before make a code ("47C",
    "Luxor 47C"; not "seat 14C", "MS 47C", "Boeing 747F")."""
    if not _plausible_reading(tokens[j].text):
        return False
    before = _word_before(tokens, j)
    if before in ("", "and", "or") and (first := _first_of_list(tokens, j)) != j:
        before = _word_before(tokens, first)  # (a list's later items as its first: "Apartments 3C and 4C")
    return not (_code_word(before) or before in NAME_WORDS or (j > 0 and tokens[j - 1].text.isupper()))


def _place_reading(tokens: list[_Token], i: int) -> bool:
    """Whether the capitalised word before token i is a place's name and the digits glued to C or F at i
    a temperature there: a word in title case ("Cairo"; not "MS", "iPhone", "F-16"), a reading a
    thermometer can show ("45C"; not "747F"), in a sentence about the weather ("Temperatures soared,
    with Luxor 47C") or in a list of readings ("Cairo 45C, Luxor 47C")."""
    name = tokens[i - 1].text
    if not (name.isalpha() and name[1:].islower()) or not _plausible_reading(tokens[i].text):
        return False
    if i >= 2 and tokens[i - 2].lower in ("its", "their", "his", "her", "our", "the", "a", "an"):
        return False  # a product, no place ("Xiaomi forecast strong sales of its Redmi 9C")
    return any(t.lower in WEATHER_WORDS for t in tokens) \
        or any(j != i and _reading_at(tokens, j) for j in range(len(tokens)))


# what a currency is called after an amount ("5m dollars", "3.5m pounds": millions, not metres)
_CURRENCY_NOUNS = frozenset({*CURRENCY_SIGNS.values(), *CASED_CURRENCY_CODES.values(), *GLUED_CURRENCIES.values(),
                             "yen", "yuan", "franc", "riyal", "rial", "lira", "peso", "rouble", "ruble", "hryvnia",
                             "birr", "kwacha", "leone", "dirham", "rupiah", "afghani", "manat"}) - {"won", "real"} \
    | {"reais"}  # (the real's plural, never an adjective: "5m reais")
# Currencies whose name takes no plural -s, after an amount ("2.5 trillion yen", "600 million dong",
# "a 4.3 billion euro fine"); "won" only after a scale word ("1.8 trillion won"; not "12 won and 3 lost").
INVARIANT_CURRENCIES = frozenset({"yen", "yuan", "renminbi", "won", "euro", "rand", "naira", "baht", "dong", "kyat",
                                  "ringgit", "rupiah", "kwacha", "riel", "kip",
                                  "pence"})  # (the penny's plural: "215 pence", "50 pence a share")


def _currency_after(tokens: list[_Token], at: int) -> bool:
    """Whether the word at token `at`, or after up to two capitalised words, names a currency
    ("dollars", "US dollars", "Hong Kong dollars", "euros")."""
    for skip in range(3):
        word = _joined_lower(tokens, at + skip)
        if word in _CURRENCY_NOUNS or (word.endswith("s") and word[:-1] in _CURRENCY_NOUNS):
            return True
        if at + skip >= len(tokens) or not tokens[at + skip].text[:1].isupper():
            return False
    return False


# Weapons and rounds a calibre names ("a 9mm pistol", "120mm mortar shells").
CALIBRE_NOUNS = frozenset({
    "pistol", "rifle", "gun", "handgun", "shotgun", "machine", "machinegun", "cannon", "howitzer", "mortar",
    "rocket", "missile", "shell", "round", "bullet", "cartridge", "ammunition", "ammo", "artillery",
    "launcher", "grenade", "bomb", "projectile", "calibre", "caliber", "weapon", "sniper", "anti-tank",
    "anti-aircraft", "gunship", "tank",
    "film", "camera", "lens", "projector",  # a film's gauge ("The 35mm film camera")
})
_CALIBRE_LINKS = 4  # "the 140mm and 330mm rockets": calibres joined before their weapon, at most so many


def _calibre_after(tokens: list[_Token], k: int) -> bool:
    """Whether the word at token k makes the glued millimetres before it a calibre, no quantity: a
    weapon or round (`CALIBRE_NOUNS`: "a 9mm pistol", "12.7mm machine gun"), after "and" and other
    calibres ("the 140mm and 330mm rockets"); not "of", a clause or another word ("150mm of rain",
    "50mm is expected", "Some areas saw 150mm overnight", "About 150mm fell")."""
    word = _joined_lower(tokens, k)
    for _ in range(_CALIBRE_LINKS):
        if word not in ("and", "or") or not re.fullmatch(r"[\d.]+mm", _joined_lower(tokens, k + 1)):
            break
        k += 2
        word = _joined_lower(tokens, k)
    for j in range(k, k + 3):  # after a modifier or two ("7.62mm special ammunition", "12.7mm heavy machine guns")
        word = _joined_lower(tokens, j)
        if word in CALIBRE_NOUNS or _singular(word) in CALIBRE_NOUNS:
            return True
        if not (word.replace("-", "").isalpha() and word not in HEAD_STOPS and _joined(tokens, j + 1)):
            return False
    return False


# Plurals a number and "m" count in millions, glued or after a space ("2.3m people", "2.5 m cars"):
# people and countable populations, and goods counted by the piece or by volume, which no length
# describes; before other plurals "m" is metres ("5m waves", "The 30m towers", "10 m trees"), so
# things a length often measures stay out (towers, walls, waves, trees, boats, ships, buses, trucks,
# pipes, cables, posts, poles).
MILLION_COUNTED = frozenset({
    # people and populations
    "people", "persons", "residents", "refugees", "migrants", "civilians", "households", "families",
    "children", "women", "men", "voters", "users", "customers", "subscribers", "viewers", "listeners",
    "readers", "passengers", "visitors", "tourists", "workers", "employees", "members", "students",
    "pupils", "citizens", "inhabitants", "patients", "cases", "deaths", "infections", "followers",
    # animals
    "animals", "chickens", "birds", "cattle", "cows", "pigs", "sheep", "goats", "livestock",
    # goods, vehicles sold or made, and volumes
    "cars", "vehicles", "motorcycles", "bicycles", "phones", "smartphones", "handsets", "devices",
    "computers", "laptops", "tablets", "batteries", "weapons", "guns", "firearms", "rifles", "bullets",
    "rounds", "landmines", "masks", "tests", "kits", "meals", "parcels", "packages", "bottles",
    "cigarettes", "pills", "tickets", "books", "copies", "units", "items", "products", "barrels",
    "tonnes", "tons", "doses", "vaccines", "shares",
    # other tallies ("posts" left out: fence posts are as long as "3m posts" says)
    "jobs", "homes", "houses", "votes", "signatures", "downloads", "accounts", "emails", "messages",
    "views", "transactions", "applications",
})


def _plural_counted_at(tokens: list[_Token], k: int) -> bool:
    """Whether token k is a plural a number glued to "m" counts in millions: people and countable
    populations or goods ("2.3m people", "1.2m households", "3m cars", `MILLION_COUNTED`) or a people
    ("1.5m Syrians");
    a bare "5m" before anything else is metres ("5m waves", "10m platforms")."""
    if not _joined(tokens, k):
        return False
    word = tokens[k].lower
    if tokens[k].text[:1].isupper():
        return _is_plural(tokens[k]) and _singular(word) in DEMONYMS
    return word in MILLION_COUNTED


def _spaced_million(tokens: list[_Token], k: int, *, money: bool) -> bool:
    """Whether a lone "m" at token k, after a number and a space, is millions: after a currency sign
    (`money`: "$2.5 m", "US$ 5 m") or before a currency ("3 m euros") or a plural a million counts
    ("2.5 m people", "2.5 m Syrians", "2.5 m cars"), as glued to the number; before a measured noun it is metres
    ("a 2.5 m wall", "The 30 m towers", `_measure_after`)."""
    if _joined_lower(tokens, k) != "m" or tokens[k].text != "m":
        return False
    return money or _currency_after(tokens, k + 1) or _plural_counted_at(tokens, k + 1)


def _spaced_thousands(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the digits `text` of token i and the three digits after them are one number with its
    thousands split by a space ("300 000 civilians", "1 200 households"); not a telephone number,
    a list that lost its commas ("the 101 102 and 103 gas fields"), nor after a month, a label, an
    age or the low end of a range ("March 15 300 people", "Brigade 4 200 soldiers", "under 5 100
    were", "between 2 and 3 500 people")."""
    if len(text) > 3 or not text.isdigit() or text[0] == "0" or not re.fullmatch(r"\d{3}", _joined_lower(tokens, i + 1)):
        return False
    after = _joined_lower(tokens, i + 2)
    if after[:1].isdigit() or (after in ("and", "or") and _joined_lower(tokens, i + 3)[:1].isdigit()):
        return False
    if _emergency_number_at(tokens, i + 1) or _aircraft_model_at(tokens, i + 1):
        return False  # "12 911 calls": twelve calls to 911; "50 737 MAX jets"
    if i == 0:
        return True
    before = tokens[i - 1]
    return not (before.text[:1].isdigit() or "+" in before.lead + before.text or before.lower in MONTHS
                or before.lower in NAME_WORDS or before.lower in ("and", "or", "under", "aged", "age")
                or (before.text[:1].isupper() and before.lower not in NUMBER_LEAD_WORDS))


def _glued_amount(code: str, amount: str, tokens: list[_Token], i: int) -> bool:
    """Whether `amount` after a glued currency `code` is money: any amount after a code of two
    letters or a sign; after "N" or "R" only one with a comma, a decimal point, a scale suffix or
    a scale word after it ("N5m", "R5,000", "N5 million"; not the R5 road)."""
    scaled = bool(re.search(r"(?:m|bn|mn)$", amount)) or _joined_lower(tokens, i + 1) in SCALE_WORDS
    if code in ("N", "R"):
        return scaled or "," in amount
    return scaled or bool(re.search(r"[,.]\d|\d{3}", amount)) or code in "₦₹₵"


def _to_number(digits: str) -> float:
    return float(digits.replace(",", ""))


# Parts of a scale word that make a whole number with it ("a quarter of a million", "three quarters of a
# million"), and how many make the whole; thirds make none ("a third of a million").
SCALE_FRACTIONS = {"quarter": 4, "quarters": 4}


def _fraction_of_a_scale(tokens: list[_Token], i: int) -> _Number | None:
    """ "a quarter of a million", "three quarters of a million", "three-quarters of a billion": a part
    of a scale of a thousand or more, a whole number, as "half a million" is ("a quarter" alone, "a
    quarter of the homes", is no number)."""
    word = tokens[i].lower
    count, k = None, i + 1
    if "-" in word:  # "three-quarters"
        many, _, part = word.partition("-")
        count = _word_value(many)
        k = i + 1
    elif word in ("a", "an"):
        count, part = 1, _joined_lower(tokens, i + 1)
        k = i + 2
    else:
        count, part = _word_value(word), _joined_lower(tokens, i + 1)
        k = i + 2
    denominator = SCALE_FRACTIONS.get(part)
    if count is None or denominator is None or not 0 < count < denominator \
            or (count == 1) != (part == "quarter") \
            or _joined_lower(tokens, k) != "of" or _joined_lower(tokens, k + 1) not in ("a", "an"):
        return None
    scale_word = _joined_lower(tokens, k + 2)
    scale = SCALE_WORDS.get(scale_word)
    if scale is None or scale < 1000:
        return None
    value = float(scale * count // denominator)
    return _Number(i, k + 3, value, value, value, "words", scale=scale)


def _parse_words(tokens: list[_Token], i: int) -> _Number | None:
    """Number words: "seven", "twenty-one", "a hundred", "two hundred and fifty", "a dozen"."""
    k = i
    total = current = 0
    scale = None
    last_small: int | None = None  # value of the last word below 100, to refuse "two three"
    if (fraction := _fraction_of_a_scale(tokens, i)) is not None:
        return fraction
    if tokens[i].lower == "half":  # "half a million", "half a dozen"; "half" alone is no number
        if _joined_lower(tokens, i + 1) not in ("a", "an"):
            return None
        number = _parse_words(tokens, i + 1)
        if number is None or number.scale is None or number.last != i + 3:
            return None
        half = number.value / 2
        return _Number(i, number.last, half, half, half, "words", scale=number.scale)
    strong = False  # the last scale fused to "-strong" ("a hundred-strong crowd")
    if tokens[i].lower in ("a", "an"):
        after = _joined_lower(tokens, i + 1)
        if after not in _SCALES_OF_A and _strong_scale(after) not in _SCALES_OF_A:
            return None
        current, k = 1, i + 1
    while k < len(tokens) and (k == i or _joined(tokens, k)):
        word = tokens[k].lower
        if k > i and (fused := _strong_scale(word)):
            word, strong = fused, True
        small = _word_value(word)
        if small is not None:
            # "twenty one" joins; "two three" does not
            if last_small is not None and not (last_small in TENS_WORDS.values() and small < 10):
                break
            current += small
            last_small = small
        elif word in SCALE_WORDS or word == "dozen":
            if k == i:
                return None
            step = DOZEN if word == "dozen" else SCALE_WORDS[word]
            if step < 1000:
                current = (current or 1) * step
            else:
                total += (current or 1) * step
                current = 0
            scale = step
            last_small = None
        elif (word == "and" and scale is not None and k + 1 < len(tokens) and _joined(tokens, k + 1)
              and (_word_value(tokens[k + 1].lower) is not None or _strong_scale(tokens[k + 1].lower))):
            pass  # "two hundred and fifty", "two hundred and fifty-strong"
        else:
            break
        k += 1
        if strong:
            break  # ("two hundred-strong": the body's size ends the number)
    if k == i or (k == i + 1 and tokens[i].lower in ("a", "an")):
        return None
    if tokens[k - 1].lower == "and":
        k -= 1
    value = total + current
    return _Number(i, k, float(value), float(value), float(value), "words", scale=scale,
                   trim=len("-strong") if strong else 0, strong=strong)


_SCALES_OF_A = frozenset({*SCALE_WORDS, "dozen"})  # the words "a" or "an" may count one of ("a hundred")


def _strong_scale(word: str) -> str:
    """The number word or scale fused to "-strong" ("hundred-strong", "dozen-strong", "fifty-strong",
    "twenty-five-strong"), else ""."""
    number, dash, strong = word.rpartition("-")
    return number if dash and strong == "strong" and (
        number in _SCALES_OF_A or _word_value(number) is not None) else ""


def _parse_vague(tokens: list[_Token], i: int) -> _Number | None:
    """Vague amounts: "dozens", "tens of thousands", "several dozen", "a few hundred", "several"."""
    word = tokens[i].lower
    k = i
    if word == "a" and _joined_lower(tokens, i + 1) == "few":
        word, k = "few", i + 1
    if word in VAGUE_MULTIPLIERS:
        after = _joined_lower(tokens, k + 1)
        if after in SCALE_WORDS or after == "dozen":
            low = VAGUE_MULTIPLIERS[word] * (DOZEN if after == "dozen" else SCALE_WORDS[after])
            k += 2
        elif word == "several" or k > i:
            # "several", "a few" alone: vague only before a counted noun (see `_not_a_quantity`); not
            # "few" without "a" ("few jobs", "few options": not many)
            return _Number(i, k + 1, None, float(VAGUE_MULTIPLIERS[word]), None, "several")
        else:
            return None
    elif word in VAGUE_PLURALS:
        if word in VAGUE_NEED_OF and _joined_lower(tokens, i + 1) != "of":
            return None
        low, k = 2 * VAGUE_PLURALS[word], i + 1
    else:
        return None
    # "hundreds of thousands", "several hundred thousand"
    while True:
        if _joined_lower(tokens, k) == "of" and _joined_lower(tokens, k + 1) in VAGUE_PLURALS:
            low *= VAGUE_PLURALS[tokens[k + 1].lower]
            k += 2
        elif _joined_lower(tokens, k) in SCALE_WORDS:
            low *= SCALE_WORDS[tokens[k].lower]
            k += 1
        else:
            break
    return _Number(i, k, None, float(low), None, "vague")


# the words that may start a number, beside digits, currency signs and hyphenated number words
_MAY_START = frozenset({*UNIT_WORDS, *TENS_WORDS, *VAGUE_PLURALS, *VAGUE_MULTIPLIERS, "a", "an", "half"})


_MEASURE_RE = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-(?P<unit>[a-z]+)")  # ("twenty-five-strong")


def _parse_measure(tokens: list[_Token], i: int) -> _Number | None:
    """A measure fused to its noun: "20-litre", "15-member", "four-storey" (see MEASURE_UNITS)."""
    m = _MEASURE_RE.fullmatch(tokens[i].lower)
    if m is None:
        return None
    unit, num = MEASURE_ABBREVIATIONS.get(m["unit"]) or _singular(m["unit"]), m["num"]  # ("82-mm mortars")
    if unit == "strong" and (num[0].isdigit() or _word_value(num) is not None):
        # "a 10,000-strong force", "a 300-strong crowd", "a five-strong team": how many make up the body
        value = float(_to_number(num) if num[0].isdigit() else _word_value(num))
        return _Number(i, i + 1, value, value, value, "measure", trim=len("-strong"), strong=True)
    if num[0].isdigit():
        if unit in TIME_UNITS or unit in MEASURE_NOT_UNITS or unit in MONTHS:
            return None
        value = _to_number(num)
    else:
        value = _word_value(num)
        if value is None or unit not in MEASURE_UNITS:
            return None
    return _Number(i, i + 1, float(value), float(value), float(value), "measure",
                   unit=unit, trim=len(m["unit"]) + 1)


def _parse_at(tokens: list[_Token], i: int) -> _Number | None:
    word = tokens[i].lower
    if "-" in word and (measure := _parse_measure(tokens, i)) is not None:
        return measure
    if word[:1] in "-−" and word[1:2].isdigit():
        if _TEMPERATURE_RE.fullmatch(tokens[i].text):
            return _parse_digits(tokens, i)  # "-10C"
        return None
    if word[:1].isdigit() or (word[:1] in _SIGN_FIRST and _CURRENCY_PREFIX_RE.match(word)) \
            or (tokens[i].text[:1] in _GLUED_FIRST and _GLUED_CURRENCY_RE.match(tokens[i].text)):
        return _parse_digits(tokens, i)
    if word not in _MAY_START and "-" not in word:
        return None  # most words: no number word starts here, skip the lookups below
    if "-" in word and (fraction := _fraction_of_a_scale(tokens, i)) is not None:
        return fraction  # "three-quarters of a million"
    if word in VAGUE_PLURALS or word in VAGUE_MULTIPLIERS or word == "a":
        vague = _parse_vague(tokens, i)
        if vague is not None or word != "a":
            return vague
    if word in ("a", "an", "half") or _word_value(word) is not None:
        return _parse_words(tokens, i)
    return None


def _extend_range(tokens: list[_Token], number: _Number) -> _Number:
    """Join "10 to 15", "10 - 15", "between 10 and 15" and "three or four" into one range, and "10
    percent to 15 percent", "between 10 per cent and 15 per cent" as "10% to 15%" joins."""
    if number.kind not in ("digits", "words") or number.high != number.low:
        return number
    between = number.first > 0 and _joined(tokens, number.first) and \
        tokens[number.first - 1].lower == "between"
    # "between June 25 and 30": the days of one month, joined as "June 25 to 30" is (a date, left out)
    between_days = _day_of_month(tokens, number) and number.first > 1 and _joined(tokens, number.first - 1) \
        and tokens[number.first - 2].lower == "between"
    spelled = 0  # the tokens of "percent" or "per cent" spelled out after the first number
    if number.unit is None and (width_unit := _percent_after(tokens, number.last))[1] == "percent":
        spelled = width_unit[0]
    joiner = _joined_lower(tokens, number.last + spelled)
    if not (joiner in ("to", "-", "–", "or") and not between) \
            and not (joiner == "and" and (between or between_days)):
        return number
    if spelled and joiner not in ("to", "and"):
        return number  # ("0.7 percent or 1 percent": two amounts, as the wire gold writes "0.7% or 1%")
    if joiner == "to" and number.first > 0 and tokens[number.first - 1].lower == "from" \
            and _word_before(tokens, number.first - 1) not in RANGE_VERBS:
        # "rose from 23 to 30" states a change, not a range; "prices range from $45 to $120" a range
        return number
    k = number.last + spelled + 1
    if not _joined(tokens, k):
        return number
    if tokens[k].lower[:1].isdigit():
        second = _parse_digits(tokens, k)
        if number.unit == "penny" and second is not None and second.unit == "penny" and joiner == "to" and (
                _word_before(tokens, number.first) == "by" or _change_then_level(tokens, number, second)):
            return number  # "Shares rose 12p to 480p": a change and the level it reached, as for dollars
    elif number.unit in _MONEY_UNITS and (sign := _CURRENCY_PREFIX_RE.match(tokens[k].text)):
        first_sign = _CURRENCY_PREFIX_RE.match(tokens[number.first].text)
        if first_sign is None or _sign_key(first_sign.group()) != _sign_key(sign.group()):
            return number  # "$10 to A$15": other dollars, two amounts
        second = _parse_digits(tokens, k)  # "$10 million to $15 million": in the same currency
        if second is None or second.unit != number.unit:
            return number
        if joiner == "to" and (_word_before(tokens, number.first) == "by"
                               or second.value is not None and _change_then_level(tokens, number, second)):
            # "Revenue rose $2 billion to $15 billion", "raised its bid by $1 billion to $6 billion": a
            # change and the level it reached, as for percents; "The charity raised $2 million to $3
            # million", "Revenue could rise $2 billion to $3 billion" are ranges
            return number
    else:
        second = _parse_words(tokens, k) if _word_value(tokens[k].lower) is not None else None
    if second is None or second.low != second.high or second.kind != number.kind and not (
            number.kind == "words" and second.kind == "digits" and _words_to_digits(tokens, number, second, between)):
        return number
    if between_days and not between and _plural_soon(tokens, second.last):
        # "Between June 25 and 30 people were reported killed", "Between March 1 and 12 more bodies were
        # recovered": a day, then a count of the plural after it; not "between June 25 and 30 killed 40"
        return number
    if _day_of_month(tokens, number) and not (second.plain and second.value <= 31):
        # "the death toll since June 25 to 209": a date, then the toll it reached; "June 5 to 12"
        # stays one span of days (a date, left out)
        return number
    if spelled and not (second.unit == "percent" or _percent_after(tokens, second.last)[1] == "percent"):
        return number  # "between 10 percent and 15 people": two amounts
    verb_at = _verb_before_numbers(tokens, number.first)  # (a verb that multiplies or breaks a range, read once)
    if joiner == "to" and (spelled or number.unit == "percent" and tokens[number.last - 1].text.endswith("%")) and (
            not (second.unit == "percent" or _percent_after(tokens, second.last)[0])
            or _change_then_level(tokens, number, second)
            or _multiplied_at(tokens, verb_at, number.value, second.value)):
        # "The rand weakened 1.4% to 18.92", "Turnout rose 4% to 61%", "Turnout rose 4 percent to 61
        # percent": a change and the level far above it that it reached, as is a multiple ("Inflation tripled
        # 5% to 15%"); "growth of 10% to 15%", "Shares fell 2 percent to 3 percent", "could rise 5% to 17%"
        # stay ranges
        return number
    low = number.value
    shared_scale = number.scale is None and second.scale is not None and low * second.scale <= second.value
    if shared_scale:
        low *= second.scale  # "2 to 3 million"
    if second.value <= low:
        return number
    if joiner == "to" and number.unit is None and _multiple_of_a_percent_or_scale(tokens, verb_at, number, low, second):
        # "Inflation tripled 5 to 15%", "The population doubled two to four million": the change's start and
        # its end, two numbers as "Inflation tripled 5 to 15 percent" and "Attacks doubled 8 to 16 incidents"
        # are; the start takes a scale both share ("2 to 3 million"), as after "rose by"
        number.value = number.low = number.high = low
        number.level = second.last
        return number
    if joiner == "to" and number.kind == "digits" and number.unit is None and second.unit is None \
            and not shared_scale and (_percent_after(tokens, second.last)[1] is None or _multiplied_at(
                tokens, verb_at, number.value, second.value)) \
            and (verb := _range_breaking_verb(tokens, verb_at, number, second)) is not None:
        # "The toll leapt 8 to 20", "The motion was defeated 4 to 11.": two numbers, as "leapt eight to 20"
        # is (`_words_to_digits`); a change's count is its level's noun, as after "rose 4,000 to 52,000"
        if verb not in TALLY_VERBS:
            number.level = second.last
        return number
    if joiner == "to" and number.unit is None and second.unit is None \
            and _percent_after(tokens, second.last)[1] is None and second.value > 3 * low \
            and (_word_before(tokens, number.first) == "by" if shared_scale else True) \
            and _plain_change_before(tokens, number.first, transitive=not shared_scale
                                     and _no_noun_after(tokens, second.last)):
        # "Unemployment rose by 45,000 to 1.42 million", "Output rose 4,000 to 52,000 barrels": a change
        # and the level it reached, as for money and percents; the change counts the level's noun
        # (`level`). "rose 2 to 10 million" (a scale both share), "dropped 10 to 40 barrel bombs",
        # "lost 10 to 50 soldiers" (a verb that takes an object), "may have risen 100 to 1,000",
        # "are rising 1,000 to 5,000 a day" (an estimate, a rate) and "killed 10 to 40" stay ranges. A
        # verb that takes an object makes one with no noun after the level ("Jobless claims dropped
        # 12,000 to 230,000."); an explicit "by" with a level far above the change, one even with a
        # scale both share ("rose by 1.5 to 6.2 million", the change of that scale; "rose by 2 to 3
        # million" stays a range)
        if shared_scale:
            number.value = number.low = number.high = low
        number.level = second.last
        return number
    if number.plain and _YEAR_RE.fullmatch(tokens[number.first].text):
        if second.plain and _YEAR_RE.fullmatch(tokens[k].text):
            return _Number(number.first, second.last, None, None, None, "years")  # "2011 to 2015"
        return number  # "in 2011 to 1.5 million this year"
    first = number.first - 1 if between else number.first
    return _Number(first, second.last, low, low, second.value, "range",
                   unit=number.unit or second.unit)


# Verbs before "eight to 20" that make it two numbers: a change told in other words and its level, a vote's
# tally ("The toll leapt eight to 20", "voted four to 11")
RANGE_BREAKING_VERBS = frozenset({"leapt", "leaped", "swelled", "mounted", "spiked", "doubled", "tripled", "voted",
                                  "vote", "votes", "defeated", "approved", "rejected", "passed"})
# words between such a verb and the numbers ("rose again", "rose on Tuesday"), with no punctuation between
# (`_verb_before_numbers`)
_BETWEEN_VERB_AND_NUMBER = frozenset({"again", "overnight", "now", "further", "still", "on", "today", "yesterday", ",",
                                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Verbs of sentencing before "two to 10 years": the count of people sentenced, then their term.
SENTENCING_VERBS = frozenset({"sentenced", "sentences", "sentence", "sentencing", "jailed", "jails", "jailing",
                              "condemned", "condemns", "convicted", "convicts"})


# Of `RANGE_BREAKING_VERBS`, those that take no object: after them digits "8 to 20" are a change and its level
# even before a noun ("The crowd swelled 8 to 20 people") but a unit of measure with a level at most three times
# the change, which makes them the change's size, a range ("Flames leapt 10 to 15 metres high",
# `_unit_of_measure_after`, `_range_breaking_verb`); after the others only with no noun
# after the level ("The motion was defeated 4 to 11."; not "Insurgents mounted 8 to 20 attacks", "approved 10
# to 15 projects").
INTRANSITIVE_BREAKING_VERBS = frozenset({"leapt", "leaped", "swelled", "spiked"})
# Of `RANGE_BREAKING_VERBS`, those of a vote: "X to Y" after them is a tally, no change and its level.
TALLY_VERBS = frozenset({"voted", "vote", "votes", "defeated", "approved", "rejected", "passed"})


def _verb_before_numbers(tokens: list[_Token], first: int) -> int:
    """The index of the word before token `first`, skipping up to five words of `_BETWEEN_VERB_AND_NUMBER` and
    -ly adverbs ("rose again", "rose overnight", "rose on Tuesday", "rose sharply"); -1 at the start, or when
    punctuation parts that word from the numbers: a clause ends there ("As the crowds swelled, 8 to 10 people
    were injured", "Violence spiked; 8 to 10 people died", "Shares leapt on Monday, 8 to 10 analysts said")."""
    k = first - 1
    while k >= max(0, first - 5) and _word_before(tokens, k + 1) \
            and (tokens[k].lower in _BETWEEN_VERB_AND_NUMBER or tokens[k].lower.endswith("ly")):
        k -= 1
    return k if k >= 0 and _word_before(tokens, k + 1) else -1


def _range_breaking_verb(tokens: list[_Token], k: int, number: _Number, second: _Number) -> str | None:
    """The verb of `RANGE_BREAKING_VERBS` after which digits "X to Y" are two numbers, as the words path reads
    "leapt eight to 20": a change and the level it reached ("The toll leapt 8 to 20", "The toll swelled again 8
    to 20 people"), a vote's tally ("The motion was defeated 4 to 11."). Not after an estimate or forecast ("may
    have swelled 8 to 20", "could spike 8 to 20"), nor a verb that takes an object before a noun ("Insurgents
    mounted 8 to 20 attacks", "The council approved 10 to 15 projects": ranges); None when they are one. k is the
    word before the numbers (`_verb_before_numbers`)."""
    verb = tokens[k].lower if k >= 0 else ""
    if verb not in RANGE_BREAKING_VERBS:
        return None
    if not _two_numbers_after(tokens, k, number, second):
        return None  # "The council approved 10 to 15 projects", "The bill was passed 8 to 10 days after the vote"
    if not _multiplied_at(tokens, k, number.value, second.value) \
            and _unit_of_measure_after(tokens, second.last) \
            and (number.value is None or second.value is None or second.value <= 3 * number.value):
        # "Flames leapt 10 to 15 metres high", "spiked 8 to 20 basis points": the change's size; but a level
        # far above the change is the level it reached ("The FTSE 100 leapt 120 to 7,600 points", "Shares
        # leapt 12 to 340 pence"), as `_change_then_level` has it for "rose"
        return None
    while k > 1 and _word_before(tokens, k) in _PERFECT_AUXILIARIES:
        k -= 1
    return verb if _word_before(tokens, k) not in ESTIMATE_WORDS else None


def _two_numbers_after(tokens: list[_Token], k: int, number: _Number, second: _Number) -> bool:
    """Whether the verb of `RANGE_BREAKING_VERBS` at token k leaves "X to Y" after it two numbers (`number` and
    `second`), not one range, in digits or words alike: an intransitive one ("The toll leapt 8 to 20"), one with no
    object after ("The motion was defeated four to 11"), a passive, which takes none, unless a unit of time follows
    ("The motion was approved eight to 10 votes"; not "The bill was passed 8 to 10 days after the vote"), or a
    multiple (`_multiplied_at`: "Attacks doubled eight to 16 incidents"); not a verb with its object ("The board
    approved eight to 10 new branches": a range)."""
    return tokens[k].lower in INTRANSITIVE_BREAKING_VERBS or not _object_after(tokens, second.last) \
        or _passive_at(tokens, k) and not _time_unit_at(tokens, second.last) \
        or _multiplied_at(tokens, k, number.value, second.value)


# Of `RANGE_BREAKING_VERBS`, those that multiply: "doubled 8 to 16", "tripled five to 15" with the level that
# many times the first number are a change and its level, whatever noun follows (`_multiplied_at`).
_MULTIPLYING_VERBS = {"doubled": 2, "tripled": 3}


def _multiplied_at(tokens: list[_Token], k: int, low: float | None, high: float | None) -> bool:
    """Whether the verb at token k multiplies the number `low` into `high`, a change and the level it reached,
    not a range: "Attacks doubled eight to 16 incidents", "Inflation tripled 5 to 15 percent"; not "Attacks
    doubled 8 to 10 incidents"."""
    factor = _MULTIPLYING_VERBS.get(tokens[k].lower) if k >= 0 else None
    return factor is not None and low is not None and high is not None and high == factor * low


def _multiple_of_a_percent_or_scale(tokens: list[_Token], k: int, number: _Number, low: float,
                                    second: _Number) -> bool:
    """Whether "X to Y" after a verb that multiplies (`_multiplied_at`; `low` the value of X with a scale it shares
    with Y) is the change's start and its end, two numbers, where Y is a percent ("Inflation tripled 5 to 15%") or
    X shares Y's scale ("The population doubled two to four million", "doubled 2 to 4 million"); plain counts are
    read by `_range_breaking_verb` and `_words_to_digits`. Not a level other than the multiple ("Inflation tripled
    5 to 12%") nor an estimate ("may have doubled two to four million"): ranges. k is the word before the numbers
    (`_verb_before_numbers`)."""
    if not _multiplied_at(tokens, k, low, second.value):
        return False
    if not (second.unit == "percent" or second.unit is None and (
            number.scale is None and second.scale is not None or _percent_after(tokens, second.last)[1] == "percent")):
        return False
    while k > 1 and _word_before(tokens, k) in _PERFECT_AUXILIARIES:
        k -= 1
    return _word_before(tokens, k) not in ESTIMATE_WORDS


def _time_unit_at(tokens: list[_Token], k: int) -> bool:
    """Whether a unit of time stands at token k: "days", "years" ("was passed 8 to 10 days after the vote")."""
    return _singular(_joined_lower(tokens, k)) in TIME_UNITS


def _object_after(tokens: list[_Token], k: int) -> bool:
    """Whether the numbers that end before token k have a noun after them that a verb of `RANGE_BREAKING_VERBS`
    takes as its object: a counted noun ("approved 10 to 15 projects") or "of" and a determiner, a part of one
    ("approved 8 to 10 of the new branches")."""
    return not _no_noun_after(tokens, k) or (
        _joined_lower(tokens, k) == "of" and _joined_lower(tokens, k + 1) in ("the", "its", "their", "these", "those"))


def _unit_of_measure_after(tokens: list[_Token], k: int) -> bool:
    """Whether a unit of measure (`MEASURE_COUNTEDS`, `_measure_after`) follows at token k: "10 to 15 metres",
    "3 feet", "8 to 10 cents", "20 basis points", "15 m"; a currency, pence, a percent word or index points
    alike ("8 to 10 pence", "3 to 4 yen", "8 to 10 rupees a kilo", "8 to 10 pc", "200 to 300 points")."""
    word = _joined_lower(tokens, k)
    if word == "basis":
        return _joined_lower(tokens, k + 1) in ("point", "points")
    if word in ("point", "points", "pence", "penny", "pc") or _percent_after(tokens, k)[1] is not None:
        return True
    if word in INVARIANT_CURRENCIES or _singular(word) in _CURRENCY_NOUNS:
        return True
    return bool(word) and (_singular(word) in MEASURE_COUNTEDS or _measure_after(tokens, k)[1] is not None)


def _words_to_digits(tokens: list[_Token], number: _Number, second: _Number, between: bool) -> bool:
    """Whether a spelled-out number and the digits after it make one range, as wire style spells out
    one to nine ("eight to 10 kilogrammes", "between five and 15 people"). Not a change and its level
    ("rose by eight to 20", "rose nine to 16"), nor a scale that differs ("Between seven and 10,000
    troops", "Some four to 5,000 refugees"), nor the people sentenced and their term ("sentenced two
    to 10 years", "sentenced five to death and seven to 15 years"), nor a span of days ("between one
    and 15 April") or hours without "between" ("nine to 11 in the morning"); "between nine and 11 in the
    morning" makes a range that `_span_of_hours` leaves out."""
    # a dozen the digits carry is both ends' ("between two and 3 dozen", as "two to three dozen" is)
    top = second.value / DOZEN if second.scale == DOZEN else second.value
    if not ((second.plain or second.scale == DOZEN) and second.unit is None
            and number.scale is None and number.unit is None and number.value < top < 100):
        return False
    first = number.first - 1 if between else number.first
    before = _word_before(tokens, first)
    if before == "by" or before in MONTHS:
        return False
    k = _verb_before_numbers(tokens, first)  # (the change verb right before is read here too)
    if k >= 0 and (tokens[k].lower in CHANGE_VERBS or tokens[k].lower in RANGE_BREAKING_VERBS
                   and _two_numbers_after(tokens, k, number, second)):
        # "The toll rose again eight to 20", "The motion was defeated four to 11", a passive, which takes no
        # object ("The motion was approved eight to 10 votes"), a multiple ("Attacks doubled eight to 16
        # incidents"): two numbers; not a verb with its object, as for digits ("The board approved eight to 10
        # new branches": a range)
        return False
    if before not in ("to", "for") and any(token.lower in SENTENCING_VERBS for token in tokens[:first]):
        return False  # "sentenced him to five to 10 years", "jailed for two to 10 years": a term, a range
    after = [token.lower for token in tokens[second.last:second.last + 3]]
    if after[:1] and after[0] in MONTHS:
        return False  # "nine to 11 April": days
    if any(word in DAY_PARTS or word == "tonight" for word in after):
        # "nine to 11 in the morning": hours, not a count; after "between" a range of hours, which
        # `_span_of_hours` leaves out whole as it does "between 9 and 11 in the morning"
        return between
    return True


_LEVEL_CLOSERS = frozenset({"last", "this", "next", "a", "an", "in", "on", "from", "after", "the"})


def _no_noun_after(tokens: list[_Token], k: int) -> bool:
    """Whether no counted noun follows the number that ends before token k: the sentence ends, a
    punctuation mark parts them, or a function word follows ("dropped 12,000 to 230,000 last week")."""
    return k >= len(tokens) or not _joined(tokens, k) or tokens[k].lower in HEAD_STOPS \
        or tokens[k].lower in _LEVEL_CLOSERS


def _day_of_month(tokens: list[_Token], number: _Number) -> bool:
    """Whether `number` is a day after its month's name ("June 25", "Sept. 3")."""
    i = number.first
    return (number.kind == "digits" and number.plain and number.value <= 31 and i > 0
            and _word_before(tokens, i) in MONTHS and tokens[i - 1].text[:1].isupper())


# Verbs before "from" that make "from $45 to $120" a range, not a change.
RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"})
_MONEY_UNITS = frozenset(CURRENCY_SIGNS.values())


# Words before a verb of change that make it a forecast ("could rise", "expected to fall").
FORECAST_WORDS = frozenset({"could", "may", "might", "will", "would", "should", "can", "to"})


def _forecast_before(tokens: list[_Token], i: int) -> bool:
    """Whether the verb of change before token i is a forecast ("Prices could rise 5% to 7%",
    "expected to grow by 5% to 17%"): what will be is a range, not a change and its level."""
    k = i - 1
    if _word_before(tokens, i) == "by":
        k -= 1
    return k > 0 and _word_before(tokens, k) in FORECAST_WORDS


def _change_then_level(tokens: list[_Token], number: _Number, second: _Number) -> bool:
    """Whether "X to Y" after a verb of change is the change and the level it reached, Y far above X
    ("Turnout rose 4% to 61%", "Revenue rose $2 billion to $15 billion"), not a forecast's range
    ("Prices could rise 5% to 7%")."""
    return _changes_before(tokens, number.first) and second.value > 3 * number.value \
        and not _forecast_before(tokens, number.first)


# Verbs of change that take no object, after which "rose 4,000 to 52,000 barrels" is a change and its
# level without a "by"; "dropped", "lost", "shed", "gained", "added", "raised", "shot down" take one
# ("dropped 10 to 40 barrel bombs" is a range of bombs dropped).
INTRANSITIVE_CHANGE_VERBS = frozenset({
    "rose", "rises", "risen", "fell", "falls", "fallen", "jumped", "jumps", "climbed", "climbs", "slipped",
    "slips", "declined", "declines", "grew", "grows", "shrank", "shrinks", "surged", "surges", "soared",
    "soars", "plunged", "plunges", "slumped", "slumps", "tumbled", "tumbles", "sank", "sinks", "slid",
    "slides", "dipped", "dips", "edged", "rallied", "rallies", "retreated", "firmed",
})
# Words before a verb of change that make "X to Y" after it an estimate's range ("probably rose 50 to
# 300", "may have risen 100 to 1,000"), besides the forecast's `FORECAST_WORDS`.
ESTIMATE_WORDS = FORECAST_WORDS | frozenset({
    "probably", "likely", "possibly", "perhaps", "reportedly", "allegedly", "apparently", "roughly",
})
_PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "been"})
_PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "keep", "keeps", "kept"})


def _plain_change_before(tokens: list[_Token], i: int, *, transitive: bool = False) -> bool:
    """Whether plain numbers "X to Y" from token i are a change and the level it reached: after "by"
    and a verb of change ("rose by 45,000 to 1.42 million"), or right after a verb of change that takes
    no object ("Output rose 4,000 to 52,000 barrels"); not after an estimate or forecast ("may have
    risen 100 to 1,000", "probably rose 50 to 300") nor in a rate ("are rising 1,000 to 5,000 a day").
    transitive: any verb of change will do ("claims dropped 12,000 to 230,000.", where no noun follows)."""
    by = _word_before(tokens, i) == "by"
    k = i - 1 if by else i  # the token after the verb
    verb = _word_before(tokens, k)
    if not (verb in CHANGE_VERBS and (by or transitive or verb in INTRANSITIVE_CHANGE_VERBS)):
        return False
    k -= 1  # the verb
    before = _word_before(tokens, k) if k > 0 else ""
    if verb.endswith("ing") and before in _PROGRESSIVE_AUXILIARIES:
        return False
    while before in _PERFECT_AUXILIARIES and k > 1:
        k -= 1
        before = _word_before(tokens, k)
    return before not in ESTIMATE_WORDS


def _sign_key(sign: str) -> str:
    """A currency sign as compared for a range: "US$" is "$"; "A$", "HK$" are dollars of their own."""
    sign = sign.lower()
    return "$" if sign == "us$" else sign


def _changes_before(tokens: list[_Token], i: int) -> bool:
    """Whether a verb of change stands right before token i, or before "by" there ("rose 4%",
    "fell by 1.1%"), one of `RANGE_BREAKING_VERBS` but a vote's too ("Shares leapt 4% to 61%", as "rose 4%
    to 61%" is a change and its level)."""
    before = _word_before(tokens, i)
    if before == "by":
        before = _word_before(tokens, i - 1)
    return before in CHANGE_VERBS or (before in RANGE_BREAKING_VERBS and before not in TALLY_VERBS)


def _percent_after(tokens: list[_Token], k: int) -> tuple[int, str | None]:
    """How many tokens from k say "percent" ("percent", "per cent", "%", "percentage points"),
    and the unit they name."""
    word = _joined_lower(tokens, k)
    if word in PERCENT_WORDS:
        return 1, "percent"
    if word == "per" and _joined_lower(tokens, k + 1) == "cent":
        return 2, "percent"
    if word == "percentage" and _joined_lower(tokens, k + 1) in ("point", "points"):
        return 2, "percentage point"
    return 0, None


def _measure_after(tokens: list[_Token], k: int) -> tuple[int, str | None]:
    """One token at k that abbreviates a measure ("kph", "mm", "m"), and the unit it names ("m" before
    a plural a million counts was read as millions already: "2.5 m people", `_spaced_million`)."""
    word = _joined_lower(tokens, k)
    if word and tokens[k].text in TEMPERATURE_SIGNS:
        return 1, "degree"  # "35 °C"
    if word not in MEASURE_ABBREVIATIONS or not tokens[k].text.islower():
        return 0, None
    return 1, MEASURE_ABBREVIATIONS[word]


# Words after "won" that make it the verb ("Another 2 million won asylum", "3 million won the right").
WON_OBJECTS = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "this", "that", "these", "those",
    "some", "asylum", "refugee", "residency", "citizenship", "protection", "seats", "votes", "places",
    "jobs", "awards", "prizes", "medals", "support", "approval", "permission", "access", "compensation",
    "election", "elections", "office", "power", "praise", "backing", "recognition",
    "acclaim", "plaudits", "freedom", "release",
})
# Verbs of money before an amount that make a "won" after it the currency, whatever follows
# ("He was fined 10 million won this week", "It received 50 billion won support").
MONEY_VERBS = frozenset({
    "paid", "pay", "pays", "paying", "spent", "spend", "spends", "spending", "cost", "costs", "costing",
    "fined", "fine", "earned", "earn", "earns", "allocated", "allocate", "allocates", "received",
    "receive", "receives", "raised", "raise", "raises", "worth", "budget", "budgeted", "invested",
    "invest", "invests", "owed", "owes", "borrowed", "lent", "donated", "charged", "awarded", "totalled",
    "totaled", "valued", "priced",
})


def _money_verb_before(tokens: list[_Token], i: int) -> bool:
    """Whether a verb of money (`MONEY_VERBS`) stands before token i, or before a word there ("paid
    about 3 billion won")."""
    before = _word_before(tokens, i)
    return before in MONEY_VERBS or (bool(before) and _word_before(tokens, i - 1) in MONEY_VERBS)


# Currencies an exchange rate is set against ("1,450 won per dollar", "1,320 won to the dollar").
RATE_AGAINST = frozenset({"dollar", "euro", "yen", "yuan", "greenback", "pound", "franc"})


def _rate_against_after(tokens: list[_Token], k: int) -> bool:
    """Whether an exchange rate's other currency starts at token k: "per dollar", "to the dollar",
    "against the euro" (so "1,450 won per dollar" is the currency, whatever its scale)."""
    word = _joined_lower(tokens, k)
    if word == "per":
        return _joined_lower(tokens, k + 1) in RATE_AGAINST
    return word in ("to", "against") and _joined_lower(tokens, k + 1) == "the" \
        and _joined_lower(tokens, k + 2) in RATE_AGAINST


def _invariant_currency_after(tokens: list[_Token], k: int, number: _Number) -> str | None:
    """The currency named at token k without a plural -s ("2.5 trillion yen", "a 4.3 billion euro
    fine"), else None: "won" only after a scale word, and no name before a plural noun of its own
    ("the 19 euro zone countries", "20 euro countries")."""
    word = _joined_lower(tokens, k)
    if word not in INVARIANT_CURRENCIES or not tokens[k].text.islower() \
            or (word == "won" and not _rate_against_after(tokens, k + 1)
                and (number.scale is None or number.scale < 1_000_000
                     or (_joined_lower(tokens, k + 1) in WON_OBJECTS
                         and not _money_verb_before(tokens, number.first)))):
        return None
    after = _joined_lower(tokens, k + 1)
    if after in ("zone", "area") or (after and _is_plural(tokens[k + 1]) and after not in HEAD_STOPS):
        return None
    return "penny" if word == "pence" else word  # the penny's plural counts the penny, as "cents" a cent


def _rate_after(tokens: list[_Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The head span stretched over "per hour", "an hour" or "per second" after a unit of speed
    ("90 kilometres per hour"), else as it was."""
    if span is None or _singular(tokens[span[1] - 1].lower) not in SPEED_UNITS:
        return span
    first, last = span
    rate = (_joined_lower(tokens, last), _joined_lower(tokens, last + 1))
    if rate in (("per", "hour"), ("per", "second"), ("an", "hour")):
        return first, last + 2
    return span


def _opens_clause(tokens: list[_Token], i: int) -> bool:
    """Whether token i opens the sentence or a clause (after a comma, a quotation mark, "and", "but")."""
    return i == 0 or bool(tokens[i - 1].trail.strip("'’")) or tokens[i].lead != "" \
        or tokens[i - 1].lower in ("and", "but", "while", "as")


def _ends_sentence_after(tokens: list[_Token], k: int) -> bool:
    """Whether the words up to token k end the sentence, or only an aside runs on to its end
    ("said one official.", "said one resident, who asked not to be named.")."""
    if k >= len(tokens) or tokens[k - 1].trail[:1] in (".", "!", "?", '"', "”"):
        return True
    if tokens[k - 1].trail not in ("", ",") or tokens[k].lower not in ("who", "a", "an") \
            or (not tokens[k - 1].trail and tokens[k].lower != "who"):
        return False
    # "said one resident, who asked not to be named.", "said one resident, an engineer.",
    # "said one woman who identified herself only as Rosa." (not "said one man, a farmer, was killed")
    return not any(t.trail[:1] in (",", ";", ":") for t in tokens[k:-1])


def _speaks_after_aside(tokens: list[_Token], k: int) -> bool:
    """Whether the words from token k report speech: "was quoted", or a reporting verb right after
    an aside set off by commas (", who asked not to be named, said")."""
    if _joined_lower(tokens, k) == "was" and _joined_lower(tokens, k + 1) == "quoted":
        return True
    if k <= 0 or k >= len(tokens) or tokens[k - 1].trail != ",":
        return False
    for j in range(k, min(k + 15, len(tokens) - 1)):
        if tokens[j].trail:
            return tokens[j].trail == "," and tokens[j + 1].lower in REPORTING_VERBS and not tokens[j + 1].lead
    return False


def _is_plural(token: _Token) -> bool:
    word = token.lower
    if word in IRREGULAR_SINGULARS or word in INVARIANT_HEADS:
        return True
    if not word.isalpha() and not ("-" in word and word.replace("-", "").isalpha()):
        return False
    if word.endswith("men") and len(word) > 3 and word not in ("specimen", "abdomen", "omen"):
        return True
    if word.endswith("children"):
        return True  # "grandchildren", "schoolchildren"
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "'s"))
            and (not word.endswith("is") or word[:-1] in I_PLURALS) and word not in NOT_PLURAL)


def _is_singular_noun(token: _Token) -> bool:
    word = token.lower
    return (word.isalpha() and not token.text[:1].isupper() and word not in HEAD_STOPS
            and word not in NOT_PLURAL and word not in HEAD_SKIPS and word not in SINGULAR_STOPS
            and not word.endswith(("ing", "ed", "ly")) and _word_value(word) is None)


def _find_head(tokens: list[_Token], k: int, *, singular: bool,
               compounds: frozenset = frozenset()) -> tuple[int, int] | None:
    """The tokens [first, last) naming what the number ending before token k counts, or None.

    Skips modifiers (capitalised names, hyphenated words, "other", participles like "slain")
    for at most HEAD_WINDOW tokens and stops at punctuation, function words and other numbers.
    A plural counted noun is wanted after a number above one; "one" wants a singular noun.
    """
    skipped = 0
    n = len(tokens)
    first = k
    after_aside = False
    while k < n and skipped <= HEAD_WINDOW:
        if not _joined_through_quotes(tokens, k) and not (after_aside and not tokens[k].lead):
            close = _aside_end(tokens, k) if k > first else None
            if close is None:
                return None
            k = close  # "23 ISIS (Daesh) militants": step over a short bracketed aside
            skipped += 1
            after_aside = True
            continue
        after_aside = False
        token = tokens[k]
        word = token.lower
        if word == "of" and k == first and not singular:
            # "dozens of strikes", "14 of the civilians", "9 of their vehicles", "several of those attacks"
            determiner = _joined_lower(tokens, k + 1)
            k += 2 if determiner in OF_DETERMINERS or determiner in OF_DEMONSTRATIVES else 1
            first = k
            if determiner == "the" and _joined(tokens, k) and tokens[k].text in PEOPLE_ADJECTIVES \
                    and not any(_joined(tokens, j) and (_is_plural(tokens[j]) or tokens[j].text[:1].isupper())
                                for j in (k + 1, k + 2) if j < len(tokens) and (
                                    j == k + 1 or (_joined(tokens, k + 1) and tokens[k + 1].lower not in HEAD_STOPS))):
                return (k, k + 1)  # "several of the wounded": persons; not "of the wounded civilians"
            continue
        if word[:1].isdigit() or _word_value(word) is not None or word in VAGUE_PLURALS \
                or word in SCALE_WORDS:
            if (k > first and _model_number(tokens, k)) or (_CODE_RE.fullmatch(token.text) and _code_before(tokens, k)
                                                            and _plural_soon(tokens, k + 1)) \
                    or (k == first and _emergency_number_at(tokens, k)) or _aircraft_model_at(tokens, k):
                # "14 Leopard 2 tanks", "40 Leopard 2A6 tanks": the model's number; "two 777F freighters";
                # "three 911 calls": the service's number; "five Boeing 737 jets", "50 737 MAX jets"
                skipped += 1
                k += 1
                continue
            return None
        text = token.text
        upper = text.isupper() and len(text) > 1
        if word in ("and", "or") and skipped and _is_modifier_pair(tokens, k):
            skipped += 1  # "40 rocket and mortar shells"
            k += 1
            continue
        if word == "reported" and k + 1 < n and _joined(tokens, k + 1) and tokens[k + 1].text.islower() \
                and _is_plural(tokens[k + 1]) and not _PEOPLE_PLURAL_NOUN.fullmatch(tokens[k + 1].text) \
                and not (k == first and _reported_is_the_verb(tokens, first, k)):
            skipped += 1  # "5,400 reported fatalities", "11 of the reported deaths": a participle before things
            k += 1
            continue
        if word in HEAD_STOPS and not upper:  # but "10 IS militants", "10 US soldiers"
            return None
        if word == "others":
            return (k, k + 1)
        if word == "head" and k == first and _joined_lower(tokens, k + 1) == "of" and k + 2 < n \
                and _joined(tokens, k + 2) and tokens[k + 2].text.islower() and _is_plural(tokens[k + 2]):
            return (k + 2, k + 3)  # "200 head of cattle", "300 head of livestock": the animals, as the gold writes
        if singular:
            if text[:1].isupper() and not upper and word in DEMONYMS and not (
                k + 1 < n and _joined(tokens, k + 1) and _is_singular_noun(tokens[k + 1])
            ):
                return (k, k + 1)  # "at least one Palestinian killed"
            if text[:1].isupper() or "-" in word or word in HEAD_SKIPS:
                skipped += 1
                k += 1
                continue
            # The noun ends a run of lowercase words ("one opposition fighter").
            last = k
            while last < n and last - k < 3 and (last == k or _joined(tokens, last)) \
                    and (_is_singular_noun(tokens[last]) or _stop_head(tokens, last)):
                last += 1
            return (last - 1, last) if last > k else None
        if word in COUNT_NOUNS_NOT_VERBS and not text[:1].isupper() and (
                (k == first + 1 and _emergency_number_at(tokens, first))  # ("three 911 calls to police")
                or ((k == first or tokens[k - 1].lower in HEAD_SKIPS) and _noun_not_verb(tokens, first, k))):
            # "advisories to 23 states and asked hospitals", "27 reports of damaged homes", "more
            # than 60 calls": right after a number these are nouns, not the verbs of `NOT_PLURAL`
            return (k, k + 1)
        if word in COUNT_NOUNS_NOT_VERBS and not text[:1].isupper() and \
                (k == first + 1 or k == first + 2 and tokens[first].text.isupper() and len(tokens[first].text) > 1) \
                and _joined(tokens, k) and (tokens[k - 1].lower, _singular(word)) in compounds:
            return (k, k + 1)  # "27 member states", "27 EU member states": the second word of a two-word noun is no verb
        if _ACRONYM_PLURAL_RE.fullmatch(text) and k == first and tokens[k - 1].lower != "of":
            return (k, k + 1)  # "IEDs"; but "20 of ISILs" is "ISIL's" with the apostrophe lost
        if _MODEL_PLURAL_RE.fullmatch(text):
            return (k, k + 1)  # "14 Turkish F-16s"
        if text == "Dreamliners" and k > first and _aircraft_model_at(tokens, k - 1):
            return (k, k + 1)  # "20 Boeing 787 Dreamliners"
        if word in UNINFLECTED_PEOPLES and text[:1].isupper() and not _plural_follows(tokens, k + 1):
            return (k, k + 1)  # "12,000 Rohingya have fled"; not "150 Rohingya refugees"
        if _is_plural(token) and not upper:
            # A plural or invariant naming a kind of unit yields to the plural after it
            # ("Syrian Democratic Forces fighters", "military police officers").
            if (word in PLURAL_MODIFIERS or word in INVARIANT_HEADS) and k + 1 < n \
                    and _joined(tokens, k + 1) and _is_plural(tokens[k + 1]) \
                    and tokens[k + 1].lower not in HEAD_STOPS:
                skipped += 1
                k += 1
                continue
            if not text[:1].isupper() or word in TITLE_CASE_HEADS \
                    or _singular(word) in DEMONYMS or _title_case_plural(tokens, first, k, compounds):
                return (k, k + 1)
        if word.endswith("ly") and word not in ADVERB_LIKE_ADJECTIVES:
            return None  # "dozens mostly women and children": the adverb starts an aside
        if k == first and _sets_a_rate(tokens, k):
            return None  # "Only two raised rates": the verb, after a count of those who acted
        if word.endswith(("ing", "ed")) and word not in PARTICIPLE_MODIFIERS:
            # A participle modifies only a plural one or two words on ("reported deaths", "38
            # banned cluster bombs"); otherwise it is the verb ("23 killed in", "23 died").
            if word in SINGULAR_STOPS or not _plural_soon(tokens, k + 1):
                return None
        skipped += 1
        k += 1
    return None


# Finite verbs after "N reported <plural>" that make "reported" the participle ("12 reported burglaries had
# been solved")
_VERBS_AFTER_REPORTED_THINGS = frozenset({
    "had", "have", "has", "were", "was", "are", "is", "could", "would", "will", "can", "may", "might", "should",
    "did", "do", "went", "remain", "remained",
})


def _reported_is_the_verb(tokens: list[_Token], first: int, k: int) -> bool:
    """Whether "reported" at token k, right after the number ending before `first`, is the verb of a clause the
    number opens ("Officials said 40 reported symptoms after eating", "Among the respondents, 45 reported
    problems", "Nearly 60 reported symptoms", "Some 80 reported deaths"), unless a finite verb follows its
    plural ("Police said 12 reported burglaries had been solved"). After a determiner or a verb's past form it
    is a participle ("an estimated 5,400 reported fatalities", "the 300 reported cases", "11 of the reported
    deaths")."""
    if tokens[k - 1].lower in OF_DETERMINERS or tokens[k - 1].lower in OF_DEMONSTRATIVES:
        return False  # "11 of the reported deaths"
    start = first - 1
    while start > 0 and _joined(tokens, start) and (
            tokens[start - 1].text[:1].isdigit() or tokens[start - 1].lower in SCALE_WORDS):
        start -= 1
    before = tokens[start - 1].lower if start > 0 and _joined(tokens, start) else ""
    if before in _BEFORE_REPORTED_THINGS or (before.endswith("ed") and before not in REPORTING_VERBS):
        return False  # "an estimated 5,400 reported fatalities", "the 300 reported cases", "counted 300 reported cases"
    return _joined_lower(tokens, k + 2) not in _VERBS_AFTER_REPORTED_THINGS


# the words before a number whose "reported" is a participle ("an estimated 5,400 reported fatalities")
_BEFORE_REPORTED_THINGS = frozenset({"the", "these", "those", "estimated", "its", "their", "his", "her", "our"})


_TITLE_CASE_SHARE = 0.8  # share of a sentence's longer words capitalised in a title-case headline
_TITLE_CASE_MIN_WORDS = 4  # longer words a title-case headline holds at least


def _title_case(tokens: list[_Token]) -> bool:
    """Whether the sentence is a headline in title case, its words of four letters or more nearly all
    capitalised ("Bandits Abduct Over 70 Villagers In Fresh Attack"), not running text."""
    words = [t.text for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) >= _TITLE_CASE_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * len(words)


# the verbs before a count in a title-case headline ("UPDF Kills Five Armed Raiders", "Bandits Abduct 40
# Villagers"): another word right before the number makes it a name's ("Paris 2024 Officials", "Bus 12
# Passengers"); a span's preposition before hours or days ("Seize Three Towns In 24 Hours")
_HEADLINE_COUNT_VERBS = frozenset({
    "kill", "kills", "abduct", "abducts", "kidnap", "kidnaps", "rescue", "rescues", "free", "frees", "arrest",
    "arrests", "recover", "recovers", "seize", "seizes", "injure", "injures", "wound", "wounds", "displace",
    "displaces", "evacuate", "evacuates", "leave", "leaves", "detain", "detains", "release", "releases",
    "capture", "captures", "execute", "executes", "jail", "jails", "charge", "charges", "deport", "deports",
    "destroy", "destroys", "torch", "torches", "burn", "burns", "down", "downs", "neutralise", "neutralises",
    "neutralize", "neutralizes", "slay", "slays", "hit", "hits", "claim", "claims", "save", "saves", "damage",
    "damages", "strand", "strands", "trap", "traps", "bury", "buries", "flatten", "flattens",
})
_HEADLINE_SPANS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})
_SPAN_PREPOSITIONS = frozenset({"in", "for", "within", "after", "last", "past", "next", "over"})


def _title_case_plural(tokens: list[_Token], first: int, k: int, compounds: frozenset) -> bool:
    """Whether the capitalised plural at token k, after the number's words ending before `first`, is a
    common noun capitalised by a title-case headline ("Four Border Guards Martyred", "Kills Five Armed
    Raiders", "Recovers Over 200 Stolen Cows"): the words between are only modifiers (a participle, a
    demonym, a hyphenated word, the first word of a compound noun); a capitalised noun between makes
    the plural a name's word ("444 Combat Brigade Headquarters"). Only the plurals of `TITLE_CASE_NEWS_HEADS`
    count, after a counting verb, a qualifier, a span's preposition (before hours or days) or no word
    ("Paris 2024 Officials", "Bus 12 Passengers": a name's number), and not after a name's number that opens
    the headline ("Area 51 Raiders Arrested", "Gate 7 Passengers Stranded")."""
    if tokens[k].lower not in TITLE_CASE_NEWS_HEADS:
        return False
    start = first - 1
    while start > 0 and _joined(tokens, start) and (
            tokens[start - 1].text[:1].isdigit() or tokens[start - 1].lower in SCALE_WORDS):
        start -= 1
    lead = first - 1
    while lead > 0 and (tokens[lead].lower in SCALE_WORDS or tokens[lead].lower == "of"):
        lead -= 1  # (the number's own first word: "Damages Hundreds of Homes", "Kills 1.5 Million Chickens")
    if lead > 0 and _joined(tokens, lead) and tokens[lead - 1].text.isalpha() and tokens[k].lower != "times" \
            and tokens[lead - 1].lower not in NUMBER_LEAD_WORDS \
            and tokens[lead - 1].lower not in _HEADLINE_COUNT_VERBS \
            and not (tokens[k].lower in _HEADLINE_SPANS and tokens[lead - 1].lower in _SPAN_PREPOSITIONS):
        return False  # ("Paris 2024 Officials", "Game 7 Officials", "Bus 12 Passengers": a name's number; not
        # after a time, "16:58 15 Medics Killed", nor "Used Chemical Weapons 136 Times")
    before = start - 1
    if before >= 0 and (before == 0 or ":" in tokens[before - 1].trail) and _joined(tokens, start) \
            and tokens[before].text[:1].isupper() and tokens[before].text.isalpha() \
            and not tokens[before].lower.endswith("s") and tokens[before].lower not in NUMBER_LEAD_WORDS:
        return False
    for j in range(first, k):
        word = tokens[j].lower
        if not (word.endswith(("ed", "en")) or "-" in word or word in HEAD_SKIPS or word in DEMONYMS
                or (j == k - 1 and (word, _singular(tokens[k].lower)) in compounds)):
            return False
    return _title_case(tokens)


def _verb_after_set_things(tokens: list[_Token], k: int) -> bool:
    """Whether token k, after a plural of `SET_THINGS`, is a finite verb, so the things are the subject
    and the word before them a participle ("Two reduced prices were posted", "Three reduced tariffs took
    effect on Monday"), not what a count in a subject's place set ("Only two raised rates last year")."""
    word = _joined_lower(tokens, k)
    return word in SET_THINGS_SUBJECT_AFTER or word in SET_THINGS_VERBS_AFTER or (
        len(word) > 4 and word.isalpha() and word.endswith("ed") and not word.endswith("eed"))


def _sets_a_rate(tokens: list[_Token], k: int) -> bool:
    """Whether token k, right after a number, is a verb of `SETTING_VERBS` before what it sets ("Only two
    raised rates", "Three cut prices last month", "Of the nine, two hiked interest rates"): the number
    opens the sentence or follows a comma or a word of `SUBJECT_LEADS`, and a plural of `SET_THINGS`
    follows, at most one plain word on, with no verb after it ("Only two reduced fares remain")."""
    if tokens[k].lower not in SETTING_VERBS or not _joined(tokens, k):
        return False
    start = _number_start(tokens, k)
    if start > 0 and not (tokens[start - 1].trail in (",", ";", ":") or (
            _joined(tokens, start) and tokens[start - 1].lower in SUBJECT_LEADS)):
        return False
    for j in (k + 1, k + 2):
        if not _joined(tokens, j):
            return False
        if tokens[j].lower in SET_THINGS:
            return not _verb_after_set_things(tokens, j + 1)
        if tokens[j].lower in HEAD_STOPS or not tokens[j].lower.isalpha():
            return False
    return False


# Words after "claims", "shows", "reports" … that make it a verb taking an object or a clause ("killed
# 23 claims the Observatory", "killed 14 shows a video", "300 calls into question", "killed 23 reports
# said"), besides names.
VERB_OBJECT_STARTS = frozenset({
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "into",
    "say", *REPORTING_VERBS,
})
# Determiners right before a number that make it and the word after it a noun phrase ("the two
# states", "its 18 states").
COUNT_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "my", "your"})


def _noun_not_verb(tokens: list[_Token], first: int, k: int) -> bool:
    """Whether the word of `COUNT_NOUNS_NOT_VERBS` at token k, after a number ending right before
    token `first`, is a noun the number counts: after a determiner ("the two states", "the country's
    18 states"), or before punctuation, the end, "that" after a lead word ("at least 13 states that"),
    "to" and a noun phrase, or (for `SPEECH_VERB_NOUNS` only a word of `AFTER_SPEECH_NOUNS`) a lowercase word that
    starts no object of a verb ("23 states and asked", "27 reports of damaged homes", "18 states
    must comply", "60 calls between midnight and 9 a.m."), or an adverb of frequency that no source
    follows ("12 reports daily"). A verb, then, before an object or a
    clause ("killed 23 claims the Observatory", "14 shows a video", "300 calls into question", "9
    reports al-Masirah", "23 reports said"), and after a name's number ("Rule 14 states that",
    "The Group of 20 plans")."""
    start = _number_start(tokens, first)
    if start > 0 and not tokens[start - 1].trail and (tokens[start - 1].lower in COUNT_DETERMINERS
                                                      or tokens[start - 1].text.endswith(("'s", "’s"))):
        return True  # ("the two states", "Nigeria's 36 states")
    if _named_number_before(tokens, first):
        return False
    if not _joined(tokens, k + 1):
        return True  # "There were 30 calls.", "23 states, including"
    after = tokens[k + 1]
    if after.lower == "that":
        # "at least 13 states that do not allow it"; but "The figure of 300 shows that the count is wrong"
        return _word_before(tokens, start) in NUMBER_LEAD_WORDS
    if after.lower in VERB_OBJECT_STARTS or any(c.isupper() for c in after.text):
        return False
    if after.lower in FREQUENCY_AFTER_NOUNS and (not _joined(tokens, k + 2) or tokens[k + 2].lower in HEAD_STOPS):
        return True  # "Police received 12 reports daily.", "12 reports daily from residents"
    if tokens[k].lower in SPEECH_VERB_NOUNS and after.lower not in AFTER_SPEECH_NOUNS:
        return False  # (a lower-case source after a reporting verb, as FA-KES writes it without commas:
        # "Air strikes killed 23 reports state news agency SANA", "killed 40 claims opposition activists")
    if after.lower == "to":
        # "calls to the mobile phone", "advisories to 23 states to 40 more"; but "plans to meet"
        return k + 2 < len(tokens) and _joined(tokens, k + 2) and (
            tokens[k + 2].lower in HEAD_STOPS or tokens[k + 2].text[:1].isdigit()
            or tokens[k + 2].text[:1].isupper())
    return True


def _number_start(tokens: list[_Token], first: int) -> int:
    """The first token of the number that ends right before token `first` (a number's words:
    "two hundred", or one token of digits)."""
    start = first - 1
    while start > 0 and not tokens[start - 1].trail and (
            _word_value(tokens[start - 1].lower) is not None or tokens[start - 1].lower in SCALE_WORDS):
        start -= 1
    return start


def _named_number_before(tokens: list[_Token], k: int) -> bool:
    """Whether the digits before token k follow a capitalised word that is no lead of a count
    ("Rule 14", not "Some 14"), or "of" after one ("The Group of 20")."""
    if k < 2 or not tokens[k - 1].text[:1].isdigit() or tokens[k - 1].lead or tokens[k - 2].trail:
        return False
    before = tokens[k - 2]
    if before.lower == "of" and k > 2 and not tokens[k - 3].trail:
        before = tokens[k - 3]
    return (before.text[:1].isupper() and before.lower not in NUMBER_LEAD_WORDS
            and before.lower not in HEAD_STOPS)


def _copula_head(tokens: list[_Token], k: int) -> tuple[int, int] | None:
    """The plural noun that "were" or "are" at token k joins to the number before it, after at most
    two modifiers ("Of the dead, 88 were children", "four were foreign volunteers"), else None
    ("12 were killed", "several were without coats")."""
    if _joined_lower(tokens, k) not in ("were", "are"):
        return None
    for j in range(k + 1, min(k + 4, len(tokens))):
        token = tokens[j]
        if not _joined(tokens, j) or token.lower in HEAD_STOPS or not token.lower.isalpha():
            return None
        if _is_plural(token) and (token.text.islower() or _singular(token.lower) in DEMONYMS):
            return (j, j + 1)
        if token.lower.endswith(("ing", "ed", "ly")) or _word_value(token.lower) is not None:
            return None
    return None


def _plural_follows(tokens: list[_Token], k: int) -> bool:
    """True when a plural noun follows from token k after at most two more modifiers ("Rohingya
    refugees", "Chinese coast guard ships"), with nothing between but plain words."""
    return _plural_within(tokens, k, 3, words_only=True)


def _plural_within(tokens: list[_Token], k: int, reach: int, words_only: bool = False) -> bool:
    """True when one of the `reach` tokens from k is a plural noun, with only plain modifiers before
    it (no stop word, no "-ing", "-ed" or "-ly" word; with `words_only`, letters only)."""
    for j in range(k, min(k + reach, len(tokens))):
        if not _joined(tokens, j) or tokens[j].lower in HEAD_STOPS or words_only and not tokens[j].lower.isalpha():
            return False
        if _is_plural(tokens[j]):
            return True
        if tokens[j].lower.endswith(("ing", "ed", "ly")):
            return False
    return False


# A model's number: one or two digits, then a letter and its digits at most ("2", "2A6"); not a year.
_MODEL_NUMBER_RE = re.compile(r"[1-9]\d?(?:[A-Z]\d{0,2})?")
# A count before a model's name ("14 Leopard 2 tanks", "1,000"): no year, no long number.
_MODEL_COUNT_RE = re.compile(r"[1-9]\d{0,2}(?:,\d{3})*")


def _model_number(tokens: list[_Token], k: int) -> bool:
    """Whether token k is the number of a model right after its name (`MODEL_NAMES`) and before a
    plural in lower case: after a count ("14 Leopard 2 tanks", "40 Leopard 2A6 tanks") or before what
    the model is ("Challenger 2 tanks"); not a headline's count after a place or a year ("Syria 2017
    Idlib 20 civilians", "Page 3 Idlib 5 children"), nor a name's ("Leclerc 18 points",
    "Challenger 3 candidates")."""
    if k < 1 or not _joined(tokens, k) or not _MODEL_NUMBER_RE.fullmatch(tokens[k].text) \
            or not (_joined(tokens, k + 1) and tokens[k + 1].text.islower() and _is_plural(tokens[k + 1])):
        return False
    name = tokens[k - 1]
    if name.lower not in MODEL_NAMES or not name.text[:1].isupper():
        return False
    counted = k > 1 and _joined(tokens, k - 1) and (_MODEL_COUNT_RE.fullmatch(tokens[k - 2].text) is not None
                                                   or _word_value(tokens[k - 2].lower) is not None)
    return counted or tokens[k + 1].lower in MODEL_PLURALS


def _aircraft_model_at(tokens: list[_Token], k: int) -> bool:
    """Whether token k is the number of an aircraft's model, part of its name: after the maker's name
    ("a Boeing 787 Dreamliner", "Boeing's 737", "an Airbus 380"; not before a plural it counts, "Airbus 300
    jobs", see `AIRCRAFT_NOUNS`) or before a capitalised word of the
    model ("its 737 MAX jets", "the 787 Dreamliner"), and as a model's number is written ("737"; not
    "Boeing 400 jobs", "20 MAX jets"); or the variant's number after "MAX" ("737 MAX 8 jets")."""
    if k >= len(tokens) or tokens[k].lead or not tokens[k].text.isdigit():
        return False
    text = tokens[k].text
    if k > 0 and not tokens[k - 1].trail:
        maker = re.sub(r"(?:'s|’s)$", "", tokens[k - 1].lower)
        if maker in AIRCRAFT_MAKERS and tokens[k - 1].text[:1].isupper() \
                and AIRCRAFT_MAKERS[maker].fullmatch(text) \
                and not (_joined(tokens, k + 1) and _is_plural(tokens[k + 1])
                         and tokens[k + 1].lower not in AIRCRAFT_NOUNS):
            return True  # "a Boeing 787", "Boeing's 737"; not "Airbus 300 jobs at risk"
        if tokens[k - 1].text in ("MAX", "Max") and len(text) <= 2 and k > 1 and not tokens[k - 2].trail \
                and _aircraft_model_at(tokens, k - 2):
            return True  # "737 MAX 8": the variant
    return (_joined(tokens, k + 1) and tokens[k + 1].text in AIRCRAFT_MODEL_WORDS
            and any(pattern.fullmatch(text) for pattern in AIRCRAFT_MAKERS.values()))


def _bare_aircraft_model(tokens: list[_Token], k: int) -> bool:
    """Whether token k is a Boeing model's number without the maker, after "the" or "a" and before a verb
    of flight, a singular verb or a noun of aircraft ("The 737 crashed", "the 787 landed", "the 737 was
    grounded", "the 737 jets"; not "the 737 passengers", "the 737 were evacuated", `BARE_MODEL_AFTER`)."""
    if k == 0 or tokens[k].lead or _word_before(tokens, k) not in BARE_MODEL_DETERMINERS \
            or not AIRCRAFT_MAKERS["boeing"].fullmatch(tokens[k].text):
        return False
    after = _joined_lower(tokens, k + 1)
    return after in BARE_MODEL_AFTER or (after in BARE_MODEL_PHRASAL
                                         and _joined_lower(tokens, k + 2) == BARE_MODEL_PHRASAL[after])


def _pence_cue(tokens: list[_Token], i: int) -> bool:
    """Whether the sentence of token i (glued pence, "480p") speaks of money: another amount of pence glued or a
    word of `PENCE_CUES` ("Shares rose 12p to 480p", "Shares fell to 480p"), not "shot at 1080p"."""
    for k, token in enumerate(tokens):
        if k == i:
            continue
        if token.lower in PENCE_CUES or "£" in token.text or (
                (glued := _PENCE_RE.fullmatch(token.text)) and glued["num"] not in VIDEO_RESOLUTIONS):
            return True
    return False


def _clock_p(tokens: list[_Token], i: int, num: str) -> bool:
    """Whether "9p" at token i is a clock time: an hour after "at", "from", "until" or "by" and before a word of
    a day or time (`CLOCK_AFTER`), with no money in the sentence ("The curfew starts at 9p on Friday")."""
    return num.isdigit() and 1 <= int(num) <= 12 and _word_before(tokens, i) in ("at", "from", "until", "till", "by") \
        and _joined_lower(tokens, i + 1) in CLOCK_AFTER and not _pence_cue(tokens, i)


def _that_opens_clause(tokens: list[_Token], i: int) -> bool:
    """Whether the "that" right before token i opens a clause: `THAT_CLAUSE_BEFORE` right before it ("said that",
    "and that"), or a verb of saying before a hearer of up to three words ("told Stabroek News that", "told
    reporters that")."""
    if i < 2 or not _joined(tokens, i - 1):
        return False
    if tokens[i - 2].lower in THAT_CLAUSE_BEFORE:
        return True
    for j in range(i - 2, max(0, i - 5), -1):
        word = tokens[j]
        if not _joined(tokens, j + 1) or not (word.text[:1].isupper() or word.lower in THAT_HEARERS):
            return False
        if j >= 1 and _joined(tokens, j) and tokens[j - 1].lower in THAT_CLAUSE_VERBS:
            return True
    return False


def _stop_head(tokens: list[_Token], k: int) -> bool:
    """Whether the word of `SINGULAR_STOPS` at token k ends a compound noun after the word before it
    ("one rate cut", "one interest-rate cut"), not a verb ("One rocket cut the line"), or is the noun
    right after "one" ("one cut this year"; not "One cut the rope", "one cut rates", see `ONE_STOP_HEADS`)."""
    modifiers = STOP_HEADS_AFTER.get(tokens[k].text)
    if modifiers is None or k == 0 or not _joined(tokens, k):
        return False
    before = tokens[k - 1].lower
    if before == "one" and tokens[k].text in ONE_STOP_HEADS:
        if not _joined(tokens, k + 1) or tokens[k + 1].lower in ONE_STOP_HEAD_AFTER:
            return True
        # a compound's modifier before a singular noun that ends the phrase ("one cut scene"), not a verb
        # before an object ("one cut interest rates", "one cut borrowing costs")
        after = tokens[k + 1]
        return _is_singular_noun(after) and not _is_plural(after) and after.lower not in OBJECT_PRONOUNS \
            and not after.lower.endswith("ing") and not (_joined(tokens, k + 2) and _is_plural(tokens[k + 2]))
    return before.rsplit("-", 1)[-1] in modifiers


def _emergency_number_at(tokens: list[_Token], k: int) -> bool:
    """Whether token k is an emergency number before a word of its service ("911 calls", "999
    operator", "the 911 service was down"); not before a modifier of a plural it counts ("999 service
    members", "911 emergency workers"). The numbers of `EMERGENCY_NUMBERS_CALLED_ONLY` ("112 calls" may
    be a count) name the service only after a verb of calling."""
    if not (k < len(tokens) and tokens[k].text in EMERGENCY_NUMBERS
            and tokens[k].text not in EMERGENCY_NUMBERS_CALLED_ONLY
            and not tokens[k].lead and _joined_lower(tokens, k + 1) in EMERGENCY_SERVICE_AFTER):
        return False
    if tokens[k + 1].lower in EMERGENCY_MODIFIERS and _joined(tokens, k + 2) and _is_plural(tokens[k + 2]) \
            and tokens[k + 2].lower not in EMERGENCY_SERVICE_AFTER:
        return False  # "999 service members": a count of members
    return True


def _plural_soon(tokens: list[_Token], k: int) -> bool:
    """True when token k, or k+1 after a plain modifier, is a plural noun."""
    return _plural_within(tokens, k, 2)


def _aside_end(tokens: list[_Token], k: int) -> int | None:
    """The token after a bracketed aside of at most three words opening at k, or None."""
    if not tokens[k].lead.startswith(("(", "[")) or tokens[k - 1].trail:
        return None
    for last in range(k, min(k + 3, len(tokens) - 1)):
        if tokens[last].trail in (")", "]"):
            return last + 1
        if tokens[last].trail or (last > k and tokens[last].lead):
            return None
    return None


def _is_modifier_pair(tokens: list[_Token], k: int) -> bool:
    """True when "and"/"or" at k joins two noun modifiers before one plural ("rocket and mortar
    shells")."""
    if k + 2 >= len(tokens) or not (_joined(tokens, k + 1) and _joined(tokens, k + 2)):
        return False
    before, after, noun = tokens[k - 1], tokens[k + 1], tokens[k + 2]
    return (before.lower.isalpha() and not _is_plural(before) and before.lower not in HEAD_STOPS
            and after.lower.isalpha() and not _is_plural(after) and after.lower not in HEAD_STOPS
            and not after.text[:1].isupper() and _is_plural(noun) and noun.lower not in HEAD_STOPS)


def _head_words(tokens: list[_Token], span: tuple[int, int] | None, compounds: frozenset) -> str | None:
    """The counted words as in the text, with a unit prefix ("square miles") or the first word of a
    compound noun ("crew members")."""
    if span is None:
        return None
    first, last = span
    if first > 0 and _joined(tokens, first):
        before = tokens[first - 1].lower
        shared = first > 1 and tokens[first - 2].lower in ("and", "or")  # "rocket and mortar shells"
        if before in UNIT_PREFIXES or (not shared and (before, _singular(tokens[first].lower)) in compounds):
            first -= 1
    return " ".join(t.text for t in tokens[first:last])


# Capitalised words before a number that do not make it part of a name ("About 400",
# "Killing 12"); they also let a year-like number count ("some 2000 refugees").
NUMBER_LEAD_WORDS = frozenset({
    "about", "around", "nearly", "almost", "over", "some", "approximately", "roughly", "than",
    "least", "exactly", "another", "killing", "killed", "kills", "kill", "wounding", "toll",
    "only", "just", "total",
})


def _is_number_word(word: str) -> bool:
    """Whether a lower-case word is a number up to 99 in digits or words ("61", "six")."""
    return (word.isdigit() and int(word) <= 99) or _word_value(word) is not None


def _label_number(tokens: list[_Token], number: _Number, i: int, counted: str | None,
                  head_span: tuple[int, int] | None) -> bool:
    """Whether the number starting at token i names a grade on a scale after a label word of
    `LABEL_WORDS`, in any case ("a category 1 cyclone", "Tier 2 cities", "phase 2 of the plan",
    "Grade 12 students"): a small number (at most `LABEL_MAX`; plain digits, words or a range; no
    scale, no comma) written right after the word. Not a measure ("the river level 3 metres above
    normal"), and not when the word is a noun of its own, which a determiner of `LABEL_DETERMINERS`
    makes it ("At this stage 20 people were missing"), and so do, before a plural the number counts,
    modifiers back to an opener ("At the local level 20 volunteers", "At sea level 30 people", "In the
    Champions League group stage 8 teams") or "on" or "off stage" ("On stage 20 dancers performed")."""
    if i < 1 or tokens[i - 1].lower not in LABEL_WORDS or tokens[i - 1].trail or tokens[i].lead:
        return False
    if number.unit is not None or (counted and _is_measure(counted)) or number.scale is not None:
        return False  # ("On the national level 12 million people")
    if not (number.plain or number.kind in ("words", "range")) or "," in tokens[i].text \
            or number.high > LABEL_MAX:
        return False  # "At the local level 3,000 volunteers"
    if i < 2 or tokens[i - 2].trail:
        return True
    word = tokens[i - 2]
    if word.lower in LABEL_DETERMINERS:
        return False
    if head_span is None or not _is_plural(tokens[head_span[0]]):
        return True
    if tokens[i - 1].lower == "stage" and word.lower in ("on", "off"):
        return False  # "On stage 20 dancers performed"
    # a modifier before the label word, of any kind, back to an opener: "At the qualifying stage 24 riders", "In
    # the Champions League group stage 8 teams", "In the women's category 3 riders" (not "two Category 5 …")
    j, modifiers = i - 2, 0
    while j >= 0 and modifiers < 4 and tokens[j].lower not in LABEL_MODIFIER_OPENERS:
        bare = re.sub(r"['’]s$", "", tokens[j].text)
        if tokens[j].trail or not re.fullmatch(r"[^\W_](?:[\w-]*[^\W_])?", bare) or bare.isdigit() or \
                tokens[j].lower in HEAD_STOPS or tokens[j].lower in NUMBER_LEAD_WORDS:
            return True
        if bare.islower() and bare.endswith(("ed", "ing")) and (j < 1 or tokens[j - 1].lower not in LABEL_MODIFIER_OPENERS):
            return True  # (a verb before it, "The drug entered phase 2 trials"; not "At the qualifying stage")
        modifiers, j = modifiers + 1, j - 1
    return not (modifiers and j >= 0 and tokens[j].lower in LABEL_MODIFIER_OPENERS)


_AGE_LIST_REACH = 12  # items of a list of ages walked back at most


_BARE_AGE_RE = re.compile(r"[1-9]\d?")


def _bare_age_item(tokens: list[_Token], k: int) -> bool:
    """Whether token k is an item of a list of ages written without commas ("aged 5 7 and 9"): one or
    two digits, nothing before or after them."""
    return not tokens[k].lead and not tokens[k].trail and _BARE_AGE_RE.fullmatch(tokens[k].text) is not None


def _later_age_in_a_list(tokens: list[_Token], i: int) -> bool:
    """Whether the number at token i is a later item of a list of ages opened by "aged" or "ages"
    ("aged 18, 20 and 24", "aged 61 and 28", "aged from four to 10", "between the ages of 19 and 44").
    Each earlier item is a number up to 99 set off by a comma, but for one "and", "or" or "to" before
    the last; a second one leaves the list ("aged 18 and 20, and 40 were hurt": 40 counts), as does a
    lone comma before the "and" ("aged 30, and 12 were hurt"); "others" or "more" after the number count
    ("aged 18, 20 and 40 others"), and a list without "and" goes on after it ("aged 3, 5, 7 and 9").
    Scraped pages drop the commas ("aged 5 7 and 9"): items of one or two digits may then follow
    each other bare."""
    if i + 1 < len(tokens) and not tokens[i].trail and tokens[i + 1].lower in ("others", "more"):
        return False
    after = _joined_lower(tokens, i + 1)
    k, joined, items = i, False, 0
    for _ in range(_AGE_LIST_REACH):
        before = _word_before(tokens, k)
        if before in AGE_WORDS or (before in ("between", "from", "of") and _word_before(tokens, k - 1) in AGE_WORDS):
            if joined:
                return not (items == 1 and tokens[i - 2].trail == ",")
            return k == i or tokens[i].trail == "," or after in ("and", "or") or (
                _bare_age_item(tokens, i) and i + 1 < len(tokens) and _bare_age_item(tokens, i + 1))
        if k < 2 or tokens[k].lead:
            return False
        if before in ("and", "or", "to") and k == i:
            joined, k = True, k - 2  # "… 20 and 24", "… 20, and 24"
            if tokens[k].trail not in ("", ","):
                return False
        elif tokens[k - 1].trail == "," and not tokens[k - 1].lead:
            k -= 1  # "18, 20 …"
        elif _bare_age_item(tokens, k - 1) and _bare_age_item(tokens, k):
            k -= 1  # "5 7 and 9", as scraped pages write the list without its commas
        else:
            return False
        if not _is_number_word(tokens[k].lower):
            return False
        items += 1
    return False


COUNTRY_ACRONYMS = frozenset({"US", "U.S", "U.S.", "USA", "UK", "U.K", "U.K.", "UAE", "EU", "DRC"})
_PROPORTION_GROUPS = frozenset({"household"})  # groups of people a proportion is of ("nine of every 10 households")
_PROPORTION_MAX = 100  # the whole of a proportion is at most a hundred ("nine in ten", "one in 100")


def _plain_value(token: _Token) -> float | None:
    """The value of a lone number word or of bare digits ("ten", "100"), else None."""
    if token.text.isdigit():
        return float(token.text)
    value = _word_value(token.lower)
    return None if value is None else float(value)


def _proportion(tokens: list[_Token], part: int) -> bool:
    """Whether the lone number at token `part`, "in" and the lone number after it state a proportion
    ("Nearly nine in ten of those arriving", "one in four children"), which the gold, as for "half",
    writes as no quantity: the part below the whole, the whole at most a hundred and after it nothing, a
    function word, people or a capitalised word ("one in five Americans"); "killed 23 in three days",
    "killed 3 in 5 villages" count in a time or at places."""
    whole = part + 2
    link = _joined_lower(tokens, part + 1)
    if link == "of" and _joined_lower(tokens, part + 2) == "every":
        whole = part + 3  # "three of every ten voters"
    elif link != "in":
        return False
    if whole >= len(tokens) or not _joined(tokens, whole):
        return False
    low, high = _plain_value(tokens[part]), _plain_value(tokens[whole])
    if low is None or high is None or not 0 < low < high <= _PROPORTION_MAX:
        return False
    noun = whole + 1
    while noun < min(len(tokens), whole + 3) and _joined(tokens, noun) and tokens[noun].text.isalpha() \
            and tokens[noun].text.islower() and tokens[noun].lower not in HEAD_STOPS and not _is_plural(tokens[noun]):
        noun += 1  # "one in five registered voters", "two in three young people": adjectives before the people
    after = _joined_lower(tokens, noun)
    if noun == whole + 1 and not after:
        # "Strikes killed 3 in 5, the monitor said": a count at places, its noun left out; only the
        # sentence's end closes a proportion ("one in five.")
        return noun >= len(tokens)
    if noun == whole + 1 and tokens[noun].text[:1].isupper():
        # "one in five Americans", "Two in three Syrian refugees"; not "killed 3 in 5 Daraa villages",
        # "4 in 6 Shiite neighbourhoods": a name before a plural that is no people counts places; a part of
        # one ("1 in 4 Syrian homes", "Bombs hit 1 in 3 Aleppo hospitals") or a country's acronym ("7 in 10
        # UK adults") keeps a proportion
        if low == 1 or tokens[noun].text in COUNTRY_ACRONYMS:
            return True
        place = _joined_lower(tokens, noun + 1)
        return not (place and tokens[noun + 1].text.islower() and _is_plural(tokens[noun + 1])
                    and _PEOPLE_PLURAL_NOUN.fullmatch(place) is None
                    and _singular(place) not in PEOPLE_AND_TOLL_COUNTEDS)
    if noun == whole + 1 and after in HEAD_STOPS:
        return True
    return bool(after) and _is_plural(tokens[noun]) and (_PEOPLE_PLURAL_NOUN.fullmatch(after) is not None
                                                          or _singular(after) in PEOPLE_AND_TOLL_COUNTEDS
                                                          or _singular(after) in _PROPORTION_GROUPS)


_POSSESSIVE_DETERMINERS = OF_DETERMINERS - {"the"}


# After "N times" and a possessive, the words that open a time ("three times their first week") or a
# speaker ("four times our reporter said") rather than what is multiplied.
TIMES_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final", "opening", "next"})
TIMES_SPEAKERS = PERSON_WORDS | {
    "reporter", "correspondent", "spokesman", "spokeswoman", "spokesperson", "president", "commander",
    "official", "minister", "leader", "source", "lawyer", "chief", "director", "envoy", "governor", "mayor",
}


def _times_then_clause(tokens: list[_Token], k: int) -> bool:
    """Whether the possessive at token k after "N times" opens no multiplied noun but a time or a
    speaker: "raided four times our reporter said", "attacked three times their first week", "three times
    their president said" count times; "three times their capacity" is a multiplier."""
    if tokens[k].lower not in _POSSESSIVE_DETERMINERS or not _joined(tokens, k + 1):
        return False
    word = tokens[k + 1].lower
    if word in TIMES_ORDINALS or word in TIME_UNITS or word.rstrip("s") in TIME_UNITS:
        return True  # "three times their first week", "twice its week": only directly after the possessive
    # "four times our reporter said", "three times their president said"; not "five times their salary
    # says the report" nor "three times its size last year", which multiply
    return (word in TIMES_SPEAKERS or word.rstrip("s") in TIMES_SPEAKERS) and _joined(tokens, k + 2) \
        and tokens[k + 2].lower in REPORTING_VERBS


# Verbs that take a count as their object: "killed about 10 in the evening" counts, where "began about
# 10 in the evening" is a clock time.
COUNT_TAKING_VERBS = frozenset({
    "killed", "kills", "killing", "wounded", "wounds", "wounding", "injured", "injures", "injuring",
    "arrested", "arrests", "arresting", "detained", "detains", "detaining", "evacuated", "evacuates",
    "evacuating", "rescued", "rescues", "rescuing", "abducted", "kidnapped", "captured", "freed",
    "released", "displaced", "hospitalised", "hospitalized", "treated", "left", "executed", "shot", "seized",
    "massacred", "beheaded",
})
# Auxiliaries that make the verb after them passive (`_passive_at`): its object is the subject, so "N in the
# evening" after a verb of `COUNT_TAKING_VERBS` is a clock time ("The man was shot around 10 in the evening", "He
# got shot around 10 in the evening"), and "X to Y" after one of `RANGE_BREAKING_VERBS` no object ("The motion
# was approved eight to 10 votes").
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "got", "gets", "get", "getting"})
# Adverbs besides those in -ly that may stand between such an auxiliary and its verb ("were later executed")
_ADVERBS_IN_A_PASSIVE = frozenset({"later", "also", "then"})
# Words in -ly that are no adverb: after one, the verb is active ("Clashes that got deadly killed about 10 in the
# evening", "Police who were early arrested about 10 in the evening")
_LY_NON_ADVERBS = frozenset({"deadly", "early", "ugly", "holy", "family", "elderly", "friendly", "lonely", "lovely",
                             "costly", "bloody", "unruly", "orderly", "disorderly", "rally", "ally", "assembly", "july",
                             "italy", "supply", "reply"})


def _passive_at(tokens: list[_Token], k: int) -> bool:
    """Whether the verb at token k follows an auxiliary of `PASSIVE_AUXILIARIES`, right before it or with up to
    two adverbs between: "was shot", "got shot", "was reportedly shot", "were later executed". Not a verb in
    -ing, a progressive ("Gunmen were reportedly killing about 10 in the evening"), nor after a word in -ly that
    is no adverb (`_LY_NON_ADVERBS`: "Clashes that got deadly killed about 10 in the evening")."""
    if tokens[k].lower.endswith("ing"):
        return False
    j = k
    while j > k - 2 and j > 1 and _word_before(tokens, j) and (
            tokens[j - 1].lower.endswith("ly") and tokens[j - 1].lower not in _LY_NON_ADVERBS
            or tokens[j - 1].lower in _ADVERBS_IN_A_PASSIVE):
        j -= 1
    return _word_before(tokens, j) in PASSIVE_AUXILIARIES


def _count_taking_verb(tokens: list[_Token], k: int) -> bool:
    """Whether the token at k is an active verb of `COUNT_TAKING_VERBS`: "Gunmen shot about 10 in the evening",
    "Gunmen reportedly shot about 10 in the evening", not the passive "The man was shot around 10 in the
    evening", "He was reportedly shot around 10 in the evening", "The prisoners were executed around 6"."""
    return 0 <= k < len(tokens) and tokens[k].lower in COUNT_TAKING_VERBS and not _passive_at(tokens, k)


def _clock_preposition(tokens: list[_Token], i: int) -> bool:
    """Whether the word before a number at token i makes "N in the evening" a clock time: "at 2 in the
    afternoon", "since 5 in the morning", "at about 10 in the evening", "began about 10 in the evening",
    "Around 9 in the morning the jets returned"; not an approximator right after a verb that takes a count
    ("killed about 10 in the evening", "arrested around 10 at night"; but a passive one is no verb that takes
    a count: "The man was shot around 10 in the evening") or a change with "by"/"to" ("rose by
    about 10 in the evening"), nor "by" or "from" after a verb of change ("The toll rose by 12 in the
    evening", "climbed from 9 in the morning to 31"), where the digits are a count."""
    before = _word_before(tokens, i)
    if before in ("about", "around"):
        verb = _word_before(tokens, i - 1)
        if verb in ("by", "to"):
            return _word_before(tokens, i - 2) not in CHANGE_VERBS
        return verb == "" or not _count_taking_verb(tokens, i - 2)
    if before in ("by", "from"):
        return _word_before(tokens, i - 1) not in CHANGE_VERBS
    return True


_HOUR_MINUTES_RE = re.compile(r"(?:[1-9]|1[0-2])\.[0-5]\d")  # ("at 6.45 in the morning")
# Verbs of happening before "at 6.45 in the morning" that make the dotted number a clock time; a level
# verb ("The euro stood at 1.08 in the morning", "The yield was at 4.35") leaves it an amount.
HAPPENING_VERBS = frozenset({
    "struck", "strikes", "happened", "happens", "occurred", "occurs", "began", "begins", "started",
    "starts", "arrived", "arrives", "landed", "lands", "met", "meets", "exploded", "explodes", "erupted",
    "detonated", "died", "sounded", "attacked", "resumed", "departed", "returned", "woke", "fire", "fired",
    "off", "out", "killed", "shot", "raided", "stormed",
})
# words of market copy that make "started at 1.08 in the morning" a price, not an hour
MARKET_WORDS = frozenset({"euro", "dollar", "yen", "sterling", "pound", "rupee", "yuan", "franc", "rouble", "ruble",
                          "lira", "shares", "stocks", "stock", "index", "yield", "yields", "crude", "brent", "gold",
                          "price", "prices", "rate", "rates", "bond", "bonds", "futures", "market", "currency",
                          "session", "trade", "trading", "traded"})


def _at_before(tokens: list[_Token], i: int) -> int:
    """The index of "at" right before the number at token i, or before "about"/"around" there ("at 10.30",
    "at about seven"); -1 without one, or in market copy, where "at" gives a price ("The euro started at 1.08
    in the morning", "in the morning session")."""
    k = i - 1 if _word_before(tokens, i) in ("about", "around") else i
    if _word_before(tokens, k) != "at" or any(token.lower in MARKET_WORDS for token in tokens):
        return -1
    return k - 1


def _happening_at(tokens: list[_Token], i: int) -> bool:
    """Whether the number at token i follows "at" (or "at about") that opens the sentence or follows a
    verb of happening ("struck at 10.30", "At 6.45 in the morning"), never a verb of level."""
    at = _at_before(tokens, i)
    return at == 0 or at > 0 and _word_before(tokens, at) in HAPPENING_VERBS


# Nouns whose "X to Y" names the ends of a rating scale or the terms of a ratio ("On a scale of one to 10", "a
# ratio of 1 to 40"). Neither is a count, as a proportion ("one in five people", `_proportion`) is not, and the
# guidelines leave out what is no quantity: both terms are left out, not read as a range (see
# `_scale_or_ratio_terms`).
RATIO_NOUNS = frozenset({"ratio", "ratios"})
RATING_SCALE_NOUNS = frozenset({"scale"})
# approximators that may stand before the first term of a ratio or a scale ("The ratio is roughly 1 to 40", "a
# ratio of about 1 to 40")
_RATIO_APPROXIMATORS = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "some"})
# words of place or extent after the terms of a ratio or a scale that count nothing, read as the end of the
# sentence is ("The ratio is roughly 1 to 40 nationwide", "a ratio of one to 40 overall")
_TERM_CLOSERS = frozenset({"nationwide", "worldwide", "countrywide", "statewide", "overall", "nationally",
                           "globally"})


def _term_value(token: _Token) -> float | None:
    """The value of one token that can be a term of a scale or ratio ("zero", "one", "40", "1,000"), else None."""
    if token.lower == "zero":
        return 0.0
    if (value := _word_value(token.lower)) is not None:
        return float(value)
    return float(token.text.replace(",", "")) if re.fullmatch(_NUMBER + "|0", token.text) else None


def _scale_or_ratio_terms(tokens: list[_Token], number: _Number, i: int,
                          head_span: tuple[int, int] | None) -> bool:
    """Whether the number at token i is an end of a rating scale or a term of a ratio told "X to Y": "On a
    scale of one to 10", "on a scale from 0 to 100", "a ratio of 1 to 40", "by a ratio of 10 to 1", "The ratio
    of doctors to patients is one to 40". Both terms are left out, whether read as a range or as two numbers.
    A scale only from zero or one: "on a scale of 3,000 to 5,000 fighters" is a size, and stays a range. Terms
    bare only: a percent, money or a counted noun makes them a quantity ("a capital ratio of 10 to 12 percent",
    "a ratio of $2 to $3 per share", "a ratio of 2 to 3 shares", "on a scale of 1 to 2 brigades"). An
    approximator may stand before the first term ("The ratio is roughly 1 to 40"), a word of `_TERM_CLOSERS`
    after the last ("The ratio is roughly 1 to 40 nationwide"). The ends of a scale read as a
    range stay ends before a word that counts nothing ("Ratings on a scale of 1 to 10 averaged 6"); a ratio's
    terms do not ("The ratio is roughly 1 to 40 wounded" reads a range)."""
    if number.kind == "range":
        first, low, end = i, number.low, number.last
    elif number.last == i + 1 and _joined_lower(tokens, i + 1) == "to" and i + 2 < len(tokens) \
            and _joined(tokens, i + 2) and _term_value(tokens[i + 2]) is not None:
        first, low, end = i, number.low, i + 3  # "3" of "3 to 1"
    elif _word_before(tokens, i) == "to" and i >= 2 and _joined(tokens, i - 1) \
            and (low := _term_value(tokens[i - 2])) is not None:
        first, end = i - 2, number.last  # "1" of "3 to 1", "10" of "zero to 10"
    else:
        return False
    if number.unit is not None or _percent_after(tokens, end)[1] is not None:
        return False
    # a word after the terms: a scale's ends read as a range before a word that counts nothing, as a verb ("Ratings
    # on a scale of 1 to 10 averaged 6"); never a ratio's ("The ratio is roughly 1 to 40 wounded")
    word_after = not _no_noun_after(tokens, end) and _joined_lower(tokens, end) not in _TERM_CLOSERS
    if word_after and not (number.kind == "range" and head_span is None):
        return False
    if _word_before(tokens, first) in _RATIO_APPROXIMATORS:
        first -= 1  # "The ratio is roughly 1 to 40", "a ratio of about 1 to 40"
    before = _word_before(tokens, first)
    if before in ("of", "from"):
        noun = _word_before(tokens, first - 1)
        return (noun in RATIO_NOUNS and not word_after) \
            or (noun in RATING_SCALE_NOUNS and low is not None and low <= 1)
    if before in COPULAS and not word_after:
        # "The ratio is one to 40", "The ratio of doctors to patients is one to 40"
        k = first - 1
        while k > max(0, first - 7) and _word_before(tokens, k):
            k -= 1
            if tokens[k].lower in RATIO_NOUNS:
                # the ratio is the copula's subject, alone or with its "of" terms; not a noun in a clause
                # before ("Debt ratios are rising and deficits are 3 to 4", "The ratio worsened because
                # nurses are 10 to 15 per ward")
                return k + 1 == first - 1 or tokens[k + 1].lower == "of"
    return False


# Words before "at" that make "at seven this morning" a level the count stood at, not an hour: a verb of level
# ("The toll stood at seven this morning", "The count was at 9 tonight") or the tally itself ("put the deaths at
# 9 last night"); not "sits"/"sat"/"stays" ("The court sat at 10 this morning", "The curfew will stay at 10
# tonight" tell hours).
# Of them, the verbs that take the count as their object before "at", right there or with the noun between
# ("put the number of missing at nine this morning", "estimated the crowd at 9 this morning"); not "set" nor
# "fixed", which set an hour too ("set the curfew at nine tonight").
LEVEL_SETTING_VERBS = frozenset({"put", "puts", "putting", "placed", "places", "estimated", "estimates", "pegged"})
LEVEL_BEFORE_AT = COPULAS | TOLL_SUBJECTS | LEVEL_SETTING_VERBS | frozenset({
    "be", "been", "being", "stood", "stands", "stand", "standing", "remained", "remains", "remain",
    "set", "sets", "capped", "fixed", "closed",
    "closes", "opened", "opens", "ended", "ends", "finished", "traded", "hovered", "steady", "unchanged", "level",
    "number", "figure", "total", "tally", "count", "injuries", "victims", "cases", "arrests",
    "hovers", "hover", "hovering",
})
# Adverbs that may stand between a word of `LEVEL_BEFORE_AT` and "at" ("The death toll is now at nine this
# morning", "The toll remains officially at nine"); "so far" is two words.
LEVEL_ADVERBS = frozenset({
    "now", "still", "officially", "already", "currently", "unofficially", "reportedly", "again",
})


# the dead and hurt a toll's subject may end in ("The number of dead is now at nine")
_TOLL_ADJECTIVES = frozenset({"injured", "wounded", "missing", "killed", "displaced"})  # ("dead": `TOLL_SUBJECTS`)
# words of `LEVEL_BEFORE_AT` that tell an hour as often as a level ("Polls opened at 7", "Trading closed at")
_HOUR_LEVEL_WORDS = frozenset({"opened", "opens", "closed", "closes", "ended", "ends", "finished"})


# Words of the object between a verb of `LEVEL_SETTING_VERBS` and "at" besides its nouns ("put the number of
# dead at 9"); any other word of `HEAD_STOPS` ends the object ("put the suspect in a cell at nine").
_LEVEL_OBJECT_WORDS = frozenset({"the", "its", "their", "of", "dead"})


def _level_before_at(tokens: list[_Token], at: int) -> bool:
    """Whether "at" at token `at` tells a level the count stood at: a word of `LEVEL_BEFORE_AT` right before it
    ("The toll stood at", "put the deaths at"), or with adverbs of `LEVEL_ADVERBS` between ("The toll is now
    at", "remains officially at", "is so far at"), or a verb of `LEVEL_SETTING_VERBS` with its object between ("put
    the number of missing at", "put the number of militants killed at", "estimated the crowd at")."""
    k = at
    while k > at - 3:
        if _word_before(tokens, k) in LEVEL_ADVERBS:
            k -= 1
        elif _word_before(tokens, k) == "far" and _word_before(tokens, k - 1) == "so":
            k -= 2
        else:
            break
    word = _word_before(tokens, k)
    if k < at and word in COPULAS:
        # (after an adverb, a copula tells a level only after a toll: "The death toll is now at nine this
        # morning", not "The meeting is now at 3 this afternoon")
        return _word_before(tokens, k - 1) in TOLL_SUBJECTS | _TOLL_ADJECTIVES
    if k < at and word in _HOUR_LEVEL_WORDS:
        return False  # ("The airport closed again at 9 this morning", "Polls opened already at 7")
    if word in LEVEL_BEFORE_AT:
        return True
    j = at - 1
    while j > max(0, at - 7) and _word_before(tokens, j + 1) \
            and (tokens[j].lower in _LEVEL_OBJECT_WORDS or tokens[j].lower not in HEAD_STOPS):
        if _word_before(tokens, j) in LEVEL_SETTING_VERBS:
            return True
        j -= 1
    return False


def _day_part_after(tokens: list[_Token], e: int) -> bool:
    """Whether a part of the day starts at token e: "in the morning", "in the evening", "at night"."""
    after = _joined_lower(tokens, e)
    return (after == "in" and _joined_lower(tokens, e + 1) == "the" and _joined_lower(tokens, e + 2) in DAY_PARTS) \
        or (after == "at" and _joined_lower(tokens, e + 1) == "night")


def _this_day_part_after(tokens: list[_Token], e: int) -> bool:
    """Whether a part of this day starts at token e: "this morning", "this afternoon", "this evening",
    "tonight", "last night"."""
    after = _joined_lower(tokens, e)
    return after == "tonight" \
        or (after == "this" and _joined_lower(tokens, e + 1) in ("morning", "afternoon", "evening")) \
        or (after == "last" and _joined_lower(tokens, e + 1) == "night")


# Verbs that take "between X and Y" after them as a count ("Rescuers found between 6 and 9 this morning"),
# beside `COUNT_TAKING_VERBS`; after any other verb, or none, "between 9 and 11 in the morning" tells hours.
SPAN_COUNT_VERBS = frozenset({"found", "finds", "counted", "counts", "recovered", "recovers", "received", "receives",
                              "admitted", "numbered", "numbers", "saw", "buried", "pulled"})


def _verb_taking_a_span(tokens: list[_Token], k: int) -> bool:
    """Whether the word at token k is an active verb that takes "between X and Y" after it as a count: a verb
    of `COUNT_TAKING_VERBS` or `SPAN_COUNT_VERBS` ("Medics counted", "The dead numbered", "Rescuers pulled
    out"); not a passive ("He was shot", "were treated"), nor any other verb ("The fighting intensified
    between 9 and 11 in the morning": hours)."""
    if k > 0 and tokens[k].lower in ("out", "up") and _word_before(tokens, k):
        k -= 1  # ("pulled out between nine and 11")
    return _count_taking_verb(tokens, k) or (
        tokens[k].lower in SPAN_COUNT_VERBS and not _passive_at(tokens, k))


def _noon_clock(tokens: list[_Token], i: int, e: int) -> bool:
    """Whether the number of token i, and the "noon" or "midnight" at token e after it, are a clock time: the
    number is 12 and no plural follows that the word modifies ("at 12 noon outside parliament"; not "12 noon
    prayers", "40 midnight raids")."""
    return e == i + 1 and _term_value(tokens[i]) == 12 and not (
        _joined(tokens, e + 1) and tokens[e + 1].text.islower() and _is_plural(tokens[e + 1]))


def _hour_term(token: _Token) -> bool:
    """Whether one token can be a clock hour: a whole number from one to twelve in digits or words, or hours and
    minutes with a dot ("9", "eleven", "6.30")."""
    value = _term_value(token)
    return (value is not None and 1 <= value <= 12 and value == int(value)) \
        or bool(_HOUR_MINUTES_RE.fullmatch(token.text))


def _span_of_hours(tokens: list[_Token], number: _Number) -> bool:
    """Whether a range "between X and Y" is a span of clock hours before a part of the day, in digits or
    words alike: "between 9 and 11 in the morning", "between nine and eleven in the morning", "between nine
    and 11 at night", "between 6.30 and 8 this evening". Not a count after a verb that takes one or a change
    ("killed between 9 and 11 in the morning", "shot dead between 6 and 9 this morning", "rose by between 9 and
    11 in the evening"; `_verb_taking_a_span`: "Rescuers found between 6 and 9 this morning", "Medics counted
    between 6 and 9 this morning", but not a passive: "He was shot between 9 and 11 at night" is hours), nor a
    level after a copula, a toll or "at" as `_at_hour_of_this_day` has it ("The
    number of dead was between 5 and 8 last night", "The toll stood at between 9 and 11 this morning")."""
    first, e = number.first, number.last
    if number.kind != "range" or tokens[first].lower != "between" or number.unit is not None \
            or number.scale is not None or not 1 <= number.low < number.high <= 12:
        return False
    if not all(_hour_term(tokens[k]) for k in (first + 1, e - 1)):
        return False  # (one word at each end: "between 9 and 11", not "between two and three dozen")
    if not (_day_part_after(tokens, e) or _this_day_part_after(tokens, e)):
        return False
    before = _word_before(tokens, first)
    if before == "at":
        return not _level_before_at(tokens, first - 1)
    return not ((before and _verb_taking_a_span(tokens, first - 1)) or before in CHANGE_VERBS or before in COPULAS
                or before in TOLL_SUBJECTS or before in ("by", "to"))


# Words of a count before "from X to Y" that make it the count's change, whatever the verb ("The death toll went
# from 9 to 11 this morning", "The number of dead moved from 9 to 11")
_FROM_COUNT_WORDS = TOLL_SUBJECTS | frozenset({"number", "count", "tally", "figure", "total"})
# Verbs of meeting, happening, opening, running or waiting, active or a participle after "was"/"is", before "from
# X to Y" that make it a span of clock hours ("They met from 9 to 11 in the morning", "The curfew runs from 9 to 11
# at night", "The session was held from 9 to 11 this morning"); after any other verb "from X to Y" stays a change
# ("Arrests went from 9 to 11 in the morning", "The board raised the limit from 9 to 11 this morning").
_HOURS_SPAN_VERBS = frozenset({
    "met", "meet", "meets", "meeting", "opened", "open", "opens", "closed", "close", "closes", "ran", "runs", "run",
    "running", "lasted", "lasts", "last", "held", "holds", "scheduled", "delayed", "worked", "works", "work",
    "waited", "waits", "operated", "operates", "stayed", "stays", "continued", "continues", "raged", "rages",
})
# Nouns of a measure in force for hours that, as the subject of a copula, make "from X to Y" after it a span of
# clock hours as a verb of `_HOURS_SPAN_VERBS` does ("The curfew was from 9 to 11 at night", as "The curfew runs
# from 9 to 11 at night"); any other subject leaves a copula's "from X to Y" a count ("The toll was from 9 to 11").
_HOURS_SPAN_SUBJECTS = frozenset({"curfew", "curfews", "ban", "closure", "closures", "blackout", "blackouts",
                                  "shutdown", "lockdown"})


def _from_span_of_hours(tokens: list[_Token], number: _Number, i: int) -> bool:
    """Whether the number at token i is one end of "from X to Y" before a part of the day, a span of clock hours
    as `_span_of_hours` has "between X and Y": "They met from 9 to 11 in the morning", "from nine to 11 at night",
    "From 9 to 11 this morning". Both ends are left out. Only with a sign of hours: "From" opens the sentence, or
    a verb of `_HOURS_SPAN_VERBS` stands right before "from" (adverbs skipped: "met again from 9 to 11", "was
    held from 9 to 11") or a copula after a curfew or the like (`_hours_span_copula`: "The curfew was from 9 to
    11 at night"); after any other verb it is a change ("Arrests went from 9 to 11 in the morning", "The board
    raised the limit from 9 to 11 this morning"). Not after a word for a count anywhere before it in the
    sentence (`_FROM_COUNT_WORDS`: "The death toll went from 9 to 11 this morning"), nor a count past twelve
    ("from 9 to 14 in the morning"), nor a percent ("from 9 to 11 percent")."""
    e = number.last
    if e != i + 1 or number.kind not in ("digits", "words") or number.unit is not None \
            or number.scale is not None or not _hour_term(tokens[i]):
        return False
    if _word_before(tokens, i) == "from" and _joined_lower(tokens, e) == "to" and e + 1 < len(tokens) \
            and _joined(tokens, e + 1) and _hour_term(tokens[e + 1]):
        start, end = i - 1, e + 2  # "9" of "from 9 to 11"
    elif _word_before(tokens, i) == "to" and i >= 3 and _joined(tokens, i - 1) and _hour_term(tokens[i - 2]) \
            and _word_before(tokens, i - 2) == "from":
        start, end = i - 3, e  # "11" of "from 9 to 11"
    else:
        return False
    if any(token.lower in _FROM_COUNT_WORDS for token in tokens[:start]):
        return False  # "The death toll went from 9 to 11 this morning": a count's change, not hours
    k = _verb_before_numbers(tokens, start)  # ("They met again from 9 to 11 this morning")
    if not (start == 0 or k >= 0 and tokens[k].lower in _HOURS_SPAN_VERBS or _hours_span_copula(tokens, k)):
        return False  # "Arrests went from 9 to 11 in the morning": a change, not hours
    return _day_part_after(tokens, end) or _this_day_part_after(tokens, end)


def _hours_span_copula(tokens: list[_Token], k: int) -> bool:
    """Whether the word at token k is a copula right after a noun of `_HOURS_SPAN_SUBJECTS`, its subject: "The
    curfew was", "The curfews are" (before "from 9 to 11 at night": hours); not "The toll was"."""
    if not (k > 0 and tokens[k].lower in COPULAS and _word_before(tokens, k) in _HOURS_SPAN_SUBJECTS):
        return False
    # (the curfew is the subject, not the object of a preposition or a verb before its noun phrase: "Arrests
    # for violating the curfew were from 9 to 11 at night", "People who broke the curfew were …" count)
    d = k - 2
    while d >= 0 and k - d <= 6:
        word = tokens[d]
        if word.lower in _SUBJECT_ARTICLES:
            d -= 1  # the phrase opens here: the word before it decides
            break
        if word.lower in _OBJECT_PREPOSITIONS or word.trail or \
                not (word.text.islower() or word.lower.endswith(("'s", "’s"))):
            break
        d -= 1  # a modifier or an owner inside the phrase ("the evening curfew", "Baghdad's new curfew")
    else:
        return d < 0  # (the sentence opens with the phrase: "Curfews are …", "Baghdad's new curfew is …")
    before = tokens[d] if d >= 0 else None
    return before is None or bool(before.trail) or not before.text.islower() or before.lower in _CLAUSE_BEFORE_SUBJECT \
        or _reporting_clause_closes(tokens, d)


def _reporting_clause_closes(tokens: list[_Token], d: int) -> bool:
    """Whether the word at token d closes a reporting clause, so that a clause's subject opens after it (the
    curfew of `_hours_span_copula`): "told reporters", "told a news conference", "told state television", or a
    verb of saying or "told" and its hearers before a time ("said yesterday", "told reporters last week") or a
    medium ("said in a statement", "told reporters at a briefing"). Not any other words before the subject
    ("Officials told reporters arrests for violating the curfew were …": a preposition or an "-ing" verb)."""
    j = d
    if tokens[j].lower in _SAID_WHEN_WORDS:
        j -= 1  # "said yesterday"
    elif j >= 1 and tokens[j - 1].lower == "last" and tokens[j].lower in ("week", "night", "month"):
        j -= 2  # "said last week"
    elif tokens[j].lower in _SAID_IN_MEDIUM_NOUNS:
        # "said in a statement", "told reporters at a news conference" (else hearers: "told a news conference")
        m = j - 1
        while m >= 1 and j - m < 3 and not tokens[m].trail and tokens[m].text.islower() \
                and tokens[m].lower not in _MEDIUM_PREPOSITIONS:
            m -= 1
        if m >= 1 and tokens[m].lower in _MEDIUM_PREPOSITIONS and not tokens[m].trail:
            j = m - 1
    if j < 0 or tokens[j].trail:
        return False
    if j < d and tokens[j].lower in _SAYING_BEFORE_SUBJECT:
        return True  # ("The governor said yesterday the curfew was …")
    h = j  # the hearers of "told": "told reporters", "told a news conference", "told AFP yesterday"
    while h >= 0 and j - h < 3 and tokens[h].lower not in _TOLD_FORMS:
        word = tokens[h]
        if word.trail or not (word.text[:1].isupper() or word.lower in THAT_HEARERS or word.lower in _HEARER_WORDS):
            return False
        h -= 1
    return h >= 0 and h < j and tokens[h].lower in _TOLD_FORMS


# what opens a curfew's noun phrase (`_hours_span_copula`), the prepositions that make it an object, and the
# words after which a clause's subject begins ("Police said the curfew was …", "and the curfew is …")
_SUBJECT_ARTICLES = frozenset({"the", "a", "this", "its", "their", "each", "both"})
_OBJECT_PREPOSITIONS = frozenset({"for", "under", "of", "against", "during", "after", "before", "despite", "with",
                                  "without", "by", "to", "from", "on", "over", "about", "since", "in", "amid", "until",
                                  "at", "within", "throughout", "like", "among", "into"})
_SAYING_BEFORE_SUBJECT = frozenset({"said", "says", "say", "added", "announced"})
_CLAUSE_BEFORE_SUBJECT = _SAYING_BEFORE_SUBJECT | {"and", "but", "that", "while"}
# a reporting clause's last words before a curfew as its subject (`_reporting_clause_closes`): a time after the verb
# ("said yesterday"), the medium's noun after "in", "at" or "during" ("said in a statement"), and hearers of "told"
# besides `THAT_HEARERS` and capitalised names ("told a news conference", "told state television"); then the
# prepositions before the medium and the forms of "told" before the hearers
_SAID_WHEN_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})
_SAID_IN_MEDIUM_NOUNS = frozenset({"statement", "interview", "conference", "briefing", "speech", "address",
                                   "broadcast"})
_HEARER_WORDS = frozenset({"a", "an", "news", "press", "conference", "briefing", "state", "television", "radio",
                           "residents", "lawmakers", "parliament", "legislators", "supporters"})
_MEDIUM_PREPOSITIONS = frozenset({"in", "at", "during"})
_TOLD_FORMS = frozenset({"told", "tells", "tell"})


def _at_hour_of_this_day(tokens: list[_Token], number: _Number, i: int) -> bool:
    """Whether the number at token i is an hour after "at" (or "at about") before a part of this day:
    "The strike came at seven this morning", "at 6.45 this morning", "at 10 tonight", "At nine last night";
    a whole hour from one to twelve or hours and minutes with a dot. Not a count without "at" ("Gunmen
    killed seven this morning"), a level ("The toll stood at seven this morning", "Officials put the number
    of missing at nine this morning", `_level_before_at`), nor a price in market copy ("The yield was at 4.35
    this morning")."""
    e = number.last
    if e != i + 1 or number.scale is not None or number.unit is not None:
        return False
    if number.kind == "digits" and _HOUR_MINUTES_RE.fullmatch(tokens[i].text):
        pass  # ("at 6.45 this morning")
    elif not (number.kind == "words" or (number.kind == "digits" and number.plain)) \
            or not (1 <= number.value <= 12 and number.value == int(number.value)):
        return False
    if not _this_day_part_after(tokens, e):
        return False
    at = _at_before(tokens, i)
    if at < 0:
        return False
    if _word_before(tokens, at) in _HOUR_LEVEL_WORDS | {"set", "fixed"}:
        return True  # out of market copy an hour: "Polls closed at eight tonight", "The curfew was set at nine tonight"
    return not _level_before_at(tokens, at)


# The numbers of the groups of states named "Group of N" ("Group of Seven", "Group of 20", "Group of 77"), and the
# nouns that may follow such a name as its members or its meeting ("Group of Seven leaders", "the Group of 20
# summit", "The Group of Seven industrialised nations"): another counted noun makes "Group of 20" a group counted
# ("Group of 20 protesters gathered outside", "a Group of 20 armed men").
_GROUP_NAME_NUMBERS = frozenset({7, 8, 15, 20, 24, 77})
_GROUP_NAME_NOUNS = frozenset({
    "leader", "nation", "country", "economy", "state", "power", "member", "minister", "government", "summit",
    "meeting", "talk", "communique", "communiqué", "partner", "democracy", "bank", "governor", "deputy",
})


# words opening a sentence before "Group of N" that are no group's own name ("In Group of 20 talks, …")
_GROUP_NAME_OPENERS = frozenset({"in", "at", "on", "for", "from", "by", "during", "after", "before", "since", "ahead",
                                 "as", "with", "without", "until"})


def _group_name_at(tokens: list[_Token], number: _Number, i: int, head_span: tuple[int, int] | None) -> bool:
    """Whether the number at token i names a group of states, "Group of N" with a capital "Group", a lower-case
    "of" and one of `_GROUP_NAME_NUMBERS` in plain digits or one word: "the Group of 20 summit", "Group of Seven
    leaders met in Italy", "The Group of 20 said". Not after another capitalised word, a name of its own ("The
    Lima Group of 12 countries"), nor a hyphenated range ("Group of 20-30 rebels surrender"), nor before a counted
    noun that is no member or meeting of such a group ("Group of 20 protesters gathered outside", "a Group of 20
    armed men stormed the building")."""
    if number.last != i + 1 or number.kind not in ("digits", "words") or number.value not in _GROUP_NAME_NUMBERS \
            or not (tokens[i].text.isdigit() or tokens[i].text.isalpha()):
        return False
    if not (i >= 2 and tokens[i - 2].text == "Group" and tokens[i - 1].text == "of" and _word_before(tokens, i)
            and _word_before(tokens, i - 1)):
        return False
    if i >= 3 and _word_before(tokens, i - 2) and tokens[i - 3].text[:1].isupper() \
            and tokens[i - 3].lower not in ("the", "a") and tokens[i - 3].lower not in _GROUP_NAME_OPENERS:
        return False  # "The Lima Group of 20 countries", "the Contact Group of 8": another group's name
    return head_span is None or _singular(tokens[head_span[1] - 1].lower) in _GROUP_NAME_NOUNS


def _not_a_quantity(tokens: list[_Token], number: _Number,
                    head_span: tuple[int, int] | None) -> bool:
    """True for years, dates, clock times, durations, ages, fractions and numbers in names."""
    i, e = number.first, number.last
    if number.kind == "years":
        return True
    if e - i == len(tokens) and number.plain:
        return True  # a sentence that is only a number: a page counter ("212")
    if tokens[i].lower == "between":
        i += 1
    before = _word_before(tokens, i)
    before2 = _word_before(tokens, i - 1) if before else ""
    # Names hold their number across a dot or a bracket: "No. 1", "Slideshow (2 Images)".
    before_any = tokens[i - 1].lower if i > 0 else ""
    head = tokens[head_span[0]].text if head_span else None
    after_head = _joined_lower(tokens, head_span[1]) if head_span else ""
    after = _joined_lower(tokens, e)
    digits = number.kind in ("digits", "range") and tokens[i].lower[:1].isdigit()
    if digits and (
        (before in MONTHS and tokens[i - 1].text[:1].isupper())
        or (after in MONTHS and tokens[e].text[:1].isupper())
        or (after == "of" and _joined_lower(tokens, e + 1) in MONTHS)
    ):
        return True  # "April 5", "05 Apr 2017", "on 12 March", "between 21 and 26 of September"
    if digits and after in ERA_WORDS:
        return True  # "1750 BC"
    if digits and number.plain and tokens[i].text in EMERGENCY_NUMBERS and (
            (e == i + 1 and _emergency_number_at(tokens, i))
            or (head is None and before in EMERGENCY_CALLING_BEFORE)):
        return True  # "multiple 911 calls", "a 911 call", "by calling 911": the emergency number
    if after in CLOCK_WORDS or (after == "local" and _joined_lower(tokens, e + 1) == "time") \
            or (after in NOON_WORDS and _noon_clock(tokens, i, e)):
        return True  # "at 10 am", "1400 GMT", "at 12 noon"
    if before == "to" and i >= 4 and e == i + 1 and _hour_term(tokens[i]) and _joined(tokens, i - 1) \
            and _joined(tokens, i - 2) and _hour_term(tokens[i - 3]) and _word_before(tokens, i - 3) == "from" \
            and (tokens[i - 2].lower in CLOCK_WORDS or (tokens[i - 2].lower in NOON_WORDS
                                                         and _noon_clock(tokens, i - 3, i - 2))) \
            and (not after or after in HEAD_STOPS):
        # "from 12 noon to 3", "from 6 am to 2 on Sundays": the other end of a span of clock hours; not
        # "from 6 am to 2 degrees above freezing"
        return True
    if e == i + 1 and (_proportion(tokens, i) or (before == "in" and i >= 2 and _proportion(tokens, i - 2))
                       or (before == "every" and before2 == "of" and i >= 3 and _proportion(tokens, i - 3))):
        return True  # "nine in ten of those arriving", "one in four children": a proportion
    if digits and number.plain and e == i + 1 and _aircraft_model_at(tokens, i):
        return True  # "its 737 MAX jets", "a Boeing 787 Dreamliner": the aircraft's model, a name
    if digits and number.plain and e == i + 1 and _bare_aircraft_model(tokens, i):
        return True  # "The 737 crashed shortly after take-off": the model without its maker
    if digits and number.plain and head is not None and _model_number(tokens, i):
        return True  # "14 Leopard 2 tanks": the model's number, not a count of tanks
    if (before_any in NAME_WORDS and tokens[i - 1].trail[:1] not in (",", ";", ":")
            and (tokens[i - 1].text[:1] in "#Nn" or head_span is None or tokens[i - 1].text[:1].isupper())) \
            or (i > 1 and tokens[i - 2].lower == "url"):
        return True  # "Resolution 2254", "No. 1", "Get short URL 0 154"; not "the camp 12 people"
    if _group_name_at(tokens, number, i, head_span):
        return True  # "the Group of 20 summit", "Group of Seven leaders": a name, as "G20" is; not "a group of 20"
    if before == "updated" and tokens[i].text.isdigit() and len(tokens[i].text) == 4:
        return True  # "(updated 1549 28.05.2017)": a clock time
    if after in PAGE_CHROME_AFTER and tokens[e].text[:1].isupper():
        return True  # "... 110 Related Syrian Army Destroys ..."
    if before in AGE_WORDS or (before in ("of", "under", "over", "below", "above", "between", "from")
                               and before2 in AGE_WORDS):
        return True  # "aged 12", "the age of 7", "aged under 10", "at ages below 8", "aged between 19 and 52"
    if before == "under" and digits and number.plain and number.value <= 23 and after in AGE_GROUP_AFTER:
        return True  # "England's under 21 team", "Spain's under 19 squad": an age group, a name
    if before == "under" and digits and number.plain and number.value <= 23 and after in AGE_GROUP_PLAYERS \
            and (before2 in AGE_GROUP_DETERMINERS or before2.endswith(("'s", "’s", "s'", "s’"))):
        return True  # "England's under 21 players", "The under 21 players": a team's name; not "Under 21 players"
    if before in ("under", "over", "below", "above") and before2 in AGE_BOUND_BEFORE \
            and (head is None or _singular(head) in ("year", "age")) \
            and not (before2 in COPULAS and _word_before(tokens, i - 2) in TOLL_SUBJECTS):
        # "children under five", "children under 5 years", "12 were under five years old", "women under
        # 40", "anyone under 16"
        return True
    if number.kind == "words" and number.scale is None and after in FRACTION_WORDS:
        return True  # "one third", "two thirds"
    counted = _singular(head) if head else None
    if _label_number(tokens, number, i, counted, head_span):
        return True
    if counted in TIME_UNITS or (after in TIME_UNITS and number.unit is None):
        # "24 hours", "for two days", "a four year conflict"; not "0.3% year on year"
        return True
    if counted == "time" and (after_head in COMPARATIVES
                              or (after_head in MULTIPLIED_AFTER and not _times_then_clause(tokens, head_span[1]))
                              or (after_head == "that" and _joined_lower(tokens, head_span[1] + 1) == "of")
                              or (len(after_head) > 4 and after_head.endswith("er"))):
        # "three times bigger", "three times the number", "three times their capacity", "four times what
        # it was", "five times that of 2019": a multiplier
        return True
    if (number.value == 1 and after == "in" and _word_value(_joined_lower(tokens, e + 1)) is not None) \
            or (before == "in" and before2 == "one"):
        return True  # "one in five people": a ratio
    if (digits and number.plain and head is None and i > 0 and number.value <= 120
            and tokens[i - 1].trail == ","
            and (tokens[i].trail[:1] == ","
                 or (tokens[i].trail[:1] == ";" and i > 1 and tokens[i - 2].text[:1].isupper() and not tokens[i - 2].trail)
                 or (tokens[i].trail[:1] == "." and any(t.lower in REPORTING_VERBS for t in tokens[max(0, i - 4):i - 1])))
            and not tokens[i - 1].lower in MONTHS and not tokens[i - 1].lower in WEEKDAYS
            and (any(c.isupper() for c in tokens[i - 1].text) or tokens[i - 1].lower in PERSON_WORDS)
            and (i > 1 or tokens[i].trail == ",")
            and not (i > 1 and tokens[i - 2].lower in PLACE_PREPOSITIONS)):
        # "Murad Khalaf, 52, a farmer", '…," Mahmoud, 41, a worker', "Yasser, 45, who",
        # "Umm Khalil al-Najjar, 41, told", "said Celso Matavele, 24.": an age after a name
        return True
    if (digits and number.plain and head is None and number.value <= 31 and i > 0
            and tokens[i].lead == "(" and tokens[i].trail[:1] == ")" and tokens[i - 1].lower in WEEKDAYS):
        return True  # "on Saturday (17)": a date
    if (digits and number.plain and head is None and number.value <= 120 and i > 1
            and tokens[i].lead == "(" and tokens[i].trail[:1] == ")" and not tokens[i - 1].trail
            and tokens[i - 1].text[:1].isupper()
            and ((tokens[i - 2].text[:1].isupper() and not tokens[i - 2].trail)
                 or re.fullmatch(r"[A-Z]\.?", tokens[i - 2].text + tokens[i - 2].trail[:1])
                 or (tokens[i - 2].text.islower() and not tokens[i - 2].trail
                     and tokens[i - 2].lower not in PLACE_PREPOSITIONS))):
        # "Sunita Devi (52), who", "K. Muthulingam (52)", "her daughter-in-law Seetha (34)": an age in
        # brackets after a name; not "Deaths by province: Aleppo (12), Idlib (5) and Hama (3)"
        return True
    if head is None and _later_age_in_a_list(tokens, i):
        # "aged 61 and 28", "aged six and nine", "aged from four to 10", "aged 18, 20 and 24", "between
        # the ages of 19 and 44"
        return True
    if digits and number.plain and head is None and number.value <= 120 and before in ("is", "was") \
            and (before2 in ("he", "she") or (before2 in KIN_WORDS and i > 2
                                             and tokens[i - 3].lower in ("my", "his", "her", "their", "our", "your"))) \
            and (e == len(tokens) or tokens[e - 1].trail or after == "and"):
        return True  # "My mother is 78.", "My mother is 84 and she is bedridden"
    if before in ("and", "or") and head is None and i > 2 and tokens[i - 2].text.isdigit() \
            and tokens[i - 3].lower in NAME_WORDS and not tokens[i - 3].trail:
        return True  # "metro lines 2 and 6", "pavilions 5 and 8": the second label too
    if digits and number.plain and _YEAR_RE.fullmatch(tokens[i].text) and head is not None \
            and tokens[head_span[0]].lower in YEAR_EVENTS and head_span[0] == e \
            and (before == "the" or tokens[i - 1].text.endswith(("'s", "’s"))
                 or (before2 == "the" and before.isalpha() and before not in NUMBER_LEAD_WORDS)):
        return True  # "the 2018 floods", "after the 2021 abductions": a year naming an event
    if (number.kind == "words" or (number.kind == "digits" and number.plain)) and _clock_preposition(tokens, i) \
            and 1 <= number.value <= 12 and before in TIME_PREPOSITIONS and _day_part_after(tokens, e):
        # "at four in the morning", "from six in the morning", "at 2 in the morning": a clock time; not
        # "killed about ten in the evening", "rose by twelve in the evening" (words read as digits are)
        return True
    if number.kind == "digits" and e == i + 1 and _HOUR_MINUTES_RE.fullmatch(tokens[i].text) \
            and _day_part_after(tokens, e) and _happening_at(tokens, i):
        # "The quake struck at 10.30 in the evening", "At 6.45 in the morning, the shells landed": hours
        # and minutes, as "6:45" is; not a level ("The euro stood at 1.08 in the morning")
        return True
    if _scale_or_ratio_terms(tokens, number, i, head_span):
        return True  # "On a scale of one to 10", "a ratio of 1 to 40": the ends of a scale, a ratio's terms
    if _span_of_hours(tokens, number):
        return True  # "between 9 and 11 in the morning", "between nine and eleven at night": hours, no count
    if _from_span_of_hours(tokens, number, i):
        return True  # "They met from 9 to 11 in the morning": hours, as "between 9 and 11 in the morning" are
    if _at_hour_of_this_day(tokens, number, i):
        return True  # "The strike came at seven this morning", "at 6.45 this morning", "at 10 tonight": an hour
    if number.plain and number.kind == "digits" and _YEAR_RE.fullmatch(tokens[i].text):
        # A year unless a counted noun follows at once or after an approximator: "2000 people",
        # "some 2000 Syrian refugees"; but "in 2015", "October 2 2013 World powers", "1750 BC".
        if (head is None or before in YEAR_CUES or (before.isdigit() and len(before) <= 2)
                or (before not in NUMBER_LEAD_WORDS and head_span[0] != e)):
            return True
    if digits and number.plain and head is None and before in ("by", "until", "till", "before") \
            and re.fullmatch(r"21\d\d", tokens[i].text) \
            and (not _changes_before(tokens, i) or _forecast_before(tokens, i)):
        # "net zero by 2100", "until 2150", "Sea levels could rise by 2100": a year of the next
        # century; "The death toll rose by 2100" a change
        return True
    casualty = head is None and after in CASUALTY_AFTER and before not in PRONOUN_ONE_BEFORE
    if number.kind == "words" and number.value == 1 and not casualty:
        if (head is None or (before in PRONOUN_ONE_BEFORE and not (before == "that" and _that_opens_clause(tokens, i)))
                or counted in ONE_IDIOMS
                or after_head in REPORTING_VERBS
                or (_opens_clause(tokens, i) and _speaks_after_aside(tokens, head_span[1]))
                or (before in ("said", "says", "told", "added") and _ends_sentence_after(tokens, head_span[1]))
                or (before in ONE_NARRATIVE_PREPOSITIONS and (
                    i == 1 or tokens[i - 1].lead or tokens[i - 2].trail.strip() in (",", ";", ":")))
                or (after_head in ("to", "after") and _joined_lower(tokens, head_span[1] + 1) == "another")):
            # "one of", "no one", "at one point", "One resident said", "said one resident",
            # "one resident, who asked not to be named, said", "one resident was quoted as saying";
            # a determiner, no count: "In one attack on 9 March, soldiers killed 12 villagers", "On
            # one occasion", "from one house to another", "one burst after another"
            return True
    if number.kind == "several" and not casualty and (
        (head is None and (after != "of" or tokens[i].lower == "a")) or (before == "of" and before2 == "one")
    ):
        return True  # "one of several (jihadist groups)", "A few of us"; but "several of the wounded"
    if (digits and head is None and number.unit is None and before
            and tokens[i - 1].text[:1].isupper() and before not in WEEKDAYS
            and before not in HEAD_STOPS and before not in NUMBER_LEAD_WORDS
            and not before.endswith(("s", "ed"))):
        # "Rossiya 24", "Channel 4"; but headline verbs and plurals are no names: "Monitors 15
        # killed", "Bombing Claims 5", "Updated 31 in Syria regime strikes"
        return True
    return False


# A sentence without a digit or any number word cannot hold a quantity; built from the tables
# above so that it never disagrees with them.
# Whether a sentence may hold a number: a digit, else a number word. Two searches (`re` skips
# straight to a digit; the words as a trie, one branch per character instead of fifty words tried
# at every position) take a third of the time of one `\d|\b(?:one|two|…)\b`, with the same answer.
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"\b(?:" + literal_alternation({*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, *VAGUE_PLURALS,
                                                          *VAGUE_MULTIPLIERS, "dozen", "half"}, ignore_case=True)
                          + r")\b", re.IGNORECASE)


# Words after a number that make it a temperature ("minus 24 degrees", "minus 5 Celsius").
TEMPERATURE_WORDS = frozenset({"degree", "degrees", "celsius", "fahrenheit", "centigrade"})


def _temperature_after(tokens: list[_Token], number: _Number) -> bool:
    """Whether the number is a temperature: a degree sign glued to it ("-10C", "6°C"), or a degree
    word or sign after it ("minus 24 degrees", "minus 3 °C"); "minus $2 million", "500 minus 20
    returns" are none."""
    if number.unit == "degree":
        return True
    k = number.last
    if _joined(tokens, k) and (tokens[k].lower in TEMPERATURE_WORDS or tokens[k].text in TEMPERATURE_SIGNS
                               or tokens[k].text in ("F", "C")):
        return True  # "minus 24 degrees", "minus 40 F"
    # "Temperatures fell to minus 10", "The wind chill was minus 30": a temperature named before
    return any(t.lower in TEMPERATURE_BEFORE for t in tokens[:number.first])


# Words before "minus N" in its sentence that make it a temperature ("Overnight lows fell to minus 10").
TEMPERATURE_BEFORE = frozenset({"temperature", "temperatures", "lows", "highs", "chill", "mercury",
                                "thermometer", "thermometers", "frost", "degrees"})


_PHONE_GROUP_RE = re.compile(r"\+?\d+")
_SPACED_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?: \d{3})+")


_PHONE_MAX_GROUPS = 6  # a longer run of digit groups is no telephone number (and is scanned no further)


def _telephone_end(tokens: list[_Token], i: int) -> int:
    """The token after a telephone number starting at token i, or 0: three to six groups of digits
    with nothing between them and seven digits or more, or two with nine or more ("08600 10111");
    after "+" any such run ("+44 20 7946 0958"), else one with no year among them, not written as
    thousands split by spaces ("300 000", "1 200 000"), with a group that opens with 0 ("0800 123
    456", "042 938 8400") or all groups long ("1800 666 111").
    Two groups are no telephone number ("At 0600 300 troops", "+3 12 points"), nor a date ("Posted
    01 02 2017 12 civilians"). A run is scanned over at most `_PHONE_MAX_GROUPS` + 1 tokens, so a
    text of many digit groups is read in linear time."""
    if not _PHONE_GROUP_RE.fullmatch(tokens[i].text):
        return 0
    j, stop = i + 1, min(len(tokens), i + _PHONE_MAX_GROUPS + 1)
    while j < stop and _joined(tokens, j) and tokens[j].text.isdigit():
        j += 1
    if not 2 <= j - i <= _PHONE_MAX_GROUPS:
        return 0
    groups = [t.text for t in tokens[i:j]]
    digits = sum(len(g) for g in groups) - (groups[0][0] == "+")
    if digits < 7 or (len(groups) == 2 and digits < 9):
        return 0  # two groups only as long as a whole number ("08600 10111"; not "At 0600 300 troops")
    if groups[0][0] == "+":
        return j
    if _SPACED_THOUSANDS_RE.fullmatch(" ".join(groups)) or any(_YEAR_RE.fullmatch(g) for g in groups):
        return 0
    if any(len(g) > 1 and g[0] == "0" for g in groups):
        return j
    # groups of three digits or more ("1800 666 111"; not "October 3 2016 21 Syrian fighters",
    # "Get short URL 0 85 12 Daesh terrorists")
    return j if all(len(g) >= 3 for g in groups) else 0


def _may_hold_a_number(text: str) -> bool:
    return _ANY_DIGIT.search(text) is not None or _NUMBER_WORD.search(text) is not None


def find_number_spans(text: str, *, compounds: frozenset | None = None) -> tuple[NumberSpan, ...]:
    """Find the quantities in one sentence, with offsets into `text`.

    Example:
        >>> [(s.text, s.value, s.head) for s in find_number_spans("It killed 14 men in 2015.")]
        [('14', 14.0, 'men')]

    compounds: (modifier, noun) pairs counted whole ("crew", "member"); None reads
        `rules/compounds.jsonl` once.
    """
    if not _may_hold_a_number(text):
        return ()  # most sentences hold no digit and no number word: skip the tokenizer
    if compounds is None:
        compounds = _shipped_compounds()
    tokens = _tokens(text)
    spans: list[NumberSpan] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].lower
        if word.isalpha() and word not in _MAY_START:
            i += 1  # a plain word no number starts with (`_parse_at` would say so, a call later)
            continue
        if (word[:1].isdigit() or word[:1] == "+") and (telephone := _telephone_end(tokens, i)):
            i = telephone  # "0800 123 456", "+44 20 7946 0958"
            continue
        number = _parse_at(tokens, i)
        if number is None:
            i += 1
            continue
        number = _extend_range(tokens, number)
        if number.first > 0 and number.value is not None and number.low == number.high \
                and tokens[number.first - 1].lower == "minus" and _joined(tokens, number.first) \
                and _temperature_after(tokens, number) and _word_before(tokens, number.first - 1) != "or":
            # "dropped to minus 24 degrees", "minus two degrees": below zero
            number.first -= 1
            number.value = number.low = number.high = -number.value
        end = number.last
        unit = number.unit
        if unit is None:
            width, unit = _percent_after(tokens, end)
            end += width
        if unit is None:
            width, unit = _measure_after(tokens, end)
            end += width
        if unit is None and (currency := _invariant_currency_after(tokens, end, number)):
            unit = currency
            end += 1
        if unit is None and number.first > 0 and _joined(tokens, number.first) \
                and tokens[number.first - 1].lower in CURRENCY_CODES:
            unit = CURRENCY_CODES[tokens[number.first - 1].lower]
        elif unit is None and number.first > 0 and tokens[number.first - 1].text in CASED_CURRENCY_CODES and (
                _joined(tokens, number.first) or tokens[number.first - 1].text == "Rs"
                and tokens[number.first - 1].trail == "." and not tokens[number.first].lead):
            # ("Rs. 1 million": the rupee's abbreviation keeps its stop)
            unit = CASED_CURRENCY_CODES[tokens[number.first - 1].text]
        number.unit = unit
        head_span = None
        if number.strong:
            # "the 90,000-strong Serb community": the people a demonym names, else no noun is counted
            # ("a 300-strong crowd" is no count of crowds)
            if _joined(tokens, end) and tokens[end].text[:1].isupper() and _singular(tokens[end].lower) in DEMONYMS:
                head_span = (end, end + 1)
        elif unit is None:
            singular = number.value == 1 and number.kind in ("words", "digits")
            head_span = _rate_after(tokens, _find_head(tokens, end, singular=singular, compounds=compounds))
            if head_span is None and number.level is not None:
                # "Output rose 4,000 to 52,000 barrels": the change counts the noun of the level it reached
                head_span = _rate_after(tokens, _find_head(tokens, number.level, singular=False, compounds=compounds))
                if head_span is not None and _joined_lower(tokens, head_span[1]) in REPORTING_VERBS:
                    # "The death toll rose by 12 to 45 activists said": the noun is the subject of a
                    # reporting verb, not what the change counts
                    head_span = None
            if head_span is None and not singular:
                head_span = _copula_head(tokens, end)
        if not _not_a_quantity(tokens, number, head_span):
            spans.append(_span(text, tokens, number, _head_words(tokens, head_span, compounds), unit))
        i = max(end, i + 1)
    return tuple(spans)


def _span(text: str, tokens: list[_Token], number: _Number, head: str | None,
          unit: str | None) -> NumberSpan:
    first = number.first
    if number.kind == "range" and tokens[first].lower == "between":
        first += 1  # "between 10 and 15": the text is the numbers, as the gold writes it ("10 and 15")
    start, end = tokens[first].start, tokens[number.last - 1].end - number.trim
    if unit == "percent" and tokens[number.last - 1].text.endswith("%"):
        end -= 1  # "48%" → "48"
    if number.kind == "range":
        rule = "number.range"
    elif unit in ("percent", "percentage point"):
        rule = "number.percent"
    elif unit in CURRENCY_SIGNS.values():
        rule = "number.money"
    elif number.kind in ("vague", "several"):
        rule = "number.vague"
    else:
        rule = f"number.{number.kind}"
    return NumberSpan(
        start=start, end=end, text=text[start:end], value=_tidy(number.value),
        low=_tidy(number.low), high=_tidy(number.high), head=head, unit=unit, rule=rule,
    )


def _tidy(value: float | None) -> float | None:
    """Every value as a float, as `NumberMention` declares (53.0 == 53 for the gold's ints), without the
    binary fraction's error a scale word leaves ("$4.1 billion" is 4100000000, not 4099999999.9999995):
    fifteen significant digits, as many as a float keeps exact ("$34,001,493,655,565" stays whole)."""
    return None if value is None else float(f"{value:.15g}")


# ---------------------------------------------------------------------------------------------
# Building half


# Plurals in -aches of nouns in -ache ("headaches": headache; "beaches", "approaches" lose -es)
_ACHE_PLURALS = ("headaches", "stomachaches", "backaches", "toothaches", "earaches", "heartaches", "bellyaches")


def _singular(word: str) -> str | None:
    """The singular of a counted noun ("children" → "child", "casualties" → "casualty")."""
    lower = word.lower()
    if lower == "others":
        return None
    if lower in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[lower]
    if lower in INVARIANT_HEADS:
        return lower
    if lower.endswith("men") and len(lower) > 3 and lower.isalpha():
        return lower[:-3] + "man"  # gunmen, policemen, women
    if lower.endswith("children"):
        return lower[:-3]  # grandchildren, schoolchildren
    if lower.endswith("es") and lower[:-2] + "is" in IS_SINGULARS:
        return lower[:-2] + "is"  # crises, analyses, axes
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-1] if lower[:-1] in IE_SINGULARS else lower[:-3] + "y"
    if lower.endswith("oes"):
        if lower[:-2].endswith(O_SINGULARS) or not lower[:-1].endswith(OE_SINGULARS):
            return lower[:-2]  # volcanoes, tomatoes, superheroes, mangoes
        return lower[:-1]  # shoes, backhoes, gumshoes, tiptoes, canoes
    if lower.endswith("uses") and lower[:-2] in US_SINGULARS:
        return lower[:-2]  # buses, viruses
    if lower.endswith(_ACHE_PLURALS):
        return lower[:-1]  # headaches, stomachaches (not "beaches", "approaches")
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def _counted(head: str | None) -> str | None:
    if head is None:
        return None
    if " per " in head:  # "kilometres per hour"
        unit, rate = head.split(" per ", 1)
        return f"{_counted(unit)} per {rate.lower()}"
    if head.lower().endswith(" an hour"):
        return f"{_counted(head.rsplit(' ', 2)[0])} per hour"
    *prefix, noun = head.split()
    if not prefix and noun in PEOPLE_ADJECTIVES:
        return "person"  # "of the wounded" (only that reading returns these words as a head)
    singular = _singular(noun)
    if singular is None:
        return None
    if _MODEL_PLURAL_RE.fullmatch(noun):
        return noun[:-1]  # "F-16s" → "F-16"
    if noun[:1].isupper():
        if _ACRONYM_PLURAL_RE.fullmatch(noun):
            singular = noun[:-1]  # "IEDs" → "IED"
        elif singular in DEMONYMS:
            singular = singular.capitalize()
    words = [UNIT_PREFIXES.get(p.lower(), p.lower()) for p in prefix]
    return " ".join([*words, singular])


def build_mentions(text: str, spans: Sequence[NumberSpan], *, offset: int = 0,
                   qualifiers: Sequence[Qualifier] = ()) -> tuple[NumberMention, ...]:
    """Turn spans found in sentence `text` into `NumberMention`s with document offsets.

    Example:
        >>> q = (Qualifier("qual.over", "over", "lower"),)
        >>> text = "over 1,000 tons"
        >>> m = build_mentions(text, find_number_spans(text), offset=10, qualifiers=q)
        >>> (m[0].start, m[0].value, m[0].qualifier, m[0].counted)
        (15, 1000.0, 'over', 'ton')

    Attaches the qualifier phrase that ends right before each number and the counted noun in
    the singular; `offset` is where `text` starts in its document.
    """
    pattern, reach = _qualifiers_pattern_of(qualifiers)
    mentions = []
    measures = []  # whether each mention so far measures (a unit, a magnitude) rather than counts
    number_of = None  # the sentence's "the number of X" phrases, found once (a sentence can hold thousands of numbers)
    qualifier_starts = []  # where each mention's qualifier starts in `text`, or None
    for span in spans:
        qualifier = None
        # "some between 229 and 425": the qualifier stands before "between"
        before = range_opening(text, span.start, span.end, span.rule)
        if pattern is not None and (
            (m := pattern.search(text, max(0, before - reach), before))
            or ((word := _MAGNITUDE_WORD_BEFORE.search(text, max(0, before - 16), before))
                and (m := pattern.search(text, max(0, word.start() - reach), word.start())))
        ):
            # ("aftershocks above magnitude 4.5": the qualifier stands before "magnitude")
            qualifier = _normalise_phrase(m["phrase"])
            if qualifier == "over" and _HANDED_BEFORE_OVER.search(text, max(0, m.start("phrase") - 16),
                                                                  m.start("phrase")):
                qualifier = None  # "The rebels handed over 23 hostages": the verb's particle, no bound
        qualifier_starts.append(m.start("phrase") if qualifier else None)
        lead = qualifier_starts[-1] if qualifier else before  # where the figure and its qualifier begin
        counted = span.unit or _counted(span.head)
        if counted and not span.unit and _MAGNITUDE_OF_A_QUAKE_AFTER.match(text, span.end):
            counted = None  # "5.4 magnitude quake shakes Malatya": the magnitude, not "shakes"
        if counted is None and mentions and _OTHERS.match(text, span.end) \
                and (kind := _others_kind(mentions, measures, alone=bool(_OTHERS_ALONE.match(text, span.end)))):
            # "53 civilians … and 18 others": the others are of the kind counted first (the gold
            # guidelines' convention for "others", "more"); a measure is no kind that others
            # contrast with ("A 7.7-magnitude earthquake …, killing 2,719 people, with 3,408 others
            # injured": persons, not magnitudes), though "more" may add to one ("rose 2 percent
            # and could rise 3 more")
            counted = kind
        elif counted is None and _OTHERS_ALONE.match(text, span.end):
            # "A 62-year-old man was killed and four others were injured": no kind counted before,
            # so people (the guidelines: "18 others" takes the noun it contrasts with, else person)
            counted = "person"
        elif counted is None and (_MAGNITUDE_BEFORE.search(text, max(0, before - 64), before)
                                  or _MAGNITUDE_AFTER.match(text, span.end)
                                  or _IN_MAGNITUDE_AFTER.match(text, span.end)
                                  or (_MEASURED_BEFORE.search(text, max(0, before - 48), before)
                                      and _QUAKE_WORD.search(text))):
            # "a magnitude 7.4 earthquake", "a 5.8-magnitude quake", "put the magnitude slightly lower, at
            # 5.6", "measuring 6.1 in magnitude", "the strongest (tremor) measuring 4.2", "measured the quake
            # at 5.5"
            counted = "magnitude"
        elif counted is None and (named := _of_them_names(text, span.end)):
            # "five children, four of them brothers", "9 of them were children": the kind named after
            counted = named
        elif counted is None and _OF_THEM.match(text, span.end):
            # "seven other people were wounded, three of them seriously": of the kind counted last
            counted = next((m.counted for m in reversed(mentions) if m.counted), None)
            if counted is None and (harm := _HARMING_BEFORE.search(text, max(0, lead - 40), lead)):
                # "ambushed a group of terrorists, killing 15 and injuring dozens of them", "engaged the
                # attackers, neutralising four of them": with no kind counted before, the people named
                # before the verb of harm
                counted = _people_named_before(text, harm.start())
            if counted is None:
                # "Opposition lawmakers, several of whom left the building", "a small group of people, several of
                # them drunk", "The injured, at least six of whom are in serious condition": the plural right before
                counted = _whole_before(text, lead, _APPOSED_WHOLE, people=bool(_OF_WHOM_AFTER.match(text, span.end)))
        elif counted is None and (whole := _whole_before(text, lead, _WHOLE_OF_WHOM)
                                  or _whole_before(text, lead, _OPENING_OF_THE)):
            # "hosts some 1.5 million Syrians, of whom about 750,000 are registered", "Of the aircraft, 45 crossed
            # the median line", "Of the seven people in the group, five were buried": a part of the whole named
            counted = whole
        elif counted is None and mentions and _ANOTHER_BEFORE.search(text, max(0, lead - 16), lead):
            # "12 people were killed, among them two teenagers, and another 19 were wounded", "412 houses
            # collapsed and a further 1,900 were flooded": the figure adds to the kind counted last before it
            # that is no part named within a count (the dev golds write such figures so)
            counted = _added_kind(text, spans, mentions, measures, qualifier_starts)
        elif counted is None and (appos := _APPOSED_PLURAL_BEFORE.search(text, max(0, lead - 96), lead)) \
                and _apposed_counts(appos):
            # "the gunmen, numbering over 100, stormed", "the attackers, believed to be about 15, fled": the
            # number set after the plural counts it
            counted = _counted(appos["noun"])
        elif counted is None and not _OTHERS.match(text, span.end):
            # "put the number of evacuees at 7,820": the number counts what "the number of" names
            if number_of is None:
                number_of = [(m.end(), m.group(1)) for m in _NUMBER_OF.finditer(text)
                             if m.group(1).lower() not in HEAD_STOPS]
            counted = _number_of(number_of, span.start)
            if counted is None and (m := _TALLY_PASSES.search(text, max(0, before - 80), before)) and \
                    not re.search(r"\b\w+ing\s+(?:\w+\s+)?$", text[max(0, m.start() - 40):m.start()]):
                # (not a tally inside a participle's phrase: "Countries reporting mpox cases rose to 37")
                # "deaths could exceed 10,000", "Kelantan flood evacuees top 18,000": a tally of a
                # count noun passing the number counts that noun
                counted = _singular(m["noun"])
        previous = len(mentions) - 1  # the figure right before this one (`qualifier_starts` holds this one's too)
        if counted is None and mentions and mentions[-1].counted \
                and (compared := _COMPARED_FROM.search(text, max(0, lead - 24), lead)) \
                and _compared_directly(text, spans[previous], qualifier_starts[previous], compared.start(),
                                       first=len(mentions) == 1):
            # "expected two cuts, down from three projected in June", "11 road deaths …, up from nine the
            # year before": the figure compared counts what the one right before it counts, as the gold writes
            counted = mentions[-1].counted
        if counted is None and mentions and mentions[-1].counted and not span.unit \
                and _change_end_of(text, spans[previous], qualifier_starts[previous], lead):
            # "The fleet shrank from 1,200 boats to 700", "The quota was raised to 36,000 tonnes from 32,240": a
            # change's other end counts what the end named with its noun counts
            counted = mentions[-1].counted
        measures.append(bool(counted) and (bool(span.unit) or _is_measure(counted)))
        mentions.append(NumberMention(
            text=span.text, start=span.start + offset, end=span.end + offset,
            value=span.value, low=span.low, high=span.high, qualifier=qualifier,
            counted=counted, rule=span.rule,
        ))
    for k in range(len(mentions) - 2, -1, -1):
        # "only 12 of the 91 aid missions", "17 of Gaza's 36 hospitals": a part counts the whole's
        # kind (last first, so that "3 of the 12 of the 91 missions" passes it on)
        after = mentions[k + 1]
        if mentions[k].counted is None and after.counted and after.counted != "magnitude" \
                and _PARTITIVE.fullmatch(text, spans[k].end, spans[k + 1].start):
            mentions[k] = dataclasses.replace(mentions[k], counted=after.counted)
    for k, mention in enumerate(mentions):
        if mention.qualifier in AMOUNT_QUALIFIERS and not _bounds_an_amount(
                text, qualifier_starts[k], spans[k], mention.qualifier, mention.counted):
            mentions[k] = dataclasses.replace(mention, qualifier=None)
    return tuple(mentions)


# Verbs whose particle is "over" before their object ("handed over 23 hostages", "turned over 40 suspects to
# police"): "over" after them is no qualifier
_HANDED_BEFORE_OVER = re.compile(r"(?<![\w-])(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+\Z",
                                 re.IGNORECASE)


# Qualifiers that are also words of place or comparison ("flew above 20 villages", "5 percent, above
# 4.5 percent a year earlier", "rose 5 percent, topping 4 percent forecast", "buried under 2 metres of
# snow", "under two campaigns", "topping 40 nations"): `_bounds_an_amount` says when they bound an
# approximate amount.
AMOUNT_QUALIFIERS = frozenset({"above", "exceeding", "topping", "below", "under"})
# Lengths and weights that "under" or "below" and "of" after them make a depth or a load, a place ("buried
# under several metres of snow", "below 3 metres of water", "trapped under 20 tonnes of debris"), as the
# gold writes them, not a bound.
DEPTH_COUNTEDS = frozenset({"metre", "meter", "foot", "inch", "centimetre", "centimeter", "millimetre",
                            "millimeter", "yard", "kilometre", "kilometer", "ton", "tonne"})
_OF_AFTER_UNIT = re.compile(r"(?:\s*[A-Za-z]+)?\s+of\s", re.IGNORECASE)
# after degrees: the heat they name, a place one is in ("walked under 40 degrees heat"), not a bound
_HEAT_AFTER = re.compile(r"(?:\s*(?:degrees?|°|[CF]\b|celsius|fahrenheit))*\s+(?:of\s+)?(?:heat|sun|sunshine)\b",
                         re.IGNORECASE)
# after a number with no counted noun: one or two capitalised words ending in a plural, a count of a title
# or a name ("under two Presidents", "under three Prime Ministers"); not a source after it ("under 100
# Reuters reported")
_CAPITALISED_PLURAL_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s\b(?!\s+(?:said|says|reported|reports|told|quoted|added))")
_MAGNITUDE_WORD_BEFORE = re.compile(r"(?<![\w-])magnitude\s+\Z", re.IGNORECASE)
# before the qualifier: an amount it is set against, perhaps with up to four words, a comma, colon,
# semicolon or dash, and "well", "far" … after it ("rose to 5 percent, above 4.5 percent a year
# earlier", "3 points above", "2 metres well above"); a comma alone sets nothing against it ("Heavy
# showers, above 150 mm")
_SET_AGAINST = re.compile(
    r"\d[\d.,]*%?(?:\s*[A-Za-z/]+){0,4}\s*[,;:\u2013\u2014]?\s*(?:(?:well|far|just|slightly|way|still|even|much)\s+)?\Z")
# after the number: a reference it is set against ("well above 2 percent target", "exceeding 4 percent
# forecast")
_REFERENCE_AFTER = re.compile(
    r"(?:\s*(?:%|[A-Za-z]+))?\s+(?:target|threshold|mark|level|average|limit|ceiling|benchmark|"
    r"baseline|forecast|estimate|norm|expectation)s?\b", re.IGNORECASE)


# Counted nouns of people, and of tolls of them, that "below", "under", "topping" and "exceeding" bound
# (`PERSON_WORDS` and the people of news copy: "under 20 people attended", "topping 500 deaths"); "above"
# bounds them only in a toll (`_ABOVE_A_TOLL_BEFORE`, `_ABOVE_A_TOLL_AFTER`). A capitalised counted noun is
# a people's name ("Syrian", "Palestinian") and counts as one of them.
PEOPLE_AND_TOLL_COUNTEDS = PERSON_WORDS | frozenset({
    "person", "civilian", "soldier", "worker", "passenger", "pilgrim", "student", "villager", "family",
    "player",  # ("Under 21 players were picked"; "England's under 21 team" is an age group, `AGE_GROUP_AFTER`)
    "death", "casualty", "fatality",
})
# Rivals that "exceeding" passes rather than bounds ("finished first, exceeding 19 rivals", "exceeding 40 nations in the
# medal table"); before any other count it bounds ("orders exceeding 1,000 aircraft", "exceeding 1,000 cases")
RIVAL_COUNTEDS = frozenset({"rival", "competitor", "opponent", "contender", "nation", "country", "team", "bidder",
                            "challenger", "runner", "entrant"})
# The tolls themselves, which "above" bounds anywhere ("above 300 deaths").
TOLL_COUNTEDS = frozenset({"death", "casualty", "fatality"})
# "above" before a count of people bounds it as "more than" does (South Asian English) only in a toll:
# after a verb of killing or harm ("The floods killed above 300 people"), or with the people the subject
# of a copula or a verb of death after their noun ("above 300 people were killed", "above 50 people
# died"); "The helicopter hovered above 300 pilgrims", "Drones flew above 40 families" locate them.
_ABOVE_A_TOLL_BEFORE = re.compile(
    r"(?<![\w-])(?:killed|kill|kills|killing|claimed|claiming|left|leaving|injured|wounded|displaced)\s+\Z",
    re.IGNORECASE)
_ABOVE_A_TOLL_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which|and|or|in|on|at|of|from|as)\b)[A-Za-z-]+){1,3}?\s+(?:were|are|was|is|have|has|had|"
    r"died|perished|drowned|drown|die|remain|remained)\b", re.IGNORECASE)


def _counts_people(counted: str) -> bool:
    return counted in PEOPLE_AND_TOLL_COUNTEDS or counted[:1].isupper()


def _bounds_an_amount(text: str, at: int, span: NumberSpan, phrase: str, counted: str | None) -> bool:
    """Whether `phrase` ("above", "exceeding", "topping", "below", "under"), starting at `at` in `text`,
    bounds an approximate amount, a measure, a percentage, a bare figure or a count of people
    ("temperatures rose above 45 degrees", "slopes above 2,800 metres", "the figure could be above 50",
    "gusts exceeding 240 km/h", "gusts topping 60 mph", "a crowd exceeding 20,000 people", "above 300
    people were killed", "under 20 people attended"), rather than saying where a thing is or comparing
    two figures: "above", "topping", "exceeding", "below" or "under" before a count of other things ("flew
    above 20 villages", "topping 40 nations in the medal table", "exceeding 19 rivals", "under two
    exceptional campaigns", "under two Presidents"); "above" before people it locates ("hovered above 300
    pilgrims"); "below" or "under" before a depth or a load ("buried under 20 tonnes of debris") or the
    heat ("under 40 degrees heat"); either after an amount, perhaps with a comma between, that it is set
    against ("Turnout rose 3 points above 50 percent", "rose to 5 percent, above 4.5 percent a year
    earlier", "topping 4 percent forecast"), or before a reference the number names ("well above 2
    percent target")."""
    lead = text[max(0, at - 48):at]
    if phrase == "above" and counted and not (span.unit or _is_measure(counted)):
        if not _counts_people(counted):
            return False  # "flew above 20 villages"
        if counted not in TOLL_COUNTEDS and not (_ABOVE_A_TOLL_BEFORE.search(lead)
                                                 or _ABOVE_A_TOLL_AFTER.match(text, span.end)):
            return False  # "The helicopter hovered above 300 pilgrims"
    if phrase == "exceeding" and counted in RIVAL_COUNTEDS:
        return False  # "The team won, exceeding 19 rivals": the rivals beaten; "orders exceeding 1,000 aircraft" a bound
    if phrase in ("below", "under", "topping"):
        if span.head and counted and not (span.unit or _is_measure(counted) or counted in SPEED_UNITS
                                          or _counts_people(counted)):
            # "under two exceptional campaigns", "flew below 20 villages", "topping 19 rivals", "exceeding
            # 19 rivals"
            return False
    if phrase in ("below", "under"):
        if counted in DEPTH_COUNTEDS and _OF_AFTER_UNIT.match(text, span.end):
            return False  # "buried under 1.5 to 2 metres of snow", "trapped under 20 tonnes of debris"
        if counted == "degree" and _HEAT_AFTER.match(text, span.end):
            return False  # "walked under 40 degrees heat"
    if phrase in AMOUNT_QUALIFIERS and counted is None and _CAPITALISED_PLURAL_AFTER.match(text, span.end):
        return False  # "The law was amended under two Presidents"
    if _SET_AGAINST.search(lead):
        return False
    return not _REFERENCE_AFTER.match(text, span.end)


# What a number measures rather than counts: "others" never take these ("a 7.7-magnitude quake …
# 3,408 others", "a 98-kilometer border … 12 others"). Units after the number (percent, degrees,
# currencies, "kph") are `NumberSpan.unit` and left out already.
MEASURE_COUNTEDS = frozenset({
    "magnitude", "degree", "percent", "percentage point", "kilometre", "kilometer", "km", "mile", "metre",
    "meter", "litre", "liter", "ton", "tonne", "acre", "hectare", "square mile", "square kilometre",
    "square kilometer", "square metre", "square meter", "square foot", "foot", "inch", "centimetre",
    "centimeter", "millimetre", "millimeter", "gallon", "barrel", "kilogram", "kg", "gram", "pound",
    "dollar", "euro", "cent", "storey", "story", "floor", "basis point",
})


def _is_measure(counted: str) -> bool:
    return counted in MEASURE_COUNTEDS or " per " in counted


# People named by sex, age or kin: "others" set against them are people of any kind ("the deaths of at
# least three women …, dozens of others", "killing 2 children … nine others": person), as the dev gold writes
# every one.
OTHERS_NOT_OF_KIND = KIN_WORDS | {"man", "woman", "teenager", "infant", "minor"}


def _others_kind(mentions: Sequence[NumberMention], measures: Sequence[bool], *, alone: bool) -> str | None:
    """What "N others" / "N more" counts after `mentions`: the kind of the first mention that
    counts rather than measures, for "others" (`alone`; with none they count persons, no kind here);
    a "more" adds to the first mention, measure or not."""
    if not alone:
        return mentions[0].counted  # ("rose 3 metres, flooding 200 homes, and could rise 2 more": metres)
    for mention, measure in zip(mentions, measures):
        if not measure:
            # ("killing two children and wounding nine others": others than the children, so persons)
            return "person" if mention.counted in OTHERS_NOT_OF_KIND else mention.counted
    return None


# right before a part named within a count ("including one child", "among them two teenagers"): no kind
# that a figure added later contrasts with
_PART_LEAD = re.compile(r"(?<![\w-])(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\s+\Z", re.IGNORECASE)


def _added_kind(text: str, spans: Sequence[NumberSpan], mentions: Sequence[NumberMention],
                measures: Sequence[bool], qualifier_starts: Sequence[int | None]) -> str | None:
    """What "another N" / "a further N" with no noun counts after `mentions`: the kind counted last
    before it that is neither a measure nor a part named within a count ("killing one person and
    wounding another nine": person; "12 people were killed, among them two teenagers, and another 19":
    person), else None."""
    harmed = _HARMED_AFTER.match(text, spans[len(mentions)].end)
    for k in range(len(mentions) - 1, -1, -1):
        at = qualifier_starts[k] if qualifier_starts[k] is not None else spans[k].start
        if mentions[k].counted and not measures[k] and not _PART_LEAD.search(text, max(0, at - 24), at) \
                and not _OF_THEM.match(text, spans[k].end):
            # (not "two of them officers": a part named within a count)
            counted = mentions[k].counted
            if harmed and not (_counts_people(counted) or counted in ADDED_PEOPLE_COUNTEDS):
                return None  # "destroyed 12 homes and another 19 were wounded": people, not homes
            # (people by sex, age or kin keep their kind, unlike "others": the FA-KES dev gold writes "three
            # children were killed and another five injured" child)
            return counted
    return None


# after "another N": a verb of harm to people ("another 19 were wounded"), which only a kind of people takes
_HARMED_AFTER = re.compile(r"\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                           r"(?:wounded|injured|killed|hurt|arrested|missing)\b", re.IGNORECASE)
# people counted in news copy beyond `PEOPLE_AND_TOLL_COUNTEDS` that "another N were wounded" may add to
ADDED_PEOPLE_COUNTEDS = frozenset({
    "troop", "militant", "fighter", "officer", "policeman", "police officer", "protester", "demonstrator",
    "teenager", "migrant", "refugee", "detainee", "prisoner", "rebel", "insurgent", "gunman", "attacker",
    "journalist", "tourist", "guard", "miner", "firefighter", "rescuer", "employee", "patient", "member",
    "infant", "minor", "adult", "militiaman", "jihadist", "terrorist", "security personnel",
})
# ("18 others", "dozens of others", "3 more")
_OTHERS = re.compile(r"\s+(?:(?:of\s+)?others|more)\b", re.IGNORECASE)
# right before a figure with no noun of its own that adds to a kind counted before it ("and another 19 were
# wounded", "a further 6,000 were confined")
_ANOTHER_BEFORE = re.compile(r"(?<![\w-])(?:another|an\s+additional|a\s+further)\s+\Z", re.IGNORECASE)
# right before a figure (and its qualifier, perhaps quoted) set in apposition after a plural it counts: "the
# gunmen, numbering over 100", "the attackers, believed to number more than 50", "the assailants, said to be
# about 15", "the attackers, estimated at more than 300"
_APPOSED_PLURAL_BEFORE = re.compile(
    r"(?<![\w-])the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z-]+),\s+(?:(?P<numbering>numbering)|(?:(?:said|believed|thought"
    r"|reported|estimated)\s+to\s+(?:be|(?P<number>number)))|estimated\s+at)\s+[\"“]?\Z", re.IGNORECASE)
# "estimated at" and "said to be" set a figure after a plural of people only ("the attackers, estimated at more than
# 300"), not after an amount ("The damages, estimated at 300 million"); "numbering" after any plural
# (one list of plural nouns of people, by their endings or whole, for both readings: `_PEOPLE_PLURAL` too)
_PEOPLE_PLURAL_WORDS = (r"[A-Za-z]+(?:ists|ers|ants|men|ians|ees)|people|youths|troops|children|students|residents"
                        r"|patients|agents|hostages|crowds|pilgrims|victims")
_PEOPLE_PLURAL_NOUN = re.compile(_PEOPLE_PLURAL_WORDS, re.IGNORECASE)


def _apposed_counts(found: re.Match) -> bool:
    """Whether the plural in `found` (`_APPOSED_PLURAL_BEFORE`) is counted by the figure set after it."""
    noun = found["noun"]
    if not _is_plural(_Token(noun, 0, len(noun), "", "")):
        return False
    if found["numbering"] or found["number"]:
        return True  # ("the gunmen, numbering over 100", "the attackers, believed to number more than 50")
    counted = _counted(noun)
    return (_counts_people(counted) or counted in ADDED_PEOPLE_COUNTEDS
            or (bool(_PEOPLE_PLURAL_NOUN.fullmatch(noun)) and noun.lower() not in _NOT_PEOPLE_PLURALS))


# right before a figure (and its qualifier) that the figure before it is compared with ("two cuts, down from
# three", "1,100 reports, compared with around 700")
_COMPARED_FROM = re.compile(r"(?<![\w-])(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+\Z", re.IGNORECASE)
# between a figure and "up from"/"compared with": its noun and at most three more words ("two cuts, down from",
# "18,412 this morning, up from")
_COMPARED_SHORTLY = re.compile(r"(?:\s*[\w'’-]+){0,4}\s*,?\s*\Z")
# right before a figure: a preposition that makes it a place or a part of a clause, not the figure compared ("in 3
# cities, down from 40")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|at|across|from|of|on|over|to|into|for)\s+\Z", re.IGNORECASE)


def _compared_directly(text: str, span: NumberSpan, qualifier_start: int | None, at: int, *, first: bool) -> bool:
    """Whether the figure `span` (its qualifier starting at `qualifier_start`) is the one that "up from"/"compared
    with", starting at `at`, compares with: the sentence's only figure before it ("11 road deaths in all of 2024,
    police said earlier this year, up from nine"), or one a few words before it that neither adds to a toll ("found
    four more bodies, up from 19") nor follows a preposition ("arrested in 3 cities, down from 40")."""
    if first:
        return True
    start = qualifier_start if qualifier_start is not None else span.start
    return bool(_COMPARED_SHORTLY.fullmatch(text, span.end, at)) and not _OTHERS.match(text, span.end) \
        and not _PREPOSITION_BEFORE.search(text, max(0, start - 16), start)


# a change's two ends, the first with its noun of one or two words: "from 1,200 boats to", "to 36,000 tonnes from"
# (`_change_end_of`)
_NOUN_THEN_END = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(to|from)\s+\Z")
# the word that opens the first end, for the word that opens the other
_OPENING_END = {"to": re.compile(r"(?<![\w-])from\s+\Z", re.IGNORECASE),
                "from": re.compile(r"(?<![\w-])to\s+\Z", re.IGNORECASE)}


def _change_end_of(text: str, span: NumberSpan, qualifier_start: int | None, at: int) -> bool:
    """Whether the figure starting at `at` (its qualifier included) is the other end of a change whose first end is
    `span` with its noun (its qualifier starting at `qualifier_start`): "from 1,200 boats to fewer than 700", "to
    36,000 tonnes from 32,240"; not "killed 20 people from 3 villages", "sent 40 trucks to 3"."""
    start = qualifier_start if qualifier_start is not None else span.start
    between = _NOUN_THEN_END.fullmatch(text, span.end, at)
    return between is not None and bool(_OPENING_END[between.group(1)].search(text[max(0, start - 8):start]))


# "between" right before a range's first number, outside the range's text ("between 10 and 15")
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])between\s+\Z", re.IGNORECASE)
# the "and" that joins a range's two numbers after "between"
_RANGE_AND = re.compile(r"\sand\s", re.IGNORECASE)


def range_opening(text: str, start: int, end: int, rule: str = "number.range") -> int:
    """Where in `text` the words that open the number read by `rule` at [start, end) start: at
    "between" for the range "between 10 and 15" (a range's text leaves it out, as the gold writes "10
    and 15"), else `start` itself, as for any other number and for "between 10-15", whose "between"
    was never part of the range (nor of its claim's text and id).

    Example:
        >>> range_opening("It killed between 10 and 15 people.", 18, 27)
        10
        >>> range_opening("It killed between 10-15 people.", 18, 23)
        18
    """
    if rule != "number.range" or not _RANGE_AND.search(text, start, end):
        return start
    between = _BETWEEN_BEFORE.search(text, max(0, start - 16), start)
    return between.start() if between else start
# Plurals that name a tally of people or events, the subject right before a verb of passing a
# number ("deaths could exceed 10,000", "evacuees top 18,000", "arrivals surpassed 5,000"); a short
# list, as "temperatures", "prices" or "sales" passing a number count no such thing. A verb in the
# singular ("exceeds", "rises to") agrees with another subject ("Death toll in bomb attack on Syria
# evacuees rises to 112": the toll), so the plural noun counts only before a plural or past verb.
TALLY_NOUNS = frozenset({
    "deaths", "casualties", "fatalities", "cases", "infections", "arrivals", "evacuees", "refugees",
    "injuries", "victims", "migrants", "admissions", "arrests", "detentions",
})
_TALLY_PASSES = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(TALLY_NOUNS)) + r")\s+"
    r"(?:(?:could|may|might|will|would|should|can|have|had|now|already|soon|are\s+(?:expected|likely|set)\s+to)\s+){0,2}"
    r"(?:exceed(?:ed|ing)?|top(?:ped|ping)?|surpass(?:ed|ing)?|pass(?:ed|ing)?|reach(?:ed|ing)?"
    r"|(?:rise|rose|risen|rising|climb|climbed|climbing)\s+to)\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|approximately)\s+)?$", re.IGNORECASE)
# Between a part and the number of its whole: "12 of the 91 …", "17 of Gaza's 36 …", "seven of its 11 …",
# "nine of their last ten …", "two of the past five …", "11.2 million of the country's 21 million …"
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|our|your|my|these|those)\s+"
                        r"|(?:the\s+)?[A-Z][\w.-]*(?:'s|’s|')\s+|the\s+[a-z]+(?:'s|’s|')\s+)?"
                        r"(?:(?:last|first|past|previous|remaining|final)\s+)?")
_OTHERS_ALONE = re.compile(r"\s+(?:of\s+)?others\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b", re.IGNORECASE)
# "of them" and a plural noun right after it, or after "were"/"are" ("four of them brothers", "234 of them
# were children"); an adjective, adverb or verb there names no kind ("18 of them foreign nationals", "three
# of them seriously")
_OF_THEM_NOUN = re.compile(r"\s+of\s+(?:them|whom)\s+(?P<copula>(?:were|are)\s+)?(?P<noun>[A-Za-z]+)(?![\w'’-])",
                           re.IGNORECASE)
# After the copula only people by age, sex or kin name the part's kind ("Two of them are children"); other
# nouns there say what the part was, and the dev gold keeps the kind counted before ("20 detainees …, eight of
# them were minors": detainee).
_OF_THEM_COPULA_NOUNS = frozenset({*KIN_WORDS, "man", "woman"})
# Plurals of time and of other things no kind of a count is, that may follow "N of them" as an adverbial ("five of
# them hours after the attack", "two of them days later"): no kind named
_OF_THEM_NOT_KINDS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "time", "moment", "metre",
    "meter", "mile", "kilometre", "kilometer",
})


# a verb of harm right before "N of them" (and the number's qualifier): "killing 14 of them", "killing or
# injuring scores of them", "\"neutralising\" dozens of them"
_HARMING_BEFORE = re.compile(
    r"(?<![\w-])(?:kill|injur|wound|neutrali[sz]|arrest|captur|abduct|kidnapp)(?:ing|ed)[\"”]?\s+[\"“]?\Z", re.IGNORECASE)
# plural nouns of people that "N of them" after a verb of harm may stand for ("the attackers", "a group of
# terrorists", "against terrorists"), right after an article or preposition: a modifier before may be part of
# the kind, which the golds write two ways ("a group of armed men": "armed man" or "man")
_PEOPLE_PLURAL = re.compile(rf"(?<![\w-])(?:the|of|against|among)\s+(?P<noun>{_PEOPLE_PLURAL_WORDS})(?![\w-])",
                            re.IGNORECASE)
# plurals of that form that name no people ("others" count no kind of their own)
_NOT_PEOPLE_PLURALS = frozenset({
    "others", "numbers", "headquarters", "orders", "borders", "centers", "waters", "matters", "papers",
    "quarters", "powers", "towers", "rivers", "members", "containers", "layers", "letters", "hours",
})
_PEOPLE_REACH = 200  # characters before the verb of harm searched for the people


def _people_named_before(text: str, end: int) -> str | None:
    """The plural noun of people named last, right after an article or preposition, before offset `end`
    in `text` ("a group of terrorists in Qalamoun, killing 15": terrorist), or None."""
    found = [m["noun"] for m in _PEOPLE_PLURAL.finditer(text, max(0, end - _PEOPLE_REACH), end)
             if m["noun"].lower() not in _NOT_PEOPLE_PLURALS]
    return _counted(found[-1]) if found else None


def _of_them_names(text: str, end: int) -> str | None:
    """The kind that "N of them" right at `end` names after it ("five children, four of them
    brothers": brother; "9 of them were children": child), else None."""
    found = _OF_THEM_NOUN.match(text, end)
    if found is None:
        return None
    noun = found["noun"]
    if not _is_plural(_Token(noun, 0, len(noun), "", "")):
        return None
    counted = _counted(noun)
    if counted in _OF_THEM_NOT_KINDS:
        return None  # ("five of them hours after the attack")
    if found["copula"] and counted not in _OF_THEM_COPULA_NOUNS:
        return None
    return counted


# The whole a part's number is of, named right before it: a plural and its comma before "N of them/whom"
# ("lawmakers, several of whom"), a plural and its comma before "of whom/which N" ("Syrians, of whom
# about 750,000"), or an opening "Of the …" and its comma ("Of the samples analysed, 57 were positive")
_APPOSED_WHOLE = re.compile(r"(?<![\w'’-])(?P<whole>(?:the\s+)?[A-Za-z]+),\s+\Z", re.IGNORECASE)
_WHOLE_OF_WHOM = re.compile(r"(?<![\w'’-])(?P<whole>[A-Za-z]+),\s+of\s+(?P<which>whom|which)\s+\Z", re.IGNORECASE)
_WHOLE_REACH = 64  # characters before a part's number searched for its whole's plural and comma
_OPENING_OF_THE = re.compile(r"\A[\W]*Of\s+(?:the|these|those)\s+(?P<whole>[^,;:]{1,80}?),\s+\Z")
_OF_WHOM_AFTER = re.compile(r"\s+of\s+whom\b", re.IGNORECASE)
# Prepositions whose object is no whole of "N of them" after it ("rescued by fishermen, 12 of them in poor
# health", "In other words, 12 of them never reached the border")
_WHOLE_PREPOSITIONS = frozenset({
    "by", "in", "on", "to", "with", "from", "for", "at", "of", "into", "onto", "after", "before", "under", "over",
    "among", "amongst", "near", "through", "during", "across", "against", "between", "behind", "beside", "via",
    "inside", "outside", "towards", "toward", "around", "about", "without", "within", "like", "than",
})
# Words between a preposition and its object's noun ("by the three local fishermen")
_WHOLE_PHRASE_WORDS = frozenset({
    "the", "a", "an", "these", "those", "their", "its", "his", "her", "our", "some", "many", "several", "all",
    "both", "other", "few", "more", "most", "such", "local", "poor", "small", "large", "big", "young", "old", "new",
})
# Nouns of a quantity before "of" whose object is the whole ("a small group of people, several of them drunk")
_QUANTITY_BEFORE_OF = frozenset({"group", "number", "crowd", "band", "handful", "couple", "total", "lot", "batch"})
_PHRASE_WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")


def _whole_in_prepositional_phrase(text: str, start: int, *, relative: bool) -> bool:
    """Whether the whole whose noun phrase starts at offset `start` is the object of a preposition, looking
    back over determiners, adjectives and numbers ("rescued by fishermen, 12 of them", "arrived on trucks, 40
    of them sick", "In other words, 12 of them"; not "Thousands of migrants, 300 of them children"). Before a
    relative "of whom" only an opening prepositional phrase counts ("He wrote to the governors, 12 of whom
    have replied": governor)."""
    words = _PHRASE_WORD_RE.findall(text[max(0, start - 80):start])
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[i]
        lower = word.lower()
        if lower in _WHOLE_PREPOSITIONS:
            before = words[i - 1].lower() if i > 0 else ""
            if lower == "of" and (before in VAGUE_PLURALS or before in _QUANTITY_BEFORE_OF
                                  or before[:1].isdigit() or _word_value(before) is not None):
                return False
            if relative and lower == "of":
                return True  # ("relatives of the victims, 12 of whom": the relatives, not the victims)
            if relative:  # an opening phrase: no word before the preposition
                return not any(w[:1].isalnum() for w in words[:i]) and not re.search(r"\w", text[:max(0, start - 80)])
            return True
        if not (lower in _WHOLE_PHRASE_WORDS or lower[:1].isdigit() or _word_value(lower) is not None
                or (word.isalpha() and word.islower() and lower.endswith(
                    ("ed", "ing", "al", "ian", "ic", "ous", "ive", "ful", "less", "ary", "ern", "ish")))
                or (word[:1].isupper() and lower in DEMONYMS)):
            return False
    return False


def _whole_before(text: str, end: int, pattern: re.Pattern[str], *, people: bool = False) -> str | None:
    """The counted noun of the whole that `pattern` finds right before offset `end` in `text`: its first plural
    noun before a function word ("nine people on board": person; "samples analysed by the laboratory":
    sample), or a word of people after "the" ("the injured", "Of the confirmed dead": person), else None.
    A whole "whom" stands for is people ("Syrians, of whom"; not "hospitals, of whom"); an opening "Of the"
    whole with a number of its own is left to that number ("Of the 13 mines …, only four": the gold
    writes the part two ways)."""
    if pattern is _OPENING_OF_THE:
        found = pattern.match(text, 0, end)
    else:
        found = pattern.search(text, max(0, end - _WHOLE_REACH), end)
    if found is None or (pattern is _APPOSED_WHOLE and _whole_in_prepositional_phrase(
            text, found.start("whole"), relative=people)):
        return None
    people = people or (pattern is _WHOLE_OF_WHOM and found["which"].lower() == "whom")
    words = found["whole"].split()
    after_the = pattern is _OPENING_OF_THE or words[0].lower() == "the"
    for word in words[1:] if words[0].lower() == "the" else words:
        lower = word.lower()
        if lower[:1].isdigit() or _word_value(lower) is not None:
            return None
        if after_the and lower in PEOPLE_ADJECTIVES:
            return _counted(lower)  # person
        if lower in HEAD_STOPS:
            return None
        if _is_plural(_Token(word, 0, len(word), "", "")) and (word.islower() or _singular(lower) in DEMONYMS):
            counted = _counted(word)
            if counted in _OF_THEM_NOT_KINDS or (people and not (
                    _PEOPLE_PLURAL_NOUN.fullmatch(word) or lower.endswith("ors") or counted in PEOPLE_AND_TOLL_COUNTEDS
                    or counted.lower() in DEMONYMS)):
                return None
            return counted
    return None


# "magnitude" before the number: "a magnitude 7.4", "a magnitude of 6.4", and "put the magnitude at 7.1" with
# up to three words between ("put the magnitude slightly lower, at 5.6")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[\s-]+(?:of\s+)?|(?:[\s,]+[a-z]+){0,3}?[\s,]+at\s+)$",
                               re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b", re.IGNORECASE)
# "magnitude" after a number with a noun of its own, and a noun of a quake or a verb after it: the magnitude, not
# that noun ("5.4 magnitude quake shakes Malatya"); "30 magnitude-4 aftershocks" counts the aftershocks
_MAGNITUDE_OF_A_QUAKE_AFTER = re.compile(
    r"[\s-]+magnitude[\s-]+(?:(?:earth)?quakes?|tremors?|aftershocks?|temblors?|shakes|strikes|hits|struck|jolts|jolted"
    r"|rocks|rocked)\b", re.IGNORECASE)
_IN_MAGNITUDE_AFTER = re.compile(r"\s+in\s+magnitude\b", re.IGNORECASE)  # ("measuring 6.1 in magnitude")
# a bare figure measured in a sentence about a quake is its magnitude ("the strongest measuring 4.2",
# "measured the quake at 5.5"); a figure with a unit keeps it ("a depth measuring 10 km")
_MEASURED_BEFORE = re.compile(
    r"(?<![\w-])(?:measuring|measured(?:\s+(?:the\s+)?(?:quake|earthquake|tremor|it))?\s+at)\s+$", re.IGNORECASE)
_QUAKE_WORD = re.compile(r"\b(?:earthquake|quake|tremor|aftershock|temblor)s?\b", re.IGNORECASE)
# "the number of (flood) evacuees", "the number of people confirmed dead": the first plural noun
# within three words after "number of" (a word of `HEAD_STOPS` in -s is none: "the number of dead was")
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?((?:[A-Za-z][\w-]*(?:s|men)|people|children))\b",
                        re.IGNORECASE)


def _number_of(phrases: list[tuple[int, str]], before: int) -> str | None:
    """The thing "the number of" counts, named last before offset `before` ("put the number of
    evacuees at 7,820" → "evacuee"), or None; `phrases`: (end, noun) of each "number of" phrase."""
    found = bisect.bisect_right(phrases, (before, "\uffff"))
    return _counted(phrases[found - 1][1]) if found else None


def find_numbers(text: str, *, offset: int = 0, qualifiers: Sequence[Qualifier] | None = None,
                 compounds: frozenset | None = None) -> tuple[NumberMention, ...]:
    """Return every number in sentence `text` that states a quantity, in order.

    Example:
        >>> [(m.text, m.value, m.counted) for m in find_numbers("It fired seven cruise missiles.")]
        [('seven', 7.0, 'missile')]

    offset: where the sentence starts in its document; the mentions' `start`/`end` are document
        offsets. qualifiers: the approximators to look for; None loads `rules/qualifiers.jsonl`
        once. compounds: the two-word counted nouns (`RuleSet.compounds`); None reads
        `rules/compounds.jsonl` once.
    """
    if qualifiers is None:
        qualifiers = _shipped_qualifiers()
    return build_mentions(text, find_number_spans(text, compounds=compounds), offset=offset,
                          qualifiers=qualifiers)
