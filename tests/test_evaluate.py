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
