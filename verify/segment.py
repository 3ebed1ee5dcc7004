"""Stage 2: cut a document into sentences with offsets.

Example:
    >>> [s.text for s in split_sentences("Gen. Igor Konashenkov said so. It added more.")]
    ['Gen. Igor Konashenkov said so.', 'It added more.']

Lines are cut first (a line break always ends a sentence: headlines, menus and paragraphs in
scraped pages carry no final stop), then nltk's Punkt splits each line with parameters trained on
news text by `scripts/train_punkt.py` (shipped as JSON, not a pickle) plus the editor's
abbreviation list `rules/abbreviations.jsonl`.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .records import Sentence
from .resources import DATA_DIR

_LINE = re.compile(r"[^\n\r]+")


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: tuple[str, ...]) -> PunktSentenceTokenizer:
    data = json.loads((DATA_DIR / "punkt.json").read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    for abbreviation in abbreviations:
        # Punkt keys abbreviations by the token before the final stop, lower case: "Lt. Col." is
        # the two tokens "lt" and "col"; "U.S." is "u.s".
        for part in abbreviation.lower().split():
            params.abbrev_types.add(part.rstrip("."))
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context.update(data["ortho_context"])
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, *, abbreviations: tuple[str, ...] = ()) -> tuple[Sentence, ...]:
    """Return the sentences of `text` with document offsets, leading/trailing space excluded."""
    tokenizer = _tokenizer(tuple(abbreviations))
    sentences = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        for start, end in tokenizer.span_tokenize(line.group()):
            start, end = start + line.start(), end + line.start()
            sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text[start:end]))
    return tuple(sentences)
