"""Tests for verify.validation: the compiled validator and jsonschema agree on every schema verify uses.

The compiled validator only decides; jsonschema words the problems. These tests hold the two to the
same verdict on the shipped rule records, gold files and an audit result, each as written and broken
in the ways an editor's hand or a bug would break them.
"""
import copy
import json
import urllib.request
from pathlib import Path

import jsonschema
import pytest

from verify.evaluate import GOLD_SCHEMA
from verify.render import schema as audit_schema
from verify.resources import resource_dir
from verify.rules import SCHEMAS
from verify.validation import problems

GOLD = sorted((Path(__file__).parent.parent / "fixtures" / "gold" / "dev").glob("*.json"))[:3]


def reference_verdict(schema, instance) -> bool:
    return jsonschema.Draft202012Validator(schema).is_valid(instance)


def breakages(record: dict):
    """The record broken one way at a time: a key dropped, a value of another type, a stray key."""
    for key in record:
        broken = dict(record)
        del broken[key]
        yield broken
        for other in (None, 7, 1.5, True, "x", "", [], ["x"], {}, float("nan")):
            yield {**record, key: other}
    yield {**record, "stray": 1}


def rule_records():
    for name, schema in SCHEMAS.items():
        path = resource_dir("rules") / name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                yield name, schema, json.loads(line)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_validation_agrees_with_jsonschema_on_every_shipped_rule_record_and_its_breakages(name):
    checked = 0
    for file, schema, record in rule_records():
        if file != name:
            continue
        assert problems(schema, record) == []
        for broken in breakages(record):
            assert (problems(schema, broken) == []) == reference_verdict(schema, broken), (file, broken)
            checked += 1
    assert checked > 0


def test_validation_reports_jsonschema_messages_with_their_paths():
    schema = SCHEMAS["cues.jsonl"]
    found = problems(schema, {"id": "cue.said", "forms": ["said", 5], "stance": "loud", "kind": "verb"})
    assert sorted((list(e.path), e.message) for e in found) == [
        (["forms", 1], "5 is not of type 'string'"),
        (["stance"], f"'loud' is not one of {list(schema['properties']['stance']['enum'])}"),
    ]


def _audit_result():
    from verify.pipeline import audit_document
    from verify.records import Document
    from verify.render import document_dict, to_json_dict

    text = "The Observatory said at least 14 civilians were killed. It added that the toll could rise."
    return to_json_dict([document_dict(audit_document(Document(id="d", origin="d.txt", text=text)))], [])


def test_validation_agrees_on_audit_results_as_written_and_broken():
    result = _audit_result()
    assert problems(audit_schema(), result) == []
    sentence = result["documents"][0]["sentences"][0]
    for path, value in [(("hedge", "level"), "huge"), (("hedge", "score"), 1.5), (("start",), -1),
                        (("attribution", "via"), "RT"), (("numbers",), [{"text": "14"}]), (("index",), 1.0)]:
        broken = copy.deepcopy(result)
        target = broken["documents"][0]["sentences"][0]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert (problems(audit_schema(), broken) == []) == reference_verdict(audit_schema(), broken), path
    assert sentence["numbers"], "the example sentence states a number"


def test_validation_has_gold_files_to_check():
    assert len(GOLD) == 3


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_validation_agrees_on_gold_files(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert problems(GOLD_SCHEMA, gold) == []
    broken = copy.deepcopy(gold)
    broken["sentences"][0]["numbers"] = [{"text": 5}]
    assert problems(GOLD_SCHEMA, broken) != [] and not reference_verdict(GOLD_SCHEMA, broken)


def test_validation_never_fetches_a_reference_and_never_fills_in_defaults(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("validation tried to open an address")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    schema = {"$id": "example/thing-1", "type": "object", "properties": {"a": {"$ref": "#/$defs/a"}},
              "$defs": {"a": {"type": "integer", "default": 3}}}
    instance = {}
    assert problems(schema, instance) == [] and instance == {}
    assert [e.message for e in problems(schema, {"a": "x"})] == ["'x' is not of type 'integer'"]


def test_validation_refuses_a_schema_that_refers_outside_itself(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("validation tried to open an address")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    schema = {"type": "object", "properties": {"a": {"$ref": "https://example.org/a.json"}}}
    with pytest.raises(ValueError, match="refers outside itself"):
        problems(schema, {"a": 1})
