"""Tests for scripts/punctuate_build.py and the punctuated gold it builds (fixtures/gold-punctuated)."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("punctuate_build", ROOT / "scripts" / "punctuate_build.py")
punctuate_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(punctuate_build)

PUNCTUATED_GOLD = sorted((ROOT / "fixtures" / "gold-punctuated").glob("*/*.json"))


def test_punctuate_offsets_follow_inserted_commas_and_apostrophes():
    original = "Jens Laerke a spokesman for OCHA said Russias jets hit it."
    punctuated = "Jens Laerke, a spokesman for OCHA, said Russia's jets hit it."
    where = punctuate_build.offsets(original, punctuated)
    assert [punctuated[k] for k in where[:-1]] == list(original)
    assert where[-1] == len(punctuated)


@pytest.mark.parametrize("punctuated", [
    "Jens Laerke; a spokesman said.",  # another character inserted
    "Jens Laerke a spokesman sad.",  # a character deleted
    "Jens Laerke a spokesman said!",  # a character replaced
    "Jens Laerke a spokesman said. More",  # text added after the end
])
def test_punctuate_offsets_refuse_anything_but_inserted_commas_and_apostrophes(punctuated):
    with pytest.raises(ValueError):
        punctuate_build.offsets("Jens Laerke a spokesman said.", punctuated)


@pytest.mark.parametrize("path", PUNCTUATED_GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_punctuated_gold_keeps_every_label_of_its_original(path):
    punctuated = json.loads(path.read_text(encoding="utf-8"))
    original = json.loads((ROOT / "fixtures" / "gold" / path.parent.name / path.name).read_text(encoding="utf-8"))
    assert len(punctuated["sentences"]) == len(original["sentences"])
    for new, old in zip(punctuated["sentences"], original["sentences"]):
        moved = {"text", "start", "end"}
        assert {k: v for k, v in new.items() if k not in moved} == {k: v for k, v in old.items() if k not in moved}
        # the sentence is its original with commas and apostrophes inserted, nothing else
        punctuate_build.offsets(old["text"], new["text"])
