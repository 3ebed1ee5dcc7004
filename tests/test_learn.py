"""Tests for verify.learn and verify.training: features, safe model files, determinism, combination."""
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from verify.evaluate import load_gold
from verify.learn import (MODEL_FILES, REGULARISATION, ModelError, Models, attribution_kind, combine, features,
                          gold_kind, load_model, shipped_models, train_model)
from verify.pipeline import audit_document
from verify.records import Attribution, Document, Hedge
from verify.rules import load_rules
from verify.training import article_folds, cross_validate, fit, prepare, write_models

ROOT = Path(__file__).resolve().parent.parent
SOME_GOLD = sorted((ROOT / "fixtures" / "gold" / "dev").glob("0*.json"))  # the five seeds


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def prepared(rules):
    return prepare(load_gold([str(p) for p in SOME_GOLD]), rules=rules)


@pytest.mark.parametrize("sentence, kind", [
    ({"source": None, "cue": None, "text": "Five died."}, "none"),
    ({"source": "(unnamed)", "cue": "reportedly", "text": "Missiles reportedly hit."}, "adverbial"),
    ({"source": "(unnamed)", "cue": "said", "text": "Activists said five died."}, "anonymous"),
    ({"source": "SANA", "cue": "according to", "text": "Five died, according to SANA."}, "according-to"),
    ({"source": "SANA", "cue": "said", "text": '"Five died," SANA said.'}, "direct-quote"),
    ({"source": "SANA", "cue": "said", "text": "SANA said five died."}, "indirect"),
])
def test_learn_gold_kind(sentence, kind):
    assert gold_kind(sentence) == kind


@pytest.mark.parametrize("text, attribution, kind", [
    ("Five died.", None, "none"),
    ("Missiles reportedly hit.", Attribution("unnamed", "anonymous", "anonymous", cue="reportedly",
                                             rule="attr.adverbial"), "adverbial"),
    ('"Five died," SANA said.', Attribution("SANA", "sana", "state media", cue="said", rule="attr.subject-cue"),
     "direct-quote"),
    ("According to SANA five died.", Attribution("SANA", "sana", "state media", cue="According to",
                                                 rule="attr.according-to"), "according-to"),
    # an agentless report is an unnamed source, not an adverbial, as `gold_kind` reads the gold's cue
    ("Five were reported killed.", Attribution("unnamed", "anonymous", "anonymous", cue="reported killed",
                                               rule="attr.adverbial"), "anonymous"),
    ("It is reported that five died.", Attribution("unnamed", "anonymous", "anonymous", cue="It is reported",
                                                   rule="attr.adverbial"), "anonymous"),
    ("Five are said to have died.", Attribution("unnamed", "anonymous", "anonymous", cue="are said to",
                                                rule="attr.adverbial"), "adverbial"),
])
def test_learn_attribution_kind(text, attribution, kind):
    assert attribution_kind(text, attribution) == kind


def test_learn_features_name_rule_evidence():
    attribution = Attribution("SANA", "sana", "state media", cue="said", stance="neutral", rule="attr.subject-cue")
    tokens = features('"Five died," SANA said.', attribution=attribution, hedge=Hedge(),
                      previous_text=None, previous=None)
    for expected in ("w:sana", "rule:attr.subject-cue", "cue:said", "stance:neutral", "rule-kind:direct-quote",
                     "quote-start:True", "previous-kind:start", "hedge-level:none"):
        assert expected in tokens


def test_learn_training_is_deterministic(prepared):
    first = fit(prepared)
    second = fit(prepared)
    assert first.attribution.to_json() == second.attribution.to_json()
    assert first.hedged.to_json() == second.hedged.to_json()


def test_learn_model_round_trips_through_json(prepared, tmp_path):
    models = fit(prepared)
    write_models(models, tmp_path)
    attribution = load_model(tmp_path / MODEL_FILES["attribution"].name, "attribution")
    loaded = load_model(tmp_path / MODEL_FILES["hedged"].name, "hedged", features=attribution)
    tokens = list(prepared[0].rows[0].tokens)
    assert loaded.probabilities(tokens) == pytest.approx(models.hedged.probabilities(tokens), abs=1e-6)
    assert attribution.probabilities(tokens) == pytest.approx(models.attribution.probabilities(tokens), abs=1e-6)


def test_learn_hedged_file_names_the_attribution_models_features(prepared, tmp_path):
    """The two models are trained on the same tokens; the hedged file names the attribution file's
    vocabulary and idf weights by their digest instead of repeating them, and is refused with
    anything but the attribution model it was trained with."""
    models = fit(prepared)
    write_models(models, tmp_path)
    hedged_file = tmp_path / MODEL_FILES["hedged"].name
    data = json.loads(hedged_file.read_text(encoding="utf-8"))
    assert data["features"] == "attribution" and "vocabulary" not in data and "idf" not in data
    attribution = load_model(tmp_path / MODEL_FILES["attribution"].name, "attribution")
    assert load_model(hedged_file, "hedged", features=attribution).vocabulary is attribution.vocabulary
    with pytest.raises(ModelError, match="its features are those of the 'attribution' model, which was not loaded"):
        load_model(hedged_file, "hedged")
    other = replace(attribution, features_digest="0" * 64)          # another training's attribution model
    with pytest.raises(ModelError, match="trained with other features"):
        load_model(hedged_file, "hedged", features=other)
    # a file written whole (as the first format wrote both) still loads alone
    hedged_file.write_text(models.hedged.to_json(), encoding="utf-8")
    assert load_model(hedged_file, "hedged").vocabulary == attribution.vocabulary


def test_learn_probabilities_match_scikit_learn(prepared):
    """The pure-Python prediction equals scikit-learn's on the same features."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [row for item in prepared for row in item.rows]
    tokens = [list(r.tokens) for r in rows]
    labels = [r.hedged for r in rows]
    model = train_model("hedged", tokens, labels)
    vectorizer = TfidfVectorizer(analyzer=lambda t: t, lowercase=False, min_df=2)
    matrix = vectorizer.fit_transform(tokens)
    reference = LogisticRegression(C=REGULARISATION, max_iter=5000, class_weight="balanced",
                                   random_state=0).fit(matrix, labels)
    expected = reference.predict_proba(matrix[:5])[:, 1]
    assert [model.probabilities(t)["yes"] for t in tokens[:5]] == pytest.approx(list(expected), abs=1e-6)


def _with(text: str, key: str, change) -> str:
    """A model file's text with one field changed."""
    data = json.loads(text)
    data[key] = change(data[key])
    return json.dumps(data)


@pytest.mark.parametrize("damage, message", [
    (lambda text: text[: len(text) // 2], "not a readable model file"),
    (lambda text: "{}", "not a verify model file"),
    (lambda text: text.replace('"task":"hedged"', '"task":"attribution"'), "not the 'hedged' model"),
    (lambda text: text.replace('"feature_version":1', '"feature_version":99'), "feature version"),
    (lambda text: text.replace('"intercept":[', '"intercept":[0.5,'), "coefficients do not match"),
    (lambda text: text.replace('"intercept":[', '"intercept":[1e999,'), "not a readable model file.*infinity"),
    (lambda text: "\x00\x01binary", "not a readable model file"),
    *[(lambda text, value=value: re.sub(r'"idf":\[[^,\]]+', '"idf":[' + value, text, count=1), "not finite numbers")
      for value in ("null", '"0.5"', "[1]", "{}")],
    *[(lambda text, value=value: re.sub(r'"idf":\[[^,\]]+', '"idf":[' + value, text, count=1), "not a readable")
      for value in ("1e999", "-1e999", "NaN", "Infinity")],
    (lambda text: re.sub(r'"coef":\[\[[^,\]]+', '"coef":[["0.5"', text, count=1), "not finite numbers"),
    # a list where a number belongs, and booleans, are no weights
    *[(lambda text, key=key, change=change: _with(text, key, change), "not finite numbers") for key, change in [
        ("idf", lambda values: [[x] for x in values]), ("intercept", lambda values: [[x] for x in values]),
        ("intercept", lambda values: [False for _ in values]),
        ("coef", lambda rows: [[[x] for x in row] for row in rows])]],
    # a column that is not a whole number cannot index the weights
    (lambda text: _with(text, "vocabulary", lambda vocabulary: {**vocabulary, next(iter(vocabulary)): "0"}),
     "does not index its idf weights"),
])
def test_learn_corrupted_model_file_is_refused(prepared, tmp_path, damage, message):
    models = fit(prepared)
    path = tmp_path / "model-hedged.json"
    path.write_text(damage(models.hedged.to_json()), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_model(path, "hedged")


def test_learn_large_finite_weights_are_accepted(prepared, tmp_path):
    """Weights whose sum overflows are still finite numbers: the check does not take the sum's
    overflow for an infinite weight."""
    models = fit(prepared)
    path = tmp_path / "model-hedged.json"
    path.write_text(_with(models.hedged.to_json(), "coef", lambda rows: [[1e308, 1e308, *row[2:]] for row in rows]),
                    encoding="utf-8")
    assert load_model(path, "hedged").coef[0][:2] == (1e308, 1e308)


def test_learn_swapped_model_file_is_refused(prepared, tmp_path):
    models = fit(prepared)
    path = tmp_path / "model-hedged.json"
    path.write_text(models.attribution.to_json(), encoding="utf-8")   # the other task's file
    with pytest.raises(ModelError, match="this is the 'attribution' model"):
        load_model(path, "hedged")


def test_learn_missing_model_file_is_refused(tmp_path):
    with pytest.raises(ModelError, match="model file missing"):
        load_model(tmp_path / "absent.json", "hedged")


def test_learn_model_file_executes_nothing():
    """The shipped files are JSON data: no pickle, no code."""
    for path in MODEL_FILES.values():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == "verify-model"
        assert set(data) == {"format", "feature_version", "task", "classes", "trained_on", "features_digest",
                             "coef", "intercept"} | ({"features"} if "features" in data else {"vocabulary", "idf"})


def test_learn_shipped_models_were_not_trained_on_held_out_gold():
    for path in MODEL_FILES.values():
        assert "heldout" not in json.loads(path.read_text(encoding="utf-8"))["trained_on"]


def test_learn_combination_names_the_model(rules):
    """Whatever the models decide, the rule field says who decided and confidence is a probability."""
    doc = audit_document(Document(id="d", origin="d", text=(
        'Rami Abdel Rahman said: "The strikes hit homes. Dozens are under the rubble." '
        "At least eight died including two children. Sarin is a nerve agent.")), rules=rules)
    for sentence in doc.sentences:
        if sentence.attribution is not None:
            assert sentence.attribution.rule.startswith(("attr.", "model."))
            assert 0 <= sentence.attribution.confidence <= 1
        assert sentence.hedge.confidence is None or 0 <= sentence.hedge.confidence <= 1


def test_learn_rules_only_leaves_no_model_trace(rules):
    doc = audit_document(Document(id="d", origin="d", text="Activists said 12 people were killed."),
                         rules=rules, models=Models())
    (sentence,) = doc.sentences
    assert sentence.attribution.confidence is None and sentence.hedge.confidence is None


def test_learn_combine_without_models_changes_nothing(rules):
    doc = audit_document(Document(id="d", origin="d", text="Activists said 12 people were killed. It rained."),
                         rules=rules, models=Models())
    assert combine(list(doc.sentences), models=Models()) == list(doc.sentences)


def test_learn_shipped_models_load():
    models = shipped_models()
    assert models.attribution.task == "attribution" and models.hedged.task == "hedged"


@pytest.mark.parametrize("task", sorted(MODEL_FILES))
def test_learn_model_files_read_to_the_same_weights_as_json_reads_them(task):
    """Models are read with orjson for speed; every weight must be the float json.loads gives."""
    import orjson

    path = MODEL_FILES[task]
    assert orjson.loads(path.read_bytes()) == json.loads(path.read_text(encoding="utf-8"))


# What each side catches that the other misses, with the shipped models (trained on the dev gold).
# These pin the behaviour of the shipped files: after `verify train` on new gold, check them again.

def _rules_and_model(text):
    rules_only = audit_document(Document(id="x", origin="x", text=text), models=Models()).sentences[0]
    tokens = features(text, attribution=rules_only.attribution, hedge=rules_only.hedge, previous_text=None,
                      previous=None)
    models = shipped_models()
    combined = audit_document(Document(id="x", origin="x", text=text)).sentences[0]
    return rules_only, models.attribution.predict(tokens)[0], models.hedged.predict(tokens)[0], combined


@pytest.mark.parametrize("text", [
    # (until the forty-fourth session '"Its a massacre of refugees" a voice off camera said.' was the
    # first example; the rules now read "a voice off camera" as an unnamed speaker, `_common_subject`)
    "According to the souce there are many children and women among those killed.",  # a misspelt "source"
    # no cue (the dev sentence whole: the models retrained after the ninth session's rounds are 0.746
    # sure the shortened one is attributed, under the 75 % that adds an attribution, and 0.841 of this)
    '"God rid us of all leaders" the protesters chanted criticizing the head of the insurgent groups for '
    'diverting their weapons from the front line with the regime.',
    "And unfortunately some of the fighters handled the weapons improperly and set off the explosions said.",
    # (a cue with no speaker: the name was lost in scraping)
])
def test_learn_model_catches_attribution_the_rules_miss(text):
    rules_only, kind, _, combined = _rules_and_model(text)
    assert rules_only.attribution is None
    assert kind == "anonymous"
    assert combined.attribution.source_type == "anonymous"
    assert combined.attribution.rule == "model.attribution.anonymous"


@pytest.mark.parametrize("text, rule_kind", [
    # the model alone says according-to; an unnamed source is anonymous, whatever the cue (GUIDELINES).
    # (Until the sixteenth session's models, "The commander is said to have fled to Idlib." was the
    # example: the model alone said indirect; trained on 204 wire dev stories it now says adverbial.)
    ("According to activists, 20 died.", "anonymous"),
])
def test_learn_rules_catch_what_the_model_alone_misses(text, rule_kind):
    rules_only, kind, _, combined = _rules_and_model(text)
    assert attribution_kind(text, rules_only.attribution) == rule_kind
    assert kind != rule_kind
    assert attribution_kind(text, combined.attribution) == rule_kind   # the rules keep the final say


def test_learn_rule_hedge_kept_when_the_model_alone_says_no():
    # (the models of the twenty-first session gave "Preliminary figures put the dead at six, the
    # ministry said." 0.52; the twenty-fourth session's rules no longer hedge a bare "preliminary".
    # Its last retrained models give this dev sentence 0.20, one of three short dev sentences the rules
    # hedge and the model alone does not; the gold marks it unhedged (a warning against rumours, whose
    # second word the rules still read as doubt), so here the rules' final say is wrong)
    rules_only, _, hedged, combined = _rules_and_model(
        "NCEMA called on the public to obtain information from official sources and to refrain from circulating "
        "rumours or unverified video clips on social media platforms.")
    assert rules_only.hedge.level != "none" and hedged == "no"
    assert combined.hedge.level == rules_only.hedge.level and combined.hedge.confidence < 0.5


def test_training_folds_split_by_article(prepared):
    folds = article_folds(prepared, 5)
    assert len(folds) == 5
    tested = []
    for train, test in folds:
        train_ids = {item.gold["id"] for item in train}
        test_ids = {item.gold["id"] for item in test}
        assert train_ids and test_ids and not train_ids & test_ids   # no article on both sides
        tested += sorted(test_ids)
    assert sorted(tested) == sorted(item.gold["id"] for item in prepared)  # each article tested once


def test_training_cross_validate_scores_only_the_given_gold(rules):
    scored, extra = SOME_GOLD[:3], SOME_GOLD[3:]
    reports = cross_validate(load_gold([str(p) for p in scored]), rules=rules, folds=3,
                             train_also=load_gold([str(p) for p in extra]))
    assert {name: r.documents for name, r in reports.items()} == {"rules": 3, "model": 3, "combination": 3}


def test_learn_scores_from_products_equal_the_plain_sums(rules, monkeypatch):
    """Past `PRODUCTS_AFTER` sentences a model sums precomputed coefficient × idf products: every
    probability must be the very double the plain multiplication gives (audits stay byte-identical)."""
    import verify.learn as learn

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    token_lists = []
    for text in texts:
        sentences = audit_document(Document(id="x", origin="x", text=text), models=Models()).sentences
        previous = None
        for sentence in sentences:
            token_lists.append(features(sentence.text, attribution=sentence.attribution, hedge=sentence.hedge,
                                        previous_text=previous and previous.text,
                                        previous=previous and previous.attribution))
            previous = sentence
    token_lists += [[], ["w:never-seen-token"], ["w:said"] * 5, ["w:may", "w:said", "w:may"]]
    for model in shipped_models().attribution, shipped_models().hedged:
        plain = replace(model)  # (a copy without the cached products of the shipped one)
        monkeypatch.setattr(learn, "PRODUCTS_AFTER", 10 ** 12)
        expected = plain.probabilities_many(token_lists)
        assert "_products" not in plain.__dict__
        monkeypatch.setattr(learn, "PRODUCTS_AFTER", 0)
        fast = replace(model)
        assert fast.probabilities_many(token_lists) == expected
        assert "_products" in fast.__dict__
        assert fast.probabilities_many(token_lists, fast.weights_many(token_lists)) == expected
