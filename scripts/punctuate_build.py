"""Check the hand-punctuated articles and build their gold: the same labels on punctuated text.

Example: python scripts/punctuate_build.py

For every `fixtures/punctuated/done/<split>/<id>.txt` (written by a person from the FA-KES text in
`todo/`, see `scripts/punctuate_prepare.py`; `todo/` is not kept), this checks against the FA-KES text that only commas and apostrophes were
inserted — nothing deleted, replaced or moved — and then writes

- `fixtures/punctuated/fa-kes-punctuated.csv`: the FA-KES rows of those articles with the
  punctuated text (title, outlet and date unchanged), and
- `fixtures/gold-punctuated/<split>/<id>.json`: the article's gold from `fixtures/gold/<split>/`
  with each sentence's text and offsets moved onto the punctuated text. No label changes: a
  comma or an apostrophe does not change who asserts a sentence, whether it is hedged or what its
  numbers count.

`verify eval fixtures/gold-punctuated/heldout` then scores the rules on punctuated news, and
`verify eval` on the same articles in `fixtures/gold/heldout` on the text as FA-KES prints it.
"""
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUNCTUATED = ROOT / "fixtures" / "punctuated"
INSERTABLE = {",", "'"}
CSV_NAME = "fixtures/punctuated/fa-kes-punctuated.csv"


def offsets(original: str, punctuated: str) -> list[int]:
    """Where each character of `original` (and its end) is in `punctuated`; ValueError unless
    `punctuated` is `original` with commas and apostrophes inserted."""
    where, k = [], 0
    for i, char in enumerate(original):
        while k < len(punctuated) and punctuated[k] != char and punctuated[k] in INSERTABLE:
            k += 1
        if k >= len(punctuated) or punctuated[k] != char:
            raise ValueError(f"character {i} ({char!r}) of the original is not where it should be "
                             f"(near {original[max(0, i - 30):i + 30]!r})")
        where.append(k)
        k += 1
    if any(c not in INSERTABLE for c in punctuated[k:]):
        raise ValueError("text was added after the end of the original")
    where.append(len(punctuated))
    return where


def main() -> int:
    rows = {row["unit_id"]: row for row in csv.DictReader(open(ROOT / "fixtures" / "fa-kes-train.csv", encoding="utf-8"))}
    out_rows, problems, built = [], [], 0
    for done in sorted((PUNCTUATED / "done").glob("*/*.txt")):
        split, doc_id = done.parent.name, done.stem
        original = rows[doc_id]["article_content"]  # as FA-KES prints it (and as todo/ held it)
        punctuated = done.read_text(encoding="utf-8")
        try:
            where = offsets(original, punctuated)
        except ValueError as error:
            problems.append(f"{done}: {error}")
            continue
        gold = json.loads((ROOT / "fixtures" / "gold" / split / f"{doc_id}.json").read_text(encoding="utf-8"))
        for sentence in gold["sentences"]:
            start, end = where[sentence["start"]], where[sentence["end"] - 1] + 1
            sentence["start"], sentence["end"], sentence["text"] = start, end, punctuated[start:end]
            for number in sentence["numbers"]:
                if number["text"] not in sentence["text"]:
                    problems.append(f"{done}: a comma or apostrophe went inside the number {number['text']!r}")
        gold["origin"] = CSV_NAME
        gold["punctuated"] = ("commas and apostrophes restored by hand (LLM copy editors helper-128..131, "
                              f"shown no tool output) on the text of fixtures/gold/{split}/{doc_id}.json; "
                              "labels unchanged")
        target = ROOT / "fixtures" / "gold-punctuated" / split / f"{doc_id}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out_rows.append({**rows[doc_id], "article_content": punctuated})
        built += 1
    if out_rows:
        with open(ROOT / CSV_NAME, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(out_rows[0]))
            writer.writeheader()
            writer.writerows(sorted(out_rows, key=lambda r: r["unit_id"]))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"built {built} punctuated gold files; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
