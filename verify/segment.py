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


# nltk (3.10 here) runs every Punkt pattern through `nltk.redos`: the `regex` engine under a
# wall-clock timeout of 5 s per call, a backstop against patterns that backtrack for ever. Setting
# up the timeout costs ~4.5 µs a call, the wrapper ~2 µs more: two thirds of the splitting here
# (~70,000 calls for the FA-KES train split). Punkt's own patterns are fixed and read a line in
# linear time, so lines up to this length run them through the same `regex` engine without the
# timeout (the same matches); longer lines keep nltk's guarded patterns.
UNGUARDED_LINE = 100_000
# the break decisions of this many contexts are kept (`_tokenizer`)
SENTBREAK_CONTEXTS = 8192


def _unguarded(pattern):
    """The `regex` pattern an `nltk.redos.TimedPattern` wraps (same engine, same matches, no
    timeout); any other pattern (an nltk before `redos`: `re`'s own) as it is."""
    timed = getattr(sys.modules.get("nltk.redos"), "TimedPattern", ())
    return pattern._rx if isinstance(pattern, timed) else pattern


def _unguarded_classes(punkt):
    """Punkt's language variables and token class with their patterns unwrapped (`_unguarded`)."""
    class LanguageVars(punkt.PunktLanguageVars):
        __slots__ = ()
        re_boundary_realignment = _unguarded(punkt.PunktLanguageVars.re_boundary_realignment)

    class Token(punkt.PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = _unguarded(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = _unguarded(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = _unguarded(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = _unguarded(punkt.PunktToken._RE_ALPHA)
        _NON_PUNCT = _unguarded(punkt._re_non_punct)

        @property
        def is_non_punct(self):
            return self._NON_PUNCT.search(self.type)

    lang_vars = LanguageVars()
    # (both patterns are compiled on first use and kept in the instance's two slots)
    lang_vars._re_word_tokenizer = _unguarded(lang_vars._word_tokenizer_re())
    lang_vars._re_period_context = _unguarded(lang_vars.period_context_re())
    return lang_vars, Token


@lru_cache(maxsize=1)
def _punkt_data() -> dict:
    """The shipped Punkt parameters (`punkt.json`), read once for every splitter and word test."""
    return json.loads((DATA_DIR / "punkt.json").read_text(encoding="utf-8"))


# Punkt's orthographic flag for a word seen in lower case inside a sentence (nltk's _ORTHO_MID_LC)
_PUNKT_MID_LOWER = 1 << 5


def is_common_word(word: str) -> bool:
    """True when the corpus Punkt was trained on writes `word` in lower case inside sentences
    (so a capital at the start of a sentence says nothing about it being a name)."""
    return bool(_punkt_data()["ortho_context"].get(word.lower(), 0) & _PUNKT_MID_LOWER)


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: tuple[str, ...], guarded: bool = False):
    punkt = _load_punkt()
    data = _punkt_data()
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
    if guarded:
        return punkt.PunktSentenceTokenizer(params)
    lang_vars, token = _unguarded_classes(punkt)
    tokenizer = punkt.PunktSentenceTokenizer(params, lang_vars=lang_vars, token_cls=token)
    # whether a candidate break's context ("said. The") holds a break depends on the context and
    # the fixed parameters alone; a third of the contexts of a corpus repeat, each worked out once
    tokenizer.text_contains_sentbreak = lru_cache(maxsize=SENTBREAK_CONTEXTS)(tokenizer.text_contains_sentbreak)
    return tokenizer


_DOTTED_ACRONYM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\)?$")
_QUESTION_CLOSED = {'?"', '!"', "?”", "!”", "?'", "!'", "?’", "!’"}
# a person's initials ("C.S.", "A.P.J."; three after "the" are a body's acronym, "the I.R.A.") and the name after them: "Chief Executive C.S. Venkatakrishnan
# said" is one sentence; the dotted names of places and bodies that end sentences are no initials
_INITIALS_END = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})$")
_AFTER_THE = re.compile(r"(?:^|\s)[Tt]he\s+(?:[A-Z]\.){3}$")
_NAME_START = re.compile(r"([A-Z][a-z]+)\b(?![.!?])")
_NO_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "U.S.A.", "N.Y.", "L.A.", "B.C.", "P.M.", "A.M."}
# an article and a dotted name alone, which no sentence is: "The U.S. Centers for Disease Control … said"
_ARTICLE_AND_INITIALS = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z]\.){2,3}")
# words that open a sentence of their own after one ("… the most on defence? The U.S. It spent …")
_SENTENCE_OPENERS = {"It", "He", "She", "They", "We", "I", "You", "This", "That", "There", "These", "Those", "The", "A",
                     "An", "But", "And", "In", "On", "At", "Its", "Their", "His", "Her"}


# a clock time's "a.m."/"p.m." ending a sentence before a name that opens the next: "… at 9 a.m. Jaish
# al-Islam said …" (not before a day, a month, a time zone or "<place> time": "9 a.m. Sunday", "5 p.m. GMT")
_CLOCK_THEN_NAME = re.compile(r"\d\s*[ap]\.m\.(\s+)(?=([A-Z][\w'’-]*)((?:\s+[\w'’-]+){0,3}))")
_AFTER_CLOCK = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "eastern",
                "central", "pacific", "mountain", "local"}


def _clock_breaks(text: str) -> list[int]:
    """Where a sentence Punkt left whole ends after a clock time's "a.m."/"p.m." (`_CLOCK_THEN_NAME`):
    the offsets the next sentences start at."""
    breaks = []
    for found in _CLOCK_THEN_NAME.finditer(text):
        word, following = found.group(2), (found.group(3) or "").lower().split()
        # (nor before a time zone or a day of several words: "New York time", "Greenwich Mean Time",
        # "Christmas Day")
        if word.lower() in _AFTER_CLOCK or word.isupper() and len(word) <= 4 or \
                {"time", "standard", "day", "eve"} & set(following[:2]) or word.lower() in {"greenwich", "christmas"} or \
                len(text[breaks[-1] if breaks else 0:found.start()].split()) < 3:
            continue  # (nor after a sentence's opening time: "At 6 p.m. Police arrived")
        breaks.append(found.end(1))
    return breaks


def _after_initials(previous: str, following: str) -> bool:
    """Whether a sentence ending in a person's initials runs on into the name that starts the next: a
    capitalised word that the corpus Punkt was trained on never writes in lower case inside a sentence."""
    initials = _INITIALS_END.search(previous)
    name = _NAME_START.match(following)
    if initials is None or name is None or initials.group(1) in _NO_INITIALS or _AFTER_THE.search(previous):
        return False
    return not is_common_word(name.group(1))


def split_sentences(text: str, *, abbreviations: tuple[str, ...] = ()) -> tuple[Sentence, ...]:
    """Return the sentences of `text` with document offsets, leading/trailing space excluded."""
    abbreviations = tuple(abbreviations)
    tokenizer = _tokenizer(abbreviations)
    sentences = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        cutter = tokenizer if len(line.group()) <= UNGUARDED_LINE else _tokenizer(abbreviations, guarded=True)
        for start, end in cutter.span_tokenize(line.group()):
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
            elif sentences and text[sentences[-1].end:start] == " " and \
                    _ARTICLE_AND_INITIALS.fullmatch(sentences[-1].text) and \
                    text[start:end].split(None, 1)[0] not in _SENTENCE_OPENERS:
                start = sentences.pop().start  # "The U.S. Centers for Disease Control … said"
            elif sentences and text[sentences[-1].end:start] == " " and \
                    _after_initials(sentences[-1].text, text[start:end]):
                start = sentences.pop().start  # "Chief Executive C.S. Venkatakrishnan said …" (`_after_initials`)
            origin = start
            for cut in (_clock_breaks(text[start:end]) if "m." in text[start:end] else ()):
                # "… at 9 a.m. Jaish al-Islam said …": two sentences (`_clock_breaks`, offsets into the slice)
                head = text[start:origin + cut].rstrip()
                sentences.append(Sentence(index=len(sentences), start=start, end=start + len(head), text=head))
                start = origin + cut
            sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text[start:end]))
    return tuple(sentences)
