"""Learned classifiers beside the rules: features, training, safe JSON model files, combination.

Example:
    >>> model = train_model("hedged", [["w:may"], ["w:said"], ["w:may", "w:said"], ["w:died"]], ["yes", "no", "yes", "no"])
    >>> model.predict(["w:may"])[0]
    'yes'

Two models (scikit-learn logistic regression over TF-IDF-weighted feature tokens):

- `attribution`: which kind of attribution a sentence carries — direct-quote, indirect,
  according-to, adverbial, anonymous or none. It catches what no rule names (a quotation that
  runs on without quote marks, a toll sentence continuing an official's account) and weighs
  competing rule hits.
- `hedged`: whether the sentence is hedged (yes/no); the gold records hedged or not, so the
  level stays the lexicon's, and the model decides whether there is any.

Features are tokens: words and word pairs, the first and last words, quotation marks, what the
rules found in the sentence (rule id, cue, stance, where the cue sits, hedge cues) and what they
found in the previous sentence, and simple length measures (textstat itself is not used at run
time: importing it costs 1.5 s, three times the whole cold start of an audit).

Model files are plain JSON (vocabulary, idf weights, coefficients): loading one executes nothing,
and a file that is corrupt, of another task or of another feature version is refused with a
`ModelError`. Prediction is pure Python over the sparse tokens, so an audit never imports
scikit-learn. How models and rules combine is in `combine` and is visible in the output:
`rule` names `model.*` when a model decided, and `confidence` gives the model's probability.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from operator import itemgetter, mul
from pathlib import Path

import orjson

from .errors import VerifyError
from .records import Attribution, Hedge, Sentence, replaced
from .resources import DATA_DIR

FEATURE_VERSION = 1
TASKS = {"attribution": ("according-to", "adverbial", "anonymous", "direct-quote", "indirect", "none"),
         "hedged": ("no", "yes")}
MODEL_FILES = {task: DATA_DIR / f"model-{task}.json" for task in TASKS}
ADVERBIAL_CUES = {"reportedly", "allegedly", "is said to", "are said to", "was said to", "were said to",
                  "it is claimed", "purportedly", "reputedly"}
QUOTES = set('"“”«»')
_WORDS = re.compile(r"[a-z0-9][a-z0-9'’-]*")
# words that start with a capital: a capital opening the text or after white space (the look behind it,
# not before, lets `re` skip to the capitals: three times as fast as "(?:^|(?<=\s))[A-Z]", the same matches)
_CAPITALISED = re.compile(r"[A-Z](?<!\S.)")
_DIGIT = re.compile(r"\d")

# How models and rules combine (chosen by grouped cross-validation, see `verify eval --cv`):
# a sentence the rules leave unattributed is attributed when the model is at least this sure,
ADD_ATTRIBUTION = 0.75
# and a sentence is hedged when the model is at least this sure, or the rules found a hedge and
# the model does not rule it out (twenty-first session, on the dev folds of both dev golds: adding a
# hedge from 0.5 instead of 0.8, with C below at 16 instead of 4, raised hedged F1 0.902 → 0.909,
# paired interval +0.004 to +0.010; README "Learned models").
ADD_HEDGE = 0.5
KEEP_HEDGE = 0.05
# The logistic regressions' C (inverse regularisation), chosen on the same dev folds (twenty-first
# session): 4 → 16 raised the hedge model's own F1 0.911 → 0.913 and the kind 0.877 → 0.883;
# beyond 16 nothing moved.
REGULARISATION = 16.0
# a continued attribution is taken from the last attributed sentence at most this many sentences back
CARRY_GAP = 2
# a model works out its coefficients times idf weights once it has scored this many sentences in
# a process (`Model._products_when_worth_it`): never in a one-article audit
PRODUCTS_AFTER = 2000


class ModelError(VerifyError):
    """A model file is missing, corrupt, or not the model it claims to be."""


# --- features ----------------------------------------------------------------------------------

def attribution_kind(text: str, attribution: Attribution | None) -> str:
    """The kind of a predicted attribution, in the labels of the `attribution` model."""
    if attribution is None:
        return "none"
    if (attribution.cue or "").lower() in ADVERBIAL_CUES:  # as `gold_kind`: "is reported to" is anonymous
        return "adverbial"
    if attribution.source_type == "anonymous":
        return "anonymous"
    if (attribution.cue or "").lower().startswith("according to"):
        return "according-to"
    if any(q in text for q in QUOTES) or attribution.rule.startswith("attr.carried.quote"):
        return "direct-quote"
    return "indirect"


def gold_kind(sentence: dict) -> str:
    """The kind of a gold sentence, from the fields the annotator wrote (see GUIDELINES.md)."""
    if sentence["source"] is None:
        return "none"
    cue = (sentence.get("cue") or "").lower()
    if cue in ADVERBIAL_CUES:
        return "adverbial"
    if sentence["source"] == "(unnamed)":
        return "anonymous"
    if cue.startswith("according to"):
        return "according-to"
    if QUOTES & set(sentence["text"]) or (sentence.get("carried") and QUOTES & set(sentence["text"])):
        return "direct-quote"
    return "indirect"


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return bisect_right(edges, value)  # (the edges rising: how many of them `value` reaches)


def features(text: str, *, attribution: Attribution | None, hedge: Hedge,
             previous_text: str | None, previous: Attribution | None) -> list[str]:
    """The feature tokens of one sentence (with repeats: counts are term frequencies)."""
    lowered = text.lower()
    words = _WORDS.findall(lowered)
    tokens = [f"w:{w}" for w in words]
    tokens += [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    tokens += [f"first:{w}" for w in words[:2]] + [f"last:{w}" for w in words[-2:]]
    quotes = sum(text.count(q) for q in QUOTES)
    stripped = text.strip()
    tokens += [f"quotes:{min(quotes, 3)}", f"quote-start:{stripped[:1] in QUOTES}",
               f"quote-end:{stripped[-2:].strip('.,') [-1:] in QUOTES if stripped else False}",
               f"length:{_bucket(len(words), (6, 12, 20, 30, 45))}",
               f"capitals:{_bucket(len(_CAPITALISED.findall(text)) / max(1, len(words)), (0.1, 0.2, 0.35))}",
               f"digits:{_DIGIT.search(text) is not None}"]
    kind = attribution_kind(text, attribution)
    tokens.append(f"rule-kind:{kind}")
    if attribution is not None:
        tokens += [f"rule:{attribution.rule.split('+')[0]}", f"stance:{attribution.stance}",
                   f"cue:{(attribution.cue or '').lower()}", f"source-type:{attribution.source_type}",
                   f"via:{bool(attribution.via)}"]
        if attribution.cue and attribution.cue.lower() in lowered:
            at = lowered.index(attribution.cue.lower()) / max(1, len(lowered))
            tokens.append(f"cue-at:{_bucket(at, (0.2, 0.5, 0.8))}")
    tokens.append(f"hedge-level:{hedge.level}")
    tokens += [f"hedge-cue:{cue.lower()}" for cue in hedge.cues]
    tokens.append(f"previous-kind:{attribution_kind(previous_text or '', previous) if previous_text is not None else 'start'}")
    if previous_text is not None:
        open_quote = (previous_text.count('"') % 2 == 1) or previous_text.count("“") > previous_text.count("”")
        tokens.append(f"previous-open-quote:{open_quote}")
    return tokens


# --- models ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Model:
    """A logistic regression over TF-IDF-weighted feature tokens, stored as JSON.

    vocabulary: token → column; idf: one weight per column; coef: one row per class (one row for
    two classes, as scikit-learn stores them); intercept: one per row; classes: the labels.
    """

    task: str
    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    trained_on: str = ""
    features_digest: str = ""  # as a model file records it ("" for a trained model, or a file of the first format)

    def probabilities(self, tokens: list[str]) -> dict[str, float]:
        """Class → probability for one sentence's feature tokens (TF-IDF, l2-normalised, then linear)."""
        return self.probabilities_many([tokens])[0]

    @cached_property
    def _arrays(self) -> tuple[array, tuple[array, ...]]:
        """The idf weights and each row's coefficients as arrays of doubles, with a 0 at the end
        for column -1, an unknown token (read fast at random places: from tuples of Python floats
        the sums took twice as long, the cache missing on every float)."""
        return _with_zero(self.idf), tuple(_with_zero(row) for row in self.coef)

    def weights_many(self, token_lists: list[list[str]]) -> list[tuple[itemgetter, float]]:
        """Each sentence's TF-IDF vector: (a getter of its tokens' columns, repeats kept, so a
        column's count is how often it is got; the vector's l2 norm), for `probabilities_many`.

        Pure Python over the few dozen tokens a sentence has: an audit of one article then needs
        no numpy, whose import alone took a seventh of a cold start here."""
        vocabulary, (idf, _) = self.vocabulary, self._arrays
        out = []
        for tokens in token_lists:
            columns = list(map(vocabulary.get, tokens, repeat(-1)))
            # (two more -1 columns, so that a getter of fewer than two columns still returns a tuple)
            pick = itemgetter(*columns, -1, -1)
            norm = math.sqrt(sum([(count * idf[column]) ** 2 for column, count in Counter(columns).items()]))
            out.append((pick, norm or 1.0))
        return out

    def probabilities_many(self, token_lists: list[list[str]], weights=None) -> list[dict[str, float]]:
        """Class → probability for each sentence's feature tokens (TF-IDF, l2-normalised, then
        linear); `weights` from `weights_many` of a model with the same vocabulary and idf may be
        passed to share the work."""
        weights = weights if weights is not None else self.weights_many(token_lists)
        products = self._products_when_worth_it(len(weights))
        if products is not None:
            return [self._class_probabilities([intercept + sum(pick(row)) / norm for row, intercept in products])
                    for pick, norm in weights]
        idf = self._arrays[0]
        rows = tuple(zip(self._arrays[1], self.intercept))
        return [self._class_probabilities([intercept + sum(map(mul, pick(row), picked)) / norm
                                           for row, intercept in rows])
                for pick, norm in weights for picked in (pick(idf),)]

    def _products_when_worth_it(self, sentences: int) -> tuple[tuple[array, float], ...] | None:
        """Each row's products of coefficient and idf weight, column by column (with the 0 of
        column -1), and its intercept, once this model has scored PRODUCTS_AFTER sentences; else
        None. A score then sums the very products the plain way multiplies, in the same order, so
        it is the same double to the last bit (`tests/test_learn.py` compares both ways); working
        them out takes ~25 ms for the attribution model, too much for a one-article audit, while
        over a corpus it saves half the scoring time."""
        state = self.__dict__  # (frozen: kept beside the cached properties, as `cached_property` does)
        products = state.get("_products")
        if products is None:
            scored = state["_scored"] = state.get("_scored", 0) + sentences
            if scored <= PRODUCTS_AFTER:
                return None
            idf, rows = self._arrays
            products = state["_products"] = tuple((array("d", map(mul, row, idf)), intercept)
                                                  for row, intercept in zip(rows, self.intercept))
        return products

    def _class_probabilities(self, scores: list[float]) -> dict[str, float]:
        """Class → probability from one row of decision scores (logistic for two classes, else softmax)."""
        if len(self.classes) == 2 and len(scores) == 1:
            positive = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - positive, self.classes[1]: positive}
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.classes, exps)}

    def predict(self, tokens: list[str]) -> tuple[str, float]:
        probabilities = self.probabilities(tokens)
        label = max(probabilities, key=probabilities.get)
        return label, probabilities[label]

    def to_json(self, *, features_of: Model | None = None) -> str:
        """The model file. With `features_of`, a model trained together with this one (the same
        vocabulary and idf weights), the file names that model's features instead of repeating them
        (a third of a cold audit's model loading here): `"features": task` and the features' digest,
        which `load_model` checks against the other file's."""
        data = {"format": "verify-model", "feature_version": FEATURE_VERSION, "task": self.task,
                "classes": list(self.classes), "trained_on": self.trained_on, "features_digest": self.digest(),
                "coef": [[round(x, 8) for x in row] for row in self.coef],
                "intercept": [round(x, 8) for x in self.intercept]}
        if features_of is not None and features_of.digest() == data["features_digest"]:
            data["features"] = features_of.task
        else:
            data["vocabulary"], data["idf"] = self.vocabulary, _rounded(self.idf)
        return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


    def digest(self) -> str:
        """The digest of this model's features: as its file recorded it, else worked out (only a
        model file is written with it, so training does not compute it)."""
        return self.features_digest or features_digest(self.vocabulary, self.idf)


def _rounded(values) -> list[float]:
    return [round(x, 8) for x in values]


def features_digest(vocabulary: dict[str, int], idf) -> str:
    """A digest of a model's features as its file writes them (vocabulary, idf weights to 8 places)."""
    text = json.dumps([vocabulary, _rounded(idf)], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _with_zero(values) -> array:
    """`values` as an array of doubles with a 0 after them (made from the tuple itself, not from a
    copy with the 0 unpacked into it: a quarter faster over the ~300,000 weights)."""
    out = array("d", values)
    out.append(0.0)
    return out


def load_model(path: str | Path, task: str, *, features: Model | None = None) -> Model:
    """Read a model file; refuse anything that is not a sound `task` model of this feature version.

    A file that names another model's features (`Model.to_json`) takes them from `features`, the
    model loaded from that model's file, whose features digest must be the one the file records.
    """
    path = Path(path)
    try:
        # orjson parses the ~300,000 weights in a third of the time json takes (a tenth of a second
        # of every cold audit here), to the same floats
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise ModelError(f"{path}: model file missing; rebuild the models with `verify train`") from None
    except (OSError, orjson.JSONDecodeError) as error:
        raise ModelError(f"{path}: not a readable model file ({error}); rebuild it with `verify train`") from None
    shared = isinstance(data, dict) and "features" in data
    if shared:
        if features is None or data["features"] != features.task:
            problem = f"its features are those of the {data['features']!r} model, which was not loaded with it"
        elif not features.features_digest or data.get("features_digest") != features.features_digest:
            problem = f"it was trained with other features than the {features.task!r} model file beside it"
        else:
            problem = None
        if problem:
            raise ModelError(f"{path}: {problem}; rebuild the models with `verify train`")
        data.pop("features")
        # (the other model's vocabulary and idf weights, checked when it loaded, are not checked again)
    problem = _check(data, task, features=features if shared else None)
    if problem:
        raise ModelError(f"{path}: {problem}; rebuild it with `verify train`")
    vocabulary, idf = (features.vocabulary, features.idf) if shared else (data["vocabulary"], tuple(data["idf"]))
    return Model(task=task, classes=tuple(data["classes"]), vocabulary=vocabulary, idf=idf,
                 coef=tuple(tuple(row) for row in data["coef"]), intercept=tuple(data["intercept"]),
                 trained_on=data.get("trained_on", ""), features_digest=data.get("features_digest", ""))


def _check(data, task: str, *, features: Model | None = None) -> str | None:
    """What is wrong with a model file's data, or None; with `features`, the vocabulary and idf
    weights are that model's, already checked."""
    if not isinstance(data, dict) or data.get("format") != "verify-model":
        return "not a verify model file"
    if data.get("task") != task:
        return f"this is the {data.get('task')!r} model, not the {task!r} model"
    if data.get("feature_version") != FEATURE_VERSION:
        return f"built for feature version {data.get('feature_version')}, this verify uses {FEATURE_VERSION}"
    if tuple(data.get("classes", ())) != TASKS[task]:
        return f"its classes {data.get('classes')} are not {list(TASKS[task])}"
    vocabulary, idf, coef, intercept = (data.get(k) for k in ("vocabulary", "idf", "coef", "intercept"))
    if features is not None:
        vocabulary, idf = features.vocabulary, features.idf
    if not isinstance(vocabulary, dict) or not isinstance(idf, (list, tuple)) or not isinstance(coef, list) \
            or not isinstance(intercept, list):
        return "vocabulary, idf, coef or intercept is missing or of the wrong type"
    width = len(idf)
    if features is None and (not set(map(type, vocabulary.values())) <= {int} or
                             sorted(vocabulary.values()) != list(range(width))):
        return "its vocabulary does not index its idf weights one to one"
    rows = 1 if len(TASKS[task]) == 2 else len(TASKS[task])
    if len(coef) != rows or len(intercept) != rows or any(not isinstance(r, list) or len(r) != width for r in coef):
        return "its coefficients do not match its classes and vocabulary"
    for values in ((intercept, *coef) if features is not None else (idf, intercept, *coef)):
        # JSON numbers load as int or float; a string, null, true/false, object or list does not
        # (one pass in C over the ~300,000 weights); a sum over finite numbers is finite unless
        # it overflows, which the slower test then tells apart
        if not set(map(type, values)) <= {int, float} or \
                not (math.isfinite(sum(values)) or all(map(math.isfinite, values))):
            return "it holds values that are not finite numbers"
    return None


def train_model(task: str, token_lists: list[list[str]], labels: list[str], *, C: float = REGULARISATION,
                trained_on: str = "") -> Model:
    """Fit one model; the same input always gives the same model (deterministic solver, sorted vocabulary)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=lambda tokens: tokens, lowercase=False, min_df=2, norm="l2",
                                 smooth_idf=True, sublinear_tf=False)
    matrix = vectorizer.fit_transform(token_lists)
    classes = TASKS[task] if task in TASKS else tuple(sorted(set(labels)))
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs", class_weight="balanced", random_state=0)
    model.fit(matrix, labels)
    # align rows with the task's fixed class order (classes absent from the data get a row of zeros
    # and a very low intercept, so they are never predicted)
    learned = list(model.classes_)
    if len(classes) == 2:
        if learned != list(classes):
            raise ModelError(f"training data for {task!r} must hold both classes {list(classes)}")
        coef = (tuple(float(x) for x in model.coef_[0]),)
        intercept = (float(model.intercept_[0]),)
    else:
        width = matrix.shape[1]
        coef, intercept = [], []
        for label in classes:
            if label in learned:
                row = learned.index(label) if len(learned) > 2 else None
                if row is None:
                    raise ModelError(f"training data for {task!r} holds only {learned}")
                coef.append(tuple(float(x) for x in model.coef_[row]))
                intercept.append(float(model.intercept_[row]))
            else:
                coef.append((0.0,) * width)
                intercept.append(-50.0)
        coef, intercept = tuple(coef), tuple(intercept)
    vocabulary = {token: int(column) for token, column in sorted(vectorizer.vocabulary_.items())}
    idf = tuple(float(x) for x in vectorizer.idf_)
    return Model(task=task, classes=classes, vocabulary=vocabulary, idf=idf, coef=coef, intercept=intercept,
                 trained_on=trained_on)


@dataclass(frozen=True)
class Models:
    """The models an audit uses; either may be None (rules alone decide that task)."""

    attribution: Model | None = None
    hedged: Model | None = None

    @cached_property
    def share_features(self) -> bool:
        """True when both models weigh feature tokens alike (trained together), so a document's
        TF-IDF weights serve both; compared once per Models, not per document."""
        if self.attribution is None or self.hedged is None:
            return False
        a, h = self.attribution, self.hedged
        # (models loaded from shipped files hold the very same vocabulary: no comparison of 100,000 keys)
        return (a.vocabulary is h.vocabulary or a.vocabulary == h.vocabulary) and (a.idf is h.idf or a.idf == h.idf)


@lru_cache(maxsize=1)
def shipped_models() -> Models:
    """The models shipped in `verify/data/`, loaded once."""
    attribution = load_model(MODEL_FILES["attribution"], "attribution")
    return Models(attribution=attribution, hedged=load_model(MODEL_FILES["hedged"], "hedged", features=attribution))


# --- combining ---------------------------------------------------------------------------------

def combine(sentences: list[Sentence], *, models: Models) -> list[Sentence]:
    """Rules first, models beside them; every change names the model that made it.

    - Attribution: a sentence the rules leave unattributed is attributed when the attribution
      model gives it a kind other than `none` with probability ≥ ADD_ATTRIBUTION: unnamed for
      anonymous/adverbial, else it continues the previous sentence's attribution
      (`rule: model.attribution.carried`). Rule attributions are kept, with the model's
      probability that the sentence is attributed as `confidence`.
    - Hedge: hedged when the hedge model says so with probability ≥ ADD_HEDGE, or when the rules
      found a hedge and the model's probability is ≥ KEEP_HEDGE; a hedge the model adds has the
      cue `(model)` and level low.
    """
    # features see what the rules said, here and in the sentence before, as in training; they do
    # not depend on what the models decide, so every sentence is scored in one go
    token_lists, previous_text, previous_rule = [], None, None
    for sentence in sentences:
        if not sentence.boilerplate:
            token_lists.append(features(sentence.text, attribution=sentence.attribution, hedge=sentence.hedge,
                                        previous_text=previous_text, previous=previous_rule))
            previous_text, previous_rule = sentence.text, sentence.attribution
    shared = models.attribution.weights_many(token_lists) if models.share_features else None
    attribution_scores = iter(models.attribution.probabilities_many(token_lists, shared) if models.attribution else ())
    hedge_scores = iter(models.hedged.probabilities_many(token_lists, shared) if models.hedged else ())
    out: list[Sentence] = []
    previous, since = None, 0
    for sentence in sentences:
        if sentence.boilerplate:
            out.append(sentence)
            continue
        attribution, hedge = sentence.attribution, sentence.hedge
        if models.attribution is not None:
            probabilities = next(attribution_scores)
            attributed = 1 - probabilities["none"]
            if attribution is None and attributed >= ADD_ATTRIBUTION:
                kind = max((k for k in probabilities if k != "none"), key=probabilities.get)
                if kind in {"anonymous", "adverbial"}:
                    attribution = Attribution(source="unnamed", source_id="anonymous", source_type="anonymous",
                                              rule=f"model.attribution.{kind}", confidence=round(attributed, 3))
                elif previous is not None:
                    attribution = replaced(previous, carried=True, mention=None, rule="model.attribution.carried",
                                           confidence=round(attributed, 3))
            elif attribution is not None:
                attribution = replaced(attribution, confidence=round(attributed, 3))
        if models.hedged is not None:
            probability = next(hedge_scores)["yes"]
            if hedge.level == "none" and probability >= ADD_HEDGE:
                hedge = Hedge(level="low", score=round(probability / 2, 3), cues=("(model)",),
                              confidence=round(probability, 3))
            elif hedge.level != "none" and probability < KEEP_HEDGE:
                hedge = Hedge(confidence=round(probability, 3))
            else:
                hedge = replaced(hedge, confidence=round(probability, 3))
        sentence = replaced(sentence, attribution=attribution, hedge=hedge)
        out.append(sentence)
        if sentence.attribution is not None:
            previous, since = sentence.attribution, 0
        else:
            since += 1
            if since > CARRY_GAP:
                previous = None  # too far back for a sentence to continue it
    return out
