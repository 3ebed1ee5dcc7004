"""Turn audited documents into the JSON result, CSV rows and the terminal audit.

Example:
    >>> to_json_dict([], [])["schema"]
    'verify/audit-1'

One context feeds every output (datasette's `renderer.py` habit): `document_dict` builds the
JSON-shaped record once; the CSV and terminal views read from it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import asdict
from functools import lru_cache

from .errors import SchemaError
from .records import AuditedDocument, ClaimGroup, ReadFailure
from .resources import PACKAGE_DIR
from .validation import problems

SCHEMA_ID = "verify/audit-1"
CSV_FIELDS = ("document", "sentence", "start", "end", "text", "value", "low", "high", "qualifier", "counted",
              "source", "source_type", "via", "cue", "hedge_level", "boilerplate")


def document_dict(audited: AuditedDocument) -> dict:
    """The JSON record of one document (field names fixed by the `verify/audit-1` schema)."""
    doc = audited.document
    sentences = []
    for s in audited.sentences:
        attribution = None
        if s.attribution is not None:
            attribution = asdict(s.attribution)
            attribution["via"] = list(s.attribution.via)
        sentences.append({
            "index": s.index, "start": s.start, "end": s.end, "text": s.text, "boilerplate": s.boilerplate,
            "attribution": attribution,
            "hedge": {"level": s.hedge.level, "score": s.hedge.score, "cues": list(s.hedge.cues),
                      "confidence": s.hedge.confidence},
            "numbers": [{"text": n.text, "start": n.start, "end": n.end, "value": n.value, "low": n.low,
                         "high": n.high, "qualifier": n.qualifier, "counted": n.counted, "rule": n.rule}
                        for n in s.numbers],
        })
    return {"id": doc.id, "origin": doc.origin, "title": doc.title, "outlet": doc.outlet,
            "published": doc.published, "sentences": sentences}


def group_dict(group: ClaimGroup) -> dict:
    """The JSON record of one claim group (names fixed by the `verify/audit-1` schema)."""
    return {"id": group.id, "value": group.value, "low": group.low, "high": group.high, "counted": group.counted,
            "event": group.event, "status": group.status, "origins": list(group.origins),
            "members": [{"claim": m.id, "document": m.document, "sentence": m.sentence, "start": m.start,
                         "end": m.end, "text": m.text, "source": m.source, "via": list(m.via), "hedge": m.hedge,
                         "places": list(m.places), "date": m.date, "since": m.since} for m in group.members],
            "why": group.why, "conflicts_with": list(group.conflicts_with)}


def to_json_dict(documents: list[dict], failures: list[ReadFailure], groups=None) -> dict:
    result = {"schema": SCHEMA_ID, "documents": documents,
              "failures": [{"origin": f.origin, "reason": f.reason} for f in failures]}
    if groups is not None:
        result["claims"] = [group_dict(g) for g in groups]
    return result


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads((PACKAGE_DIR / "schema" / "audit-1.schema.json").read_text(encoding="utf-8"))


def validate(result: dict) -> None:
    """Raise SchemaError when `result` does not follow the `verify/audit-1` schema."""
    errors = sorted(problems(schema(), result), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.path)
        raise SchemaError(f"audit result breaks verify/audit-1 at {where or 'top'}: {first.message} "
                          f"({len(errors)} problem(s))")


def csv_rows(document: dict):
    """One row per number, with its sentence's source and hedge."""
    for s in document["sentences"]:
        a = s["attribution"] or {}
        for n in s["numbers"]:
            yield {"document": document["id"], "sentence": s["index"], "start": n["start"], "end": n["end"],
                   "text": n["text"], "value": n["value"], "low": n["low"], "high": n["high"],
                   "qualifier": n["qualifier"], "counted": n["counted"], "source": a.get("source"),
                   "source_type": a.get("source_type"), "via": " > ".join(a.get("via", [])),
                   "cue": a.get("cue"), "hedge_level": s["hedge"]["level"], "boilerplate": s["boilerplate"]}


def write_csv(documents, handle) -> None:
    writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for document in documents:
        writer.writerows(csv_rows(document))


def summary(document: dict) -> dict:
    """Per-document summary: share attributed, claims per source, every number with its source."""
    story = [s for s in document["sentences"] if not s["boilerplate"]]
    attributed = [s for s in story if s["attribution"]]
    per_source = Counter(s["attribution"]["source"] for s in attributed)
    numbers = [(n, s["attribution"]) for s in story for n in s["numbers"]]
    hedged = sum(1 for s in story if s["hedge"]["level"] != "none")
    return {"sentences": len(story), "attributed": len(attributed),
            "share_attributed": (len(attributed) / len(story)) if story else 0.0,
            "hedged": hedged, "sources": per_source.most_common(), "numbers": numbers}


def source_label(attribution: dict | None) -> str:
    if not attribution:
        return "(outlet's own voice)"
    label = attribution["source"]
    if attribution.get("speaker") and attribution["speaker"] != attribution["source"]:
        label += f" [{attribution['speaker']}]"
    if attribution["via"]:
        label += " via " + " > ".join(attribution["via"])
    if attribution["carried"]:
        label += " (carried)"
    return label


def number_label(n: dict) -> str:
    text = f"{n['qualifier']} {n['text']}" if n["qualifier"] else n["text"]
    return f"{text} {n['counted']}" if n["counted"] else text


# Widths of the terminal audit (in columns). The short cells get at most these, and wrap at word
# boundaries inside them; the sentence takes what is left. When less than SENTENCE_MIN_WIDTH is left
# (below 111–113 columns for the seeds, never above 117), each sentence is printed as a block: its
# text, then one line each for source, cue, hedge and numbers.
SOURCE_WIDTH, CUE_WIDTH, HEDGE_WIDTH, NUMBERS_WIDTH = 20, 16, 14, 16
SENTENCE_MIN_WIDTH = 30


def print_terminal(document: dict, console) -> None:
    """The readable audit of one document, with rich tables.

    Cells wrap at word boundaries; a word is folded only when it is longer than its column
    (a URL). A terminal too narrow for the six columns gets one block per sentence.
    """
    from rich.cells import cell_len
    from rich.console import Group
    from rich.table import Table

    title = document["title"] or document["id"]
    console.rule(f"[bold]{_escape(title)}[/bold]  ({_escape(document['origin'])})")
    rows = []  # (index, text, source, cue, hedge, numbers) as plain text; None source for boilerplate
    for s in document["sentences"]:
        text = s["text"] if len(s["text"]) <= 220 else s["text"][:217] + "…"
        if s["boilerplate"]:
            rows.append((str(s["index"]), text, None, "", "", ""))
            continue
        a = s["attribution"]
        hedge = s["hedge"]["level"] if s["hedge"]["level"] != "none" else ""
        if hedge and s["hedge"]["cues"]:
            hedge += " (" + ", ".join(s["hedge"]["cues"]) + ")"
        rows.append((str(s["index"]), text, source_label(a), (a["cue"] or "") if a else "", hedge,
                     "; ".join(number_label(n) for n in s["numbers"])))

    def width(position: int, header: str, cap: int) -> int:
        return min(max([cell_len(header), *(cell_len(terminal_text(r[position] or "")) for r in rows)]), cap)

    widths = [width(0, "#", 6), width(2, "source", SOURCE_WIDTH), width(3, "cue", CUE_WIDTH),
              width(4, "hedge", HEDGE_WIDTH), width(5, "numbers", NUMBERS_WIDTH)]
    frame = 6 + 1 + 6 * 2  # six columns: seven rules and one space either side of each cell
    sentence_width = console.width - frame - sum(widths)
    if sentence_width >= SENTENCE_MIN_WIDTH:
        table = Table(show_lines=False, expand=False)
        table.add_column("#", justify="right", style="dim", no_wrap=True, width=widths[0])
        table.add_column("sentence", overflow="fold", width=sentence_width)
        table.add_column("source", overflow="fold", width=widths[1])
        table.add_column("cue", overflow="fold", width=widths[2])
        table.add_column("hedge", overflow="fold", width=widths[3])
        table.add_column("numbers", overflow="fold", width=widths[4])
        for index, text, source, cue, hedge, numbers in rows:
            if source is None:
                table.add_row(index, f"[dim]{_escape(text)}[/dim]", "[dim]boilerplate[/dim]", "", "", "")
            else:
                table.add_row(index, _escape(text), _escape(source), _escape(cue), _escape(hedge), _escape(numbers))
    else:  # stacked: the sentence gets the whole width, its attribution one labelled line per field
        table = Table(show_lines=True, expand=True)
        table.add_column("#", justify="right", style="dim", no_wrap=True, width=widths[0])
        table.add_column("sentence, then its source, cue, hedge and numbers", overflow="fold")
        for index, text, source, cue, hedge, numbers in rows:
            if source is None:
                table.add_row(index, f"[dim]{_escape(text)}[/dim]\n[dim]boilerplate[/dim]")
                continue
            fields = Table.grid(padding=(0, 1))
            fields.add_column(style="dim", no_wrap=True, width=len("numbers"))
            fields.add_column(overflow="fold")
            for label, value in (("source", source), ("cue", cue), ("hedge", hedge), ("numbers", numbers)):
                if value:
                    fields.add_row(label, _escape(value))
            table.add_row(index, Group(_escape(text), fields))
    console.print(table)
    info = summary(document)
    console.print(f"[bold]{info['attributed']}[/bold] of {info['sentences']} story sentences attributed "
                  f"({info['share_attributed']:.0%}); {info['hedged']} hedged.")
    if info["sources"]:
        console.print("Sources: " + "; ".join(f"{_escape(name)} ({count})" for name, count in info["sources"]))
    if info["numbers"]:
        numbers = Table(title="Numbers and their sources", expand=True)
        numbers.add_column("number")
        numbers.add_column("source")
        numbers.add_column("hedge")
        by_index = {id(n): s for s in document["sentences"] for n in s["numbers"]}
        for n, a in info["numbers"]:
            numbers.add_row(_escape(number_label(n)), _escape(source_label(a)), by_index[id(n)]["hedge"]["level"])
        console.print(numbers)


def _escape(text: str) -> str:
    return terminal_escape(text)


# C0 and C1 control characters but newline and tab: printed raw they move the cursor, recolour,
# retitle or reset the terminal (ESC [ … m, ESC ] … BEL), so document text must not reach it as is.
_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURES: ␛ for ESC, ␇ for BEL, ␍ for CR
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡ for DEL; a C1 control has no picture


def terminal_text(text: str) -> str:
    """`text` safe to print on a terminal: each control character but newline and tab shown as a sign.

    >>> terminal_text("five\\x1b[31m dead\\r\\n")
    'five␛[31m dead\\n'

    A CRLF line end becomes a newline. Only the terminal views use this; JSON and CSV keep the
    text exactly as read, since offsets point into it.
    """
    if not _TERMINAL_CONTROL.search(text):
        return text
    return _TERMINAL_CONTROL.sub(_control_picture, text.replace("\r\n", "\n"))


def terminal_escape(text: str) -> str:
    """`terminal_text`, with rich markup escaped: document text for `console.print`."""
    from rich.markup import escape
    return escape(terminal_text(text))


def dumps(result: dict) -> str:
    """`result` as JSON text; SchemaError for NaN or infinity, which JSON cannot hold."""
    try:
        return json.dumps(result, ensure_ascii=False, indent=1, allow_nan=False)
    except ValueError as error:  # json's own message: "Out of range float values are not JSON compliant"
        raise SchemaError(f"audit result holds a number JSON cannot hold (NaN or infinity): {error}; "
                          "check the rule files with `verify rules`") from None


def to_csv_string(documents) -> str:
    handle = io.StringIO()
    write_csv(documents, handle)
    return handle.getvalue()
