"""The audit pipeline: the stages in order, each reading what the one before added.

Example:
    >>> from verify.records import Document
    >>> doc = audit_document(Document(id="d", origin="-", text="Five died, activists said."))
    >>> doc.sentences[0].attribution.source_type, doc.sentences[0].numbers[0].value
    ('anonymous', 5.0)

1. read       verify.reading       paths → Document (id, origin, text, metadata) | ReadFailure
2. segment    verify.segment       Document.text → Sentence (index, start, end, text)
3. boilerplate verify.boilerplate  Sentence.text → Sentence.boilerplate
4. attribute  verify.attribution   the document's sentences in order → Sentence.attribution
5. hedge      verify.hedging       Sentence.text + attribution stance → Sentence.hedge
5b. models    verify.learn         rule tags + text → attribution/hedge the rules missed, with confidence
6. numbers    verify.numbers       story Sentence.text → Sentence.numbers (document offsets)

Across documents (`audit_corpus`):
7. claims      verify.claims       AuditedDocument → Claim (interval, counted class, event, place, date, origins)
8. corroborate verify.corroborate  every Claim → ClaimGroup (same fact; single-source, corroborated, conflicting…)
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from dataclasses import dataclass

from .attribution import attribute
from .boilerplate import is_boilerplate
from .claims import extract_claims
from .corroborate import corroborate
from .hedging import assess_hedge
from .learn import Models, combine, shipped_models
from .numbers import find_numbers
from .reading import Columns, read_documents
from .records import AuditedDocument, Claim, ClaimGroup, Document, ReadFailure, replaced
from .rules import RuleSet, load_rules
from .segment import split_sentences


def audit_document(document: Document, *, rules: RuleSet | None = None,
                   models: Models | None = None) -> AuditedDocument:
    """Run stages 2–6 on one document. `models=None` uses the shipped models; `Models()` none."""
    rules = rules or load_rules()
    models = shipped_models() if models is None else models
    sentences = split_sentences(document.text, abbreviations=rules.abbreviations)            # 2
    boilerplate = [is_boilerplate(s.text, rules=rules) is not None for s in sentences]      # 3
    attributions = attribute(sentences, rules=rules, document=document)                      # 4
    # one new Sentence each with what stages 3, 5 and 6 found, not one per stage (numbers read
    # only the text, never what the models add)
    sentences = [replaced(s, boilerplate=b, attribution=a,
                          hedge=assess_hedge(s.text, rules=rules, attribution=a),               # 5
                          numbers=() if b else find_numbers(s.text, offset=s.start,             # 6
                                                            qualifiers=rules.qualifiers,
                                                            compounds=rules.compounds))
                 for s, b, a in zip(sentences, boilerplate, attributions)]
    if models.attribution is not None or models.hedged is not None:
        sentences = combine(sentences, models=models)                                         # 5b
    return AuditedDocument(document=document, sentences=tuple(sentences))


def audit_paths(paths: Sequence[str], *, rules: RuleSet | None = None, columns: Columns = Columns(),
                encoding: str = "utf-8", models: Models | None = None,
                jobs: int = 1, outlet: str | None = None) -> Iterator[AuditedDocument | ReadFailure]:
    """Read every path (stage 1) and audit each document; failures pass through in order.

    jobs: processes auditing at once (0: one per core). Documents are read here and audited in
    batches by worker processes; results come back in input order. outlet: the publisher of the
    documents that name none (`verify.reading.read_documents`).
    """
    items = read_documents(paths, columns=columns, encoding=encoding, outlet=outlet)         # 1
    return audit_documents(items, rules=rules, models=models, jobs=jobs)


def audit_documents(items, *, rules: RuleSet | None = None, models: Models | None = None,
                    jobs: int = 1) -> Iterator[AuditedDocument | ReadFailure]:
    """Stages 2–6 over documents (ReadFailures pass through), in `jobs` processes, in order."""
    rules = rules or load_rules()
    models = shipped_models() if models is None else models
    jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, ReadFailure) else audit_document(item, rules=rules, models=models)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(rules, models)) as pool:
        for batch in pool.map(_audit_batch, _batches(items, BATCH)):
            yield from batch


BATCH = 32
_WORKER: tuple = ()


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _start_worker(rules, models):
    global _WORKER
    _WORKER = (rules, models)


def _audit_batch(batch):
    rules, models = _WORKER
    return [item if isinstance(item, ReadFailure) else audit_document(item, rules=rules, models=models)
            for item in batch]


@dataclass(frozen=True)
class CorpusAudit:
    """Every audited document of a run, the documents that could not be read, and the claims."""

    documents: tuple[AuditedDocument, ...]
    failures: tuple[ReadFailure, ...]
    claims: tuple[Claim, ...]
    groups: tuple[ClaimGroup, ...]


def audit_corpus(items, *, rules: RuleSet | None = None) -> CorpusAudit:
    """Stages 7–8 over audited documents (or ReadFailures, passed through) from `audit_paths`."""
    rules = rules or load_rules()
    documents, failures = [], []
    for item in items:
        (failures if isinstance(item, ReadFailure) else documents).append(item)
    claims = tuple(c for d in documents for c in extract_claims(d, rules=rules))                 # 7
    return CorpusAudit(tuple(documents), tuple(failures), claims, corroborate(claims, rules=rules))  # 8
