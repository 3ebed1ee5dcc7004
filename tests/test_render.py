"""Tests for verify.render: the JSON record and its schema, the CSV of numbers, the terminal audit."""
import copy
import csv
import io
import re
from functools import lru_cache
from pathlib import Path

import pytest
from rich.console import Console

from verify.errors import SchemaError
from verify.pipeline import audit_document
from verify.reading import read_path
from verify.records import Document, ReadFailure
from verify.render import (
    CSV_FIELDS, SCHEMA_ID, document_dict, number_label, print_terminal, source_label, summary, to_csv_string,
    to_json_dict, validate,
)

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))


@lru_cache(maxsize=None)
def _audited_seed(name):
    return document_dict(audit_document(read_path(str(next(p for p in SEEDS if p.name == name)))[0]))


def seed_record(name=SEEDS[1].name):
    """The JSON record of one audited seed (a fresh copy: tests may break it)."""
    return copy.deepcopy(_audited_seed(name))


def record_of(text, **document):
    return document_dict(audit_document(Document(id=document.pop("id", "d"), origin="d.txt", text=text, **document)))


def terminal(record, width=200):
    console = Console(file=io.StringIO(), width=width, color_system=None, record=False)
    print_terminal(record, console)
    return console.file.getvalue()


# --- JSON and its schema ---------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_render_seed_result_validates(seed):
    record = seed_record(seed.name)
    result = to_json_dict([record], [])
    validate(result)
    assert result["schema"] == SCHEMA_ID == "verify/audit-1"
    text = seed.read_text(encoding="utf-8")
    for s in record["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        for n in s["numbers"]:
            assert text[n["start"]:n["end"]] == n["text"]


def test_render_failures_validate():
    result = to_json_dict([seed_record()], [ReadFailure("bad.txt", "the file is empty; give a file with article text")])
    validate(result)
    assert result["failures"] == [{"origin": "bad.txt", "reason": "the file is empty; give a file with article text"}]


def _drop_hedge(r):
    del r["documents"][0]["sentences"][0]["hedge"]


def _bad_level(r):
    r["documents"][0]["sentences"][0]["hedge"]["level"] = "huge"


def _score_above_one(r):
    r["documents"][0]["sentences"][0]["hedge"]["score"] = 1.5


def _bad_source_type(r):
    sentence = next(s for s in r["documents"][0]["sentences"] if s["attribution"])
    sentence["attribution"]["source_type"] = "blog"


def _number_without_counted(r):
    sentence = next(s for s in r["documents"][0]["sentences"] if s["numbers"])
    del sentence["numbers"][0]["counted"]


def _wrong_schema(r):
    r["schema"] = "verify/audit-2"


def _negative_offset(r):
    r["documents"][0]["sentences"][0]["start"] = -1


def _documents_missing(r):
    del r["documents"]


def _confidence_missing(r):
    del r["documents"][0]["sentences"][0]["hedge"]["confidence"]


def _number_rule_missing(r):
    sentence = next(s for s in r["documents"][0]["sentences"] if s["numbers"])
    del sentence["numbers"][0]["rule"]


@pytest.mark.parametrize("breakage", [
    _drop_hedge, _bad_level, _score_above_one, _bad_source_type, _number_without_counted, _wrong_schema,
    _negative_offset, _documents_missing, _confidence_missing, _number_rule_missing,
])
def test_render_broken_result_raises_schema_error(breakage):
    result = to_json_dict([seed_record()], [])
    breakage(result)
    with pytest.raises(SchemaError, match="verify/audit-1"):
        validate(result)


def test_render_schema_error_says_where():
    result = to_json_dict([seed_record()], [])
    _drop_hedge(result)
    with pytest.raises(SchemaError, match=r"documents/0/sentences/0.*'hedge' is a required property"):
        validate(result)


# --- CSV -------------------------------------------------------------------------------------

def test_render_csv_has_one_row_per_number():
    records = [seed_record(p.name) for p in SEEDS]
    rows = list(csv.DictReader(io.StringIO(to_csv_string(records))))
    numbers = [(r["id"], s, n) for r in records for s in r["sentences"] for n in s["numbers"]]
    assert len(rows) == len(numbers) > 10
    for row, (doc_id, s, n) in zip(rows, numbers):
        assert row["document"] == doc_id
        assert (row["sentence"], row["start"], row["end"], row["text"]) == (
            str(s["index"]), str(n["start"]), str(n["end"]), n["text"])
        assert row["hedge_level"] == s["hedge"]["level"]
        assert row["source"] == ((s["attribution"] or {}).get("source") or "")


def test_render_csv_header_is_fixed():
    header = to_csv_string([seed_record()]).splitlines()[0]
    assert header.split(",") == list(CSV_FIELDS)
    assert CSV_FIELDS == ("document", "sentence", "start", "end", "text", "value", "low", "high", "qualifier",
                          "counted", "source", "source_type", "via", "cue", "hedge_level", "boilerplate")


@pytest.mark.parametrize("text", [
    "Nothing here is counted, the monitor said.",
    "Latest news",
])
def test_render_csv_without_numbers_is_only_the_header(text):
    assert to_csv_string([record_of(text)]).splitlines() == [",".join(CSV_FIELDS)]


def test_render_csv_quotes_awkward_cells():
    record = record_of('Five people, "mostly children", died, activists said.', id='doc, "one"')
    rows = list(csv.DictReader(io.StringIO(to_csv_string([record]))))
    assert [(r["document"], r["text"]) for r in rows] == [('doc, "one"', "Five")]


# --- terminal --------------------------------------------------------------------------------

def test_render_terminal_prints_the_audit():
    out = terminal(seed_record())
    for heading in ("sentence", "source", "hedge", "numbers", "story sentences attributed", "Numbers and their sources"):
        assert heading in out


@pytest.mark.parametrize("text, literal", [
    ("The [bold]x[/bold] tag was seen, activists said.", "[bold]x[/bold]"),
    ("A stray [/] closing tag was seen.", "[/]"),
    ("Rebels [red]shelled[/red] the town, the army said.", "[red]shelled[/red]"),
    ("Five [link=http://evil.example]people[/link] died.", "[link=http://evil.example]people[/link]"),
])
def test_render_terminal_escapes_markup_in_document_text(text, literal):
    assert literal in terminal(record_of(text))


@pytest.mark.parametrize("title", ["Strikes [red]in[/red] Idlib", "Strikes [/red] in Idlib"])
def test_render_terminal_escapes_markup_in_the_title(title):
    assert title in terminal(record_of("Five people died, activists said.", title=title))


def test_render_summary_leaves_out_boilerplate():
    info = summary(record_of("Latest news\nFive people died, activists said.\nThe town is quiet."))
    assert info["sentences"] == 2
    assert info["attributed"] == 1
    assert info["share_attributed"] == pytest.approx(0.5)
    assert [n["text"] for n, _ in info["numbers"]] == ["Five"]


# --- control characters and numbers JSON cannot hold -------------------------------------------

HOSTILE_TEXT = ("Five people were killed \x1b[31min Idlib\x1b[0m, activists said.\x1b]0;owned\x07 "
                "Two more\x9b2J died\x08 on Friday, the monitor said.\x7f")


def test_render_terminal_shows_control_characters_as_signs():
    record = record_of(HOSTILE_TEXT, title="Strikes\x1b[2J in Idlib")
    out = terminal(record)
    assert not any(c in out for c in "\x1b\x07\x9b\x7f\x08")
    assert "␛[31min Idlib␛[0m" in out and "␛]0;owned␇" in out and "␛[2J" in out
    assert "\ufffd2J" in out and "died␈ on" in out and "␡" in out


def test_render_json_and_csv_keep_control_characters_exact():
    record = record_of(HOSTILE_TEXT)
    text = "".join(s["text"] for s in record["sentences"])
    assert "\x1b[31m" in text and "\x1b]0;owned\x07" in text
    import json

    from verify.render import dumps
    loaded = json.loads(dumps(to_json_dict([record], [])))
    assert loaded["documents"][0]["sentences"] == record["sentences"]
    rows = list(csv.DictReader(io.StringIO(to_csv_string([record]))))
    for sentence, row in zip([s for s in record["sentences"] for _ in s["numbers"]], rows):
        assert HOSTILE_TEXT[int(row["start"]):int(row["end"])] == row["text"]


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_render_json_never_writes_nan_or_infinity(value):
    from verify.render import dumps
    record = seed_record()
    record["sentences"][0]["hedge"]["score"] = value
    with pytest.raises(SchemaError, match="NaN or infinity"):
        dumps(to_json_dict([record], []))


# --- the terminal audit at 80 and 120 columns (what `make demo` prints when piped) -------------

def _tokens(out: str) -> set[str]:
    return set(re.split(r"[\s│┃]+", out))


def _shown_text(sentence: dict) -> str:
    text = sentence["text"]
    return text if len(text) <= 220 else text[:217] + "…"


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_render_terminal_keeps_headers_cues_and_words_whole(seed, width):
    from rich.cells import cell_len

    record = seed_record(seed.name)
    out = terminal(record, width=width)
    lines = out.splitlines()
    assert all(cell_len(line) <= width for line in lines)
    header = " ".join(line for line in lines[:lines.index(next(l for l in lines if l.startswith("┡")))])
    assert {"#", "sentence", "source", "cue", "hedge", "numbers"} <= set(re.split(r"[\s┃,]+", header))
    tokens = _tokens(out)
    for s in record["sentences"]:
        a = s["attribution"]
        words = _shown_text(s).split()
        if not s["boilerplate"]:
            words += source_label(a).split() + [w for n in s["numbers"] for w in number_label(n).split()]
            words += s["hedge"]["cues"] if s["hedge"]["level"] != "none" else []
        assert not [w for w in words if w not in tokens], f"sentence {s['index']} has a word cut at {width} columns"
        if a and a["cue"] and not s["boilerplate"]:  # its own cell: "│ said   │" or "cue     said   │"
            assert re.search(rf"(│ |\bcue +){re.escape(a['cue'])} +│", out), (s["index"], a["cue"])


def test_render_terminal_stacks_sentences_when_narrow_and_keeps_the_table_when_wide():
    record = seed_record("000_c4b5080489d27d06.txt")
    narrow, wide = terminal(record, width=80), terminal(record, width=160)
    assert re.search(r"│ +cue +said +│", narrow)
    assert re.search(r"│ +hedge +high \(reportedly, allegedly\) +│", narrow)
    header = next(line for line in wide.splitlines() if line.startswith("┃"))
    assert re.findall(r"┃ *([^┃]*?) *(?=┃)", header) == ["#", "sentence", "source", "cue", "hedge", "numbers"]
    row = next(line for line in wide.splitlines() if line.startswith("│ 12 │"))
    assert re.search(r"│ reportedly +│", row)


@pytest.mark.parametrize("width", [40, 80, 120])
def test_render_terminal_folds_only_a_token_longer_than_its_column(width):
    url = "https://example.org/" + "x" * 100  # the sentence stays under the 220 characters shown
    out = terminal(record_of(f"Five people died in Idlib, the monitor said at {url} on Friday."), width=width)
    assert all(len(line) <= width for line in out.splitlines())
    assert url in "".join(line.split("│")[2].strip() for line in out.splitlines() if line.startswith("│"))
    assert {"Five", "people", "died", "Idlib,", "monitor", "Friday."} <= _tokens(out)


def test_render_terminal_shows_control_characters_as_signs_when_narrow():
    out = terminal(record_of(HOSTILE_TEXT, title="Strikes\x1b[2J in Idlib"), width=80)
    assert not any(c in out for c in "\x1b\x07\x9b\x7f\x08")
    assert "␛[31min" in out and "␛]0;owned␇" in out
