"""Editorial review: decisions about claims that persist across audits, and the queue of claims to check.

Example:
    >>> import pathlib, tempfile
    >>> store = ReviewStore(pathlib.Path(tempfile.mkdtemp()) / STORE_NAME)
    >>> store.current("c-0123456789ab") is None          # reading never creates the file
    True
    >>> _ = store.record(ReviewDecision(claim="c-0123456789ab", status="verified", by="ana", at=now()))
    >>> store.current("c-0123456789ab").status, store.version()
    ('verified', 2)

The store is one SQLite file (stdlib `sqlite3`), by default `verify-review.sqlite` beside the
documents, shared by the desk. Its `decisions` table is append-only: every decision is a new row
and a claim's current status is its latest row (highest `id`), so history is never lost and two
editors never overwrite each other. The file is created on the first write; its schema version is
`PRAGMA user_version` and `MIGRATIONS` bring an older file up to date, in order, in the same
transaction as the write. Writers use WAL mode, a 60 s busy timeout and `BEGIN IMMEDIATE`, so
concurrent writers queue instead of failing, and a writer killed mid-transaction loses only its
uncommitted row (SQLite's atomic commit). Readers open the file read-only and never create or
migrate it.

Statuses follow Meedan Check's verification statuses, with a `needs-second-source` step from
desk practice (two independent sources before a figure runs). Final statuses are the verdicts
(`FINAL_STATUSES`: verified, false, disputed, inconclusive); `needs-second-source` is still
work to do, like `in-progress`, so it stays in the queue and is not published as a ClaimReview.

"Changed since review": a decision records the claim's sentence. When the claim is looked up
again, a different sentence under the same id ("sentence edited": words further than six from
the number changed), or a reviewed id that no longer occurs in its document ("no longer found":
the words around the number changed, so the id did), is shown as changed, never matched to
another claim. A later decision on the new claim with `replaces` set to the old id closes it.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from .errors import ReviewError
from .records import Claim, ClaimGroup, REVIEW_STATUSES, ReviewDecision

if TYPE_CHECKING:  # the pipeline pulls in scikit-learn; the store alone must start fast
    from .pipeline import CorpusAudit

STORE_NAME = "verify-review.sqlite"
APPLICATION_ID = 0x76726679  # "vrfy" in PRAGMA application_id: tells our store from other SQLite files
BUSY_TIMEOUT_MS = 60_000     # a writer waits this long for other editors' writes to finish (SQLite's lock is not fair)

FINAL_STATUSES = ("verified", "false", "disputed", "inconclusive")
OPEN_STATUSES = ("unreviewed", "in-progress", "needs-second-source")
STATUS_WORDS = {"unreviewed": "Unreviewed", "in-progress": "In progress", "verified": "Verified",
                "needs-second-source": "Needs second source", "disputed": "Disputed", "false": "False",
                "inconclusive": "Inconclusive"}
CLAIM_ID = re.compile(r"c-[0-9a-f]{12}")
SENTENCE_EDITED = "sentence edited"
NO_LONGER_FOUND = "no longer found"

_STATUS_CHECK = "CHECK (status IN (" + ", ".join(f"'{s}'" for s in REVIEW_STATUSES) + "))"

# Each entry brings the store from version i to i + 1; never edit a released entry, append one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the append-only decision log
    (f"""CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            claim TEXT NOT NULL,
            status TEXT NOT NULL {_STATUS_CHECK},
            "by" TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT,
            evidence TEXT,
            context TEXT,
            document TEXT)""",
     "CREATE INDEX decisions_claim ON decisions (claim, id)"),
    # 2: what the claim looked like (number as written, source) so exports and "no longer found"
    # entries need no re-audit; and `replaces`, the reviewed claim a decision supersedes
    ("ALTER TABLE decisions ADD COLUMN number TEXT",
     "ALTER TABLE decisions ADD COLUMN source TEXT",
     "ALTER TABLE decisions ADD COLUMN replaces TEXT",
     "CREATE INDEX decisions_replaces ON decisions (replaces) WHERE replaces IS NOT NULL"),
)
SCHEMA_VERSION = len(MIGRATIONS)
_COLUMNS = ("id", "claim", "status", "by", "at", "note", "evidence", "context", "document", "number", "source",
            "replaces")


@dataclass(frozen=True)
class StoredDecision:
    """A decision as stored: the decision and what the store knows about its claim.

    row: the row id (decisions are ordered by it; the highest is the claim's current one).
    decision: who decided what, when, with note, evidence and the sentence reviewed (context).
    document: id of the document the claim is in, or None when the decision was recorded
        without looking the claim up. number: the number as written ("at least 14"), or None.
    source: who asserts the claim (None: the outlet's own voice, or not looked up).
    replaces: id of a reviewed claim whose sentence changed and that this decision supersedes.
    """

    row: int
    decision: ReviewDecision
    document: str | None = None
    number: str | None = None
    source: str | None = None
    replaces: str | None = None

    @property
    def claim(self) -> str:
        return self.decision.claim

    @property
    def status(self) -> str:
        return self.decision.status


def now() -> str:
    """The current UTC time as an ISO timestamp, to the second ("2024-05-01T12:00:00Z")."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def store_path(db: str | os.PathLike | None, paths: Sequence[str] = ()) -> Path:
    """Where the review store is: `db` when given, else `verify-review.sqlite` beside the first path.

    >>> store_path(None, ["fixtures/seeds"]).as_posix(), store_path(None, ["news/a.txt"]).as_posix()
    ('fixtures/seeds/verify-review.sqlite', 'news/verify-review.sqlite')

    The store sits in the directory given, or in the directory of the file given; standard input
    (`-`) is passed over for the next path, and alone means the working directory.
    """
    if db is not None:
        return Path(db)
    if not paths:
        raise ReviewError("no review store given: name it with --db FILE, or give the documents (PATH...) "
                          f"whose directory holds {STORE_NAME}")
    first = next((p for p in paths if p != "-"), None)
    if first is None:
        return Path(STORE_NAME)
    first_path = Path(first)
    return (first_path if first_path.is_dir() else first_path.parent) / STORE_NAME


class ReviewStore:
    """The append-only log of review decisions in one SQLite file.

    >>> ReviewStore("nowhere/verify-review.sqlite").current_all()   # a missing store is empty
    {}

    Reading (`current`, `current_all`, `history`, `entries`, `version`) opens the file read-only
    and returns nothing when it does not exist. Writing (`record`, `record_many`, `migrate`)
    creates the file, brings its schema up to date and appends in one `BEGIN IMMEDIATE`
    transaction. Every problem with the file (not SQLite, another program's database, written by
    a newer `verify`, corrupt) raises `ReviewError` with a one-line message.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"ReviewStore({str(self.path)!r})"

    # --- reading --------------------------------------------------------------------------

    def current(self, claim_id: str) -> ReviewDecision | None:
        """The latest decision about a claim, or None when it was never reviewed."""
        entry = self.latest_entry(claim_id)
        return entry.decision if entry else None

    def current_all(self) -> dict[str, ReviewDecision]:
        """The latest decision of every reviewed claim, by claim id."""
        return {claim: entry.decision for claim, entry in self.latest().items()}

    def latest_entry(self, claim_id: str) -> StoredDecision | None:
        """The latest stored decision about a claim, with its document and number, or None."""
        found = self._select("WHERE claim = ? ORDER BY id DESC LIMIT 1", (claim_id,))
        return found[0] if found else None

    def latest(self) -> dict[str, StoredDecision]:
        """The latest stored decision of every reviewed claim, by claim id, in order of decision."""
        rows = self._select("WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY claim) ORDER BY id")
        return {entry.claim: entry for entry in rows}

    def history(self, claim_id: str) -> list[StoredDecision]:
        """Every decision about a claim, oldest first."""
        return self._select("WHERE claim = ? ORDER BY id", (claim_id,))

    def entries(self) -> list[StoredDecision]:
        """Every decision in the store, oldest first."""
        return self._select("ORDER BY id")

    def replaced(self) -> set[str]:
        """Ids of reviewed claims that a later decision says it replaces."""
        with self._reading() as con:
            if con is None or "replaces" not in _table_columns(con):
                return set()
            return {row[0] for row in con.execute("SELECT DISTINCT replaces FROM decisions WHERE replaces IS NOT NULL")}

    def version(self) -> int:
        """The schema version of the file (0 when it does not exist yet)."""
        with self._reading() as con:
            return 0 if con is None else _check(con, self.path)

    def integrity(self) -> str:
        """SQLite's `PRAGMA integrity_check` of the file: "ok" when sound."""
        with self._reading() as con:
            if con is None:
                return "ok"
            return "; ".join(row[0] for row in con.execute("PRAGMA integrity_check"))

    # --- writing --------------------------------------------------------------------------

    def record(self, decision: ReviewDecision, *, document: str | None = None, number: str | None = None,
               source: str | None = None, replaces: str | None = None) -> StoredDecision:
        """Append one decision and return it as stored (with its row id)."""
        entry = StoredDecision(0, decision, document=document, number=number, source=source, replaces=replaces)
        with self._writing() as con:
            cursor = con.execute(_INSERT, _values(entry))
            return replace(entry, row=cursor.lastrowid)

    def record_many(self, entries: Iterable[StoredDecision]) -> int:
        """Append decisions in one transaction (all or none); their `row` is ignored. Returns the count."""
        with self._writing() as con:
            before = con.total_changes
            con.executemany(_INSERT, (_values(entry) for entry in entries))
            return con.total_changes - before

    def migrate(self) -> tuple[int, int]:
        """Create the store or bring it to the current schema; returns (version before, version after)."""
        with self._writing() as con:
            return con.migrated_from, SCHEMA_VERSION

    # --- connections ----------------------------------------------------------------------

    def _select(self, where: str, parameters: tuple = ()) -> list[StoredDecision]:
        with self._reading() as con:
            if con is None:
                return []
            present = _table_columns(con)
            if not present:
                return []
            columns = ", ".join(f'"{c}"' if c in present else "NULL" for c in _COLUMNS)
            return [_entry(row) for row in con.execute(f"SELECT {columns} FROM decisions {where}", parameters)]

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection | None]:
        if self.path.is_dir():
            raise ReviewError(f"{self.path}: is a directory; give the review store's file name with --db")
        if not self.path.exists():
            yield None
            return
        uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro"
        if _wal_unusable(self.path):
            # A WAL-mode reader needs the -shm file and makes it beside the store when missing, which a
            # read-only directory refuses ("attempt to write a readonly database"). Without a -wal
            # file every decision is in the store itself: read it as immutable, with no side files.
            uri += "&immutable=1"
        try:
            con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as error:
            raise ReviewError(f"{self.path}: cannot open the review store ({error}); check the file and its "
                              "permissions") from None
        try:
            _check(con, self.path)
            yield con
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, error) from None
        finally:
            con.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.path.is_dir():
            raise ReviewError(f"{self.path}: is a directory; give the review store's file name with --db")
        directory = self.path.parent if str(self.path.parent) else Path(".")
        if not directory.is_dir():
            raise ReviewError(f"{self.path}: directory {directory} does not exist; create it first or choose "
                              "another --db")
        try:
            con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                  factory=_Connection)
        except sqlite3.Error as error:
            raise ReviewError(f"{self.path}: cannot open the review store for writing ({error}); check the file "
                              "and its permissions") from None
        try:
            con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
            # SQLite answers "locked" at once, without waiting, in a few races (two writers creating
            # the file, or switching it to WAL, at the same moment): wait and try again until the deadline
            _until(deadline, lambda: _check(con, self.path))  # never turn another file into a store
            _until(deadline, lambda: con.execute("PRAGMA journal_mode = WAL"))
            con.execute("PRAGMA synchronous = FULL")  # a committed decision survives a power cut too
            _until(deadline, lambda: con.execute("BEGIN IMMEDIATE"))
            try:
                con.migrated_from = _migrate(con, self.path)
                yield con
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, error) from None
        finally:
            con.close()


def _wal_unusable(path: Path) -> bool:
    """True when a reader cannot make the -wal and -shm files beside the store (a read-only
    directory) and needs none: no -wal file holds decisions not yet copied into the store."""
    directory = path.parent if str(path.parent) else Path(".")
    if os.access(directory, os.W_OK):
        return False  # SQLite makes the side files it needs
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and shm.exists():
        return False  # a reader uses them as they are
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _until(deadline: float, step):
    """Run `step`, retrying while SQLite reports the store locked or busy, until `deadline`."""
    pause = 0.005
    while True:
        try:
            return step()
        except sqlite3.OperationalError as error:
            message = str(error).lower()
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


class _Connection(sqlite3.Connection):
    migrated_from = 0


_INSERT = ('INSERT INTO decisions (claim, status, "by", at, note, evidence, context, document, number, source, '
           "replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _values(entry: StoredDecision) -> tuple:
    d = entry.decision
    if d.status not in REVIEW_STATUSES:
        raise ReviewError(_unknown_status(d.status))
    if not d.claim or not d.by or not d.at:
        raise ReviewError("a decision needs a claim id, who decided (by) and when (at)")
    return (d.claim, d.status, d.by, d.at, d.note, d.evidence, d.context, entry.document, entry.number,
            entry.source, entry.replaces)


def _entry(row: tuple) -> StoredDecision:
    row_id, claim, status, by, at, note, evidence, context, document, number, source, replaces = row
    return StoredDecision(row_id, ReviewDecision(claim=claim, status=status, by=by, at=at, note=note,
                                                 evidence=evidence, context=context),
                          document=document, number=number, source=source, replaces=replaces)


def _table_columns(con: sqlite3.Connection) -> set[str]:
    return {row[1] for row in con.execute("PRAGMA table_info(decisions)")}


def _check(con: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after making sure it is a review store this `verify` can read."""
    # Outside a transaction each statement reads its own snapshot. Tables first: another writer
    # creates the tables and sets the application id in one transaction, so tables seen here
    # mean that its id is visible to the reads below (the other order raced: id 0, then tables).
    tables = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    application = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if application not in (0, APPLICATION_ID):
        raise ReviewError(f"{path}: a SQLite database of another program, not a verify review store; "
                          "give another file with --db")
    if application == 0:
        if tables:
            raise ReviewError(f"{path}: a SQLite database that is not a verify review store (it has tables "
                              f"{', '.join(tables[:5])}); give another file with --db")
    if version > SCHEMA_VERSION:
        raise ReviewError(f"{path}: review store version {version} was written by a newer verify (this one "
                          f"reads versions up to {SCHEMA_VERSION}); upgrade verify to use it")
    return version


def _migrate(con: sqlite3.Connection, path: Path) -> int:
    """Apply the migrations the file lacks, inside the caller's transaction; returns the old version."""
    version = _check(con, path)  # again: another writer may have migrated it while we waited
    for statements in MIGRATIONS[version:]:
        for statement in statements:
            con.execute(statement)
    if version < SCHEMA_VERSION:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return version


def _store_error(path: Path, error: sqlite3.Error) -> ReviewError:
    message = str(error)
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return ReviewError(f"{path}: not a readable review store ({message}); give the file `verify review set` "
                           "wrote, or a new file name, with --db")
    if "locked" in message or "busy" in message:
        return ReviewError(f"{path}: the review store stayed locked by another writer for "
                           f"{BUSY_TIMEOUT_MS // 1000} s ({message}); try again")
    if "readonly" in message or "read-only" in message:
        return ReviewError(f"{path}: the review store is read-only ({message}); check its permissions")
    return ReviewError(f"{path}: review store error ({message})")


def _unknown_status(status: str) -> str:
    return f"unknown status {status!r}; use one of: {', '.join(REVIEW_STATUSES)}"


def check_status(status: str) -> str:
    """`status` when it is one of REVIEW_STATUSES, else ReviewError listing the allowed ones.

    >>> check_status("verified")
    'verified'
    """
    if status not in REVIEW_STATUSES:
        raise ReviewError(_unknown_status(status))
    return status


def check_claim_id(claim_id: str) -> str:
    """The id, stripped and lower-cased, when it has the form of a claim id (`c-` + 12 hex digits).

    >>> check_claim_id(" C-0123456789AB ")
    'c-0123456789ab'
    """
    normalised = claim_id.strip().lower()
    if not CLAIM_ID.fullmatch(normalised):
        raise ReviewError(f"{claim_id!r} is not a claim id: expected c- and 12 hex digits, e.g. c-3f5d5505844d "
                          "(see `verify review queue PATH`)")
    return normalised


# --- claims in context -------------------------------------------------------------------

def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def mark(context: str, start: int, end: int, *, width: int | None = None) -> str:
    """The sentence with the number in [brackets], cut to about `width` characters around it.

    >>> mark("Activists said 14 civilians died in the strike.", 15, 17, width=30)
    '…said [14] civilians…'
    """
    marked = f"{context[:start]}[{context[start:end]}]{context[end:]}"
    if width is None or len(marked) <= width:
        return marked
    side = max(10, (width - (end - start) - 2) // 2)
    left = context[:start]
    right = context[end:]
    if len(left) > side:
        cut = left[-side:]
        left = "…" + (cut.split(" ", 1)[1] if " " in cut[1:] else cut)
    if len(right) > side:
        cut = right[:side]
        right = (cut.rsplit(" ", 1)[0] if " " in cut[:-1] else cut) + "…"
    return f"{left}[{context[start:end]}]{right}"


def claim_span(claim: Claim, sentence_start: int) -> tuple[int, int]:
    """Offsets of the number with its qualifier ("at least 14") in the claim's sentence."""
    start, end = claim.start - sentence_start, claim.end - sentence_start
    qualifier = claim.text[: len(claim.text) - (end - start)].strip()
    before = claim.context[:start].rstrip()
    if qualifier and before.lower().endswith(qualifier.lower()):
        start = len(before) - len(qualifier)
    return start, end


def _stored_span(entry: StoredDecision) -> tuple[int, int] | None:
    context, number = entry.decision.context, entry.number
    if not context or not number:
        return None
    at = context.lower().find(number.lower())
    return (at, at + len(number)) if at >= 0 else None


@dataclass(frozen=True)
class QueueItem:
    """One claim of the review queue, or one reviewed claim that changed since review.

    claim: the claim id. document: its document id. claim_record: the Claim in this audit, or
        None when a reviewed claim is no longer found. group: its ClaimGroup (None when not found).
    sentence: the sentence now (or as reviewed, when no longer found). span: offsets of the number
        with its qualifier in `sentence`, or None when unknown.
    number: the number as written. source: who asserts it (None: the outlet's own voice).
    hedge: the sentence's hedge level. risk: why it is where it is in the queue (the group status,
        "hedged" or "other"). entry: the latest stored decision, or None (unreviewed).
    changed: None, SENTENCE_EDITED or NO_LONGER_FOUND.
    """

    claim: str
    document: str
    claim_record: Claim | None
    group: ClaimGroup | None
    sentence: str
    span: tuple[int, int] | None
    number: str | None
    source: str | None
    hedge: str
    risk: str
    entry: StoredDecision | None = None
    changed: str | None = None

    @property
    def status(self) -> str:
        """The review status: the latest decision's, else `unreviewed`."""
        return self.entry.status if self.entry else "unreviewed"

    def excerpt(self, width: int | None = 110) -> str:
        if self.span is None:
            return self.sentence if width is None or len(self.sentence) <= width else self.sentence[:width - 1] + "…"
        return mark(self.sentence, *self.span, width=width)


# Riskiest first, after the claims whose review no longer holds. "evolving" (one origin changed
# its own figure) sits right after "conflicting": both need the editor to choose a figure.
RISK_ORDER = ("changed", "conflicting", "evolving", "single-source", "unattributed", "hedged", "other")
HEDGE_ORDER = {"high": 0, "medium": 1, "low": 2, "none": 3}


def _risk(claim: Claim, group: ClaimGroup | None) -> str:
    status = group.status if group else None
    if status in ("conflicting", "evolving", "single-source", "unattributed"):
        return status
    return "hedged" if claim.hedge != "none" else "other"


@dataclass(frozen=True)
class _Index:
    """Claims of an audit by id, with their group, their sentence offset and their document's place."""

    claims: dict[str, Claim]
    groups: dict[str, ClaimGroup]
    sentence_starts: dict[tuple[str, int], int]
    documents: dict[str, int]


def _index(audit: CorpusAudit) -> _Index:
    groups = {m.id: g for g in audit.groups for m in g.members}
    starts = {(d.document.id, s.index): s.start for d in audit.documents for s in d.sentences}
    documents = {d.document.id: n for n, d in enumerate(audit.documents)}
    return _Index({c.id: c for c in audit.claims}, groups, starts, documents)


def _item(claim: Claim, index: _Index, entry: StoredDecision | None) -> QueueItem:
    group = index.groups.get(claim.id)
    changed = None
    if entry is not None and entry.decision.context is not None and not _same_text(entry.decision.context,
                                                                                     claim.context):
        changed = SENTENCE_EDITED
    return QueueItem(claim=claim.id, document=claim.document, claim_record=claim, group=group,
                     sentence=claim.context,
                     span=claim_span(claim, index.sentence_starts.get((claim.document, claim.sentence), 0)),
                     number=claim.text, source=claim.source, hedge=claim.hedge, risk=_risk(claim, group),
                     entry=entry, changed=changed)


def _gone(entry: StoredDecision) -> QueueItem:
    return QueueItem(claim=entry.claim, document=entry.document or "", claim_record=None, group=None,
                     sentence=entry.decision.context or "", span=_stored_span(entry), number=entry.number,
                     source=entry.source, hedge="none", risk="changed", entry=entry, changed=NO_LONGER_FOUND)


def review_queue(audit: CorpusAudit, store: ReviewStore, *, statuses: Sequence[str] | None = None,
                 source: str | None = None, everything: bool = False) -> list[QueueItem]:
    """The claims of an audit that need attention, riskiest first, with their review status.

    Example:
        >>> from verify.pipeline import audit_corpus, audit_document
        >>> from verify.records import Document
        >>> audit = audit_corpus([audit_document(Document(id="d", origin="-", text="Five died, activists said."))])
        >>> [(i.number, i.source, i.risk, i.status) for i in review_queue(audit, ReviewStore("none.sqlite"))]
        [('Five', 'unnamed (activists)', 'single-source', 'unreviewed')]

    Order: claims whose review no longer holds (changed since review) first, then by their
    group's status — conflicting, evolving, single-source, unattributed — then hedged claims,
    then the rest; within each, the more hedged first, then in corpus order.
    By default only open claims are listed (unreviewed, in-progress, needs-second-source) and
    every changed one; `statuses` keeps only those review statuses (changed ones included);
    `everything` lists every claim. `source` keeps claims whose source name contains it
    (case-insensitive). Decisions about documents that are not in the audit are left out.
    """
    for status in statuses or ():
        check_status(status)
    index = _index(audit)
    latest = store.latest()
    replaced = store.replaced()
    items = [_item(claim, index, latest.get(claim.id)) for claim in audit.claims]
    items += [_gone(entry) for claim, entry in latest.items()
              if claim not in index.claims and entry.document in index.documents and claim not in replaced]
    if statuses:
        items = [i for i in items if i.status in statuses]
    elif not everything:
        items = [i for i in items if i.changed or i.status in OPEN_STATUSES]
    if source:
        needle = source.casefold()
        items = [i for i in items if i.source and needle in i.source.casefold()]

    def order(item: QueueItem):
        tier = RISK_ORDER.index("changed") if item.changed else RISK_ORDER.index(item.risk)
        position = (item.claim_record.start if item.claim_record else -1)
        return (tier, HEDGE_ORDER.get(item.hedge, 3), index.documents.get(item.document, -1), position, item.claim)

    return sorted(items, key=order)


def queue_dict(item: QueueItem) -> dict:
    """The JSON record of one queue line."""
    entry = item.entry
    return {
        "claim": item.claim, "document": item.document,
        "sentence": item.claim_record.sentence if item.claim_record else None,
        "excerpt": item.excerpt(None), "number": item.number, "source": item.source, "hedge": item.hedge,
        "group": item.group.id if item.group else None, "group_status": item.group.status if item.group else None,
        "risk": "changed" if item.changed else item.risk, "review_status": item.status, "changed": item.changed,
        "decision": decision_dict(entry) if entry else None,
    }


def decision_dict(entry: StoredDecision) -> dict:
    """The JSON record of one stored decision."""
    d = entry.decision
    return {"id": entry.row, "claim": d.claim, "status": d.status, "by": d.by, "at": d.at, "note": d.note,
            "evidence": d.evidence, "document": entry.document, "number": entry.number, "source": entry.source,
            "context": d.context, "replaces": entry.replaces}


# --- recording a decision ----------------------------------------------------------------

@dataclass(frozen=True)
class Recorded:
    """What `record_decision` stored, and how the claim was found.

    entry: the stored decision. looked_up: "audit" (found in the documents given), "history"
    (context copied from an earlier decision about the same id) or None (the id was taken on
    trust: it has the form of a claim id but was not checked against any document).
    evidence_from: the replaced claim whose evidence the decision took (it gave none), or None.
    """

    entry: StoredDecision
    looked_up: str | None
    evidence_from: str | None = None


def record_decision(claim_id: str, *, store: ReviewStore, status: str, by: str, note: str | None = None,
                    evidence: str | None = None, audit: CorpusAudit | None = None,
                    replaces: str | None = None) -> Recorded:
    """Record an editor's decision about a claim, with the claim's sentence when it can be found.

    With an audit the claim must be one of its claims (its sentence, number and source are
    stored). Without one, an id the store already knows takes the sentence recorded with it
    before; any other id of the right form is accepted unchecked (the cost of not re-auditing:
    a mistyped id is stored as a claim nobody will see in the queue).
    A decision that `replaces` another and gives no evidence (None; "" means none) takes the
    replaced claim's current evidence: the edited sentence states the same figure, checked
    against the same source.
    """
    status = check_status(status)
    claim_id = check_claim_id(claim_id)
    by = (by or "").strip() or "unknown"
    evidence_from = None
    if replaces is not None:
        replaces = check_claim_id(replaces)
        if replaces == claim_id:
            raise ReviewError(f"--replaces {replaces}: a claim cannot replace itself; give the id of the reviewed "
                              "claim whose sentence changed")
        replaced = store.latest_entry(replaces)
        if replaced is None:
            raise ReviewError(f"--replaces {replaces}: no decision about this claim in {store.path}; give an id "
                              "listed as changed since review by `verify review queue`")
        if audit is not None and any(c.id == replaces for c in audit.claims):
            raise ReviewError(f"--replaces {replaces}: that claim is still in the documents; --replaces is for a "
                              "reviewed claim that is no longer found")
        if evidence is None and replaced.decision.evidence:
            evidence, evidence_from = replaced.decision.evidence, replaces
    decision = ReviewDecision(claim=claim_id, status=status, by=by, at=now(), note=note or None,
                              evidence=evidence or None)
    if audit is not None:
        found = next((c for c in audit.claims if c.id == claim_id), None)
        if found is None:
            before = store.latest_entry(claim_id)
            documents = {d.document.id for d in audit.documents}
            if before is not None and before.document in documents:
                raise ReviewError(f"{claim_id} is no longer found in {before.document}: its sentence changed since "
                                  "it was reviewed; review the claim it became (see `verify review queue`) and "
                                  f"pass --replaces {claim_id}")
            raise ReviewError(f"{claim_id}: no claim with this id in the {len(documents)} document(s) given; "
                              "list the ids with `verify review queue PATH`")
        entry = store.record(replace(decision, context=found.context), document=found.document, number=found.text,
                             source=found.source, replaces=replaces)
        return Recorded(entry, "audit", evidence_from)
    before = next((e for e in reversed(store.history(claim_id)) if e.decision.context is not None), None)
    if before is not None:
        entry = store.record(replace(decision, context=before.decision.context), document=before.document,
                             number=before.number, source=before.source, replaces=replaces)
        return Recorded(entry, "history", evidence_from)
    return Recorded(store.record(decision, replaces=replaces), None, evidence_from)


# --- one claim in context ----------------------------------------------------------------

@dataclass(frozen=True)
class ClaimView:
    """Everything `verify review show` prints about one claim.

    item: the claim as a queue line (sentence, number, source, group, status, changed) or None when
        it is only known from the store and no documents were given. others: the other members
        of its group, each as a queue line. conflicts: members of the groups that give an
        incompatible figure for the same fact. history: every decision about it, oldest first.
    """

    claim: str
    item: QueueItem | None
    others: tuple[QueueItem, ...]
    conflicts: tuple[QueueItem, ...]
    history: tuple[StoredDecision, ...]


def show_claim(claim_id: str, *, store: ReviewStore, audit: CorpusAudit | None = None) -> ClaimView:
    """A claim in context, its group and its whole review history.

    Without an audit only what the store recorded is known; an id neither the audit nor the
    store knows is a ReviewError.
    """
    claim_id = check_claim_id(claim_id)
    history = tuple(store.history(claim_id))
    latest = store.latest()
    item, others, conflicts = None, (), ()
    if audit is not None:
        index = _index(audit)
        claim = index.claims.get(claim_id)
        if claim is not None:
            item = _item(claim, index, latest.get(claim_id))
            group = item.group
            if group is not None:
                others = tuple(_item(m, index, latest.get(m.id)) for m in group.members if m.id != claim_id)
                by_id = {g.id: g for g in audit.groups}
                conflicts = tuple(_item(m, index, latest.get(m.id))
                                  for other in getattr(group, "conflicts_with", ()) if other in by_id
                                  for m in by_id[other].members)
        elif history:
            item = _gone(history[-1])
            if history[-1].document not in index.documents:
                item = replace(item, changed=None)  # its document was not among those given
        else:
            raise ReviewError(f"{claim_id}: no claim with this id in the {len(audit.documents)} document(s) given "
                              f"and no decision about it in {store.path}; list the ids with `verify review queue PATH`")
    elif history:
        item = replace(_gone(history[-1]), changed=None)
    else:
        raise ReviewError(f"{claim_id}: no decision about this claim in {store.path}; give the documents (PATH...) "
                          "to see the claim, or list the ids with `verify review queue PATH`")
    return ClaimView(claim_id, item, others, conflicts, history)


# --- export ------------------------------------------------------------------------------

EXPORT_FIELDS = ("id", "claim", "status", "by", "at", "note", "evidence", "document", "number", "source",
                 "context", "replaces", "replaced_by")


def export_decisions(store: ReviewStore, *, audit: CorpusAudit | None = None,
                     history: bool = False) -> list[dict]:
    """Decisions as flat records (EXPORT_FIELDS): each claim's current one, or every one with `history`.

    A claim whose decision a later decision replaced (`replaces`: its sentence changed and the
    claim it became was decided) has no current decision, so it is left out; with `history` its
    decisions are kept, with `replaced_by` the id of the claim that replaced it (else None).
    Decisions recorded without their sentence take it, with the number and source, from the
    audit when the claim is in it.
    """
    every = store.entries()
    replaced_by = _replaced_by(every)
    entries = every if history else [e for e in _latest_of(every) if e.row not in replaced_by]
    claims = {c.id: c for c in audit.claims} if audit is not None else {}
    return [{**decision_dict(_filled(entry, claims)), "replaced_by": replaced_by.get(entry.row)} for entry in entries]


def _latest_of(entries: Sequence[StoredDecision]) -> list[StoredDecision]:
    """The latest of each claim's decisions (`entries` oldest first), in order of decision."""
    latest = {entry.claim: entry for entry in entries}
    return sorted(latest.values(), key=lambda entry: entry.row)


def _replaced_by(entries: Sequence[StoredDecision]) -> dict[int, str]:
    """Row id of each decision that a later decision replaced → the id of the claim that replaced it.

    A decision about claim X is replaced by the first later decision with `replaces` X; X is
    current again only if it is decided again after that (its latest decision is then not here).
    """
    found: dict[int, str] = {}
    replacer: dict[str, str] = {}
    for entry in sorted(entries, key=lambda entry: entry.row, reverse=True):
        if entry.claim in replacer:
            found[entry.row] = replacer[entry.claim]
        if entry.replaces:
            replacer[entry.replaces] = entry.claim
    return found


def _filled(entry: StoredDecision, claims: Mapping[str, Claim]) -> StoredDecision:
    claim = claims.get(entry.claim)
    if entry.decision.context is not None or claim is None:
        return entry
    return replace(entry, decision=replace(entry.decision, context=claim.context), document=claim.document,
                   number=claim.text, source=claim.source)


SCHEMA_ORG = "https://schema.org"
UNATTRIBUTED_AUTHOR = "unattributed (the outlet's own voice)"


def claim_reviews(store: ReviewStore, *, audit: CorpusAudit | None = None,
                  organization: str | None = None) -> tuple[list[dict], list[str]]:
    """schema.org ClaimReview objects (JSON-LD) for every claim whose current decision is final.

    A claim whose decision was replaced by a later decision (`replaces`) has no current verdict:
    its sentence is no longer in the document, so it is not published.
    Returns (reviews, left_out): claims with a final decision whose sentence is unknown (recorded
    without documents, and not in the audit) cannot say what was reviewed and are left out.
    `claimReviewed` is the sentence as reviewed; the review's author is the editor (a Person),
    or `organization` when given (the fact-checking desk that publishes the reviews).
    See https://schema.org/ClaimReview and Google's ClaimReview guidelines.
    """
    claims = {c.id: c for c in audit.claims} if audit is not None else {}
    origins = {d.document.id: d.document.origin for d in audit.documents} if audit is not None else {}
    reviews, left_out = [], []
    every = store.entries()
    replaced_by = _replaced_by(every)
    for entry in _latest_of(every):
        if entry.status not in FINAL_STATUSES or entry.row in replaced_by:
            continue
        entry = _filled(entry, claims)
        d = entry.decision
        if not d.context:
            left_out.append(d.claim)
            continue
        document = entry.document or ""
        where = origins.get(document, document)
        appearance = {"@type": "CreativeWork"}
        if re.match(r"https?://", where) or re.match(r"https?://", document):
            appearance["url"] = where if re.match(r"https?://", where) else document
        else:
            appearance["name"] = document or "unknown document"
        rating = {"@type": "Rating", "alternateName": STATUS_WORDS[d.status]}
        if d.note:
            rating["ratingExplanation"] = d.note
        review = {
            "@context": SCHEMA_ORG, "@type": "ClaimReview",
            "claimReviewed": d.context,
            "reviewRating": rating,
            "itemReviewed": {"@type": "Claim", "identifier": d.claim,
                             "author": {"@type": "Organization", "name": entry.source or UNATTRIBUTED_AUTHOR},
                             "appearance": appearance},
            "author": ({"@type": "Organization", "name": organization} if organization
                       else {"@type": "Person", "name": d.by}),
            "datePublished": d.at[:10],
        }
        if d.evidence:
            review["citation"] = d.evidence
        reviews.append(review)
    return reviews, left_out
