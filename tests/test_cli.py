"""Tests for the `verify` command line: help, outputs, exit codes, error messages, golden JSON.

Most tests drive the typer app in-process with CliRunner; the `console` ones run the installed
console script (`.venv/bin/verify`) the way a user does, in a fresh process.
"""
import csv
import functools
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import verify.pipeline
from verify.cli import app
from verify.reading import read_documents
from verify.render import CSV_FIELDS, validate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
SEED = SEEDS[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
DEV_GOLD = ROOT / "fixtures" / "gold" / "dev"
CONSOLE_SCRIPT = Path(sys.executable).parent / "verify"
STORY = "Five people were killed in the strike on Tuesday, activists said.\n"

runner = CliRunner()


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def run_console(*args, cwd, stdin=None, timeout=120):
    """Run the installed console script in a fresh process."""
    return subprocess.run([str(CONSOLE_SCRIPT), *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "VERIFY_DEBUG": ""})


def assert_one_line_error(stderr, contains):
    """stderr holds exactly one `error:` line (after any `skipped:` lines), no traceback, and `contains`."""
    lines = stderr.splitlines()
    assert "Traceback" not in stderr
    assert [line for line in lines if line.startswith("error:")] == lines[-1:], stderr
    assert all(line.startswith(("skipped:", "error:")) for line in lines), stderr
    assert contains.lower() in stderr.lower(), stderr


# --- help ------------------------------------------------------------------------------------

COMMANDS = sorted(typer.main.get_command(app).commands)


def test_cli_has_the_expected_commands():
    assert {"audit", "eval", "rules", "train"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["verify", *COMMANDS])
def test_cli_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    assert "--help" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_a_description(command):
    described = typer.main.get_command(app).commands[command]
    assert described.help and len(described.help.split()) >= 5
    assert "Example" in described.help


def test_cli_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("verify ")


# --- audit outputs ---------------------------------------------------------------------------

def test_cli_audit_prints_the_table():
    result = run("audit", SEED)
    assert result.exit_code == 0, result.stderr
    for heading in ("sentence", "source", "hedge", "story sentences attributed", "Numbers and their sources"):
        assert heading in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("paths, ids", [
    ([SEED], [SEED.name]),
    (SEEDS, [p.name for p in SEEDS]),
    ([SEED.parent], [p.name for p in SEEDS]),     # a directory: its documents, sorted
], ids=["one", "five", "directory"])
def test_cli_audit_json_validates(paths, ids):
    result = run("audit", *paths, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    validate(data)
    assert data["schema"] == "verify/audit-1"
    assert [d["id"] for d in data["documents"]] == ids
    assert data["failures"] == []


def test_cli_audit_outlet_names_the_publisher_of_a_text_file(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Soldier killed in Intan Jaya\nPolice chief Bayu Suseno told the Post that two soldiers "
                     "died. A resident told Reuters that three died.\n", encoding="utf-8")

    def relays(*options):
        result = run("audit", str(story), "--format", "json", *options)
        assert result.exit_code == 0, result.stderr
        [document] = json.loads(result.stdout)["documents"]
        return document["outlet"], [s["attribution"]["via"] for s in document["sentences"] if s["attribution"]]

    # without it "the Post" is some other outlet relaying the statement; with it, the publisher itself
    assert relays() == (None, [["Post"], ["Reuters"]])
    assert relays("--outlet", "The Jakarta Post") == ("The Jakarta Post", [[], ["Reuters"]])


def test_cli_audit_csv():
    result = run("audit", SEED, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(CSV_FIELDS)
    numbers = sum(len(s["numbers"]) for s in json.loads(run("audit", SEED, "--format", "json").stdout)
                  ["documents"][0]["sentences"])
    assert len(rows) - 1 == numbers > 0


@pytest.mark.parametrize("format", ["json", "csv", "table"])
def test_cli_audit_output_file(tmp_path, format):
    out = tmp_path / f"audit.{format}"
    result = run("audit", SEED, "--format", format, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"wrote {out}" in result.stderr
    assert out.read_text(encoding="utf-8").strip()
    assert sorted(tmp_path.iterdir()) == [out]                   # no temporary file left behind
    if format == "json":
        validate(json.loads(out.read_text(encoding="utf-8")))


@pytest.mark.parametrize("bad", ["missing.txt", "empty.txt", "notext.csv"])
def test_cli_audit_failed_run_leaves_the_output_file_untouched(tmp_path, bad):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notext.csv").write_text("id,title\n1,hello\n")
    out = tmp_path / "out" / "audit.json"
    out.parent.mkdir()
    out.write_text("previous audit\n")
    result = run("audit", tmp_path / bad, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert out.read_text() == "previous audit\n"
    assert list(out.parent.iterdir()) == [out]


@pytest.mark.parametrize("target, message", [
    ("no-such-dir/audit.json", "does not exist"),
    (".", "is a directory"),
])
def test_cli_audit_bad_output_path_is_a_one_line_error(tmp_path, target, message):
    result = run("audit", SEED, "--format", "json", "-o", tmp_path / target)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, message)


def test_cli_audit_output_file_mode_follows_umask(tmp_path):
    out = tmp_path / "audit.json"
    umask = os.umask(0o022)
    try:
        assert run("audit", SEED, "--format", "json", "-o", out).exit_code == 0
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o644


# --- exit codes and one-line errors ----------------------------------------------------------

def _make_input(tmp_path, kind):
    path = tmp_path / {"missing": "missing.txt", "empty": "empty.txt", "png": "picture.txt", "nul": "nul.txt",
                       "latin-1": "latin.txt", "csv-no-text": "table.csv", "empty-dir": "folder",
                       "blank": "blank.txt"}[kind]
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b"  \n\n\t\n")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    elif kind == "nul":
        path.write_bytes(b"Five\x00people\x00died.\x00" * 10)
    elif kind == "latin-1":
        path.write_bytes("Five people died in Hama, the café owner said.".encode("latin-1"))
    elif kind == "csv-no-text":
        path.write_text("unit_id,article_title\n1,Strike in Idlib\n", encoding="utf-8")
    elif kind == "empty-dir":
        path.mkdir()
        (path / "notes.md").write_text("not a document")
    return path


BAD_INPUTS = [
    ("missing", "no such file or directory"),
    ("empty", "the file is empty"),
    ("blank", "only whitespace"),
    ("png", "not a text file"),
    ("nul", "not a text file"),
    ("latin-1", "--encoding"),
    ("csv-no-text", "--text-column"),
    ("empty-dir", "no readable documents"),
]


@pytest.mark.parametrize("kind, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_cli_audit_bad_input_exits_2_with_a_one_line_error(tmp_path, kind, message):
    result = run("audit", _make_input(tmp_path, kind))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert_one_line_error(result.stderr, message)
    assert len(result.stderr.strip().splitlines()) == 1  # the one input's problem, said once


def test_cli_audit_several_bad_inputs_are_listed_then_summed_up(tmp_path):
    result = run("audit", _make_input(tmp_path, "missing"), _make_input(tmp_path, "empty"))
    assert result.exit_code == 2 and result.stdout == ""
    assert_one_line_error(result.stderr, "no document could be read (2 failed, see above)")
    assert len(result.stderr.strip().splitlines()) == 3


def test_cli_audit_latin_1_reads_with_encoding(tmp_path):
    result = run("audit", _make_input(tmp_path, "latin-1"), "--encoding", "latin-1", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "café" in json.loads(result.stdout)["documents"][0]["sentences"][0]["text"]


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "xml"),
    (["--encoding", "no-such-codec"], "unknown encoding"),
    (["--rules", "no-such-rules-dir"], "not a directory"),
])
def test_cli_audit_bad_option_exits_2(args, message):
    result = run("audit", SEED, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert message in result.stderr


def test_cli_audit_unknown_format_is_a_one_line_error():
    result = run("audit", SEED, "--format", "xml")
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if "xml" in line]
    assert len(error_lines) == 1 and "table" in error_lines[0] and "csv" in error_lines[0]


def test_cli_audit_multi_document_run_skips_the_bad_file(tmp_path):
    bad = _make_input(tmp_path, "png")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = run("audit", SEED, bad, good, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "skipped:" in result.stderr and "not a text file" in result.stderr
    assert "error:" not in result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == [SEED.name, "good.txt"]
    assert [f["origin"] for f in data["failures"]] == [str(bad)]


def test_cli_audit_skipped_message_names_the_file(tmp_path):
    bad = _make_input(tmp_path, "png")
    result = run("audit", SEED, bad)
    assert result.exit_code == 0
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 1 and bad.name in skipped[0]


def test_cli_audit_title_with_markup_prints(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "d1", "title": "Strikes [/red] in Idlib", "text": STORY}) + "\n")
    result = run_console("audit", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Strikes [/red] in Idlib" in result.stdout


# --- big input -------------------------------------------------------------------------------
# A 50 MB text file IS audited by the CLI (measured once: exit 0 after about 3 minutes, 2.7 GB peak
# memory, 245 MB of JSON), far beyond this suite's budget, and the CLI has no size-limit option.
# So: a 50 MB file that fails fast goes through the real console script, and the reader's
# size limit (read_documents(max_bytes=...)) is exercised through the CLI with a smaller limit.

FIFTY_MB = 50 * 1024 * 1024


def test_cli_audit_50_mb_binary_file_is_a_one_line_error(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(FIFTY_MB)          # 50 MB of NUL bytes
    result = run_console("audit", big, "--format", "json", cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line_error(result.stderr, "not a text file")


def test_cli_audit_input_over_the_size_limit_is_a_one_line_error(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    line = STORY.encode("utf-8")
    big.write_bytes(line * (FIFTY_MB // len(line) + 1))
    limited = functools.partial(read_documents, max_bytes=10_000_000)
    monkeypatch.setattr(verify.pipeline, "read_documents", limited)
    result = run("audit", big, "--format", "json")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "over the limit of 10,000,000")


# --- hostile HTML ----------------------------------------------------------------------------

HOSTILE = ('<html><head><title>Report</title><script>alert(1)</script></head><body>'
           '<img src=x onerror="alert(2)"><p>Five people were killed in the strike, activists said.</p>'
           '<script>document.write("alert(3)")</script><style>p{}</style></body></html>')


def test_cli_audit_hostile_html_keeps_only_the_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HOSTILE, encoding="utf-8")
    result = run("audit", page, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)["documents"][0]
    texts = [s["text"] for s in document["sentences"]]
    assert texts == ["Five people were killed in the strike, activists said."]
    assert "alert(" not in result.stdout and "onerror" not in result.stdout


def test_cli_console_hostile_html_on_stdin(tmp_path):
    result = run_console("audit", "-", "--format", "json", cwd=tmp_path, stdin=HOSTILE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate(data)
    assert data["documents"][0]["origin"] == "<stdin>"
    assert all("alert(" not in s["text"] for s in data["documents"][0]["sentences"])


# --- rules and eval --------------------------------------------------------------------------

def test_cli_rules_all_valid():
    result = run("rules")
    assert result.exit_code == 0
    assert "all valid" in result.stdout
    assert "cues.jsonl" in result.stdout
    assert "6 role acronyms" in result.stdout and "role-acronyms.jsonl" in result.stdout


def test_cli_rules_bad_dir_lists_file_and_line(tmp_path, monkeypatch):
    # A relative --rules path keeps each message short of the 80 columns rich wraps at (see below).
    monkeypatch.chdir(tmp_path)
    Path("r").mkdir()
    Path("r/cues.jsonl").write_text(
        '{"id": "cue.a", "forms": ["said"], "stance": "neutral", "kind": "verb"}\n'
        '{"id": "cue.b", "forms": ["Told"], "stance": "neutral", "kind": "verb"}\n'
        '{not json\n', encoding="utf-8")
    result = run("rules", "--rules", "r")
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert "all valid" not in result.stdout
    lines = result.stderr.splitlines()
    assert any(line.startswith("r/cues.jsonl:2: form 'Told' must be lower case") for line in lines), lines
    assert any(line.startswith("r/cues.jsonl:3: not valid JSON") for line in lines), lines


def test_cli_audit_with_bad_rules_exits_2(tmp_path):
    (tmp_path / "hedges.jsonl").write_text('{"id": "hedge.a", "phrase": "maybe"}\n', encoding="utf-8")
    result = run("audit", SEED, "--rules", tmp_path)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, f"{tmp_path / 'hedges.jsonl'}:1:")


@pytest.mark.parametrize("rules_dir, name, record, problem", [
    ("r", "sources.jsonl", '{"id": "SOHR", "name": "Syrian Observatory", "type": "monitor"}',
     "1: id: 'SOHR' does not match '^[a-z0-9][a-z0-9-]*$'"),                    # markup
    ("rules-" + "x" * 80, "cues.jsonl", '{"id": "cue.b", "forms": ["Told"], "stance": "neutral", "kind": "verb"}',
     "1: form 'Told' must be lower case (cues match any case)"),               # wrapping
], ids=["markup", "long-line"])
def test_cli_rules_error_is_printed_literally(tmp_path, monkeypatch, rules_dir, name, record, problem):
    monkeypatch.chdir(tmp_path)
    Path(rules_dir).mkdir()
    Path(rules_dir, name).write_text(record + "\n", encoding="utf-8")
    result = run("rules", "--rules", rules_dir)
    assert result.exit_code == 2
    assert f"{rules_dir}/{name}:{problem}" in result.stderr.splitlines()


def test_cli_eval_json():
    result = run("eval", DEV_GOLD, "--json")
    assert result.exit_code == 0, result.stderr
    (report,) = json.loads(result.stdout).values()   # one system: the rules with the shipped models
    assert set(report["tasks"]) == {"attributed", "source", "via", "hedged", "numbers", "counted", "boilerplate"}
    assert report["documents"] > 0 and report["sentences"] > 0
    for task, scores in report["tasks"].items():
        assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= set(scores), task
        assert 0 <= scores["f1"] <= 1


def test_cli_eval_intervals():
    result = run("eval", DEV_GOLD, "--rules-only", "--json", "--intervals")
    assert result.exit_code == 0, result.stderr
    (report,) = json.loads(result.stdout).values()
    for task, scores in report["tasks"].items():
        low, high = report["f1_intervals"][task]
        assert low <= scores["f1"] <= high, task
    low, high = report["f1_intervals"]["kind (macro-F1)"]
    assert low <= report["kind_macro_f1"] <= high
    table = run("eval", DEV_GOLD, "--rules-only", "--intervals")
    source = next(line for line in table.stdout.splitlines() if "source" in line)
    assert f"[{report['f1_intervals']['source'][0]:.3f}–{report['f1_intervals']['source'][1]:.3f}]" in source
    assert "f1_intervals" not in json.loads(run("eval", DEV_GOLD, "--rules-only", "--json").stdout)["rules only"]


def test_cli_eval_cv_intervals_compare_combination_and_rules_paired():
    result = run("eval", DEV_GOLD, "--cv", "3", "--json", "--intervals")
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    paired = reports["combination minus rules"]["f1_difference_intervals"]
    for task in ("attributed", "hedged", "kind (macro-F1)"):
        low, high = paired[task]
        combination = reports["combination"]["tasks"].get(task, {}).get("f1", reports["combination"]["kind_macro_f1"])
        rules = reports["rules"]["tasks"].get(task, {}).get("f1", reports["rules"]["kind_macro_f1"])
        assert low <= round(combination - rules, 3) + 1e-9 and round(combination - rules, 3) - 1e-9 <= high, task


def test_cli_eval_train_also_needs_cv():
    result = run("eval", DEV_GOLD, "--train-also", DEV_GOLD)
    assert result.exit_code == 2
    assert "--train-also needs --cv" in result.stderr


def test_cli_eval_cv_with_more_folds_than_articles_exits_2(tmp_path):
    gold = ROOT / "fixtures" / "gold" / "dev" / "000_c4b5080489d27d06.json"
    result = run("eval", gold, "--cv", "3")
    assert result.exit_code == 2
    assert "needs at least 3 gold articles" in result.stderr


def test_cli_eval_missing_gold_exits_2(tmp_path):
    result = run("eval", tmp_path / "no-gold")
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.startswith("error:")


# --- the installed console script ------------------------------------------------------------

def test_cli_console_script_audits_a_seed(tmp_path):
    result = run_console("audit", SEED, "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate(data)
    assert data["schema"] == "verify/audit-1"


@pytest.mark.parametrize("args, code, message", [
    (["audit", "missing.txt"], 2, "no such file or directory"),
    (["audit", "-"], 2, "the file is empty"),               # empty standard input
    (["rules", "--rules", "no-such-dir"], 2, "not a directory"),
])
def test_cli_console_errors_are_one_line(tmp_path, args, code, message):
    result = run_console(*args, cwd=tmp_path, stdin="")
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1


# --- golden JSON -----------------------------------------------------------------------------

def _normalised(data):
    """The audit JSON with machine-specific paths reduced to file names."""
    for document in data["documents"]:
        document["origin"] = Path(document["origin"]).name
    for failure in data["failures"]:
        failure["origin"] = Path(failure["origin"]).name
    return data


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_cli_audit_json_matches_golden(seed, update_golden):
    result = run("audit", seed, "--format", "json")
    assert result.exit_code == 0, result.stderr
    actual = _normalised(json.loads(result.stdout))
    golden = GOLDEN / f"{seed.stem}.json"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}")
    assert golden.is_file(), f"{golden} is missing; run pytest tests/test_cli.py --update-golden"
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


# --- never writing over what is read ---------------------------------------------------------

@pytest.mark.parametrize("how", ["same", "symlink-to-input", "input-is-symlink", "hard-link", "in-input-dir"])
def test_cli_audit_refuses_to_write_over_an_input(tmp_path, how):
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir()
    article.write_text(STORY)
    source, out = article, article
    if how == "symlink-to-input":
        out = tmp_path / "link.txt"
        out.symlink_to(article)
    elif how == "input-is-symlink":
        source = tmp_path / "link.txt"
        source.symlink_to(article)
    elif how == "hard-link":
        out = tmp_path / "hard.txt"
        os.link(article, out)
    elif how == "in-input-dir":
        source = article.parent
    result = run("audit", source, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "is the input file")
    assert article.read_text() == STORY


@pytest.mark.parametrize("failing, error", [
    ("mkstemp", PermissionError(13, "Permission denied")),
    ("replace", OSError(28, "No space left on device")),
    ("replace", OSError(30, "Read-only file system")),
])
def test_cli_audit_unwritable_output_is_a_one_line_error(tmp_path, monkeypatch, failing, error):
    import verify.cli

    out = tmp_path / "audit.json"
    out.write_text("previous audit\n")

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(verify.cli.tempfile if failing == "mkstemp" else verify.cli.os, failing, broken)
    result = run("audit", SEED, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, f"cannot write {out}: {error.strerror}")
    assert "internal error" not in result.stderr
    assert out.read_text() == "previous audit\n"
    assert list(tmp_path.iterdir()) == [out]                     # no temporary file left behind


def test_cli_audit_refuses_a_read_only_output_file(tmp_path):
    out = tmp_path / "audit.json"
    out.write_text("keep me\n")
    out.chmod(0o444)                                             # refused by its mode bits, even as root
    result = run("audit", SEED, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "is read-only")
    assert out.read_text() == "keep me\n"


def test_cli_train_refuses_to_write_over_gold(tmp_path):
    import shutil

    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(sorted(DEV_GOLD.glob("*.json"))[0], gold / "model-hedged.json")
    inside = run("train", gold, "--out", gold / "models")
    assert inside.exit_code == 2
    assert_one_line_error(inside.stderr, "inside the gold directory")
    named = run("train", gold / "model-hedged.json", "--out", gold)
    assert named.exit_code == 2
    assert_one_line_error(named.stderr, "would replace the gold file")
    assert sorted(p.name for p in gold.iterdir()) == ["model-hedged.json"]
    assert json.loads((gold / "model-hedged.json").read_text())["annotator"]


# --- one bad document among many; control characters; standard input from a terminal -----------

BAD_JSONL = {
    "deep.jsonl": '{"id": "ok", "text": "Five died on Friday, activists said."}\n{"text": ' + "[" * 100_000 + "\n",
    "surrogate.jsonl": '{"id": "s", "title": "T\\ud800", "text": "The Observatory said 14 \\ud800 civilians '
                       'were killed on Friday."}\n',
    "edgedate.jsonl": "".join(
        json.dumps({"id": f"e{n}", "text": f"The Observatory said 14 civilians were killed {when}.", "date": day}) + "\n"
        for n, (when, day) in enumerate([("on Friday", "0001-01-01"), ("yesterday", "0001-01-01"),
                                         ("since September", "0001-01-02"), ("on Friday", "9999-12-31")])),
}


@pytest.fixture
def bad_corpus(tmp_path):
    directory = tmp_path / "corpus"
    directory.mkdir()
    for name, text in BAD_JSONL.items():
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "good.txt").write_text(STORY, encoding="utf-8")
    return directory


@pytest.mark.parametrize("args", [["-f", "json"], ["-f", "csv"], [], ["-f", "json", "-j", "2"]],
                         ids=["json", "csv", "table", "json-j2"])
def test_cli_one_bad_document_is_skipped_and_the_rest_audited(bad_corpus, args):
    result = run("audit", bad_corpus, "--no-progress", *args)
    assert result.exit_code == 0, result.stderr
    assert "internal error" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 1 and "deep.jsonl" in skipped[0] and "nests too deeply" in skipped[0]
    if args[:2] == ["-f", "json"]:
        data = json.loads(result.stdout)
        ids = [d["id"] for d in data["documents"]]
        assert ids == ["e0", "e1", "e2", "e3", "good.txt", "s"]
        text = next(d for d in data["documents"] if d["id"] == "s")["sentences"][0]["text"]
        assert "14 \ufffd civilians" in text
        dates = {m["document"]: m["date"] for g in data["claims"] for m in g["members"]}
        assert dates["e0"] is None and dates["e1"] is None and dates["e3"] == "9999-12-31"


def test_cli_report_and_review_queue_skip_one_bad_document(bad_corpus, tmp_path):
    report = run("report", bad_corpus, "-o", tmp_path / "report", "--no-progress", "-j", "2")
    assert report.exit_code == 0, report.stderr
    assert (tmp_path / "report" / "index.html").is_file()
    for args in ([], ["--format", "json"]):
        queue = run("review", "queue", bad_corpus, *args)
        assert queue.exit_code == 0, queue.stderr
        assert "nests too deeply" in queue.stderr and "internal error" not in queue.stderr


def test_cli_terminal_views_show_control_characters_as_signs(tmp_path):
    directory = tmp_path / "hostile"
    directory.mkdir()
    (directory / "a.txt").write_text("Five people were killed \x1b[31min Idlib\x1b[0m, activists said.\x1b]0;owned\x07\n",
                                     encoding="utf-8")
    audited = run("audit", directory / "a.txt")
    queued = run("review", "queue", directory)
    claim = json.loads(run("review", "queue", directory, "-f", "json").stdout)["queue"][0]["claim"]
    shown = run("review", "show", claim, directory)
    for result in (audited, queued, shown):
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "␛[31min Idlib␛[0m" in result.stdout
    as_json = json.loads(run("audit", directory / "a.txt", "-f", "json").stdout)
    assert "\x1b[31min Idlib\x1b[0m" in as_json["documents"][0]["sentences"][0]["text"]  # exact in JSON


def test_cli_audit_help_says_how_to_end_standard_input():
    assert "Ctrl-D" in " ".join(run("audit", "--help").stdout.split())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_cli_console_standard_input_from_a_terminal_says_it_waits(tmp_path):
    import pty
    import time

    controller, terminal = pty.openpty()
    process = subprocess.Popen([str(CONSOLE_SCRIPT), "audit", "-", "-f", "csv"], cwd=tmp_path, stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "VERIFY_DEBUG": ""})
    os.close(terminal)
    try:
        time.sleep(1)
        os.write(controller, STORY.encode() + b"\x04")  # Ctrl-D on a line of its own ends the input
        out, errors = process.communicate(timeout=120)
    finally:
        process.kill()
        os.close(controller)
    assert process.returncode == 0, errors
    assert errors.decode().startswith("reading standard input (type or paste the text, end with Ctrl-D")
    assert "stdin,0,0,4,Five" in out.decode()


def test_cli_audit_piped_standard_input_says_nothing(tmp_path):
    result = run_console("audit", "-", "-f", "csv", cwd=tmp_path, stdin=STORY)
    assert result.returncode == 0 and result.stderr == ""


def test_cli_train_takes_output_like_the_other_commands(tmp_path):
    from typer.testing import CliRunner
    from verify.cli import app
    result = CliRunner().invoke(app, ["train", "fixtures/gold/dev", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model-attribution.json", "model-hedged.json"]
