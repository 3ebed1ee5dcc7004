"""Score the pipeline against person-written gold (`fixtures/gold/`): precision, recall, F1.

Example:
    >>> prf(8, 2, 0)
    (0.8, 1.0, 0.889)

Gold sentences were cut by an independent splitter, so each gold sentence is aligned with the
predicted sentence that overlaps it most (character offsets). Gold numbers are located by their
text inside the gold sentence and matched to predicted numbers by overlapping offsets.

Tasks (see README, "Accuracy"):
- attributed: the sentence has a source or not (story sentences only: gold boilerplate is skipped);
- source: the right source (an attribution with the wrong source is a false positive and a false
  negative); names match when the registry maps both to one id (`Registry.find`, which also
  reads a name that lost its apostrophe, "Russias military", as the tool does), when both are
  unnamed, when both name one country's government the registry does not know ("Malagasy
  government", "Madagascar's government": one origin to the claims too, `national_government`),
  or when one name's words contain the other's (after normalisation);
- via: relay names over all sentences;
- hedged: the sentence is hedged or not;
- numbers: a quantity found with the right value; counted: the right counted thing on a found number
  (case and some British or American spellings aside: "kilometre" is "kilometer", "centre" "center");
- boilerplate: the sentence is marked boilerplate or not.

Each document's own counts are kept too, so that `Report.intervals()` can give every F1 a 95 %
bootstrap interval by resampling whole articles.
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from .attribution import national_government
from .errors import GoldError
from .pipeline import audit_document
from .records import AuditedDocument, Document
from .resources import PACKAGE_DIR
from .rules import RuleSet, normalise_name
from .validation import problems

TASKS = ("attributed", "source", "via", "hedged", "numbers", "counted", "boilerplate")
UNNAMED = "(unnamed)"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 rounded to 3 places (1.0 when there is nothing to find or find)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self):
        return prf(self.tp, self.fp, self.fn)


@dataclass
class Report:
    """Counts per task, and the disagreements for inspection (dev gold only)."""

    counts: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TASKS})
    documents: int = 0
    sentences: int = 0
    errors: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)    # (gold kind, predicted kind) → sentences
    hedges: Counter = field(default_factory=Counter)   # (gold hedged, predicted hedged) → sentences
    # each scored document's own counts by its id: what the bootstrap intervals resample
    per_document: dict[str, tuple[dict[str, tuple[int, int, int]], Counter]] = field(default_factory=dict)

    def add(self, document: str, own: Report) -> None:
        """Add one document's report (`own`, which counted that document alone) to this one."""
        for task, counts in own.counts.items():
            total = self.counts[task]
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
        self.documents += 1
        self.sentences += own.sentences
        self.errors.extend(own.errors)
        self.kinds.update(own.kinds)
        self.hedges.update(own.hedges)
        self.per_document[document] = ({task: (n.tp, n.fp, n.fn) for task, n in own.counts.items()}, own.kinds)

    def kind_scores(self) -> dict[str, tuple[float, float, float]]:
        """Precision/recall/F1 per attribution kind, from the confusion counts."""
        labels = sorted({k for pair in self.kinds for k in pair})
        out = {}
        for label in labels:
            tp = self.kinds[(label, label)]
            fp = sum(n for (g, p), n in self.kinds.items() if p == label and g != label)
            fn = sum(n for (g, p), n in self.kinds.items() if g == label and p != label)
            out[label] = prf(tp, fp, fn)
        return out

    def kind_macro_f1(self) -> float:
        scores = self.kind_scores()
        return round(sum(f for _, _, f in scores.values()) / len(scores), 3) if scores else 0.0

    def intervals(self, resamples: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
        """95 % bootstrap intervals of each task's F1 and of the kind macro-F1, resampling whole
        documents (sentences of one article are not independent): the 2.5th and 97.5th
        percentiles over `resamples` samples of as many documents as were scored, drawn with
        replacement. Fixed seed: the same gold and predictions give the same intervals."""
        return {task: _percentiles(f1) for task, f1 in self._bootstrap(resamples, seed).items()}

    def difference(self, other: Report, resamples: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
        """95 % paired bootstrap intervals of this report's F1 minus `other`'s, for two systems
        scored on the same documents: each sample draws the same articles for both, so an
        interval that excludes 0 means one system is better on articles like these."""
        if sorted(self.per_document) != sorted(other.per_document):
            raise ValueError("the two reports did not score the same documents")
        mine, theirs = self._bootstrap(resamples, seed), other._bootstrap(resamples, seed)
        return {task: _percentiles(mine[task] - theirs[task]) for task in mine if task in theirs}

    def _bootstrap(self, resamples: int, seed: int) -> dict:
        """Each task's F1 (and the kind macro-F1) on `resamples` bootstrap samples of the documents."""
        import numpy as np

        if not self.per_document:
            return {}
        documents = [self.per_document[key] for key in sorted(self.per_document)]  # not the scoring order
        draws = np.random.default_rng(seed).integers(0, len(documents), (resamples, len(documents)))
        out = {}
        for task in self.counts:
            counts = np.array([document[task] for document, _ in documents], dtype=float)
            if not counts.sum():
                continue
            tp, fp, fn = (counts[:, column][draws].sum(axis=1) for column in range(3))
            out[task] = np.divide(2 * tp, 2 * tp + fp + fn, out=np.ones_like(tp), where=2 * tp + fp + fn > 0)
        labels = sorted({k for _, kinds in documents for pair in kinds for k in pair})
        if labels:
            pairs = [(g, p) for g in labels for p in labels]
            confusion = np.array([[kinds[pair] for pair in pairs] for _, kinds in documents], dtype=float)
            sampled = confusion[draws].sum(axis=1).reshape(resamples, len(labels), len(labels))
            tp = np.diagonal(sampled, axis1=1, axis2=2)
            gold, predicted = sampled.sum(axis=2), sampled.sum(axis=1)
            # a label absent from a sample (no gold, no prediction) scores 1.0, as in prf()
            f1 = np.divide(2 * tp, gold + predicted, out=np.ones_like(tp), where=gold + predicted > 0)
            out["kind (macro-F1)"] = f1.mean(axis=1)
        return out

    def as_dict(self, intervals: bool = False):
        extra = {"f1_intervals": {task: list(bounds) for task, bounds in self.intervals().items()}} if intervals else {}
        return {"documents": self.documents, "sentences": self.sentences, **extra,
                # a task this system does not do (the model alone names no source) is left out
                "tasks": {t: dict(zip(("precision", "recall", "f1"), c.scores()), tp=c.tp, fp=c.fp, fn=c.fn)
                          for t, c in self.counts.items() if c.tp + c.fp + c.fn},
                "kind_macro_f1": self.kind_macro_f1(),
                "kind_confusion": [{"gold": g, "predicted": p, "sentences": n} for (g, p), n in sorted(self.kinds.items())],
                "hedge_confusion": [{"gold": g, "predicted": p, "sentences": n}
                                    for (g, p), n in sorted(self.hedges.items())]}


def _percentiles(samples) -> tuple[float, float]:
    import numpy as np

    low, high = np.percentile(samples, [2.5, 97.5])
    return round(float(low), 3), round(float(high), 3)


def load_gold(paths) -> list[tuple[Path, dict]]:
    """Every gold file under the given files or directories, sorted."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob("*.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise GoldError(f"{path}: no such gold file or directory; give fixtures/gold/dev or fixtures/gold/heldout")
    if not files:
        raise GoldError(f"{', '.join(map(str, paths))}: no gold .json files found")
    gold = []
    for file in files:
        try:
            doc = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GoldError(f"{file}: not a readable gold JSON file ({error})") from None
        problem = gold_problem(doc)
        if problem:
            raise GoldError(f"{file}: {problem}")
        gold.append((file, doc))
    return gold


# The shape of a gold file (fixtures/gold/GUIDELINES.md): what `verify eval` and `verify train` read.
# the shape of a gold file (shipped beside the audit schema; see fixtures/gold/GUIDELINES.md)
GOLD_SCHEMA = json.loads((PACKAGE_DIR / "schema" / "gold-1.schema.json").read_text(encoding="utf-8"))


def gold_problem(doc) -> str | None:
    """What is wrong with a parsed gold file (None when nothing is): its shape against
    `GOLD_SCHEMA`, then offsets that run backwards and numbers missing from their sentence.

    >>> gold_problem([])
    'the top level must be a JSON object (found a list); see fixtures/gold/GUIDELINES.md'
    >>> gold_problem({"id": "a", "origin": 5, "annotator": "me", "sentences": []})
    "origin: 5 is not of type 'string'; see fixtures/gold/GUIDELINES.md"
    """
    guide = "; see fixtures/gold/GUIDELINES.md"
    if not isinstance(doc, dict):
        return f"the top level must be a JSON object (found {_json_type(doc)}){guide}"
    for key in ("id", "origin", "sentences"):
        if key not in doc:
            return f"gold file lacks the key {key!r}{guide}"
    if not doc.get("annotator"):
        return "gold file has no annotator; only person-checked gold is scored"
    errors = sorted(problems(GOLD_SCHEMA, doc),
                    key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        error = errors[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        return f"{where + ': ' if where else ''}{error.message}{more}{guide}"
    for at, sentence in enumerate(doc["sentences"]):
        if sentence["end"] < sentence["start"]:
            return f"sentences[{at}]: end {sentence['end']} is before start {sentence['start']}"
        for number in sentence["numbers"]:
            if number["text"] not in sentence["text"]:
                return f"sentences[{at}]: number {number['text']!r} is not in the sentence's text"
    return None


def _json_type(value) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _find_origin(origin: str, near: Path) -> Path:
    for base in (Path.cwd(), *near.resolve().parents):
        candidate = base / origin
        if candidate.is_file():
            return candidate
    raise GoldError(f"{near}: cannot find its origin {origin!r}; run verify eval from the repository")


_CSV_CACHE: dict[Path, dict[str, dict]] = {}
ORIGIN_COLUMNS = ("unit_id", "article_content")


def _read_origin_csv(origin: Path, file: Path) -> dict[str, dict]:
    """The rows of a gold file's origin CSV by unit_id (GoldError naming the gold file when unreadable)."""
    try:
        with open(origin, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in ORIGIN_COLUMNS if column not in (reader.fieldnames or ())]
            if missing:
                raise GoldError(f"{file}: its origin {origin} has no {' or '.join(missing)} column; "
                                f"an origin CSV needs the columns {', '.join(ORIGIN_COLUMNS)} (FA-KES layout)")
            return {row["unit_id"]: row for row in reader}
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise GoldError(f"{file}: cannot read its origin {origin} ({error}); "
                        f"the origin must be a UTF-8 CSV file") from None


def gold_document(file: Path, gold: dict) -> Document:
    """The document a gold file annotates, read from its origin (a seed file or a CSV row)."""
    origin = _find_origin(gold["origin"], file)
    if origin.suffix == ".csv":
        if origin not in _CSV_CACHE:
            _CSV_CACHE[origin] = _read_origin_csv(origin, file)
        row = _CSV_CACHE[origin].get(gold["id"])
        if row is None:
            raise GoldError(f"{file}: id {gold['id']} is not in {origin}")
        if row.get("article_content") is None:
            raise GoldError(f"{file}: the row of id {gold['id']} in {origin} has no article_content field")
        document = Document(id=gold["id"], origin=f"{origin}", text=row["article_content"],
                            title=row.get("article_title") or None, outlet=row.get("source") or None,
                            published=row.get("date") or None)
    else:
        try:
            text = origin.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise GoldError(f"{file}: cannot read its origin {origin} ({error}); "
                            f"the origin must be a UTF-8 text file") from None
        document = Document(id=origin.name, origin=str(origin), text=text)
    for sentence in gold["sentences"]:
        if document.text[sentence["start"]:sentence["end"]] != sentence["text"]:
            raise GoldError(f"{file}: sentence {sentence['index']} does not match the text at its offsets")
    return document


def same_source(gold: str | None, predicted, rules: RuleSet) -> bool:
    """Whether the predicted attribution names the gold source (see module docstring)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold == UNNAMED or predicted.source_type == "anonymous":
        return gold == UNNAMED and predicted.source_type == "anonymous"
    registry = rules.registry
    known = registry.find(gold)
    if known is not None and (known.id == predicted.source_id or registry.find(predicted.source) is known):
        return True
    if predicted.source_type == "government" and (government := national_government(gold, rules)) is not None and \
            government == national_government(predicted.source, rules):
        return True  # one country's government however written (the claims' one origin)
    a, b = normalise_name(gold), normalise_name(predicted.source)
    return a == b or fuzz.token_set_ratio(a, b) >= 95


def _same_name(gold: str, predicted: str, rules: RuleSet) -> bool:
    registry = rules.registry
    a, b = registry.find(gold), registry.find(predicted)
    if a is not None and a is b:
        return True
    return fuzz.token_set_ratio(normalise_name(gold), normalise_name(predicted)) >= 95


def _align(gold_sentence: dict, audited: AuditedDocument):
    best, best_overlap = None, 0
    for sentence in audited.sentences:
        overlap = min(sentence.end, gold_sentence["end"]) - max(sentence.start, gold_sentence["start"])
        if overlap > best_overlap:
            best, best_overlap = sentence, overlap
    return best


def _gold_numbers(sentence: dict) -> list[dict]:
    found, cursor = [], 0
    for number in sentence["numbers"]:
        # whole words only: "16" must not be found inside "2016"
        word = re.compile(rf"(?<![\w.,]){re.escape(number['text'])}(?![\w])")
        match = word.search(sentence["text"], cursor) or word.search(sentence["text"])
        at = match.start() if match else sentence["text"].find(number["text"])
        if at < 0:
            raise GoldError(f"gold number {number['text']!r} is not in sentence {sentence['index']}")
        start = sentence["start"] + at
        found.append({**number, "start": start, "end": start + len(number["text"])})
        cursor = at + len(number["text"])
    return found


def _same_value(gold: dict, predicted) -> bool:
    if gold.get("value") is None or predicted.value is None:
        return gold.get("value") is None and predicted.value is None
    return abs(float(gold["value"]) - predicted.value) < 1e-6 * max(1.0, abs(predicted.value))


def score(gold_files, *, rules: RuleSet, models=None, report: Report | None = None) -> Report:
    """Run the pipeline on each gold document and count agreements per task.

    models: None for the shipped models, `verify.learn.Models()` for the rules alone.
    """
    report = report or Report()
    for file, gold in gold_files:
        document = gold_document(file, gold)
        score_document(gold, audit_document(document, rules=rules, models=models), rules=rules, report=report)
    return report


# British spellings the gold writes as often as the American ones the tool writes: -tre ("kilometre",
# "litre", "centre"), -gramme, and -our in the words news counts with ("armoured", "neighbour",
# "labourer", "harbour", "colour"): the same thing.
_BRITISH = ((re.compile(r"(?<=[a-z])tre\b"), "ter"), (re.compile(r"gramme\b"), "gram"),
            (re.compile(r"\b(armo|neighbo|labo|harbo|colo|favo|hono|rumo|behavio)ur"), r"\1r"))


def same_counted(gold: str, predicted: str) -> bool:
    """Whether two counted things are the same noun, case and the British or American spellings above aside.

    >>> same_counted("kilometre per hour", "kilometer per hour"), same_counted("tonne", "ton")
    (True, False)
    """
    def key(noun: str) -> str:
        noun = noun.lower()
        for pattern, american in _BRITISH:
            noun = pattern.sub(american, noun)
        return noun
    return key(gold) == key(predicted)


def score_document(gold: dict, audited: AuditedDocument, *, rules: RuleSet, report: Report) -> None:
    """Count the agreements of one audited document with its gold, and keep its own counts."""
    own = Report()
    _count_document(gold, audited, rules=rules, report=own)
    report.add(gold["id"], own)


def _count_document(gold: dict, audited: AuditedDocument, *, rules: RuleSet, report: Report) -> None:
    from .learn import attribution_kind, gold_kind

    c = report.counts
    numbers_seen = set()
    for g in gold["sentences"]:
        report.sentences += 1
        p = _align(g, audited)
        where = f"{gold['id']}#{g['index']}"
        attribution = p.attribution if p else None
        _binary(c["boilerplate"], g["boilerplate"], bool(p and p.boilerplate))
        if g["boilerplate"] != bool(p and p.boilerplate):
            report.errors.append(f"boilerplate {where}: gold {g['boilerplate']} predicted {not g['boilerplate']} "
                                 f"| {g['text'][:110]}")
        if not g["boilerplate"]:
            report.kinds[(gold_kind(g), attribution_kind(p.text if p else "", attribution))] += 1
            report.hedges[("yes" if g["hedged"] else "no",
                           "yes" if p and p.hedge.level != "none" else "no")] += 1
            _binary(c["attributed"], g["source"] is not None, attribution is not None)
            if g["source"] is not None and attribution is not None and same_source(g["source"], attribution, rules):
                c["source"].tp += 1
            else:
                if attribution is not None:
                    c["source"].fp += 1
                if g["source"] is not None:
                    c["source"].fn += 1
                if g["source"] is not None or attribution is not None:
                    report.errors.append(f"source {where}: gold {g['source']!r} predicted "
                                         f"{attribution.source if attribution else None!r} | {g['text'][:110]}")
            hedged = bool(p and p.hedge.level != "none")
            _binary(c["hedged"], bool(g["hedged"]), hedged)
            if bool(g["hedged"]) != hedged:
                report.errors.append(f"hedge {where}: gold {g['hedge_cues']} predicted "
                                     f"{list(p.hedge.cues) if p else []} | {g['text'][:110]}")
        gold_via = list(g.get("via") or [])
        predicted_via = list(attribution.via) if attribution else []
        matched = 0
        remaining = list(predicted_via)
        for name in gold_via:
            hit = next((v for v in remaining if _same_name(name, v, rules)), None)
            if hit is not None:
                matched += 1
                remaining.remove(hit)
        c["via"].tp += matched
        c["via"].fp += len(remaining)
        c["via"].fn += len(gold_via) - matched
        if remaining or matched < len(gold_via):
            report.errors.append(f"via {where}: gold {gold_via} predicted {predicted_via} | {g['text'][:110]}")
        predicted_numbers = [n for s in audited.sentences for n in s.numbers
                             if n.start < g["end"] and n.end > g["start"]]
        for n in _gold_numbers(g):
            hit = next((q for q in predicted_numbers if q.start < n["end"] and q.end > n["start"]
                        and id(q) not in numbers_seen and _same_value(n, q)), None)
            if hit is None:
                c["numbers"].fn += 1
                if n.get("counted"):
                    c["counted"].fn += 1
                report.errors.append(f"number {where}: missed {n['text']!r} ({n.get('value')}) | {g['text'][:110]}")
                continue
            numbers_seen.add(id(hit))
            c["numbers"].tp += 1
            if n.get("counted") and hit.counted and same_counted(n["counted"], hit.counted):
                c["counted"].tp += 1
            elif n.get("counted") or hit.counted:
                c["counted"].fp += bool(hit.counted)
                c["counted"].fn += bool(n.get("counted"))
                report.errors.append(f"counted {where}: {n['text']!r} gold {n.get('counted')!r} "
                                     f"predicted {hit.counted!r}")
        for q in predicted_numbers:
            if id(q) not in numbers_seen and g["start"] <= q.start < g["end"]:
                c["numbers"].fp += 1
                if q.counted:
                    c["counted"].fp += 1
                report.errors.append(f"number {where}: spurious {q.text!r} ({q.value}) | {g['text'][:110]}")


def _binary(counts: Counts, gold: bool, predicted: bool) -> None:
    if gold and predicted:
        counts.tp += 1
    elif predicted:
        counts.fp += 1
    elif gold:
        counts.fn += 1
