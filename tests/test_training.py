"""Tests for verify.training: gold that cannot train the models is a GoldError (exit 2), not a crash."""
import hashlib
import json

import pytest
from typer.testing import CliRunner

from verify.cli import app
from verify.errors import GoldError
from verify.evaluate import load_gold
from verify.rules import load_rules
from verify.training import fit, prepare

STORIES = ["Five people were killed, activists said.", "Ten people may have died in the strike, activists said.",
           "Three houses were destroyed in the strike."]


def _gold_dir(tmp_path, labels):
    """One gold article per (story, source, hedged) in `labels`; each story is its own origin file."""
    directory = tmp_path / "gold"
    directory.mkdir()
    for i, (story, source, hedged) in enumerate(labels):
        (directory / f"doc{i}.txt").write_text(story, encoding="utf-8")
        sentence = {"index": 0, "start": 0, "end": len(story), "text": story, "boilerplate": False,
                    "source": source, "speaker": None, "via": [], "cue": "said" if source else None,
                    "carried": False, "hedged": hedged, "hedge_cues": ["may"] if hedged else [], "numbers": []}
        gold = {"id": f"doc{i}", "origin": f"doc{i}.txt", "annotator": "tester", "sentences": [sentence]}
        (directory / f"doc{i}.json").write_text(json.dumps(gold), encoding="utf-8")
    return directory


UNHEDGED = [(STORIES[0], "(unnamed)", False), (STORIES[2], None, False)]
ONE_KIND_PAIR = [(STORIES[0], "(unnamed)", False), (STORIES[1], "(unnamed)", True), (STORIES[2], None, False)]


def test_training_without_a_hedged_sentence_says_which_class_is_missing(tmp_path):
    prepared = prepare(load_gold([str(_gold_dir(tmp_path, UNHEDGED))]), rules=load_rules())
    with pytest.raises(GoldError, match=r"cannot train the hedged model: .* no hedged sentence \(class 'yes'\)"):
        fit(prepared)


def test_training_with_two_attribution_kinds_says_which_are_missing(tmp_path):
    prepared = prepare(load_gold([str(_gold_dir(tmp_path, ONE_KIND_PAIR))]), rules=load_rules())
    with pytest.raises(GoldError, match=r"cannot train the attribution model: .* only sentences of kind "
                                        r"'anonymous', 'none', none of 'according-to'"):
        fit(prepared)


@pytest.mark.parametrize("labels, message", [(UNHEDGED, "cannot train the hedged model"),
                                             (ONE_KIND_PAIR, "cannot train the attribution model")])
def test_cli_train_with_too_few_classes_exits_2(tmp_path, labels, message):
    result = CliRunner().invoke(app, ["train", str(_gold_dir(tmp_path, labels)), "--out", str(tmp_path / "models")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert not (tmp_path / "models").exists()


def test_cli_eval_cv_with_one_class_exits_2_naming_the_fold(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(_gold_dir(tmp_path, UNHEDGED)), "--cv", "2"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.startswith("error: fold 1 of 2") and result.stderr.count("\n") == 1, result.stderr
    assert "cannot train the hedged model" in result.stderr


def test_training_the_shipped_models_are_what_verify_train_builds_from_the_dev_gold(tmp_path, monkeypatch):
    # the shipped models read what the rules find: a rule change without `verify train` leaves them stale
    from pathlib import Path

    from verify.resources import DATA_DIR
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)  # (the default gold paths are relative to the repository)
    result = CliRunner().invoke(app, ["train", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("model-attribution.json", "model-hedged.json"):
        # (digests, not the files: pytest's diff of two unequal multi-megabyte files can run for many minutes)
        built, shipped = ((folder / name).read_bytes() for folder in (tmp_path, Path(DATA_DIR)))
        assert hashlib.sha256(built).hexdigest() == hashlib.sha256(shipped).hexdigest(), \
            f"{name} is stale: run `verify train` and commit verify/data/"
