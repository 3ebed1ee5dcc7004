"""Stage 7: turn every number that states a quantity into a Claim — interval, thing counted,
event, place, date and who asserts it.

Example:
    >>> from verify.pipeline import audit_document
    >>> from verify.records import Document
    >>> doc = audit_document(Document(id="d", origin="-", text="At least 14 civilians were killed in Raqqa, activists said."))
    >>> c = extract_claims(doc)[0]
    >>> (c.value, c.low, c.high, c.counted_class, c.event, c.places, c.origins)
    (14.0, 14.0, None, 'civilian', 'killed', ('Raqqa',), ('unnamed',))

Intervals follow how casualty recorders read qualifiers (Iraq Body Count, Airwars: a range from
the lowest to the highest credible figure): "at least 14" → [14, ∞), "more than 50" → (50, ∞),
"up to 30" → (−∞, 30], "about 400" → [360, 440]; vague amounts take the conservative value
casualty recorders use: tens → 10, dozens → 12, hundreds → 100.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta

from .numbers import range_opening
from .records import AuditedDocument, Claim, NumberMention
from .rules import RuleSet, derived, literal_alternation, load_rules

# The conservative value of vague amounts (Every Casualty / IBC practice: the lowest credible reading).
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3,
         "a few": 2, "few": 2, "numerous": 2, "tens of thousands": 10000, "hundreds of thousands": 100000,
         "several dozen": 24, "several hundred": 200, "several thousand": 2000, "millions": 1000000}
APPROXIMATE_SPREAD = 0.1  # "about 400" is read as [360, 440]
# Qualifiers whose bound the amount itself passes ("more than 50": (50, ∞); "gusts exceeding 240 km/h"),
# and those it falls short of ("less than 10", "nearly 100"); the others include it ("at least 14").
EXCLUSIVE_LOWER = frozenset({"more than", "over", "above", "exceeding", "topping", "upwards of", "in excess of"})
EXCLUSIVE_UPPER = frozenset({"less than", "under", "below", "fewer than", "nearly", "almost"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD = re.compile(r"[a-z0-9]+")
UNNAMED_ORIGIN = "unnamed"


def claim_id(document_id: str, context: str, number_start: int, number_end: int, occurrence: int = 0) -> str:
    """Stable id from the document id and the normalised words around the number.

    Six words either side, lower case, punctuation dropped: the id survives re-runs, a growing
    corpus and edits elsewhere in the document, and changes when the words around it change.

    >>> claim_id("a", "Activists said 14 civilians died.", 15, 17) == claim_id("a", "Activists said 14 civilians died!", 15, 17)
    True
    """
    before = _WORD.findall(context[:number_start].lower())[-6:]
    after = _WORD.findall(context[number_end:].lower())[:6]
    key = "|".join((document_id, " ".join(before), context[number_start:number_end].lower(), " ".join(after),
                    str(occurrence)))
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def interval(number: NumberMention, *, rules: RuleSet) -> tuple[float | None, float | None, float | None, bool, bool]:
    """(value, low, high, low_open, high_open) of a number after its qualifier; None bounds are unbounded."""
    value = number.value
    low, high = number.low, number.high
    if value is None:
        vague = VAGUE.get(number.text.lower())
        if vague is None and low is not None:
            vague = low  # a vague amount the table lacks: the least its number can mean ("a few hundred" → 200)
        if vague is None:
            for word, amount in VAGUE.items():
                if word in number.text.lower():
                    vague = max(vague or 0, amount)
        value = float(vague) if vague is not None else None
        return value, value, None, False, False
    if low is None:
        low = value
    if high is None:
        high = value
    bound = _bounds(rules).get((number.qualifier or "").lower())
    if bound == "lower":
        exclusive = (number.qualifier or "").lower() in EXCLUSIVE_LOWER
        return value, low, None, exclusive, False
    if bound == "upper":
        exclusive = (number.qualifier or "").lower() in EXCLUSIVE_UPPER
        return value, None, high, False, exclusive
    if bound == "approximate":
        return value, low * (1 - APPROXIMATE_SPREAD), high * (1 + APPROXIMATE_SPREAD), False, False
    return value, low, high, False, False


def _bounds(rules: RuleSet) -> dict[str, str]:
    return derived(rules, "claims.bounds", lambda r: {q.phrase.lower(): q.bound for q in r.qualifiers})


def _event_pattern(rules: RuleSet) -> re.Pattern:
    def build(r):
        return re.compile(r"\b(" + literal_alternation(r.events, ignore_case=True) + r")\b", re.IGNORECASE)
    return derived(rules, "claims.events", build)


def find_event(text: str, start: int, end: int, *, rules: RuleSet) -> str | None:
    """The event word nearest the number (within 80 characters), preferring what follows it."""
    pattern = _event_pattern(rules)
    best, best_distance = None, 10**9
    for match in pattern.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        distance = match.start() - end if match.start() >= end else (start - match.end()) * 1.5
        if 0 <= distance < best_distance:
            best, best_distance = rules.events[match.group().lower()], distance
    return best


def _place_pattern(rules: RuleSet) -> re.Pattern:
    def build(r):
        return re.compile(r"(?<![\w-])(" + literal_alternation(r.places, ignore_case=True) + r")(?![\w-])", re.IGNORECASE)
    return derived(rules, "claims.places", build)


def find_places(text: str, *, rules: RuleSet) -> tuple[str, ...]:
    """Canonical place names in `text`, in order, without repeats."""
    pattern = _place_pattern(rules)
    found = []
    for match in pattern.finditer(text):
        if match.group().lower() in rules.place_acronyms and not match.group().isupper():
            continue  # "a car bomb" is not the Central African Republic ("CAR")
        name = rules.places[match.group().lower()]
        if name not in found:
            found.append(name)
    return tuple(found)


def parse_date(text: str | None) -> date | None:
    """The document date from FA-KES (month/day/year), ISO or day-month-year forms."""
    if not text:
        return None
    text = text.strip()
    for form in ("%m/%d/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text[:len(text)], form).date()
        except ValueError:
            continue
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def resolve_date(sentence: str, published: date | None) -> date | None:
    """The day a sentence speaks of: "on Friday" is the last Friday on or before publication.

    None (unknown) when there is no publication date, or the day would fall before 1 January 1.
    """
    if published is None:
        return None
    lower = sentence.lower()
    try:
        if "yesterday" in lower:
            return published - timedelta(days=1)
        match = _WEEKDAY.search(lower)
        if match:
            return published - timedelta(days=(published.weekday() - WEEKDAYS.index(match[1])) % 7)
    except OverflowError:  # the date left the calendar (a publication date of 0001-01-01)
        return None
    return published


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b")


def names_day(sentence: str) -> bool:
    """True when the sentence names the day it speaks of ("yesterday", "today", "on Friday"): its
    claims' `date` is then the text's own day, not only the document's date (see `resolve_date`).

    >>> names_day("At least 29 raids so far today."), names_day("At least 29 raids.")
    (True, False)
    """
    lower = sentence.lower()
    return "yesterday" in lower or bool(_WEEKDAY.search(lower) or _TODAY.search(lower))


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_SINCE = re.compile(r"\bsince (?:early |late |mid-?)?(" + "|".join(MONTHS) + r")(?: (\d{4}))?\b", re.IGNORECASE)


def resolve_since(sentence: str, published: date | None) -> date | None:
    """The start of a cumulative count: "since September" is the last 1 September on or before
    publication; "since March 2011" is 1 March 2011. None (unknown) when the year is outside the
    calendar ("since March 0000", or "since September" published in January of year 1)."""
    match = _SINCE.search(sentence)
    if match is None:
        return None
    month = MONTHS.index(match[1].lower()) + 1
    if match[2]:
        year = int(match[2])
    elif published is None:
        return None
    else:
        year = published.year if month <= published.month else published.year - 1
    try:
        return date(year, month, 1)
    except ValueError:  # year 0
        return None


def counted_class(counted: str | None, *, rules: RuleSet) -> str | None:
    if counted is None:
        return None
    counted = counted.lower()
    return rules.counted_classes.get(counted) or rules.counted_classes.get(counted.split()[-1]) or counted


_CLAIMS_BY = re.compile(r"\bclaims? (?:by|from|of) (?P<who>[^,.;]{2,80}?) that\b", re.IGNORECASE)


def _origins(audited: AuditedDocument, sentence, number, *, rules: RuleSet,
             governments: dict[str, tuple[str, str]] | None = None) -> tuple[tuple[str, ...], str | None, str | None]:
    """(origins, source name, source id) of a number: its sentence's attribution collapsed through
    relays and affiliations (the registry's, and `national_origins`'), unless the number sits in
    "claims by X that …", which X asserts."""
    registry = rules.registry
    from .attribution import _registry_matcher  # the registry's name matcher
    matcher = _registry_matcher(registry)
    relative = number.start - sentence.start
    for match in _CLAIMS_BY.finditer(sentence.text, 0, relative):
        who = match["who"]
        # "Iran's proxy Hezbollah": the possessor only describes the one who claims
        hits = [h for h in matcher.all(who)
                if not any(re.search(rf"\b{re.escape(name)}['’]s\b", who, re.IGNORECASE)
                           for name in (h.name, *h.aliases))]
        if hits:
            origins = tuple(dict.fromkeys(registry.origin(h).id for h in hits))
            return origins, " and ".join(h.name for h in hits), hits[0].id
    attribution = sentence.attribution
    if attribution is None:
        return (), None, None
    if attribution.source_type == "anonymous":
        return (UNNAMED_ORIGIN,), attribution.source, attribution.source_id
    known = registry.get(attribution.source_id)
    government = (governments or {}).get(attribution.source_id) if known is None or known.country else None
    origin = government[0] if government else registry.origin(known).id if known is not None else attribution.source_id
    return (origin,), attribution.source, attribution.source_id


def national_origins(audited: AuditedDocument, *, rules: RuleSet) -> dict[str, tuple[str, str]]:
    """The government (id, name) each source of the document the registry does not know rests on, by source
    id: another country's state medium speaks for its government ("Iranian state TV" rests on the
    Iranian government, as IRNA does; "Belta" and "the agency" after "Belarusian state news agency
    Belta" on the Belarusian government), and a country's government is one origin however the text
    names it ("the Jordanian government", "Jordan's government": the government of Jordan); the registry's
    state media with a `country` on that country's government (KCNA: the government of North Korea)."""
    from .attribution import national_government, national_military_government, state_medium_government
    found: dict[str, tuple[str, str]] = {}
    for sentence in audited.sentences:
        a = sentence.attribution
        known = rules.registry.get(a.source_id) if a is not None else None
        if known is not None and known.country and a.source_id not in found and \
                (government := national_government(known.country, rules)) is not None:
            # the registry's state medium of a country whose government it holds no entry for (KCNA; a
            # country the places do not know leaves the medium resting on itself)
            found[a.source_id] = government
        if a is None or a.source_id in found or known is not None:
            continue
        government = state_medium_government((a.source, a.mention), rules) if a.source_type == "state media" \
            else national_government(a.source, rules) if a.source_type == "government" \
            else national_military_government(a.source, rules) if a.source_type == "military" else None
        if government is not None:
            found[a.source_id] = government
    return found


def ancestors(name: str | None, parents: dict[str, str]) -> list[str]:
    """`name` and what it lies within, innermost first (a place's region and country; a counted
    class's parents)."""
    chain = []
    while name is not None and name not in chain:
        chain.append(name)
        name = parents.get(name)
    return chain


def _located(places_per_sentence: list[tuple[str, ...]], *, rules: RuleSet) -> list[tuple[str, ...]]:
    """Each sentence's places without the countries the document names as parties, not as places:
    a country the registry knows as a government ("Russia", "Iran") that the story is not set in
    (it holds no place the story names, and the story names another country more). "The deal
    brokered by rebel backer Qatar and regime ally Iran" in a story from Aleppo happens in Syria."""
    counts: dict[str, int] = {}
    home = set()
    for place in (p for places in places_per_sentence for p in places):
        root = ancestors(place, rules.place_parents)[-1]
        if root != place:
            home.add(root)
        counts[root] = counts.get(root, 0) + 1
    if counts:
        home.add(max(counts, key=counts.get))

    def party(place: str) -> bool:
        if place in home or place in rules.place_parents:
            return False  # ("Damascus" is a place in Syria, though the registry also knows it as the government)
        known = rules.registry.find(place)
        return known is not None and known.type == "government"
    return [tuple(p for p in places if not party(p)) for places in places_per_sentence]


def extract_claims(audited: AuditedDocument, *, rules: RuleSet | None = None) -> tuple[Claim, ...]:
    """Every number of a document's story sentences as a Claim, in order."""
    rules = rules or load_rules()
    document = audited.document
    published = parse_date(document.published)
    story = [s for s in audited.sentences if not s.boilerplate]
    located = _located([find_places(s.text, rules=rules) for s in story], rules=rules)
    document_places = next((places for places in located[:2] if places), ())
    governments = national_origins(audited, rules=rules)
    claims, seen = [], {}
    for sentence, sentence_places in zip(story, located):
        places = sentence_places or document_places
        when = resolve_date(sentence.text, published)
        since = resolve_since(sentence.text, published)
        for number in sentence.numbers:
            start, end = number.start - sentence.start, number.end - sentence.start
            # a claim is written, and known by its id, with the words that open its range: "between 10
            # and 15" (the number's text, as the gold's, is "10 and 15")
            opening = range_opening(sentence.text, start, end, number.rule)
            base_id = claim_id(document.id, sentence.text, opening, end)
            occurrence = seen.get(base_id, 0)
            seen[base_id] = occurrence + 1
            value, low, high, low_open, high_open = interval(number, rules=rules)
            origins, source, source_id = _origins(audited, sentence, number, rules=rules, governments=governments)
            written = sentence.text[opening:start] + number.text
            written = f"{number.qualifier} {written}" if number.qualifier else written
            claims.append(Claim(
                id=claim_id(document.id, sentence.text, opening, end, occurrence) if occurrence else base_id,
                document=document.id, sentence=sentence.index, start=number.start, end=number.end,
                text=written, context=sentence.text, value=value, low=low, high=high,
                low_open=low_open, high_open=high_open, counted=number.counted,
                counted_class=counted_class(number.counted, rules=rules),
                event=find_event(sentence.text, start, end, rules=rules), places=places,
                date=when.isoformat() if when else None, source=source, source_id=source_id, origins=origins,
                via=sentence.attribution.via if sentence.attribution else (), hedge=sentence.hedge.level,
                headline=sentence.index == 0 or bool(document.title and document.title.strip() in sentence.text),
                since=since.isoformat() if since else None,
            ))
    return tuple(claims)
