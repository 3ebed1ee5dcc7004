r"""Stage 3: mark sentences that are not story text (menus, time stamps, captions, signatures).

Example:
    >>> from verify.rules import load_rules
    >>> is_boilerplate("Comments About This Article", rules=load_rules())
    'boiler.comments'

A sentence is boilerplate when, stripped, it matches one of the editor's patterns in
`rules/boilerplate.jsonl` whole. Whole-match keeps a headline glued to the first sentence
("Wed 05 Apr 2017 Syria attack … WHO.") as story text.

Most sentences are story text, on which every pattern is tried and fails; the patterns that look
through the whole sentence before failing (`(?=.*\bcontributed\s)…`, `.*pic\.twitter\.com…`)
took half the time. So, in a process that audits more than an article, each pattern is read once
(`_shortcut`) for the longest text it can match and, when it opens with such a look, for pieces
of text of which a match holds at least one; a sentence longer than that, or without any of the
pieces, is not tried on the pattern; nor is a text whose first character cannot open a match of
it. The answer is the pattern's own: only texts it cannot match are passed over
(`tests/test_boilerplate.py` compares with trying every pattern).
"""
from __future__ import annotations

import re
import sys
from re import _compiler, _parser  # (the parser `re` itself uses: a pattern as a tree of operations)

from .rules import BoilerplatePattern, RuleSet, derived


def is_boilerplate(text: str, *, rules: RuleSet) -> str | None:
    """The id of the boilerplate pattern the whole sentence matches, or None for story text."""
    stripped = text.strip()
    shortcuts = _shortcuts(rules)
    if shortcuts is None:
        for pattern in rules.boilerplate:
            if pattern.pattern.fullmatch(stripped):
                return pattern.id
        return None
    # (pieces are looked for only in an ASCII text: there a letter matches an ASCII letter of a
    # pattern, in either case, exactly when its lower case is the letter's; other letters
    # `re.IGNORECASE` takes for ASCII ones, "ſ" for "s", the Kelvin sign for "k", are not ASCII)
    lowered = stripped.lower() if stripped.isascii() else None
    length = len(stripped)
    for pattern, longest, pieces in _opening_with(rules, stripped[:1]):
        if length > longest:
            continue
        if pieces is not None and lowered is not None:
            for piece in pieces:
                if piece in lowered:
                    break
            else:
                continue  # a text the pattern cannot match: it holds none of the pieces
        if pattern.pattern.fullmatch(stripped):
            return pattern.id
    return None


# Reading the patterns takes ~40 ms, a twentieth of a one-article audit: it is done once this many
# sentences have been tried on the patterns the plain way in a process (a corpus, not an article)
SHORTCUTS_AFTER = 500


def _state(rules: RuleSet) -> dict:
    return derived(rules, "boilerplate.state",
                   lambda r: {"tried": 0, "shortcuts": None, "openers": None, "by_first": {}})


def _shortcuts(rules: RuleSet) -> tuple[tuple[BoilerplatePattern, int, tuple[str, ...] | None], ...] | None:
    """Each boilerplate pattern with the longest text it can match and the pieces (lower case) of
    which a match holds one, or None; None while fewer than SHORTCUTS_AFTER sentences were tried."""
    state = _state(rules)
    if state["shortcuts"] is None:
        state["tried"] += 1
        if state["tried"] <= SHORTCUTS_AFTER:
            return None
        state["shortcuts"] = tuple((p, *_shortcut(p.pattern)) for p in rules.boilerplate)
        state["openers"] = tuple(_openers(p.pattern) for p in rules.boilerplate)
    return state["shortcuts"]


def _opening_with(rules: RuleSet, first: str) -> tuple:
    """The shortcuts (of `_shortcuts`) of the patterns a text opening with the character `first`
    can match, worked out once per character: a sentence opening with "T" is not tried on
    "\\d{1,2}:\\d{2}…", "by\\s…" or "\\(…" (a third of the patterns; `first` "": all)."""
    state = _state(rules)
    chosen = state["by_first"].get(first)
    if chosen is None:
        if len(state["by_first"]) >= 4096:  # (a bound for texts of every script)
            state["by_first"].clear()
        chosen = state["by_first"][first] = tuple(
            shortcut for shortcut, openers in zip(state["shortcuts"], state["openers"])
            if not first or openers is None or any(opener.match(first) for opener in openers))
    return chosen


_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def _openers(pattern: re.Pattern) -> tuple[re.Pattern, ...] | None:
    """One pattern per thing that can match the first character of a text `pattern` matches
    ("(?:by|from)\\s…": "b" and "f" in either case), compiled alone with the flags in force
    there; None when that is not known, or when the pattern can match an empty text."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags)
        found = _first_characters(list(items), items.state.flags)
        if found is None or found[1]:
            return None
        openers = []
        for flags, item in found[0]:
            state = _parser.State()
            state.flags = flags
            openers.append(_compiler.compile(_parser.SubPattern(state, [item]), flags))
        return tuple(openers)
    except Exception:  # (a future `re` may shape its trees otherwise: then the pattern is always tried)
        return None


def _first_characters(items: list, flags: int):
    """(The (flags, operation) pairs one of which matches a text's first character, whether the
    sequence can match without a character) for parsed operations `items`, or None when not
    known. Looks and anchors match no character: passed over, which only lets more texts in."""
    found = []
    for op, av in items:
        if op in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT):
            continue
        if op in (_parser.LITERAL, _parser.NOT_LITERAL, _parser.IN, _parser.ANY):
            return [*found, (flags, (op, av))], False
        if op is _parser.SUBPATTERN:  # ("(?-i:[A-Z])": its own flags)
            inner = _first_characters(list(av[3]), _compiler._combine_flags(flags, av[1], av[2]))
        elif op is _parser.ATOMIC_GROUP:
            inner = _first_characters(list(av), flags)
        elif op in _REPEATS:
            inner = _first_characters(list(av[2]), flags)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        elif op is _parser.BRANCH:
            branches = [_first_characters(list(branch), flags) for branch in av[1]]
            if any(branch is None for branch in branches):
                return None
            inner = ([pair for branch in branches for pair in branch[0]], any(branch[1] for branch in branches))
        else:  # (a back reference, a conditional group)
            return None
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _shortcut(pattern: re.Pattern) -> tuple[int, tuple[str, ...] | None]:
    """(The longest text `pattern` can match whole, pieces of which such a text holds one or None)
    — `sys.maxsize` and None when the parser reads the pattern otherwise than expected."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags)
        longest = items.getwidth()[1]
        for op, av in items:  # "(?=.{4,110}\Z)…": no text longer than 110
            if op is _parser.ASSERT and av[0] == 1 and list(av[1])[-1:] == [(_parser.AT, _parser.AT_END_STRING)]:
                longest = min(longest, av[1].getwidth()[1])
            elif op is not _parser.ASSERT and op is not _parser.ASSERT_NOT:
                break
        # (pieces cost a look each, more than a pattern that fails at its first characters)
        pieces = _pieces(_needs(list(items))) if _looks_ahead(list(items)) else None
        return (longest if longest < _parser.MAXREPEAT else sys.maxsize), pieces
    except Exception:  # (a future `re` may shape its trees otherwise: then no shortcut)
        return sys.maxsize, None


def _looks_ahead(items: list) -> bool:
    """Whether a pattern opens with a look-around or a long repeat of any character or of a class,
    which reads far into a text before it can fail (in either alternative of a choice)."""
    if not items:
        return False
    op, av = items[0]
    if op is _parser.ASSERT or op is _parser.ASSERT_NOT:
        return True
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        body = list(av[2])
        return av[1] >= 20 and ((len(body) == 1 and body[0][0] in (_parser.ANY, _parser.IN)) or _looks_ahead(body))
    if op is _parser.SUBPATTERN:
        return _looks_ahead(list(av[3]))
    if op is _parser.BRANCH:
        return any(_looks_ahead(list(branch)) for branch in av[1])
    return False


def _needs(items: list):
    """What a text holds wherever this sequence of parsed operations matches it, as a condition on
    the lower-cased text: a string it contains, ("all", [...]) or ("any", [...]) of conditions, or
    None when nothing is known. Only what every match needs counts: literal characters one after
    another (lower-cased, ASCII only), whatever each positive look-around, each group and each
    repeat of at least one needs, and for alternatives what each one needs."""
    needed, run = [], []

    def end_run():
        if run:
            needed.append("".join(run))
            run.clear()

    for op, av in items:
        if op is _parser.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        end_run()
        if op is _parser.SUBPATTERN:
            needed.append(_needs(list(av[3])))
        elif op is _parser.ATOMIC_GROUP:
            needed.append(_needs(list(av)))
        elif op is _parser.ASSERT:  # (look-ahead or look-behind: its text is in the text too)
            needed.append(_needs(list(av[1])))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            needed.append(_needs(list(av[2])))
        elif op is _parser.BRANCH:
            alternatives = [_needs(list(branch)) for branch in av[1]]
            needed.append(None if any(a is None for a in alternatives) else ("any", alternatives))
        # (anything else — a class, any character, an anchor, a negative look-around, a back
        # reference, a conditional group — needs nothing known)
    end_run()
    needed = [n for n in needed if n is not None]
    if not needed:
        return None
    return needed[0] if len(needed) == 1 else ("all", needed)


def _pieces(condition) -> tuple[str, ...] | None:
    """`condition` (of `_needs`) loosened to pieces of which the text holds at least one, or None:
    of all that a text needs, the alternatives whose shortest piece is longest (the rarest)."""
    if condition is None:
        return None
    if isinstance(condition, str):
        return (condition,)
    pieces = [_pieces(c) for c in condition[1]]
    if condition[0] == "any":
        return None if any(p is None for p in pieces) else tuple(dict.fromkeys(x for p in pieces for x in p))
    pieces = [p for p in pieces if p is not None]
    return max(pieces, key=lambda p: min(map(len, p))) if pieces else None
