"""Tests for verify.evaluate: scores against gold, per-document counts and bootstrap intervals."""
from collections import Counter
from pathlib import Path

import pytest

from verify.evaluate import Counts, Report, load_gold, prf, score
from verify.learn import Models
from verify.rules import load_rules

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "gold" / "dev"


@pytest.fixture(scope="module")
def dev_report():
    files = load_gold([str(DEV)])[:30]
    return score(files, rules=load_rules(), models=Models())


@pytest.mark.parametrize("tp, fp, fn, expected", [
    (8, 2, 0, (0.8, 1.0, 0.889)),
    (0, 0, 0, (1.0, 1.0, 1.0)),     # nothing to find, nothing found
    (0, 3, 2, (0.0, 0.0, 0.0)),
])
def test_prf(tp, fp, fn, expected):
    assert prf(tp, fp, fn) == expected


def test_per_document_counts_add_up_to_the_totals(dev_report):
    assert len(dev_report.per_document) == dev_report.documents == 30
    for task, total in dev_report.counts.items():
        sums = [sum(document[task][i] for document, _ in dev_report.per_document.values()) for i in range(3)]
        assert sums == [total.tp, total.fp, total.fn], task
    assert sum((kinds for _, kinds in dev_report.per_document.values()), Counter()) == dev_report.kinds


def test_intervals_are_deterministic_and_bracket_the_figure(dev_report):
    intervals = dev_report.intervals()
    assert intervals == dev_report.intervals()
    assert set(intervals) == set(dev_report.counts) | {"kind (macro-F1)"}
    for task, (low, high) in intervals.items():
        f1 = dev_report.kind_macro_f1() if task == "kind (macro-F1)" else dev_report.counts[task].scores()[2]
        assert 0 <= low <= f1 <= high <= 1, task
    low, high = intervals["source"]
    assert high - low > 0.01   # 30 articles do not pin source F1 down to a point


def test_intervals_do_not_depend_on_the_scoring_order(dev_report):
    shuffled = Report()
    for key in reversed(list(dev_report.per_document)):
        counts, kinds = dev_report.per_document[key]
        shuffled.per_document[key] = (counts, kinds)
    assert shuffled.intervals() == dev_report.intervals()


def test_intervals_of_identical_documents_are_a_point():
    report = Report()
    for i in range(10):
        report.per_document[f"d{i}"] = ({task: (3, 1, 1) if task == "source" else (0, 0, 0) for task in report.counts},
                                        Counter({("indirect", "indirect"): 2, ("none", "indirect"): 1}))
    report.counts["source"] = Counts(30, 10, 10)
    intervals = report.intervals()
    assert intervals["source"] == (0.75, 0.75)
    assert set(intervals) == {"source", "kind (macro-F1)"}   # tasks with nothing counted have no interval
    # indirect: tp 2, fp 1 → F1 0.8; none: nothing predicted → F1 0: macro 0.4
    assert intervals["kind (macro-F1)"] == (0.4, 0.4)


def test_intervals_widen_when_documents_disagree():
    report = Report()
    for i in range(20):
        report.per_document[f"d{i}"] = ({task: ((5, 0, 0) if i % 2 else (0, 5, 5)) if task == "source" else (0, 0, 0)
                                         for task in report.counts}, Counter())
    low, high = report.intervals()["source"]
    assert low < 0.5 < high and high - low > 0.2


def test_difference_of_a_report_with_itself_is_zero(dev_report):
    assert all(bounds == (0.0, 0.0) for bounds in dev_report.difference(dev_report).values())


def test_difference_is_paired_and_signed():
    better, worse = Report(), Report()
    for i in range(20):
        # the same documents; "better" finds one more source than "worse" in every one of them
        better.per_document[f"d{i}"] = ({t: (4, 1, 1) if t == "source" else (0, 0, 0) for t in better.counts}, Counter())
        worse.per_document[f"d{i}"] = ({t: (3, 1, 2) if t == "source" else (0, 0, 0) for t in worse.counts}, Counter())
    low, high = better.difference(worse)["source"]
    assert 0 < low <= high
    low, high = worse.difference(better)["source"]
    assert low <= high < 0


def test_difference_needs_the_same_documents(dev_report):
    other = Report()
    other.per_document["someone-else"] = next(iter(dev_report.per_document.values()))
    with pytest.raises(ValueError, match="same documents"):
        dev_report.difference(other)


# --- malformed gold: a GoldError naming the file (exit 2 through the CLI), never a traceback ----

STORY = "Five people were killed, activists said."


def _gold(**changes):
    sentence = {"index": 0, "start": 0, "end": len(STORY), "text": STORY, "boilerplate": False,
                "source": "(unnamed)", "speaker": None, "via": [], "cue": "said", "carried": False,
                "hedged": False, "hedge_cues": [],
                "numbers": [{"text": "Five", "value": 5, "qualifier": None, "counted": "person"}]}
    gold = {"id": "doc", "origin": "doc.txt", "annotator": "tester", "checked_by": None, "sentences": [sentence]}
    for key, value in changes.items():
        if key.startswith("sentence_"):
            key = key.removeprefix("sentence_")
            if value is ...:
                del sentence[key]
            else:
                sentence[key] = value
        else:
            gold[key] = value
    return gold


def _write_gold(directory, gold, raw=None, origin_bytes=STORY.encode("utf-8"), origin_name="doc.txt"):
    import json

    (directory / origin_name).write_bytes(origin_bytes)
    path = directory / "gold.json"
    path.write_text(raw if raw is not None else json.dumps(gold), encoding="utf-8")
    return path


MALFORMED_GOLD = [
    # (name, gold or raw JSON text, origin bytes, origin file name, expected words in the message)
    ("top level is a list", "[]", None, None, "top level must be a JSON object (found a list)"),
    ("top level is a number", "5", None, None, "top level must be a JSON object (found a number)"),
    ("top level is null", "null", None, None, "top level must be a JSON object (found null)"),
    ("sentence lacks start", _gold(sentence_start=...), None, None, "sentences[0]: 'start' is a required property"),
    ("sentence lacks source", _gold(sentence_source=...), None, None, "sentences[0]: 'source' is a required property"),
    ("sentence lacks numbers", _gold(sentence_numbers=...), None, None,
     "sentences[0]: 'numbers' is a required property"),
    ("origin is a number", _gold(origin=5), None, None, "origin: 5 is not of type 'string'"),
    ("start is a string", _gold(sentence_start="0"), None, None, "sentences[0].start: '0' is not of type 'integer'"),
    ("number without text", _gold(sentence_numbers=[{"value": 5}]), None, None,
     "sentences[0].numbers[0]: 'text' is a required property"),
    ("number not in its sentence", _gold(sentence_numbers=[{"text": "six", "value": 6}]), None, None,
     "number 'six' is not in the sentence"),
    ("offsets run backwards", _gold(sentence_start=5, sentence_end=2), None, None, "end 2 is before start 5"),
    ("origin in Latin-1", _gold(), ("Café " + STORY).encode("latin-1"), None, "cannot read its origin"),
    ("origin CSV without unit_id", _gold(origin="rows.csv", id="1"),
     f'id,article_content\n1,"{STORY}"\n'.encode(), "rows.csv", "has no unit_id column"),
    ("origin CSV without article_content", _gold(origin="rows.csv", id="1"),
     f'unit_id,text\n1,"{STORY}"\n'.encode(), "rows.csv", "has no article_content column"),
    ("origin CSV row too short", _gold(origin="rows.csv", id="1"),
     b'unit_id,article_title,article_content\n1,title\n', "rows.csv", "has no article_content field"),
]


def _malformed(tmp_path, gold, origin_bytes, origin_name):
    raw = gold if isinstance(gold, str) else None
    return _write_gold(tmp_path, None if raw else gold, raw=raw, origin_bytes=origin_bytes or STORY.encode("utf-8"),
                       origin_name=origin_name or "doc.txt")


@pytest.mark.parametrize("name, gold, origin_bytes, origin_name, message", MALFORMED_GOLD,
                         ids=[case[0] for case in MALFORMED_GOLD])
def test_malformed_gold_is_a_gold_error_naming_the_file(tmp_path, name, gold, origin_bytes, origin_name, message):
    from verify.errors import GoldError

    path = _malformed(tmp_path, gold, origin_bytes, origin_name)
    with pytest.raises(GoldError) as raised:
        score(load_gold([str(path)]), rules=load_rules(), models=Models())
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("command", [["eval"], ["train", "--out", "models"]])
@pytest.mark.parametrize("name, gold, origin_bytes, origin_name, message", MALFORMED_GOLD,
                         ids=[case[0] for case in MALFORMED_GOLD])
def test_cli_malformed_gold_exits_2_with_one_line(tmp_path, command, name, gold, origin_bytes, origin_name, message):
    from typer.testing import CliRunner

    from verify.cli import app

    path = _malformed(tmp_path, gold, origin_bytes, origin_name)
    if "--out" in command:
        command = [*command[:-1], str(tmp_path / "models")]
    result = CliRunner().invoke(app, [command[0], str(path), *command[1:]])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.startswith(f"error: {path}: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert not (tmp_path / "models").exists()


def test_well_formed_gold_of_the_helper_scores(tmp_path):
    # the malformed cases above differ from this one by one field only
    path = _write_gold(tmp_path, _gold())
    report = score(load_gold([str(path)]), rules=load_rules(), models=Models())
    assert report.documents == 1 and report.counts["numbers"].tp == 1


def test_errors_list_boilerplate_disagreements(tmp_path):
    # gold calls the story sentence furniture: one boilerplate disagreement is listed with its text
    path = _write_gold(tmp_path, _gold(sentence_boilerplate=True))
    report = score(load_gold([str(path)]), rules=load_rules(), models=Models())
    assert report.counts["boilerplate"].fn == 1
    assert [e for e in report.errors if e.startswith("boilerplate")] == [
        f"boilerplate doc#0: gold True predicted False | {STORY}"]
    agreed = score(load_gold([str(_write_gold(tmp_path, _gold()))]), rules=load_rules(), models=Models())
    assert not [e for e in agreed.errors if e.startswith("boilerplate")]


def test_every_shipped_dev_gold_file_is_well_formed():
    from verify.evaluate import gold_problem

    import json

    for file in sorted(DEV.glob("*.json")):
        assert gold_problem(json.loads(file.read_text(encoding="utf-8"))) is None, file


@pytest.mark.parametrize("directory", ["gold/dev", "gold/heldout", "gold-wire/dev", "gold-wire/heldout",
                                       "gold-punctuated", "agreement", "agreement-wire"])
def test_every_shipped_gold_file_is_valid_and_annotated(directory):
    # a blank skeleton (scripts/gold_prepare.py, scripts/wire_prepare.py) left in a gold directory
    # would score as "nothing attributed" and silently lower every figure
    gold = load_gold([str(DEV.parent.parent / directory)])
    assert gold
    blank = [path.name for path, doc in gold if not doc.get("annotator")]
    assert blank == []


# --- counted things: British and American spellings are one noun ----------------------------------

WINDS = "Winds reached 90 kilometres per hour, officials said."


@pytest.mark.parametrize("gold_counted, tp", [
    ("kilometre per hour", 1),     # the tool writes what the text writes, British spelling
    ("kilometer per hour", 1),     # the gold's American spelling of the same unit
    ("KILOMETRE per hour", 1),
    ("kilometre", 0),              # not the rate
    ("mile per hour", 0),
])
def test_score_counted_folds_british_and_american_spelling(tmp_path, gold_counted, tp):
    sentence = {"index": 0, "start": 0, "end": len(WINDS), "text": WINDS, "boilerplate": False,
                "source": "(unnamed)", "speaker": None, "via": [], "cue": "said", "carried": False,
                "hedged": False, "hedge_cues": [],
                "numbers": [{"text": "90", "value": 90, "qualifier": None, "counted": gold_counted}]}
    gold = {"id": "doc", "origin": "doc.txt", "annotator": "tester", "checked_by": None, "sentences": [sentence]}
    path = _write_gold(tmp_path, gold, origin_bytes=WINDS.encode("utf-8"))
    report = score(load_gold([str(path)]), rules=load_rules(), models=Models())
    counted = report.counts["counted"]
    assert (counted.tp, counted.fp, counted.fn) == (tp, 1 - tp, 1 - tp)
    assert any(line.startswith("counted ") for line in report.errors) == (not tp)


def test_score_lists_no_counted_error_when_neither_counts(tmp_path):
    text = "The toll rose to 23, activists said."
    sentence = {"index": 0, "start": 0, "end": len(text), "text": text, "boilerplate": False,
                "source": "(unnamed)", "speaker": None, "via": [], "cue": "said", "carried": False,
                "hedged": False, "hedge_cues": [], "numbers": [{"text": "23", "value": 23, "qualifier": None, "counted": None}]}
    gold = {"id": "doc", "origin": "doc.txt", "annotator": "tester", "checked_by": None, "sentences": [sentence]}
    path = _write_gold(tmp_path, gold, origin_bytes=text.encode("utf-8"))
    report = score(load_gold([str(path)]), rules=load_rules(), models=Models())
    assert report.counts["numbers"].tp == 1
    assert not [line for line in report.errors if line.startswith("counted ")]


@pytest.mark.parametrize("gold", ["Ansarullah movement", "Yemen's Houthi militia"])
def test_evaluate_a_gold_name_the_registry_knows_as_an_alias_is_the_same_source(gold):
    from verify.evaluate import same_source
    from verify.records import Attribution
    predicted = Attribution(source="Houthis", source_id="houthis", source_type="armed group", mention="Houthis",
                            rule="attr.subject-cue")
    assert same_source(gold, predicted, load_rules())


@pytest.mark.parametrize("gold, predicted, same", [
    # one country's government however it is written: the claims count it as one origin too
    ("Malagasy government", "Madagascar's government", True),
    ("Mexican federal government", "Mexico's federal government", True),
    ("Senegalese government", "Government of Senegal", True),
    # (a country speaking by its bare name is its government, for the claims as for the evaluation)
    ("Syrian government", "Syria", True),
    ("Senegal", "Senegalese government", True),
    ("Senegal", "Mali", False),
    # (a review) Mali is no Malta: "mali" was read as Malta's people's word
    ("Maltese government", "Malian government", False),
    ("Mali's government", "Malian government", True),
    # but not another country's, nor a state's or a province's
    ("Senegalese government", "Mali's government", False),
    ("Lagos State Government", "Nigeria's government", False),
])
def test_evaluate_one_countrys_government_written_two_ways_is_the_same_source(gold, predicted, same):
    from verify.evaluate import same_source
    from verify.records import Attribution
    found = Attribution(source=predicted, source_id=predicted.lower().replace(" ", "-"), source_type="government",
                        mention=predicted, rule="attr.subject-cue")
    assert same_source(gold, found, load_rules()) is same


def test_heldout_compare_script_pairs_two_versions(tmp_path):
    # scripts/heldout_compare.py: the same checkout against itself on a little dev gold gives the same
    # figures and paired intervals of exactly zero; a missing gold directory is one line and exit 2
    import shutil
    import subprocess
    import sys

    script = DEV.parent.parent.parent / "scripts" / "heldout_compare.py"
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("000_c4b5080489d27d06.json", "001_85fa3d43126e8ad3.json"):
        shutil.copy(DEV / name, gold / name)
    done = subprocess.run([sys.executable, str(script), ".", ".", "--gold", str(gold)], capture_output=True,
                          text=True, cwd=DEV.parent.parent.parent)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if "paired 95 %" in line]
    assert len(lines) == 2 * 6  # two modes, six tasks
    assert all(line.endswith("+0.000 to +0.000") for line in lines), done.stdout
    assert all(line.split()[1] == line.split()[3] for line in lines)  # the same F1 before and after "->"
    missing = subprocess.run([sys.executable, str(script), ".", ".", "--gold", str(tmp_path / "none")],
                             capture_output=True, text=True, cwd=DEV.parent.parent.parent)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no such gold directory" in missing.stderr
