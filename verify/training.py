"""Build the shipped models from the person-written gold, and measure them honestly.

Example:
    verify train                      # rebuild verify/data/model-*.json from fixtures/gold/dev and gold-wire/dev
    verify eval fixtures/gold --cv 5  # rules alone, model alone, combination, by grouped folds

Training rows are the gold's story sentences, aligned by offsets with the sentences the rules
pipeline cuts; features come from the rules' own output (`verify.learn.features`), labels from
what the annotators wrote. Cross-validation splits by article (scikit-learn's GroupKFold), never
by sentence, so no figure is measured on an article whose sentences trained the model.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import GoldError
from .evaluate import Report, _align, _binary, gold_document, score_document
from .learn import MODEL_FILES, Models, combine, features, gold_kind, train_model
from .pipeline import audit_document
from .rules import RuleSet


@dataclass(frozen=True)
class Row:
    """One training sentence: its article, feature tokens and gold labels."""

    document: str
    tokens: tuple[str, ...]
    kind: str
    hedged: str


@dataclass(frozen=True)
class Prepared:
    """A gold article with its rules-only audit and training rows."""

    gold: dict
    audited: object
    rows: tuple[Row, ...]


def prepare(gold_files, *, rules: RuleSet) -> list[Prepared]:
    """Audit every gold article with the rules alone and pair its sentences with gold labels."""
    prepared = []
    for file, gold in gold_files:
        audited = audit_document(gold_document(file, gold), rules=rules, models=Models())
        labels = {}
        for g in gold["sentences"]:
            p = _align(g, audited)
            if p is not None and not g["boilerplate"] and p.index not in labels:
                labels[p.index] = (gold_kind(g), "yes" if g["hedged"] else "no")
        rows, previous_text, previous = [], None, None
        for sentence in audited.sentences:
            if sentence.boilerplate:
                continue
            tokens = features(sentence.text, attribution=sentence.attribution, hedge=sentence.hedge,
                              previous_text=previous_text, previous=previous)
            previous_text, previous = sentence.text, sentence.attribution
            if sentence.index in labels:
                kind, hedged = labels[sentence.index]
                rows.append(Row(gold["id"], tuple(tokens), kind, hedged))
        prepared.append(Prepared(gold, audited, tuple(rows)))
    return prepared


def fit(prepared: list[Prepared], *, trained_on: str = "") -> Models:
    """Train both models on the rows of the given articles (deterministic)."""
    rows = [row for item in prepared for row in item.rows]
    check_classes(rows, articles=len(prepared))
    tokens = [list(row.tokens) for row in rows]
    return Models(attribution=train_model("attribution", tokens, [r.kind for r in rows], trained_on=trained_on),
                  hedged=train_model("hedged", tokens, [r.hedged for r in rows], trained_on=trained_on))


def check_classes(rows, *, articles: int) -> None:
    """GoldError unless the rows can train both models: the hedged model needs hedged and unhedged
    sentences, the attribution model at least three kinds (`learn.TASKS`), as `train_model` does."""
    from .learn import TASKS

    where = f"the training gold ({articles} article(s), {len(rows)} story sentence(s))"
    if not rows:
        raise GoldError(f"{where} has no story sentence to train on; give gold with non-boilerplate sentences")
    hedged = {row.hedged for row in rows}
    for label, meaning in (("yes", "hedged"), ("no", "unhedged")):
        if label not in hedged:
            raise GoldError(f"cannot train the hedged model: {where} has no {meaning} sentence (class {label!r}); "
                            f"it needs both classes {list(TASKS['hedged'])}")
    kinds = sorted({row.kind for row in rows})
    if len(kinds) < 3:
        missing = [kind for kind in TASKS["attribution"] if kind not in kinds]
        raise GoldError(f"cannot train the attribution model: {where} has only sentences of kind "
                        f"{', '.join(map(repr, kinds))}, none of {', '.join(map(repr, missing))}; "
                        f"it needs at least three of the kinds {list(TASKS['attribution'])}")


def write_models(models: Models, directory: Path | None = None) -> list[Path]:
    """Write the model files (into `verify/data/` by default); returns their paths."""
    written = []
    for task, path in MODEL_FILES.items():
        target = Path(directory) / path.name if directory else path
        # the hedged model names the attribution model's features (trained on the same tokens) instead
        # of repeating its vocabulary and idf weights
        model = getattr(models, task)
        text = model.to_json(features_of=models.attribution if task != "attribution" else None)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def _score_model_alone(item: Prepared, models: Models, report: Report) -> None:
    """The model's own decisions on attributed / kind / hedged, without the rules' final say."""
    own = Report()
    for row in item.rows:
        kind, _ = models.attribution.predict(list(row.tokens))
        hedged, _ = models.hedged.predict(list(row.tokens))
        own.sentences += 1
        own.kinds[(row.kind, kind)] += 1
        own.hedges[(row.hedged, hedged)] += 1
        _binary(own.counts["attributed"], row.kind != "none", kind != "none")
        _binary(own.counts["hedged"], row.hedged == "yes", hedged == "yes")
    report.add(item.gold["id"], own)


def article_folds(prepared: list[Prepared], folds: int) -> list[tuple[list[Prepared], list[Prepared]]]:
    """(train, test) per fold, split by article (GroupKFold): every article is tested exactly once
    and never trains the models it is tested with."""
    from sklearn.model_selection import GroupKFold

    from .errors import GoldError

    documents = [item.gold["id"] for item in prepared]
    if len(set(documents)) < folds:
        raise GoldError(f"{folds}-fold cross-validation needs at least {folds} gold articles; "
                        f"{len(set(documents))} given")
    return [([prepared[i] for i in train], [prepared[i] for i in test])
            for train, test in GroupKFold(n_splits=folds).split(prepared, groups=documents)]


def cross_validate(gold_files, *, rules: RuleSet, folds: int = 5, train_also=()) -> dict[str, Report]:
    """Grouped k-fold cross-validation by article: rules alone, model alone, combination.

    `train_also`: gold files that only ever train (e.g. the dev gold the rules were tuned on, when
    `gold_files` is the held-out gold): every fold's models learn from them too, none is scored.
    """
    prepared = prepare(gold_files, rules=rules)
    extra = prepare(train_also, rules=rules) if train_also else []
    scored = {item.gold["id"] for item in prepared}
    extra = [item for item in extra if item.gold["id"] not in scored]
    reports = {"rules": Report(), "model": Report(), "combination": Report()}
    for fold, (train, test) in enumerate(article_folds(prepared, folds), start=1):
        try:
            models = fit(train + extra)
        except GoldError as error:
            tested = ", ".join(sorted(item.gold["id"] for item in test))
            raise GoldError(f"fold {fold} of {folds} (trained without {tested}): {error}") from None
        for item in test:
            score_document(item.gold, item.audited, rules=rules, report=reports["rules"])
            _score_model_alone(item, models, reports["model"])
            combined = type(item.audited)(item.audited.document, tuple(combine(list(item.audited.sentences),
                                                                               models=models)))
            score_document(item.gold, combined, rules=rules, report=reports["combination"])
    return reports

