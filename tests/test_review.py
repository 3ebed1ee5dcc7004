"""Tests for the editorial review workflow: `verify.review` and `verify review …`.

The whole loop runs through the command line on copies of the seed articles (audit → queue →
set → re-audit → queue); the store's promises (append-only history, concurrent writers, a writer
killed mid-transaction, migrations) are tested with real processes and real SQLite files.
"""
import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
import typer
from typer.testing import CliRunner

from verify.cli import app
from verify.errors import ReviewError
from verify.pipeline import audit_corpus, audit_paths
from verify.records import REVIEW_STATUSES, ReviewDecision
from verify.review import (APPLICATION_ID, FINAL_STATUSES, MIGRATIONS, NO_LONGER_FOUND, RISK_ORDER, SCHEMA_VERSION,
                           SENTENCE_EDITED, STORE_NAME, ReviewStore, StoredDecision, check_claim_id, mark, now,
                           store_path)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
DOC = SEEDS[0].name                      # 000_c4b5080489d27d06.txt
TOLL = "Russian air strikes had killed at least 14 civilians"   # a sentence of DOC with a claim

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def assert_one_line_error(result, contains):
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert contains.lower() in result.stderr.lower(), result.stderr


@pytest.fixture
def seeds(tmp_path):
    """A copy of the seed articles in a fresh directory (the store is created beside them)."""
    directory = tmp_path / "seeds"
    directory.mkdir()
    for path in SEEDS:
        shutil.copy(path, directory / path.name)
    return directory


def audit(*paths):
    return audit_corpus(audit_paths([str(p) for p in paths]))


def queue(*args):
    result = run("review", "queue", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def toll_claim(corpus):
    return next(c for c in corpus.claims if c.document == DOC and c.context.startswith(TOLL))


# --- the whole loop through the command line ----------------------------------------------------

def test_review_loop_audit_queue_set_reaudit_queue(seeds):
    first = run("audit", seeds, "--format", "json")
    assert first.exit_code == 0, first.stderr
    ids = {m["claim"] for g in json.loads(first.stdout)["claims"] for m in g["members"]}

    before = queue(seeds)
    assert {i["claim"] for i in before["queue"]} == ids
    assert {i["review_status"] for i in before["queue"]} == {"unreviewed"}
    risks = [RISK_ORDER.index(i["risk"]) for i in before["queue"]]
    assert risks == sorted(risks)                       # riskiest first
    assert not (seeds / STORE_NAME).exists()            # reading never creates the store

    claim = before["queue"][0]["claim"]
    result = run("review", "set", claim, "--status", "needs-second-source", "--note", "only one monitor",
                 "--by", "alice", "--evidence", "https://example.org/sohr", seeds)
    assert result.exit_code == 0, result.stderr
    assert f"recorded: {claim} needs-second-source by alice" in result.stdout
    assert (seeds / STORE_NAME).is_file()

    again = run("audit", seeds, "--format", "json")
    assert {m["claim"] for g in json.loads(again.stdout)["claims"] for m in g["members"]} == ids

    after = {i["claim"]: i for i in queue(seeds)["queue"]}
    assert after[claim]["review_status"] == "needs-second-source"
    assert after[claim]["decision"]["by"] == "alice"
    assert after[claim]["decision"]["note"] == "only one monitor"
    assert after[claim]["decision"]["evidence"] == "https://example.org/sohr"
    assert after[claim]["changed"] is None

    result = run("review", "set", claim, "--status", "verified", "--by", "bob", seeds)
    assert result.exit_code == 0, result.stderr
    assert claim not in {i["claim"] for i in queue(seeds)["queue"]}       # decided: off the to-do list
    verified = queue(seeds, "--status", "verified")["queue"]
    assert [(i["claim"], i["review_status"], i["decision"]["by"]) for i in verified] == [(claim, "verified", "bob")]
    assert len(queue(seeds, "--all")["queue"]) == len(ids)

    store = ReviewStore(seeds / STORE_NAME)
    assert store.current(claim).status == "verified"
    assert [e.status for e in store.history(claim)] == ["needs-second-source", "verified"]


def test_review_queue_table_shows_ids_statuses_and_the_store(seeds):
    corpus = audit(seeds)
    claim = toll_claim(corpus)
    assert run("review", "set", claim.id, "--status", "in-progress", "--by", "carla", seeds).exit_code == 0
    result = run("review", "queue", seeds)
    assert result.exit_code == 0, result.stderr
    assert claim.id in result.stdout and "in-progress" in result.stdout and "carla" in result.stdout
    assert "[at least 14]" in result.stdout
    assert "conflicting" in result.stdout
    assert str(seeds / STORE_NAME) in result.stdout.replace("\n", "")


@pytest.mark.parametrize("needle", ["observatory", "OBSERVATORY", "Syrian Obs"])
def test_review_queue_filters_by_source_case_insensitive(seeds, needle):
    items = queue(seeds, "--source", needle)["queue"]
    assert items and all("observatory" in i["source"].lower() for i in items)


def test_review_queue_filters_by_status(seeds):
    corpus = audit(seeds)
    a, b = corpus.claims[0].id, corpus.claims[1].id
    assert run("review", "set", a, "--status", "disputed", seeds).exit_code == 0
    assert run("review", "set", b, "--status", "in-progress", seeds).exit_code == 0
    assert [i["claim"] for i in queue(seeds, "--status", "disputed")["queue"]] == [a]
    assert {i["claim"] for i in queue(seeds, "-s", "disputed", "-s", "in-progress")["queue"]} == {a, b}
    assert a not in {i["claim"] for i in queue(seeds)["queue"]}
    assert b in {i["claim"] for i in queue(seeds)["queue"]}


def test_review_show_the_claim_in_context_and_its_history(seeds):
    claim = toll_claim(audit(seeds))
    run("review", "set", claim.id, "--status", "in-progress", "--by", "alice", "--note", "calling SOHR", seeds)
    run("review", "set", claim.id, "--status", "verified", "--by", "bob", "--evidence", "https://e.org/1", seeds)
    result = run("review", "show", claim.id, seeds)
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "killed [at least 14] civilians" in out
    assert "Syrian Observatory for Human Rights" in out
    assert "group g-" in out and "other members of its group" in out
    assert out.index("in-progress by alice — calling SOHR") < out.index("verified by bob")
    assert "https://e.org/1" in out
    # without the documents: what the store recorded
    stored = run("review", "show", claim.id, "--db", seeds / STORE_NAME)
    assert stored.exit_code == 0, stored.stderr
    assert "[at least 14]" in stored.stdout and "verified" in stored.stdout


# --- stable ids and "changed since review" ------------------------------------------------------

def _ids(corpus, document=None):
    return {c.id for c in corpus.claims if document is None or c.document == document}


def test_review_ids_are_stable_across_runs():
    assert _ids(audit(*SEEDS)) == _ids(audit(*SEEDS))
    assert all(check_claim_id(i) == i for i in _ids(audit(*SEEDS)))


def test_review_ids_are_stable_when_the_corpus_grows():
    smaller, larger = audit(*SEEDS[:3]), audit(*SEEDS)
    assert _ids(smaller) <= _ids(larger)
    for document in (p.name for p in SEEDS[:3]):
        assert _ids(smaller, document) == _ids(larger, document)


def test_review_ids_are_stable_when_another_sentence_is_edited(seeds):
    path = seeds / DOC
    corpus = audit(path)
    sentence = next(s for s in corpus.documents[0].sentences
                    if not s.boilerplate and not s.numbers and len(s.text.split()) > 5)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(sentence.text, "In a long added aside, " + sentence.text, 1), encoding="utf-8")
    edited = audit(path)
    assert _ids(edited) == _ids(corpus)
    assert [c.start for c in edited.claims] != [c.start for c in corpus.claims]   # offsets moved, ids did not


def test_review_changed_when_the_words_around_the_number_change(seeds):
    claim = toll_claim(audit(seeds))
    assert run("review", "set", claim.id, "--status", "verified", "--by", "alice", seeds).exit_code == 0
    path = seeds / DOC
    path.write_text(path.read_text(encoding="utf-8").replace("had killed at least 14", "had slain at least 14"),
                    encoding="utf-8")
    now_claim = next(c for c in audit(seeds).claims if c.document == DOC and "had slain at least 14" in c.context)
    assert now_claim.id != claim.id                        # the id follows the words around the number
    items = {i["claim"]: i for i in queue(seeds)["queue"]}
    gone = items[claim.id]
    assert gone["changed"] == NO_LONGER_FOUND and gone["review_status"] == "verified"
    assert gone["excerpt"].startswith("Russian air strikes had killed [at least 14]")   # as it was reviewed
    assert items[now_claim.id]["review_status"] == "unreviewed" and items[now_claim.id]["changed"] is None
    assert list(items).index(claim.id) == 0               # changed entries come first
    table = run("review", "queue", seeds)
    assert "changed since review" in table.stdout and "no longer found" in " ".join(table.stdout.split())
    # the old id cannot be re-decided against the documents; the new claim replaces it
    refused = run("review", "set", claim.id, "--status", "verified", seeds)
    assert_one_line_error(refused, "no longer found")
    result = run("review", "set", now_claim.id, "--status", "verified", "--replaces", claim.id, seeds)
    assert result.exit_code == 0, result.stderr
    assert claim.id not in {i["claim"] for i in queue(seeds)["queue"]}
    assert ReviewStore(seeds / STORE_NAME).latest()[now_claim.id].replaces == claim.id


def test_review_changed_when_the_sentence_is_edited_far_from_the_number(seeds):
    claim = toll_claim(audit(seeds))
    assert run("review", "set", claim.id, "--status", "verified", seeds).exit_code == 0
    path = seeds / DOC
    text = path.read_text(encoding="utf-8")
    assert claim.context.endswith("said on Friday.")
    path.write_text(text.replace(claim.context, claim.context.replace("said on Friday.", "said on Saturday.")),
                    encoding="utf-8")
    items = {i["claim"]: i for i in queue(seeds)["queue"]}
    assert items[claim.id]["changed"] == SENTENCE_EDITED          # same id, different sentence
    assert items[claim.id]["review_status"] == "verified"
    shown = run("review", "show", claim.id, seeds)
    assert "changed since review" in shown.stdout and "said on Friday" in " ".join(shown.stdout.split())
    # a new decision on the sentence as it is now settles it
    assert run("review", "set", claim.id, "--status", "verified", seeds).exit_code == 0
    assert claim.id not in {i["claim"] for i in queue(seeds)["queue"]}


def test_review_decisions_about_other_documents_are_not_changed(seeds):
    claim = toll_claim(audit(seeds))
    assert run("review", "set", claim.id, "--status", "in-progress", seeds).exit_code == 0
    other = seeds / SEEDS[1].name
    items = queue(other, "--db", seeds / STORE_NAME, "--all")["queue"]
    assert claim.id not in {i["claim"] for i in items}      # DOC is not in this run: nothing is "gone"


# --- set: ids, statuses, errors -------------------------------------------------------------------

def test_review_set_without_documents_takes_a_well_formed_id_on_trust(tmp_path):
    db = tmp_path / "desk.sqlite"
    result = run("review", "set", "c-0123456789ab", "--status", "false", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "not looked up" in result.stderr
    assert ReviewStore(db).current("c-0123456789ab").context is None


def test_review_set_without_documents_keeps_the_sentence_from_history(seeds):
    claim = toll_claim(audit(seeds))
    assert run("review", "set", claim.id, "--status", "in-progress", seeds).exit_code == 0
    result = run("review", "set", claim.id, "--status", "verified", "--db", seeds / STORE_NAME)
    assert result.exit_code == 0, result.stderr
    assert "not looked up" not in result.stderr
    latest = ReviewStore(seeds / STORE_NAME).latest()[claim.id]
    assert latest.decision.context == claim.context and latest.document == DOC and latest.number == "at least 14"


def test_review_set_by_defaults_to_user(seeds, monkeypatch):
    monkeypatch.setenv("USER", "dana")
    claim = toll_claim(audit(seeds))
    assert run("review", "set", claim.id, "--status", "in-progress", seeds).exit_code == 0
    assert ReviewStore(seeds / STORE_NAME).current(claim.id).by == "dana"


@pytest.mark.parametrize("args, message", [
    (["set", "c-0123456789ab", "--status", "verified", "{seeds}"], "no claim with this id"),
    (["set", "c-XYZ", "--status", "verified", "{seeds}"], "not a claim id"),
    (["set", "{claim}", "--status", "done", "{seeds}"], "unknown status 'done'; use one of: unreviewed, in-progress"),
    (["set", "{claim}", "--status", "verified"], "no review store given"),
    (["queue", "{seeds}", "--status", "done"], "unknown status"),
    (["show", "c-0123456789ab", "{seeds}"], "no claim with this id"),
    (["show", "c-0123456789ab", "--db", "{seeds}/nothing.sqlite"], "no review store here yet"),
    (["export", "--db", "{seeds}/nothing.sqlite"], "no review store here yet"),
    (["set", "{claim}", "--status", "verified", "--replaces", "c-0123456789ab", "{seeds}"], "no decision about"),
], ids=["unknown-id", "malformed-id", "unknown-status", "no-store", "queue-status", "show-unknown",
        "show-no-store", "export-no-store", "replaces-unknown"])
def test_review_errors_are_one_line(seeds, args, message):
    claim = toll_claim(audit(seeds)).id
    result = run("review", *[a.format(seeds=seeds, claim=claim) for a in args])
    assert_one_line_error(result, message)
    assert not (seeds / STORE_NAME).exists()


def _text_file(path):
    path.write_text("these are my notes, not a database\n" * 20)


def _other_sqlite(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (n)")
    con.commit()
    con.close()


def _newer_store(path):
    ReviewStore(path).migrate()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()


@pytest.mark.parametrize("make, message", [
    (_text_file, "not a readable review store"),
    (_other_sqlite, "not a verify review store"),
    (_newer_store, "newer verify"),
    (lambda path: path.mkdir(), "is a directory"),
], ids=["text-file", "other-sqlite", "newer-version", "directory"])
@pytest.mark.parametrize("command", ["queue", "set", "show", "export"])
def test_review_unusable_store_is_one_line_and_left_alone(seeds, tmp_path, make, message, command):
    db = tmp_path / "store.sqlite"
    make(db)
    before = db.read_bytes() if db.is_file() else None
    claim = toll_claim(audit(seeds)).id
    args = {"queue": ["queue", seeds], "set": ["set", claim, "--status", "verified", seeds],
            "show": ["show", claim, seeds], "export": ["export", seeds]}[command]
    result = run("review", *args, "--db", db)
    assert_one_line_error(result, message)
    if before is not None:
        assert db.read_bytes() == before


def test_review_store_path_defaults_beside_the_first_input(tmp_path):
    (tmp_path / "dir").mkdir()
    assert store_path(None, [str(tmp_path / "dir")]) == tmp_path / "dir" / STORE_NAME
    assert store_path(None, [str(tmp_path / "dir" / "a.txt"), "b.txt"]) == tmp_path / "dir" / STORE_NAME
    assert store_path(None, ["-", str(tmp_path / "dir")]) == tmp_path / "dir" / STORE_NAME
    assert store_path(tmp_path / "x.sqlite", [str(tmp_path / "dir")]) == tmp_path / "x.sqlite"
    with pytest.raises(ReviewError, match="--db"):
        store_path(None, [])


# --- the store ----------------------------------------------------------------------------------

def decision(claim, status="verified", by="ana", **fields):
    return ReviewDecision(claim=claim, status=status, by=by, at=now(), **fields)


def test_review_store_current_all_returns_the_latest_decision_per_claim(tmp_path):
    store = ReviewStore(tmp_path / STORE_NAME)
    store.record(decision("c-00000000000a", "in-progress", note="first"))
    store.record(decision("c-00000000000b", "needs-second-source"))
    store.record(decision("c-00000000000a", "verified", by="bo", note="second", context="A sentence."))
    store.record(decision("c-00000000000c", "false"))
    store.record(decision("c-00000000000b", "disputed", evidence="https://e.org"))
    current = store.current_all()
    assert {claim: d.status for claim, d in current.items()} == {
        "c-00000000000a": "verified", "c-00000000000b": "disputed", "c-00000000000c": "false"}
    assert current["c-00000000000a"] == store.current("c-00000000000a")
    assert (current["c-00000000000a"].by, current["c-00000000000a"].note, current["c-00000000000a"].context) == \
        ("bo", "second", "A sentence.")
    assert isinstance(current["c-00000000000b"], ReviewDecision)
    assert store.current("c-ffffffffffff") is None
    assert len(store.entries()) == 5                       # append-only: nothing was overwritten


def test_review_store_reading_never_creates_or_migrates(tmp_path):
    path = tmp_path / STORE_NAME
    store = ReviewStore(path)
    assert store.current_all() == {} and store.current("c-00000000000a") is None and store.history("x") == []
    assert store.version() == 0
    assert not path.exists()
    assert not list(tmp_path.iterdir())


def test_review_store_schema_wal_and_status_check(tmp_path):
    store = ReviewStore(tmp_path / STORE_NAME)
    assert store.migrate() == (0, SCHEMA_VERSION)
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    columns = [row[1] for row in con.execute("PRAGMA table_info(decisions)")]
    assert columns[:9] == ["id", "claim", "status", "by", "at", "note", "evidence", "context", "document"]
    with pytest.raises(sqlite3.IntegrityError):
        con.execute('INSERT INTO decisions (claim, status, "by", at) VALUES (?, ?, ?, ?)', ("c-1", "done", "x", "t"))
    con.close()
    with pytest.raises(ReviewError, match="unknown status 'done'"):
        store.record(decision("c-00000000000a", "done"))
    assert store.entries() == []


def test_review_store_record_many_is_all_or_nothing(tmp_path):
    store = ReviewStore(tmp_path / STORE_NAME)
    store.record(decision("c-00000000000a"))
    batch = [StoredDecision(0, decision("c-00000000000b")), StoredDecision(0, decision("c-00000000000c", "bogus"))]
    with pytest.raises(ReviewError):
        store.record_many(batch)
    assert [e.claim for e in store.entries()] == ["c-00000000000a"]
    assert store.record_many(batch[:1]) == 1


def _v1_store(path):
    """A store as version 1 wrote it: the first migration only, with a decision in it."""
    con = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute("PRAGMA user_version = 1")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute('INSERT INTO decisions (claim, status, "by", at, note, context, document) VALUES (?, ?, ?, ?, ?, ?, ?)',
                ("c-00000000000a", "disputed", "old", "2024-01-02T03:04:05Z", "from v1", "Five died.", "a.txt"))
    con.close()


def test_review_store_reads_an_older_version_without_migrating_it(tmp_path):
    path = tmp_path / STORE_NAME
    _v1_store(path)
    store = ReviewStore(path)
    entry = store.latest()["c-00000000000a"]
    assert (entry.status, entry.decision.note, entry.document, entry.number, entry.replaces) == \
        ("disputed", "from v1", "a.txt", None, None)
    assert store.replaced() == set()
    assert store.version() == 1


def test_review_store_migrates_an_older_version_on_write(tmp_path):
    path = tmp_path / STORE_NAME
    _v1_store(path)
    store = ReviewStore(path)
    store.record(decision("c-00000000000b"), number="14", source="SOHR")
    assert store.version() == SCHEMA_VERSION
    assert [(e.claim, e.status, e.number) for e in store.entries()] == \
        [("c-00000000000a", "disputed", None), ("c-00000000000b", "verified", "14")]
    assert store.integrity() == "ok"
    assert ReviewStore(path).migrate() == (SCHEMA_VERSION, SCHEMA_VERSION)   # nothing left to do


def test_review_store_migrations_run_in_one_transaction(tmp_path, monkeypatch):
    import verify.review as review
    path = tmp_path / STORE_NAME
    _v1_store(path)
    monkeypatch.setattr(review, "MIGRATIONS", (*MIGRATIONS, ("ALTER TABLE decisions ADD COLUMN x TEXT",
                                                              "THIS IS NOT SQL")))
    monkeypatch.setattr(review, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    with pytest.raises(ReviewError):
        ReviewStore(path).record(decision("c-00000000000b"))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "number" not in {row[1] for row in con.execute("PRAGMA table_info(decisions)")}
    assert con.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1
    con.close()


def test_review_store_refuses_a_newer_version(tmp_path):
    path = tmp_path / STORE_NAME
    _newer_store(path)
    for use in (lambda s: s.current_all(), lambda s: s.record(decision("c-00000000000a"))):
        with pytest.raises(ReviewError, match=f"version {SCHEMA_VERSION + 1} was written by a newer verify"):
            use(ReviewStore(path))


# --- real processes: concurrent writers and a killed writer ---------------------------------------

WRITER = r"""
import sys, time
from verify.records import ReviewDecision
from verify.review import ReviewStore, now
path, name, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = ReviewStore(path)
while time.time() < start:
    time.sleep(0.002)
for i in range(count):
    store.record(ReviewDecision(claim=f"c-{i:012x}", status="in-progress", by=name, at=now(), note=f"{name} {i}"))
"""


def test_review_store_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / STORE_NAME          # not there yet: the writers also race to create it
    writers, count = 4, 120
    start = time.time() + 1.5
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"w{n}", str(count), str(start)],
                                  cwd=ROOT, stderr=subprocess.PIPE, text=True) for n in range(writers)]
    for process in processes:
        _, error = process.communicate(timeout=300)
        assert process.returncode == 0, error
    store = ReviewStore(path)
    entries = store.entries()
    assert len(entries) == writers * count
    assert {e.decision.note for e in entries} == {f"w{n} {i}" for n in range(writers) for i in range(count)}
    assert len({e.row for e in entries}) == len(entries)
    assert len(store.current_all()) == count
    assert store.integrity() == "ok"
    assert store.version() == SCHEMA_VERSION


KILLED = r"""
import sys, time
from verify.records import ReviewDecision
from verify.review import ReviewStore, StoredDecision, now
path, committed = sys.argv[1], int(sys.argv[2])
store = ReviewStore(path)
for i in range(committed):
    store.record(ReviewDecision(claim=f"c-{i:012x}", status="verified", by="committed", at=now()))

def never_finishing():
    # enough rows (with long notes) that SQLite spills uncommitted pages into the WAL file
    for i in range(3000):
        yield StoredDecision(0, ReviewDecision(claim="c-ffffffffffff", status="false", by="uncommitted", at=now(),
                                               note="x" * 1000))
    print("inside the transaction", flush=True)
    time.sleep(120)

store.record_many(never_finishing())
"""


def test_review_store_survives_a_writer_killed_mid_transaction(tmp_path):
    path = tmp_path / STORE_NAME
    committed = 25
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(path), str(committed)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == "inside the transaction", process.stderr.read()
        probe = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("BEGIN IMMEDIATE")                # the writer holds the write lock
        probe.close()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    store = ReviewStore(path)
    entries = store.entries()
    assert [e.claim for e in entries] == [f"c-{i:012x}" for i in range(committed)]
    assert {e.decision.by for e in entries} == {"committed"}
    assert store.current("c-ffffffffffff") is None
    assert store.integrity() == "ok"
    # and the next writer carries on
    store.record(decision("c-ffffffffffff", "false"))
    assert len(store.entries()) == committed + 1 and store.integrity() == "ok"


# --- export ---------------------------------------------------------------------------------------

CLAIM_REVIEW_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
                     "datePublished"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "claimReviewed": {"type": "string", "minLength": 1},
            "reviewRating": {
                "type": "object", "required": ["@type", "alternateName"],
                "properties": {"@type": {"const": "Rating"},
                               "alternateName": {"enum": ["Verified", "False", "Disputed", "Inconclusive"]}}},
            "itemReviewed": {
                "type": "object", "required": ["@type", "author", "appearance"],
                "properties": {
                    "@type": {"const": "Claim"},
                    "author": {"type": "object", "required": ["@type", "name"],
                               "properties": {"@type": {"const": "Organization"},
                                              "name": {"type": "string", "minLength": 1}}},
                    "appearance": {"type": "object", "required": ["@type"],
                                   "properties": {"@type": {"const": "CreativeWork"}},
                                   "anyOf": [{"required": ["url"]}, {"required": ["name"]}]}}},
            "author": {"type": "object", "required": ["@type", "name"],
                       "properties": {"@type": {"enum": ["Organization", "Person"]},
                                      "name": {"type": "string", "minLength": 1}}},
            "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        },
    },
}


@pytest.fixture
def decided(seeds):
    """Seeds with one claim in every review status (the last decision of each claim counts)."""
    corpus = audit(seeds)
    claims = {}
    for status, claim in zip(REVIEW_STATUSES, corpus.claims):
        if status != "verified":
            assert run("review", "set", claim.id, "--status", "in-progress", "--by", "first", seeds).exit_code == 0
        result = run("review", "set", claim.id, "--status", status, "--by", "ana", "--note", f"{status} note", seeds)
        assert result.exit_code == 0, result.stderr
        claims[status] = claim
    return seeds, corpus, claims


def test_review_export_claimreview_validates_and_has_only_final_decisions(decided):
    seeds, corpus, claims = decided
    out = seeds.parent / "claimreview.json"
    result = run("review", "export", "--format", "claimreview", "--db", seeds / STORE_NAME, "-o", out)
    assert result.exit_code == 0, result.stderr
    reviews = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(reviews, CLAIM_REVIEW_SCHEMA)
    by_claim = {r["itemReviewed"]["identifier"]: r for r in reviews}
    assert set(by_claim) == {claims[s].id for s in FINAL_STATUSES}
    verified = by_claim[claims["verified"].id]
    assert verified["claimReviewed"] == claims["verified"].context
    assert verified["reviewRating"]["alternateName"] == "Verified"
    assert by_claim[claims["false"].id]["reviewRating"]["alternateName"] == "False"
    assert verified["author"] == {"@type": "Person", "name": "ana"}
    assert verified["itemReviewed"]["appearance"] == {"@type": "CreativeWork", "name": claims["verified"].document}
    assert verified["itemReviewed"]["author"]["name"] == (claims["verified"].source
                                                          or "unattributed (the outlet's own voice)")
    assert verified["datePublished"] == now()[:10]
    organization = run("review", "export", "--format", "claimreview", seeds, "--organization", "Desk")
    assert {r["author"]["name"] for r in json.loads(organization.stdout)} == {"Desk"}


def test_review_export_claimreview_leaves_out_decisions_without_their_sentence(tmp_path):
    db = tmp_path / "desk.sqlite"
    assert run("review", "set", "c-0123456789ab", "--status", "false", "--db", db).exit_code == 0
    result = run("review", "export", "--format", "claimreview", "--db", db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "left out: 1" in result.stderr


def test_review_export_csv_and_json(decided):
    seeds, corpus, claims = decided
    current = run("review", "export", "--format", "csv", seeds)
    assert current.exit_code == 0, current.stderr
    rows = list(csv.DictReader(io.StringIO(current.stdout)))
    assert {r["claim"]: r["status"] for r in rows} == {c.id: s for s, c in claims.items()}
    assert all(r["context"] for r in rows)
    history = json.loads(run("review", "export", "--format", "json", "--history", seeds).stdout)
    assert len(history["decisions"]) == 2 * len(REVIEW_STATUSES) - 1
    assert [d["id"] for d in history["decisions"]] == sorted(d["id"] for d in history["decisions"])


# --- help -----------------------------------------------------------------------------------------

REVIEW_COMMANDS = sorted(typer.main.get_command(app).commands["review"].commands)


def test_review_has_the_expected_commands():
    assert REVIEW_COMMANDS == ["export", "queue", "set", "show"]


@pytest.mark.parametrize("command", REVIEW_COMMANDS)
def test_review_every_command_has_help_with_an_example(command):
    result = run("review", command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout and "--db" in result.stdout
    described = typer.main.get_command(app).commands["review"].commands[command]
    assert described.help and "Example" in described.help


@pytest.mark.parametrize("context, start, end, width, expected", [
    ("Five died.", 0, 4, None, "[Five] died."),
    ("Activists said 14 civilians died in the strike.", 15, 17, 30, "…said [14] civilians…"),
    ("Activists said 14 civilians died.", 15, 17, 200, "Activists said [14] civilians died."),
])
def test_review_mark(context, start, end, width, expected):
    assert mark(context, start, end, width=width) == expected


@pytest.mark.parametrize("target", ["store", "article", "linked-store"])
def test_review_export_refuses_to_write_over_the_store_or_an_input(decided, target):
    seeds, corpus, claims = decided
    store = seeds / STORE_NAME
    out = {"store": store, "article": seeds / DOC, "linked-store": seeds.parent / "export.csv"}[target]
    if target == "linked-store":
        out.symlink_to(store)
    before = {p: p.read_bytes() for p in seeds.iterdir()}
    result = run("review", "export", seeds, "--db", store, "--format", "csv", "-o", out)
    assert_one_line_error(result, "is the review store" if "store" in target else "is the input file")
    assert {p: p.read_bytes() for p in seeds.iterdir()} == before
    assert run("review", "export", "--db", store).exit_code == 0    # the store still opens


# --- a store in a read-only directory -------------------------------------------------------------

def _store_in(directory):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "a.txt").write_text("Five civilians were killed in Idlib on Tuesday, activists said.\n",
                                     encoding="utf-8")
    store = ReviewStore(directory / STORE_NAME)
    store.record(ReviewDecision(claim="c-0123456789ab", status="verified", by="ana", at=now()))
    return store


def test_review_reading_a_store_in_a_read_only_directory_makes_no_side_files(tmp_path, monkeypatch):
    # As root a chmod alone fails no write, so the directory is also reported unwritable by os.access,
    # which is what the store checks: reading must then need no -wal or -shm file beside the store.
    directory = tmp_path / "desk"
    store = _store_in(directory)
    assert sorted(p.name for p in directory.iterdir()) == ["a.txt", STORE_NAME]
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *args, **kwargs: (
        False if mode & os.W_OK and Path(path) == directory else real_access(path, mode, *args, **kwargs)))
    directory.chmod(0o555)
    try:
        assert run("review", "export", "--db", store.path).exit_code == 0
        assert run("review", "show", "c-0123456789ab", "--db", store.path).exit_code == 0
        assert store.current("c-0123456789ab").status == "verified" and store.version() == SCHEMA_VERSION
        assert sorted(p.name for p in directory.iterdir()) == ["a.txt", STORE_NAME]
    finally:
        directory.chmod(0o755)


def test_review_store_in_a_read_only_directory_is_read_by_another_user(tmp_path):
    """The real case: a desk store (644) in a directory (555) another user cannot write to."""
    import tempfile

    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions needed")
    as_root = os.geteuid() == 0
    verify = Path(sys.executable).parent / "verify"
    prefix = []  # as root: run as nobody, who cannot write to the directory
    if as_root:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to become another user")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    base = Path(tempfile.mkdtemp(prefix="verify-ro-", dir="/tmp" if as_root else None))
    try:
        base.chmod(0o755)
        directory = base / "desk"
        store = _store_in(directory)
        directory.chmod(0o555)
        store.path.chmod(0o644)
        out = base / "out"
        out.mkdir(mode=0o777)
        out.chmod(0o777)
        probe = subprocess.run([*prefix, str(verify), "--version"], capture_output=True, text=True, timeout=120)
        if probe.returncode != 0:
            pytest.skip(f"cannot run verify as an unprivileged user here: {probe.stderr.strip()[:200]}")
        for args in (["review", "export", "--db", store.path], ["review", "show", "c-0123456789ab", "--db", store.path],
                     ["report", directory, "--db", store.path, "-o", out / "report", "--no-progress"]):
            result = subprocess.run([*prefix, str(verify), *map(str, args)], capture_output=True, text=True,
                                    timeout=300, cwd=base)
            assert result.returncode == 0, (args, result.stderr)
            assert "read-only" not in result.stderr
        assert sorted(p.name for p in directory.iterdir()) == ["a.txt", STORE_NAME]
    finally:
        for path in (base / "desk", base):
            if path.exists():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


# --- replaced decisions, carried evidence, path errors, queue wording and -o --------------------

def _replaced(seeds, *replacing_args):
    """The toll claim decided disputed with evidence, its sentence edited, the new claim decided with --replaces."""
    old = toll_claim(audit(seeds))
    result = run("review", "set", old.id, "--status", "disputed", "--note", "UN says 9", "--evidence",
                 "https://example.org/un", "--by", "ana", seeds)
    assert result.exit_code == 0, result.stderr
    path = seeds / DOC
    path.write_text(path.read_text(encoding="utf-8").replace("had killed at least 14", "had slain at least 14"),
                    encoding="utf-8")
    new = next(c for c in audit(seeds).claims if c.document == DOC and "had slain at least 14" in c.context)
    result = run("review", "set", new.id, "--status", "verified", "--by", "bob", "--replaces", old.id,
                 *replacing_args, seeds)
    assert result.exit_code == 0, result.stderr
    return old, new, result


def test_review_export_leaves_out_a_replaced_decision(seeds):
    old, new, _ = _replaced(seeds)
    reviews = json.loads(run("review", "export", "--format", "claimreview", seeds).stdout)
    assert [r["itemReviewed"]["identifier"] for r in reviews] == [new.id]      # one number, one verdict
    assert [r["claimReviewed"] for r in reviews] == [new.context]
    rows = list(csv.DictReader(io.StringIO(run("review", "export", "--format", "csv", seeds).stdout)))
    assert [(r["claim"], r["status"], r["replaces"]) for r in rows] == [(new.id, "verified", old.id)]
    current = json.loads(run("review", "export", "--format", "json", seeds).stdout)["decisions"]
    assert [d["claim"] for d in current] == [new.id]
    history = json.loads(run("review", "export", "--format", "json", "--history", seeds).stdout)["decisions"]
    assert [(d["claim"], d["status"], d["replaced_by"]) for d in history] == [(old.id, "disputed", new.id),
                                                                              (new.id, "verified", None)]
    rows = list(csv.DictReader(io.StringIO(run("review", "export", "--format", "csv", "--history", seeds).stdout)))
    assert [(r["claim"], r["replaced_by"]) for r in rows] == [(old.id, new.id), (new.id, "")]


def test_review_export_a_claim_decided_again_after_it_was_replaced_is_current_again(tmp_path):
    from verify.review import claim_reviews, export_decisions

    store = ReviewStore(tmp_path / STORE_NAME)
    old, new = "c-0123456789ab", "c-ba9876543210"
    store.record(decision(old, "disputed", context="Five died."))
    store.record(decision(new, "verified", context="Five were killed."), replaces=old)
    assert [d["claim"] for d in export_decisions(store)] == [new]
    assert [r["itemReviewed"]["identifier"] for r in claim_reviews(store)[0]] == [new]
    store.record(decision(old, "false", context="Five died."))                  # the sentence came back
    assert [d["claim"] for d in export_decisions(store)] == [new, old]
    assert [d["replaced_by"] for d in export_decisions(store, history=True)] == [new, None, None]


def test_review_replacing_decision_keeps_the_replaced_evidence(seeds):
    old, new, result = _replaced(seeds)
    assert "evidence kept from " + old.id in result.stderr
    assert ReviewStore(seeds / STORE_NAME).current(new.id).evidence == "https://example.org/un"
    reviews = json.loads(run("review", "export", "--format", "claimreview", seeds).stdout)
    assert [(r["itemReviewed"]["identifier"], r["citation"]) for r in reviews] == [(new.id, "https://example.org/un")]
    assert "ratingExplanation" not in reviews[0]["reviewRating"]             # the note is the old decision's own
    command = typer.main.get_command(app).commands["review"].commands["set"]
    assert "evidence is kept" in next(p for p in command.params if "--replaces" in p.opts).help


@pytest.mark.parametrize("evidence, expected", [("https://example.org/who", "https://example.org/who"), ("", None)],
                         ids=["own-evidence", "explicitly-none"])
def test_review_replacing_decision_with_its_own_evidence(seeds, evidence, expected):
    old, new, result = _replaced(seeds, "--evidence", evidence)
    assert "evidence kept" not in result.stderr
    assert ReviewStore(seeds / STORE_NAME).current(new.id).evidence == expected


def test_review_export_of_a_missing_path_says_the_path_does_not_exist(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run("review", "export", "corpus2")
    assert_one_line_error(result, "corpus2: no such file or directory")
    assert "review store" not in result.stderr
    result = run("review", "export", "--format", "claimreview", "corpus2", "--db", tmp_path / "desk.sqlite")
    assert_one_line_error(result, "corpus2: no such file or directory")


def _one_claim(tmp_path):
    directory = tmp_path / "one"
    directory.mkdir()
    (directory / "a.txt").write_text("Five civilians were killed in Idlib on Tuesday, activists said.\n",
                                     encoding="utf-8")
    return directory


def test_review_queue_counts_agree_with_their_nouns(tmp_path, seeds):
    one = _one_claim(tmp_path)
    footer = " ".join(run("review", "queue", one).stdout.split())
    assert "1 claim needs attention, of 1 claim in 1 document." in footer
    claim = queue(one)["queue"][0]["claim"]
    assert run("review", "set", claim, "--status", "verified", one).exit_code == 0
    assert "0 claims need attention, of 1 claim in 1 document." in " ".join(run("review", "queue", one).stdout.split())
    assert "1 claim listed," in " ".join(run("review", "queue", one, "-s", "verified").stdout.split())
    footer = " ".join(run("review", "queue", seeds).stdout.split())
    assert " claims need attention, of " in footer and " claims in 5 documents." in footer


def test_review_queue_status_help_lists_every_status():
    command = typer.main.get_command(app).commands["review"].commands["queue"]
    status = next(p for p in command.params if "--status" in p.opts)
    assert all(s in status.help for s in REVIEW_STATUSES), status.help


@pytest.mark.parametrize("format", ["table", "json"])
def test_review_queue_output_file(tmp_path, format):
    one = _one_claim(tmp_path)
    out = tmp_path / f"queue.{format}"
    result = run("review", "queue", one, "--format", format, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and f"wrote {out}" in result.stderr
    text = out.read_text(encoding="utf-8")
    if format == "json":
        assert len(json.loads(text)["queue"]) == 1
    else:
        assert "[Five]" in text and "1 claim needs attention" in " ".join(text.split()) and "\x1b" not in text


@pytest.mark.parametrize("target", ["store", "article"])
def test_review_queue_output_refuses_to_write_over_the_store_or_an_input(tmp_path, target):
    one = _one_claim(tmp_path)
    store = _store_in(one)
    out = {"store": store.path, "article": one / "a.txt"}[target]
    before = {p: p.read_bytes() for p in one.iterdir()}
    result = run("review", "queue", one, "-o", out)
    assert_one_line_error(result, "is the review store" if target == "store" else "is the input file")
    assert {p: p.read_bytes() for p in one.iterdir()} == before
