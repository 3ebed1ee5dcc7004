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

from dataclasses import dataclass, field


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
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    spokesperson: bool = False


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
    rule: id of the rule that decided, e.g. `attr.subject-cue` or `attr.carried.quote`.
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


@dataclass(frozen=True)
class Hedge:
    """How hedged a sentence is.

    level: none, low, medium or high. score: in [0, 1], 0 for no hedge.
    cues: the hedge words found, as in the text, in order ("reportedly", "claimed").
    """

    level: str = "none"
    score: float = 0.0
    cues: tuple[str, ...] = ()


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
