"""Record types shared by every stage of `verify`.

Example:
    >>> doc = Document(id="a1", origin="a1.txt", text="Five died, the monitor said.")
    >>> doc.text[0:4]
    'Five'

Every span-like record carries character offsets (`start`, `end`) into its document's `text`
exactly as it was read, so `doc.text[n.start:n.end] == n.text` holds for every number `n`.
Records are frozen: a stage returns new records instead of changing the ones it was given.
Dicts appear only at the edges (see `verify.render`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Document:
    """One news document as read.

    id: the CSV/JSONL id when the input had one, else the file name (without directory).
    origin: where it was read from: a path, `path:row N` for a CSV or JSONL row, or `<stdin>`.
    text: the article text exactly as read (HTML already reduced to text); offsets point into it.
    title, outlet, published: metadata when the input carried it, else None.
    """

    id: str
    origin: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Source:
    """An entry of the source registry (`rules/sources.jsonl`).

    id: stable slug, e.g. `sohr`. name: canonical display name.
    type: one of SOURCE_TYPES. aliases: other names it goes by in text (matched whole-word).
    affiliation: id of the source it speaks for (RT → `russian-government`), or None.
    spokesperson: True for a person whose words are their organisation's ("Igor Konashenkov" for
        the Russian Defence Ministry): attributions name the organisation and the person as speaker.
    country: for a state medium of a country whose government the registry holds no entry for, the
        country (KCNA → "North Korea"): its claims rest on that government, as the text names it
        ("North Korea said": the Government of North Korea).
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    spokesperson: bool = False
    country: str | None = None


SOURCE_TYPES = (
    "monitor", "government", "military", "state media", "news agency", "outlet", "NGO",
    "armed group", "person", "anonymous", "international body", "organisation",
)


@dataclass(frozen=True)
class Attribution:
    """Who asserts a sentence.

    source: canonical display name of the origin (registry name when known, else from the text).
    source_id: registry id, or a slug made from the name for sources the registry does not know.
    source_type: one of SOURCE_TYPES; `anonymous` for unnamed sources ("activists said").
    mention: the words in this sentence that name the source ("the monitor", "It"), or None when
        the attribution is carried from an earlier sentence.
    speaker: a named person speaking for the source ("Rami Abdel Rahman"), or None.
    cue: the reporting word(s) as in the text ("said", "according to", "reportedly"), or None.
    stance: the cue's stance: neutral, distancing, committal, accusing, denying; None without cue.
    via: relay chain, outermost first ("RT quoted the military" → via ("RT",)). Never the
        outlet that publishes the document.
    carried: True when the sentence has no attribution of its own and continues the previous one.
    rule: id of the rule that decided, e.g. `attr.subject-cue` or `attr.carried.quote`, or of the
        model (`model.attribution.carried`) when a learned model decided.
    confidence: the attribution model's probability that the sentence is attributed (None when
        no model ran).
    """

    source: str
    source_id: str
    source_type: str
    mention: str | None = None
    speaker: str | None = None
    cue: str | None = None
    stance: str | None = None
    via: tuple[str, ...] = ()
    carried: bool = False
    rule: str = ""
    confidence: float | None = None


@dataclass(frozen=True)
class Hedge:
    """How hedged a sentence is.

    level: none, low, medium or high. score: in [0, 1], 0 for no hedge.
    cues: the hedge words found, as in the text, in order ("reportedly", "claimed"); `(model)`
        when the hedge model found a hedge the lexicon lacks.
    confidence: the hedge model's probability that the sentence is hedged (None when no model ran).
    """

    level: str = "none"
    score: float = 0.0
    cues: tuple[str, ...] = ()
    confidence: float | None = None


@dataclass(frozen=True)
class NumberMention:
    """A number that states a quantity.

    text: the number as in the text, without its qualifier ("53", "seven", "dozens", "10 to 15").
    start, end: offsets of `text` in the document.
    value: the number (lower bound of a range); None for vague amounts ("dozens").
    low, high: the range it states before qualifiers (both equal `value` for an exact number;
        None when unknown).
    qualifier: approximator as in the text, lower case ("at least"), or None.
    counted: the thing counted as a singular noun ("civilian"), or None.
    rule: id of the rule that found it.
    """

    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None = None
    counted: str | None = None
    rule: str = "number"


@dataclass(frozen=True)
class Sentence:
    """One sentence with its tags.

    index: position in the document, from 0. start, end: offsets in the document text.
    text: the sentence text (`doc.text[start:end]`).
    boilerplate: True when it is not story text (menus, time stamps, captions, signatures).
    attribution: who asserts it, or None for the outlet's own voice.
    hedge: how hedged it is. numbers: the quantities it states, in order.
    """

    index: int
    start: int
    end: int
    text: str
    boilerplate: bool = False
    attribution: Attribution | None = None
    hedge: Hedge = field(default_factory=Hedge)
    numbers: tuple[NumberMention, ...] = ()


@dataclass(frozen=True)
class AuditedDocument:
    """A document with its tagged sentences."""

    document: Document
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class ReadFailure:
    """A document that could not be read: where, and a one-line reason."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Claim:
    """A number that states a quantity, with what it counts, where, when, and who asserts it.

    id: stable id, `c-` + 12 hex digits from the document id and the normalised words around
        the number (not from offsets), so it survives re-runs, a growing corpus and edits
        elsewhere in the document.
    document, sentence, start, end: where the number is (document id, sentence index, offsets).
    text: the number as written with its qualifier and the "between" of a range ("at least 14",
        "some between 10 and 15"), so it ends with the text at [start, end) ("14", "10 and 15"), which
        a report highlights; context: its sentence.
    value: the number (None for vague amounts); low, high: the interval it states
        (None = unbounded); low_open/high_open: whether the bound itself is excluded
        ("more than 50" → (50, ∞)).
    counted: the thing counted ("civilian"); counted_class: its class for matching ("person").
    event: what happened to it (killed, wounded, launched, struck, controls…) or None.
    places: place names in the sentence (or the document's dateline), normalised.
    date: ISO date the claim refers to (relative days resolved against the document's date), or None.
    source, source_id: who asserts it (None in the outlet's own voice); origins: the independent
        origin ids it rests on after collapsing relays and affiliations; via: the relay chain.
    hedge: the sentence's hedge level. headline: True when the number is in the headline.
    since: ISO date a cumulative figure counts from ("since September" → the last 1 September on or
        before publication), or None.
    """

    id: str
    document: str
    sentence: int
    start: int
    end: int
    text: str
    context: str
    value: float | None
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    counted: str | None = None
    counted_class: str | None = None
    event: str | None = None
    places: tuple[str, ...] = ()
    date: str | None = None
    source: str | None = None
    source_id: str | None = None
    origins: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    hedge: str = "none"
    headline: bool = False
    since: str | None = None


@dataclass(frozen=True)
class ClaimGroup:
    """Claims that state the same fact, across sentences and documents.

    id: stable id from the sorted ids of its members' first claim (`g-` + 12 hex digits).
    members: the claims, in document order. origins: the independent origins (registry ids or
        slugs) the group rests on. status: single-source, corroborated, conflicting, evolving or
        unattributed. value: the conservative headline figure (the lowest); low, high: the
        lowest and highest figure across members. why: the reasons the members were matched.
    conflicts_with: ids of groups that give an incompatible figure for the same fact (the other
        side of a `conflicting` or `evolving` status).
    """

    id: str
    members: tuple[Claim, ...]
    origins: tuple[str, ...]
    status: str
    value: float | None
    low: float | None
    high: float | None
    counted: str | None
    event: str | None
    why: str
    conflicts_with: tuple[str, ...] = ()


CLAIM_STATUSES = ("single-source", "corroborated", "conflicting", "evolving", "unattributed")


@dataclass(frozen=True)
class ReviewDecision:
    """One editorial decision about a claim; the history of a claim is append-only.

    claim: the claim id. status: one of REVIEW_STATUSES. by: who decided. at: ISO timestamp (UTC).
    note: free text. evidence: a URL or text supporting the decision. context: the claim's
    sentence when the decision was made (to show "changed since review").
    """

    claim: str
    status: str
    by: str
    at: str
    note: str | None = None
    evidence: str | None = None
    context: str | None = None


REVIEW_STATUSES = ("unreviewed", "in-progress", "verified", "needs-second-source", "disputed", "false",
                   "inconclusive")


_FIELD_NAMES: dict[type, frozenset] = {}


def replaced(record, **changes):
    """`dataclasses.replace` for these records, three times as fast: a copy of `record` with
    `changes` (a Sentence 4.3 → 1.3 µs here; the audit of the train split replaces ~30,000 records
    a run). A copy holds the same values, so `__init__` has nothing to check or default: no record
    has an `InitVar`, a field outside `__init__` or a `__post_init__` (`tests/test_records.py`)."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = frozenset(f.name for f in fields(record))
    if not names.issuperset(changes):
        raise TypeError(f"{type(record).__name__} has no field {sorted(set(changes) - names)[0]!r}")
    copy = object.__new__(type(record))
    values = copy.__dict__  # (frozen: set through the instance's dict, as `object.__setattr__` would)
    values.update(record.__dict__)
    values.update(changes)
    return copy
