"""The HTML provenance report: one page for the corpus, one per document.

Example:
    >>> from verify.pipeline import audit_corpus, audit_document
    >>> from verify.records import Document
    >>> corpus = audit_corpus([audit_document(Document(id="a", origin="a.txt",
    ...     text="At least 14 civilians were killed in Raqqa, the Syrian Observatory for Human Rights said."))])
    >>> context = report_context(corpus)
    >>> [(n.text, n.status, n.chain) for n in context.documents[0].numbers]
    [('14', 'single-source', 'Syrian Observatory for Human Rights')]
    >>> context.documents[0].page
    'documents/a.html'

One context feeds every output (STYLE.md 11; datasette's `RowContext`): `report_context` builds a
`ReportContext` once from a `CorpusAudit`; `write_report` renders the HTML pages from it,
`context_dict` the `report.json` beside them, and `summary_line` the line the command prints.
Every lookup a page needs (claim of a number, group of a claim, documents of a group) is built
once here, so rendering a document never scans the corpus.

Templates live in `reports/` (shipped as `verify/reports`): `base.html` with named blocks,
`index.html`, `document.html` and `_partials/`. One Jinja `Environment(autoescape=True)` with
every filter is built in `environment()`. Document text is never marked safe; data for scripts
goes through `|tojson`. The CSS and JavaScript are inlined from `reports/report.css` and
`reports/report.js`, and a Content-Security-Policy allows exactly those two (by hash) and
nothing from the network, so a page opens from disk and runs no script it did not ship.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import shutil
import sys
import tempfile
import types
from collections import Counter, defaultdict
from itertools import islice
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .claims import national_origins
from .errors import InputError
from .records import CLAIM_STATUSES, REVIEW_STATUSES, AuditedDocument, Claim, ClaimGroup, ReadFailure
from .render import group_dict
from .resources import resource_dir
from .rules import RuleSet, load_rules

if TYPE_CHECKING:  # the pipeline pulls in scikit-learn; importing the report alone stays light
    from .pipeline import CorpusAudit

REPORT_SCHEMA = "verify/report-1"
MARKER = "report.json"            # a directory holding this (with REPORT_SCHEMA) is a previous report
HEDGE_LEVELS = ("none", "low", "medium", "high")
# statuses riskiest first, as the pages list them (any status added to CLAIM_STATUSES follows)
_RISK = ("conflicting", "evolving", "single-source", "corroborated", "unattributed")
STATUSES = tuple(s for s in _RISK if s in CLAIM_STATUSES) + tuple(s for s in CLAIM_STATUSES if s not in _RISK)
STATUS_HELP = {
    "conflicting": "independent origins give incompatible figures for the same fact",
    "evolving": "one origin changed its own figure over time",
    "single-source": "one independent origin, however many documents repeat it",
    "corroborated": "two or more independent origins agree",
    "unattributed": "stated only in an outlet's own voice",
}
UNNAMED = "unnamed"               # the origin of every claim by an unnamed source (verify.claims)
ANONYMOUS = "anonymous"           # the source id of every unnamed source's attribution (verify.attribution)
REVIEW_HELP = {                   # what each review status (records.REVIEW_STATUSES) means, for the legend
    "unreviewed": "no editor has decided on this claim yet",
    "in-progress": "an editor is checking it",
    "needs-second-source": "waiting for a second independent source before the figure runs",
    "verified": "an editor confirmed the figure",
    "false": "an editor found the figure wrong",
    "disputed": "credible sources contest the figure",
    "inconclusive": "checked, but it could be neither confirmed nor refuted",
}
CHANGED_HELP = ("the claim's sentence differs from the one the decision was made on (the text was edited): "
                "check the decision still holds")
MAX_OTHERS = 12                   # other statements of a fact listed in a number's popover
MAX_GRAPH_EDGES = 40              # relay links drawn; the rest are counted under the picture


# --- the context ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Review:
    """The current editorial decision on a claim, from the review store.

    changed: True when the claim's sentence differs from the one the decision was made on.
    """

    status: str
    by: str
    at: str
    note: str | None = None
    changed: bool = False


@dataclass(frozen=True)
class ReviewInfo:
    """Where review statuses came from: the store's path, whether it was read, and why not."""

    db: str | None = None
    shown: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Statement:
    """Another statement of the same fact, as listed beside a number: where, who, what."""

    claim: str
    document: str
    title: str
    page: str
    text: str
    source: str
    same_document: bool


@dataclass(frozen=True)
class NumberView:
    """A number in a document with everything its highlight and popover show.

    text: the number as written (offsets `start`–`end`); written: with its qualifier.
    status: its claim group's status ("unknown" when no claim was made of it).
    chain: "origin ← relay ← outer relay", or "outlet's own voice".
    others: other statements of the same fact (at most MAX_OTHERS); more: how many were left out.
    conflicts: statements of the same fact with an incompatible figure (the groups its group
        `conflicts_with`), at most MAX_OTHERS.
    value: the claim's own figure. unmatched: numbers of this document with the same figure that
        were not matched to this fact (another claim group), at most MAX_OTHERS.
    """

    claim: str
    text: str
    written: str
    start: int
    end: int
    sentence: int
    counted: str | None
    event: str | None
    places: tuple[str, ...]
    date: str | None
    status: str
    group: str | None
    group_value: float | None
    group_low: float | None
    group_high: float | None
    origins: tuple[str, ...]
    chain: str
    hedge: str
    hedge_cues: tuple[str, ...]
    others: tuple[Statement, ...]
    more: int
    documents: int
    conflicts: tuple[Statement, ...] = ()
    review: Review | None = None
    value: float | None = None
    unmatched: tuple["NumberView", ...] = ()


@dataclass(frozen=True)
class Segment:
    """A run of sentence text, or one number."""

    text: str
    number: NumberView | None = None


@dataclass(frozen=True)
class SentenceView:
    """A sentence as shown: its source label, hedge, and its text cut around its numbers.

    paragraph: True when a line break precedes it in the document (a new paragraph starts).
    """

    index: int
    segments: tuple[Segment, ...]
    boilerplate: bool
    source: str | None
    source_id: str | None
    chain: str
    cue: str | None
    carried: bool
    hedge: str
    hedge_cues: tuple[str, ...]
    paragraph: bool
    rule: str | None = None             # the rule or model that decided the attribution
    confidence: float | None = None     # the attribution model's probability that the sentence is attributed
    hedge_confidence: float | None = None


@dataclass(frozen=True)
class Figure:
    """A readability figure: name, value as shown, what it means."""

    name: str
    value: str
    help: str


@dataclass(frozen=True)
class DocumentView:
    """One document page: metadata, sentences, numbers, readability, status counts."""

    id: str
    page: str
    title: str
    origin: str
    outlet: str | None
    published: str | None
    sentences: tuple[SentenceView, ...]
    numbers: tuple[NumberView, ...]
    readability: tuple[Figure, ...]
    statuses: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Appearance:
    """A document a claim group appears in, with the first of its claims there."""

    document: str
    title: str
    page: str
    claim: str
    text: str
    source: str


@dataclass(frozen=True)
class Member:
    """A claim of a group as listed on the corpus page."""

    claim: str
    document: str
    page: str
    text: str
    chain: str
    hedge: str
    review: Review | None


@dataclass(frozen=True)
class Conflict:
    """Another claim group giving an incompatible figure for the same fact."""

    group: str
    status: str
    value: float | None
    low: float | None
    high: float | None
    origins: tuple[str, ...]


@dataclass(frozen=True)
class GroupView:
    """A claim group as listed on the corpus page.

    origins: (id, display name) of its independent origins. appearances: one per document.
    filter_ids: every source id it can be found by (members' sources and origins).
    reviews: the review statuses of its members (for the review filter).
    conflicts: the groups it conflicts with (the other side of `conflicting` or `evolving`).
    """

    group: ClaimGroup
    origins: tuple[tuple[str, str], ...]
    appearances: tuple[Appearance, ...]
    members: tuple[Member, ...]
    filter_ids: tuple[str, ...]
    reviews: tuple[str, ...]
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class SourceRow:
    """A source of the corpus: who it is, whom it speaks for, and how much rests on it.

    stated: claims it asserts; resting: claims whose independent origins include it (after
    relays and affiliations); groups: claim groups resting on it; sentences: story sentences
    attributed to it; relayed: sentences in which it passes on another source's words ("AFP,
    citing the Observatory": AFP); relayed_by: sentences in which another source passes on its
    words (the Observatory). Every unnamed source is the one UNNAMED row, as it is one origin.
    """

    id: str
    name: str
    type: str
    affiliation: str | None
    origin: str | None
    stated: int
    resting: int
    groups: int
    sentences: int
    documents: int
    relayed: int
    relayed_by: int = 0


@dataclass(frozen=True)
class GraphNode:
    """A box in the relay picture: label, role (relay, origin or both), position."""

    key: str
    label: str
    short: str
    role: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class GraphEdge:
    """An arrow relay → source with the number of sentences it carries.

    label_x, label_y: where its count is written, or None when there was no room (the count is
    then in the arrow's tooltip and the list under the picture).
    """

    relay: str
    source: str
    count: int
    path: str
    label_x: float | None
    label_y: float | None
    stroke: float
    backward: bool


@dataclass(frozen=True)
class RelayGraph:
    """Who relays whom, laid out in columns: outer relays on the left, origins on the right."""

    width: float
    height: float
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    total: int


@dataclass(frozen=True)
class ReportContext:
    """Everything every page of the report shows, built once by `report_context`."""

    title: str
    inputs: tuple[str, ...]
    generated: str
    version: str
    documents: tuple[DocumentView, ...]
    groups: tuple[GroupView, ...]
    sources: tuple[SourceRow, ...]
    filter_sources: tuple[tuple[str, str, int], ...]
    graph: RelayGraph
    failures: tuple[ReadFailure, ...]
    statuses: tuple[tuple[str, int], ...]
    claims: int
    review: ReviewInfo = field(default_factory=ReviewInfo)
    review_statuses: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# --- building it ------------------------------------------------------------------------------

def build_report(paths: Sequence[str], *, rules: RuleSet | None = None, columns=None, encoding: str = "utf-8",
                 db: str | Path | None = None, progress: Callable[[], None] | None = None,
                 jobs: int = 1, outlet: str | None = None) -> ReportContext:
    """Read and audit `paths`, match claims across them, and build the report context.

    The same input options as `verify audit`; `db` names the review store (else
    `verify-review.sqlite` beside the first input is used when it exists). `progress` is called
    once per document read. `jobs`: processes auditing at once (see `verify.pipeline.audit_paths`).
    """
    from .pipeline import audit_corpus, audit_paths
    from .reading import Columns

    rules = rules or load_rules()
    review = open_review(db, paths)

    def items():
        for item in audit_paths(paths, rules=rules, columns=columns or Columns(), encoding=encoding, jobs=jobs,
                                outlet=outlet):
            if progress is not None:
                progress()
            yield item

    corpus = audit_corpus(items(), rules=rules)
    return report_context(corpus, rules=rules, inputs=tuple(paths), review=review)


def report_context(corpus: CorpusAudit, *, rules: RuleSet | None = None, inputs: Sequence[str] = (),
                   review: tuple[ReviewInfo, Callable[[str], object] | None] | None = None) -> ReportContext:
    """The report context of a `CorpusAudit` (see `verify.pipeline.audit_corpus`).

    `review` is what `open_review` returns: where statuses come from and a function from claim
    id to the current decision (None when there is no store).
    """
    rules = rules or load_rules()
    registry = rules.registry
    info, current = review or (ReviewInfo(), None)
    documents: tuple[AuditedDocument, ...] = corpus.documents
    pages = _page_names([d.document.id for d in documents])
    titles = {d.document.id: _title(d) for d in reversed(documents)}
    page_of = {d.document.id: page for d, page in zip(reversed(documents), reversed(pages))}
    warnings = []
    repeated = [i for i, n in Counter(d.document.id for d in documents).items() if n > 1]
    if repeated:
        warnings.append(f"{len(repeated)} document id(s) occur more than once ({', '.join(repeated[:5])}); "
                        "claims are matched by id, so their numbers link to the first of them")

    group_of: dict[str, ClaimGroup] = {}
    group_by_id = {g.id: g for g in corpus.groups}
    for group in corpus.groups:
        for member in group.members:
            group_of[member.id] = group
    claim_at: dict[tuple[str, int, int], Claim] = {}
    for claim in corpus.claims:  # with repeated document ids, the first document's claims win
        claim_at.setdefault((claim.document, claim.start, claim.end), claim)
    documents_in = {g.id: len({m.document for m in g.members}) for g in corpus.groups}
    reviews = {}
    if current is not None:
        for claim in corpus.claims:
            reviews[claim.id] = _review(current(claim.id), claim)

    governments = [national_origins(audited, rules=rules) for audited in documents]  # (read once for both)
    names = _source_names(documents, corpus.claims, rules, governments)
    name = lambda source_id: names.get(source_id, source_id)  # noqa: E731

    def statement(claim: Claim, *, here: str | None = None) -> Statement:
        return Statement(claim=claim.id, document=claim.document, title=titles.get(claim.document, claim.document),
                         page=page_of.get(claim.document, ""), text=claim.text,
                         source=_claim_chain(claim), same_document=claim.document == here)

    document_views = []
    for audited, page in zip(documents, pages):
        document_views.append(_document_view(audited, page, claim_at, group_of, group_by_id, reviews, statement,
                                             titles, documents_in))

    group_views = []
    for group in corpus.groups:
        appearances, seen = [], set()
        for member in group.members:
            if member.document in seen:
                continue
            seen.add(member.document)
            appearances.append(Appearance(document=member.document, title=titles.get(member.document, member.document),
                                          page=page_of.get(member.document, ""), claim=member.id, text=member.text,
                                          source=_claim_chain(member)))
        members = tuple(Member(claim=m.id, document=m.document, page=page_of.get(m.document, ""), text=m.text,
                               chain=_claim_chain(m), hedge=m.hedge, review=reviews.get(m.id))
                        for m in group.members)
        ids = dict.fromkeys([*group.origins, *(_source_key(m.source_id) for m in group.members if m.source_id)])
        conflicts = tuple(Conflict(group=other.id, status=other.status, value=other.value, low=other.low,
                                   high=other.high, origins=tuple(name(o) for o in other.origins))
                          for other in (group_by_id.get(i) for i in group.conflicts_with) if other is not None)
        group_views.append(GroupView(
            group=group, origins=tuple((o, name(o)) for o in group.origins), appearances=tuple(appearances),
            members=members, filter_ids=tuple(ids),
            reviews=tuple(sorted({(m.review.status if m.review else "unreviewed") for m in members})),
            conflicts=conflicts))

    sources = _source_rows(documents, corpus.claims, corpus.groups, rules, names, governments)
    filter_counts = Counter(i for g in group_views for i in g.filter_ids)
    filter_sources = tuple(sorted(((i, name(i), n) for i, n in filter_counts.items()),
                                  key=lambda row: (-row[2], row[1].lower())))
    statuses = Counter(g.status for g in corpus.groups)
    return ReportContext(
        title="Provenance report", inputs=tuple(str(i) for i in inputs),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), version=__version__,
        documents=tuple(document_views), groups=tuple(group_views), sources=sources,
        filter_sources=filter_sources, graph=relay_graph(documents, registry=registry),
        failures=tuple(corpus.failures), statuses=tuple((s, statuses.get(s, 0)) for s in STATUSES),
        claims=len(corpus.claims), review=info,
        review_statuses=tuple(sorted({r for g in group_views for r in g.reviews})), warnings=tuple(warnings))


def _document_view(audited: AuditedDocument, page: str, claim_at, group_of, group_by_id, reviews, statement,
                   titles, documents_in=None) -> DocumentView:
    doc = audited.document
    sentences, numbers = [], []
    previous_end = 0
    for s in audited.sentences:
        a = s.attribution
        chain = _chain(a.source, a.via) if a else "outlet's own voice"
        segments, cursor = [], s.start
        gap = doc.text[previous_end:s.start]
        if gap.strip():  # text the splitter left between sentences is shown, not dropped
            segments.append(Segment(gap.strip() + " "))
        for n in s.numbers:
            if n.start < cursor or n.end > s.end:
                continue  # overlapping or outside the sentence: leave it as text
            if n.start > cursor:
                segments.append(Segment(doc.text[cursor:n.start]))
            view = _number_view(n, s, doc.id, claim_at, group_of, group_by_id, reviews, statement, chain,
                                documents_in)
            numbers.append(view)
            segments.append(Segment(doc.text[n.start:n.end], view))
            cursor = n.end
        if cursor < s.end:
            segments.append(Segment(doc.text[cursor:s.end]))
        sentences.append(SentenceView(
            index=s.index, segments=tuple(segments), boilerplate=s.boilerplate, source=a.source if a else None,
            source_id=a.source_id if a else None, chain=chain, cue=a.cue if a else None,
            carried=bool(a and a.carried), hedge=s.hedge.level, hedge_cues=s.hedge.cues,
            paragraph=bool(sentences) and "\n" in doc.text[previous_end:s.start],
            rule=a.rule if a else None, confidence=a.confidence if a else None,
            hedge_confidence=s.hedge.confidence))
        previous_end = s.end
    if doc.text[previous_end:].strip() and sentences:
        last = sentences[-1]
        sentences[-1] = replace(last, segments=(*last.segments, Segment(" " + doc.text[previous_end:].strip())))
    by_value: dict[float, list[NumberView]] = defaultdict(list)
    for view in numbers:
        if view.value is not None and view.group is not None:
            by_value[view.value].append(view)
    for i, view in enumerate(numbers):  # "at least 12" in the headline and "12 civilians" below: two facts
        same = [o for o in by_value.get(view.value, ()) if o.group != view.group and o.claim != view.claim]
        if same and view.group is not None:
            numbers[i] = replace(view, unmatched=tuple(same[:MAX_OTHERS]))
    if any(n.unmatched for n in numbers):
        swapped = {n.claim: n for n in numbers}
        sentences = [replace(v, segments=tuple(replace(g, number=swapped[g.number.claim]) if g.number else g
                                               for g in v.segments)) for v in sentences]
    story = " ".join(s.text for s in audited.sentences if not s.boilerplate)
    statuses = Counter(n.status for n in numbers)
    sources = Counter(v.source for v in sentences if v.source and not v.boilerplate)
    return DocumentView(
        id=doc.id, page=page, title=titles.get(doc.id, doc.id), origin=doc.origin, outlet=doc.outlet,
        published=doc.published, sentences=tuple(sentences), numbers=tuple(numbers),
        readability=readability(story, sentences=sum(1 for s in audited.sentences if not s.boilerplate)),
        statuses=tuple((st, statuses[st]) for st in (*STATUSES, "unknown") if statuses[st]),
        sources=tuple(sources.most_common()))


def _number_view(n, sentence, document_id, claim_at, group_of, group_by_id, reviews, statement, chain,
                 documents_in=None) -> NumberView:
    claim: Claim | None = claim_at.get((document_id, n.start, n.end))
    if claim is not None and not claim.text.endswith(n.text):
        claim = None  # another document under the same id: do not borrow its claim
    group = group_of.get(claim.id) if claim else None
    written = f"{n.qualifier} {n.text}" if n.qualifier else n.text
    if claim is None:  # a number no claim was made of: shown, but with no status to lean on
        return NumberView(claim=f"n-{n.start}-{n.end}", text=n.text, written=written, start=n.start, end=n.end,
                          sentence=sentence.index, counted=n.counted, event=None, places=(), date=None,
                          status="unknown", group=None, group_value=None, group_low=None, group_high=None,
                          origins=(), chain=chain, hedge=sentence.hedge.level, hedge_cues=sentence.hedge.cues,
                          others=(), more=0, documents=1)
    # at most MAX_OTHERS are shown: take no more, so a fact repeated in thousands of documents
    # does not make every one of their pages cost as much as all of them together
    others = list(islice((m for m in group.members if m.id != claim.id), MAX_OTHERS)) if group else []
    left_out = len(group.members) - 1 - len(others) if group else 0
    against = list(islice((m for other in (group.conflicts_with if group else ()) if other in group_by_id
                           for m in group_by_id[other].members), MAX_OTHERS))
    return NumberView(
        claim=claim.id, text=n.text, written=claim.text, start=n.start, end=n.end, sentence=sentence.index,
        counted=claim.counted, event=claim.event, places=claim.places, date=claim.date,
        status=group.status if group else "unknown", group=group.id if group else None,
        group_value=group.value if group else None, group_low=group.low if group else None,
        group_high=group.high if group else None, origins=group.origins if group else claim.origins,
        chain=_claim_chain(claim), hedge=claim.hedge, hedge_cues=sentence.hedge.cues,
        others=tuple(statement(m, here=document_id) for m in others),
        more=max(0, left_out),
        documents=(documents_in[group.id] if documents_in is not None else len({m.document for m in group.members}))
        if group else 1,
        conflicts=tuple(statement(m, here=document_id) for m in against), review=reviews.get(claim.id),
        value=claim.value)


def _chain(source: str | None, via: Sequence[str]) -> str:
    """"origin ← relay ← outer relay": `via` is outermost first, so it is read backwards."""
    if not source:
        return "outlet's own voice"
    return " ← ".join([source, *reversed(via)])


def _claim_chain(claim: Claim) -> str:
    return _chain(claim.source, claim.via)


def _title(audited: AuditedDocument) -> str:
    """The document's title, else its first story sentence (the headline in most inputs), else its id."""
    doc = audited.document
    text = (doc.title or "").strip()
    if not text:
        first = next((s.text for s in audited.sentences if not s.boilerplate and s.text.strip()), "")
        text = " ".join(first.split())
    if not text:
        return doc.id
    return text if len(text) <= 240 else text[:239].rstrip() + "…"


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _page_names(ids: Sequence[str]) -> list[str]:
    """A file name per document (`documents/<id>.html`), safe on every file system and unique.

    An id that is not already a safe name, or that repeats, gets a hash suffix.

    >>> _page_names(["a.txt", "b/c", "a.txt"])[0], _page_names(["b/c"])[0].startswith("documents/b-c-")
    ('documents/a.txt.html', True)
    """
    pages, used = [], set()
    for position, document_id in enumerate(ids):
        safe = _UNSAFE.sub("-", document_id).strip("-.")[:60] or "document"
        name = safe
        if safe != document_id or safe.lower() in used:
            name = f"{safe}-{hashlib.sha1(f'{document_id}|{position}'.encode()).hexdigest()[:8]}"
        used.add(name.lower())
        pages.append(f"documents/{name}.html")
    return pages


def _review(decision, claim: Claim) -> Review | None:
    if decision is None:
        return None
    context = getattr(decision, "context", None)
    return Review(status=decision.status, by=decision.by, at=decision.at, note=getattr(decision, "note", None),
                  changed=bool(context) and " ".join(context.split()) != " ".join(claim.context.split()))


def _source_names(documents, claims, rules: RuleSet, governments) -> dict[str, str]:
    """Display name of every source id: the registry's name, else the name found in the text, and
    for a government the registry does not know, the name `national_origins` gives it ("Government
    of Jordan"); `governments`: each document's `national_origins`."""
    names: dict[str, str] = {UNNAMED: "unnamed sources (one origin)"}
    for audited, found in zip(documents, governments):
        for s in audited.sentences:
            if s.attribution is not None:
                names.setdefault(s.attribution.source_id, s.attribution.source)
        for government_id, government in found.values():
            names.setdefault(government_id, government)
    for claim in claims:
        if claim.source_id and claim.source:
            names.setdefault(claim.source_id, claim.source)
    for source_id, source in rules.registry.sources.items():
        names[source_id] = source.name
    return names


def _source_key(source_id: str | None, source_type: str | None = None) -> str | None:
    """The id a source is counted under: every unnamed source ("activists", "a source") is UNNAMED.

    >>> _source_key("anonymous"), _source_key("sohr")
    ('unnamed', 'sohr')
    """
    return UNNAMED if source_type == ANONYMOUS or source_id == ANONYMOUS else source_id


def _source_rows(documents, claims, groups, rules: RuleSet, names, governments) -> tuple[SourceRow, ...]:
    registry = rules.registry
    sentences, relayed, relayed_by = Counter(), Counter(), Counter()
    in_documents: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    # the sources the registry does not know that rest on a government (`national_origins`): a state
    # medium speaks for it ("Jordanian state TV"), a government named otherwise is it ("Jordan's government")
    rests_on: dict[str, str] = {}
    for found in governments:
        for source_id, (government_id, government) in found.items():
            types.setdefault(government_id, "government")
            if government_id != source_id:
                rests_on.setdefault(source_id, government)
    for audited in documents:
        for s in audited.sentences:
            a = s.attribution
            if a is None or s.boilerplate:
                continue
            source_id = _source_key(a.source_id, a.source_type)
            sentences[source_id] += 1
            in_documents[source_id].add(audited.document.id)
            types.setdefault(source_id, a.source_type)
            if a.carried:  # as in the relay picture: the sentence that named the relay counted it
                continue
            chain = []  # outer relay first, the source last: each is relayed by the one before it
            for relay in dict.fromkeys(a.via):
                known = registry.lookup(relay)
                relay_id = known.id if known else _relay_id(relay)
                names.setdefault(relay_id, relay)
                relayed[relay_id] += 1
                in_documents[relay_id].add(audited.document.id)
                chain.append(relay_id)
            chain.append(source_id)
            for passed_on in dict.fromkeys(inner for outer, inner in zip(chain, chain[1:]) if inner != outer):
                relayed_by[passed_on] += 1
    stated = Counter(_source_key(c.source_id) for c in claims if c.source_id)
    resting = Counter(o for c in claims for o in dict.fromkeys(c.origins))
    grouped = Counter(o for g in groups for o in g.origins)
    rows = []
    for source_id in {*sentences, *relayed, *relayed_by, *stated, *resting}:
        known = registry.get(source_id)
        affiliation = registry.get(known.affiliation) if known and known.affiliation else None
        origin = registry.origin(known) if known else None
        kind = known.type if known else types.get(source_id, "anonymous" if source_id == UNNAMED else "—")
        if known is None and source_id in rests_on:
            affiliation_name = rests_on[source_id] if kind == "state media" else None
            origin_name = rests_on[source_id] if kind != "state media" else None
        else:
            affiliation_name = affiliation.name if affiliation else None
            origin_name = origin.name if origin is not None and origin is not known and origin is not affiliation else None
        rows.append(SourceRow(
            id=source_id, name=names.get(source_id, source_id), type=kind,
            affiliation=affiliation_name, origin=origin_name,
            stated=stated[source_id], resting=resting[source_id], groups=grouped[source_id],
            sentences=sentences[source_id], documents=len(in_documents[source_id]), relayed=relayed[source_id],
            relayed_by=relayed_by[source_id]))
    rows.sort(key=lambda r: (-(r.resting + r.stated), -r.sentences, -r.relayed, r.name.lower()))
    return tuple(rows)


def _relay_id(name: str) -> str:
    return "relay-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# --- who relays whom --------------------------------------------------------------------------

NODE_HEIGHT, ROW, COLUMN_GAP, MARGIN = 24.0, 32.0, 220.0, 12.0
CHAR_WIDTH, LABEL_CHARS = 6.9, 40   # 12px sans-serif; labels longer than LABEL_CHARS are cut (full name on hover)
UNNAMED_NODE = "unnamed sources"


def relay_graph(documents: Sequence[AuditedDocument], *, registry, limit: int = MAX_GRAPH_EDGES) -> RelayGraph:
    """Lay out who relays whom from the attributions' `via` chains.

    Each sentence that names its relays ("AFP, citing the Observatory, said") gives the edges
    outer relay → inner relay → … → source; unnamed sources are one node, as they are one origin
    for corroboration. The `limit` heaviest edges are drawn in layered columns (after Sugiyama,
    Tagawa & Toda 1981): a node's column is its longest path to an origin, so origins stand on the
    right; origins are ordered by how much rests on them, and every other node sits at the mean
    height of what it relays (one sweep, then pushed apart), so arrows run as flat as they can.
    """
    weights: Counter = Counter()
    labels: dict[str, str] = {}

    def key_of(name: str, anonymous: bool = False) -> str:
        known = None if anonymous else registry.lookup(name)
        label = UNNAMED_NODE if anonymous else known.name if known else " ".join(name.split())
        key = label.lower()
        labels.setdefault(key, label)
        return key

    for audited in documents:
        for s in audited.sentences:
            a = s.attribution
            if a is None or a.carried or not a.via or s.boilerplate:
                continue
            chain = [key_of(v) for v in a.via] + [key_of(a.source, a.source_type == "anonymous")]
            for relay, source in zip(chain, chain[1:]):
                if relay != source:
                    weights[(relay, source)] += 1
    ranked = sorted(weights.items(), key=lambda item: (-item[1], labels[item[0][0]].lower(), labels[item[0][1]].lower()))
    kept = ranked[:limit]
    if not kept:
        return RelayGraph(width=0, height=0, nodes=(), edges=(), total=0)
    out: dict[str, list[str]] = defaultdict(list)
    nodes: dict[str, None] = {}
    for (relay, source), _ in kept:
        out[relay].append(source)
        nodes.setdefault(relay)
        nodes.setdefault(source)

    layer: dict[str, int] = {}

    def depth(node: str, visiting: frozenset) -> int:  # longest path to a node that relays nobody
        if node in layer:
            return layer[node]
        targets = [t for t in out.get(node, ()) if t not in visiting]
        value = 1 + max((depth(t, visiting | {node}) for t in targets), default=-1) if targets else 0
        layer[node] = value
        return value

    for node in nodes:
        depth(node, frozenset())
    columns = max(layer.values()) + 1
    by_layer: dict[int, list[str]] = defaultdict(list)
    for node in nodes:
        by_layer[layer[node]].append(node)
    incoming = Counter()
    for (relay, source), count in kept:
        incoming[source] += count
    tallest = max(len(m) for m in by_layer.values())
    top: dict[str, float] = {}
    into: dict[str, list[str]] = defaultdict(list)
    for (relay, source), _ in kept:
        into[source].append(relay)

    def place(level: int, wanted: dict[str, float]) -> None:
        """Put a column's nodes at their wanted heights, in order, a row apart, within the picture."""
        members = by_layer[level]
        members.sort(key=lambda n: (wanted[n], labels[n].lower()))
        ys = []
        for n in members:
            ys.append(max(wanted[n], ys[-1] + ROW if ys else MARGIN))
        bottom = MARGIN + (tallest - 1) * ROW
        for i in range(len(ys) - 1, -1, -1):  # pushed past the bottom: shift up, keeping a row apart
            limit = bottom if i == len(ys) - 1 else ys[i + 1] - ROW
            ys[i] = min(ys[i], limit)
        for n, y in zip(members, ys):
            top[n] = y

    def mean(node: str, neighbours: list[str], weight) -> float | None:
        pulls = [(top[t], weight(t)) for t in neighbours if t in top]
        return sum(y * w for y, w in pulls) / sum(w for _, w in pulls) if pulls else None

    # origins by how much rests on them, then each column at the mean height of what it relays;
    # then origins again by the mean height of their relays, and the columns once more
    place(0, {n: MARGIN + i * ROW for i, n in enumerate(sorted(
        by_layer[0], key=lambda n: (-incoming[n], labels[n].lower())))})
    for sweep in range(2):
        if sweep:
            ranked_origins = sorted(by_layer[0], key=lambda n: (mean(n, into[n], lambda r: weights[(r, n)]) or 0,
                                                                  -incoming[n], labels[n].lower()))
            place(0, {n: MARGIN + i * ROW for i, n in enumerate(ranked_origins)})
        for level in range(1, columns):
            place(level, {n: mean(n, out.get(n, []), lambda t: weights[(n, t)]) or MARGIN for n in by_layer[level]})
    widths = {level: min(max(len(labels[n]) for n in members), LABEL_CHARS) * CHAR_WIDTH + 18
              for level, members in by_layer.items()}
    lefts, x = {}, MARGIN
    for level in range(columns - 1, -1, -1):  # outer relays on the left
        lefts[level] = x
        x += widths[level] + COLUMN_GAP
    width = x - COLUMN_GAP + MARGIN
    height = MARGIN * 2 + tallest * ROW
    placed: dict[str, GraphNode] = {}
    for level, members in by_layer.items():
        for node in members:
            role = "both" if node in out and incoming[node] else "relay" if node in out else "origin"
            label = labels[node]
            placed[node] = GraphNode(key=node, label=label, short=_shorten(label, LABEL_CHARS), role=role,
                                     x=lefts[level], y=top[node], width=widths[level], height=NODE_HEIGHT)
    # each node's arrows leave and arrive at their own height on its side, ordered by the other end,
    # so arrows into one box do not meet in one point
    ports_out: dict[tuple[str, str], float] = {}
    ports_in: dict[tuple[str, str], float] = {}
    for side, ports, ends in (("out", ports_out, lambda e: (e[0], e[1])), ("in", ports_in, lambda e: (e[1], e[0]))):
        by_node: dict[str, list[str]] = defaultdict(list)
        for (relay, source), _ in kept:
            here, there = ends((relay, source))
            by_node[here].append(there)
        for here, others in by_node.items():
            others.sort(key=lambda o: placed[o].y)
            box = placed[here]
            for i, there in enumerate(others):
                y = box.y + box.height * (i + 1) / (len(others) + 1)
                ports[(here, there) if side == "out" else (there, here)] = y
    edges, taken = [], []
    for (relay, source), count in kept:
        a, b = placed[relay], placed[source]
        y1, y2 = ports_out[(relay, source)], ports_in[(relay, source)]
        x1 = a.x + a.width
        if b.x > a.x:  # forward: from the right side of the relay to the left side of the source
            x2 = b.x - 2
            c1, c2 = (x1 + (x2 - x1) / 2, y1), (x2 - (x2 - x1) / 2, y2)
            backward = False
        else:  # same column or backwards (relays relaying each other): a loop round the right sides
            x2 = b.x + b.width + 2
            reach = 40 + abs(y2 - y1) / 4
            c1, c2 = (x1 + reach, y1), (x2 + reach, y2)
            backward = True
        path = f"M{x1:.1f},{y1:.1f} C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {x2:.1f},{y2:.1f}"
        # the count sits where the arrow is still apart from the others; a count that would cover
        # another is left to the arrow's tooltip and the list under the picture
        label_x = label_y = None
        for t in (0.82, 0.7, 0.5, 0.3):
            lx = (1 - t) ** 3 * x1 + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t ** 2 * c2[0] + t ** 3 * x2
            ly = (1 - t) ** 3 * y1 + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t ** 2 * c2[1] + t ** 3 * y2 - 3
            box = (lx - 4 * len(str(count)) - 2, ly - 10, lx + 4 * len(str(count)) + 2, ly + 2)
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
                taken.append(box)
                label_x, label_y = lx, ly
                break
        edges.append(GraphEdge(relay=a.label, source=b.label, count=count, path=path, label_x=label_x,
                               label_y=label_y, stroke=round(min(1.0 + 1.6 * math.log2(count), 7.0), 1),
                               backward=backward))
    return RelayGraph(width=width, height=height, nodes=tuple(placed.values()), edges=tuple(edges), total=len(weights))


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --- readability ------------------------------------------------------------------------------

def readability(text: str, *, sentences: int | None = None) -> tuple[Figure, ...]:
    """Readability of a document's story text, from textstat.

    >>> [f.name for f in readability("Five people were killed. The monitor said so.")][:2]
    ['Flesch reading ease', 'Flesch–Kincaid grade']
    """
    textstat = _textstat()
    words = textstat.lexicon_count(text) if text.strip() else 0
    shown = sentences if sentences is not None else (textstat.sentence_count(text) if words else 0)
    if not words:
        return (Figure("Flesch reading ease", "—", "no story text"), Figure("Flesch–Kincaid grade", "—", ""),
                Figure("Sentences", str(shown), "story sentences"), Figure("Words", "0", ""))
    ease = textstat.flesch_reading_ease(text)
    return (
        Figure("Flesch reading ease", f"{ease:.0f}", _ease_band(ease)),
        Figure("Flesch–Kincaid grade", f"{textstat.flesch_kincaid_grade(text):.1f}", "US school grade"),
        Figure("Sentences", str(shown), "story sentences (boilerplate left out)"),
        Figure("Words", str(words), ""),
        Figure("Words per sentence", f"{words / max(shown, 1):.1f}", ""),
    )


def _ease_band(score: float) -> str:
    """Flesch's own bands (Flesch 1948, "A new readability yardstick")."""
    for floor, band in ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"),
                        (50, "fairly difficult"), (30, "difficult")):
        if score >= floor:
            return band
    return "very difficult"


_CMUDICT_MODULE = "textstat.backend.utils._get_cmudict"


@lru_cache(maxsize=1)
def _textstat():
    """textstat, counting syllables offline.

    textstat 0.7.4 and later look English words up in nltk's cmudict and *download* it when it is
    missing; the report never touches the network, so syllables are counted with pyphen, which is
    textstat's own fallback for words cmudict lacks (and its only method before 0.7.4). The module
    that fetches cmudict is stood in for before textstat loads, so that loading textstat does not
    import the whole of nltk and scipy with it (about 2 s of every `verify report` here).
    """
    if "textstat" not in sys.modules and _CMUDICT_MODULE not in sys.modules:
        stand_in = types.ModuleType(_CMUDICT_MODULE, "verify's stand-in: no cmudict, syllables from pyphen")
        stand_in.get_cmudict = lambda lang: None
        sys.modules[_CMUDICT_MODULE] = stand_in
    import textstat

    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # an older textstat: pyphen only, nothing to turn off
        return textstat
    if hasattr(_count_syllables, "get_cmudict"):  # (textstat was loaded before the stand-in could go in)
        _count_syllables.get_cmudict = lambda lang: None
    return textstat


# --- review store -----------------------------------------------------------------------------

def open_review(db: str | Path | None, paths: Sequence[str]) -> tuple[ReviewInfo, Callable[[str], object] | None]:
    """Where review decisions come from, and a function from claim id to the current decision.

    `db` names the store; without it the store `verify review` uses for these inputs
    (`verify-review.sqlite` beside them) is read when it exists, and the report shows no review
    column when it does not. Decisions are read only when `verify.review` is installed: the report
    works without it.
    """
    try:
        from . import review as review_module
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.review":
            raise
        if db is None:
            return ReviewInfo(), None
        return ReviewInfo(db=str(db), note="review statuses are not shown: this installation has no review "
                                            "store (verify.review)"), None
    path = review_module.store_path(db, paths)
    if db is None and not path.is_file():
        return ReviewInfo(), None
    store = review_module.ReviewStore(path)
    decisions = store.current_all()  # one query, not one per claim; reading never creates the file
    note = None if path.is_file() else f"{db}: no review decisions there yet; every claim shows as unreviewed"
    return ReviewInfo(db=str(path), shown=True, note=note), decisions.get


# --- rendering --------------------------------------------------------------------------------

def figure(value: float | None) -> str:
    """A figure as people write it: 14.0 → '14', 1500.0 → '1,500', 0.5 → '0.5', None → '—'."""
    if value is None:
        return "—"
    if math.isinf(value):
        return "∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_range(low: float | None, high: float | None) -> str:
    """'48–85', or '' when both ends are one figure."""
    if low is None and high is None or low == high:
        return ""
    return f"{figure(low)}–{figure(high)}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


@lru_cache(maxsize=4)
def environment(directory: str | None = None):
    """The one Jinja environment of the report: templates from `reports/`, autoescape on, every filter."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(directory or str(resource_dir("reports"))), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(figure=figure, figure_range=figure_range, plural=plural, slug=_slug, shorten=_shorten)
    env.globals.update(STATUSES=STATUSES, STATUS_HELP=STATUS_HELP, HEDGE_LEVELS=HEDGE_LEVELS,
                       REVIEW_STATUSES=REVIEW_STATUSES, REVIEW_HELP=REVIEW_HELP, CHANGED_HELP=CHANGED_HELP)
    return env


@dataclass(frozen=True)
class Assets:
    """The inlined stylesheet and script, and the Content-Security-Policy that allows just them."""

    css: object
    js: object
    csp: str


@lru_cache(maxsize=4)
def _assets(directory: str) -> Assets:
    from markupsafe import Markup

    # our own shipped files, not document text: they go in verbatim, and the CSP names their hashes
    css = (Path(directory) / "report.css").read_text(encoding="utf-8")
    js = (Path(directory) / "report.js").read_text(encoding="utf-8")
    digest = lambda text: base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()  # noqa: E731
    csp = (f"default-src 'none'; style-src 'sha256-{digest(css)}'; script-src 'sha256-{digest(js)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return Assets(css=Markup(css), js=Markup(js), csp=csp)


def render_pages(context: ReportContext, *, directory: str | None = None):
    """Yield (relative path, HTML) for every page of the report."""
    env = environment(directory)
    assets = _assets(directory or str(resource_dir("reports")))
    index = env.get_template("index.html")
    yield "index.html", index.render(report=context, assets=assets, root="", page_title=context.title)
    page = env.get_template("document.html")
    for document in context.documents:
        yield document.page, page.render(report=context, document=document, assets=assets, root="../",
                                         page_title=document.title)


def context_dict(context: ReportContext) -> dict:
    """The JSON rendering of the context (`report.json`): claim groups, sources, documents, failures."""
    by_group = {g.group.id: g for g in context.groups}
    return {
        "schema": REPORT_SCHEMA, "version": context.version, "generated": context.generated,
        "inputs": list(context.inputs),
        "documents": [{"id": d.id, "page": d.page, "title": d.title, "origin": d.origin,
                       "numbers": len(d.numbers), "statuses": dict(d.statuses)} for d in context.documents],
        "claims": [{**group_dict(g.group), "documents": [a.document for a in by_group[g.group.id].appearances]}
                   for g in context.groups],
        "sources": [{"id": s.id, "name": s.name, "type": s.type, "affiliation": s.affiliation, "stated": s.stated,
                     "resting": s.resting, "groups": s.groups, "sentences": s.sentences, "relayed": s.relayed,
                     "relayed_by": s.relayed_by}
                    for s in context.sources],
        "relays": [{"relay": e.relay, "source": e.source, "sentences": e.count} for e in context.graph.edges],
        "failures": [{"origin": f.origin, "reason": f.reason} for f in context.failures],
        "review": {"db": context.review.db, "shown": context.review.shown, "note": context.review.note},
    }


def summary_line(context: ReportContext) -> str:
    """One line for the terminal: documents, claims, and groups per status."""
    counts = ", ".join(f"{n} {status}" for status, n in context.statuses if n)
    return (f"{plural(len(context.documents), 'document')}, {plural(context.claims, 'claim')} in "
            f"{plural(len(context.groups), 'claim group')}" + (f" ({counts})" if counts else "")
            + (f"; {plural(len(context.failures), 'input')} skipped" if context.failures else ""))


# --- writing ----------------------------------------------------------------------------------

def check_report_dir(directory: str | Path, *, inputs: Sequence[str] = ()) -> Path:
    """Raise InputError unless `directory` may receive a report: new, empty, or a previous report.

    Also refuses a directory inside an input directory (the next run would read the pages as
    articles), one that holds an input (replacing the report would delete it), and a read-only
    one. Returns the absolute path.
    """
    path = Path(directory).absolute()
    if path.exists() and not path.is_dir():
        raise InputError(f"{directory}: exists and is not a directory; give a new directory name for --output")
    if not path.parent.is_dir():
        raise InputError(f"{directory}: directory {path.parent} does not exist; create it first")
    if path.is_dir() and any(path.iterdir()) and not is_report_dir(path):
        if (path / MARKER).exists():
            raise InputError(f"{directory}: exists and is not a verify report ({Path(directory) / MARKER} is not "
                             "one written by verify); give a new directory name for --output, or remove it first")
        raise InputError(f"{directory}: exists and is not a verify report (it has no {MARKER}); "
                         "give a new directory name for --output, or remove it first")
    if path.is_dir() and not path.stat().st_mode & 0o222:
        raise InputError(f"{directory}: is read-only; give a new directory name for --output, or make it writable "
                         "(chmod u+w) or remove it first")
    resolved = _resolved(path)
    for item in inputs:
        if item == "-":
            continue
        source = _resolved(Path(item))
        if source == resolved or resolved in source.parents:
            raise InputError(f"{directory}: holds the input {item}, and the report replaces the directory whole, "
                             "which would delete it; write the report elsewhere, or move the input out")
        if Path(item).is_dir() and source in resolved.parents:
            raise InputError(f"{directory}: is inside the input directory {item}, so the next run would read the "
                             "report's pages as articles; write the report elsewhere")
    return path


def _resolved(path: Path) -> Path:
    """`path` with every symlink followed (absolute only, when a symlink loops)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def is_report_dir(path: Path) -> bool:
    """True when `path` holds a report written by `write_report` (its `report.json` says so)."""
    try:
        marker = json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("schema") == REPORT_SCHEMA


def write_report(context: ReportContext, directory: str | Path, *, inputs: Sequence[str] = ()) -> Path:
    """Render every page into a temporary directory beside `directory`, then move it into place.

    A failed run leaves `directory` as it was; a previous report there is replaced whole.
    Returns the absolute path of `index.html`.
    """
    target = check_report_dir(directory, inputs=inputs)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as error:
        raise InputError(_cannot_write(directory, error)) from None
    try:
        os.chmod(staging, 0o777 & ~_umask())
        (staging / "documents").mkdir()
        for relative, html in render_pages(context):
            (staging / relative).write_text(html, encoding="utf-8")
        (staging / MARKER).write_text(json.dumps(context_dict(context), ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
        _move_into_place(staging, target)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):  # unwritable directory, read-only file system, disk full
            raise InputError(_cannot_write(directory, error)) from None
        raise
    return target / "index.html"


def _cannot_write(directory: str | Path, error: OSError) -> str:
    """`cannot write DIRECTORY: reason`, the reason without the staging directory's name."""
    return f"cannot write {directory}: {error.strerror or error}; check the location or give another --output"


def _move_into_place(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
