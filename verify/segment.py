"""Stage 2: cut a document into sentences with offsets.

Example:
    >>> text = "Gen. Igor Konashenkov said so. It added more."
    >>> [s.text for s in split_sentences(text, abbreviations=("Gen.",))]
    ['Gen. Igor Konashenkov said so.', 'It added more.']

Lines are cut first (a line break always ends a sentence: headlines, menus and paragraphs in
scraped pages carry no final stop), then nltk's Punkt splits each line with parameters trained on
news text by `scripts/train_punkt.py` (shipped as JSON, not a pickle) plus the editor's
abbreviation list `rules/abbreviations.jsonl`.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import types
from functools import lru_cache

from .records import Sentence
from .resources import DATA_DIR

_LINE = re.compile(r"[^\n\r]+")


def _load_punkt():
    """Import nltk's Punkt module without running `nltk/__init__.py`.

    `import nltk` loads scipy, numpy and dozens of nltk modules (1.5 s here) that Punkt does not
    use; a cold `verify audit` of one article must stay under a second. The packages `nltk` and
    `nltk.tokenize` are stood in for by bare package modules while Punkt and its few imports load,
    then removed again, so a later `import nltk` anywhere still runs the real package.
    """
    if "nltk.tokenize.punkt" in sys.modules:
        return sys.modules["nltk.tokenize.punkt"]
    stand_ins = []
    for name in ("nltk", "nltk.tokenize"):
        if name not in sys.modules:
            spec = importlib.util.find_spec(name)
            module = types.ModuleType(name)
            module.__path__ = list(spec.submodule_search_locations)
            sys.modules[name] = module
            stand_ins.append(name)
    try:
        import nltk.tokenize.punkt as punkt
    finally:
        for name in stand_ins:
            del sys.modules[name]
    return punkt


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: tuple[str, ...]):
    punkt = _load_punkt()
    data = json.loads((DATA_DIR / "punkt.json").read_text(encoding="utf-8"))
    params = punkt.PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    for abbreviation in abbreviations:
        # Punkt keys abbreviations by the token before the final stop, lower case: "Lt. Col." is
        # the two tokens "lt" and "col"; "U.S." is "u.s".
        for part in abbreviation.lower().split():
            params.abbrev_types.add(part.rstrip("."))
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context.update(data["ortho_context"])
    return punkt.PunktSentenceTokenizer(params)


_DOTTED_ACRONYM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\)?$")
_QUESTION_CLOSED = {'?"', '!"', "?”", "!”", "?'", "!'", "?’", "!’"}


def split_sentences(text: str, *, abbreviations: tuple[str, ...] = ()) -> tuple[Sentence, ...]:
    """Return the sentences of `text` with document offsets, leading/trailing space excluded."""
    tokenizer = _tokenizer(tuple(abbreviations))
    sentences = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        for start, end in tokenizer.span_tokenize(line.group()):
            start, end = start + line.start(), end + line.start()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            if sentences and text[start].islower() and text[sentences[-1].end - 2:sentences[-1].end] in _QUESTION_CLOSED \
                    and text[sentences[-1].end:start].strip() == "":
                # '"What military target is this?" he asked.': a quotation's question or cry, then its
                # cue in lower case, is one sentence
                start = sentences.pop().start
            elif sentences and text[start].islower() and _DOTTED_ACRONYM_END.search(text[sentences[-1].start:sentences[-1].end]) \
                    and text[sentences[-1].end:start].strip() == "":
                # "The Electric Power Corporation (E.P.C.) said power had been cut": a dotted acronym,
                # then the sentence going on in lower case, is one sentence
                start = sentences.pop().start
            sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text[start:end]))
    return tuple(sentences)
