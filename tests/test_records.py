"""Tests for verify.records: `replaced`, the fast copy of a record with some fields changed."""
import dataclasses

import pytest

from verify import records
from verify.records import Attribution, Hedge, NumberMention, Sentence, replaced

RECORDS = [getattr(records, name) for name in dir(records)
           if isinstance(getattr(records, name), type) and dataclasses.is_dataclass(getattr(records, name))]


def test_records_replaced_needs_nothing_of_init():
    """A copy skips `__init__`: no record may have an InitVar, a field outside `__init__` or a
    `__post_init__` (each would make `replaced` differ from `dataclasses.replace`)."""
    assert len(RECORDS) >= 10
    for cls in RECORDS:
        assert not hasattr(cls, "__post_init__"), cls
        assert all(f.init for f in dataclasses.fields(cls)), cls
        assert not any(isinstance(f.type, dataclasses.InitVar) or "InitVar" in str(f.type)
                       for f in cls.__dataclass_fields__.values()), cls


@pytest.mark.parametrize("record, changes", [
    (Sentence(index=2, start=5, end=9, text="Four"), {"boilerplate": True, "hedge": Hedge(level="low", score=0.4)}),
    (Sentence(index=0, start=0, end=4, text="Five"), {}),
    (Hedge(level="medium", score=0.6, cues=("reportedly",)), {"confidence": 0.25}),
    (Attribution(source="SOHR", source_id="sohr", source_type="monitor", cue="said"),
     {"carried": True, "mention": None, "rule": "model.attribution.carried", "confidence": 0.9}),
    (NumberMention(text="53", start=1, end=3, value=53.0, low=53.0, high=53.0), {"counted": "civilian"}),
])
def test_records_replaced_is_dataclasses_replace(record, changes):
    copy, expected = replaced(record, **changes), dataclasses.replace(record, **changes)
    assert copy == expected and type(copy) is type(expected) and copy is not record
    assert list(vars(copy).items()) == list(vars(expected).items())  # (the same fields in the same order)
    assert hash(copy) == hash(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.index = 3  # (still frozen)
    assert record == dataclasses.replace(record)  # (the original unchanged)


def test_records_replaced_refuses_an_unknown_field():
    with pytest.raises(TypeError, match="no field 'colour'"):
        replaced(Hedge(), colour="red")
