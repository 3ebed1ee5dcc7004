"""Stage 3: mark sentences that are not story text (menus, time stamps, captions, signatures).

Example:
    >>> from verify.rules import load_rules
    >>> is_boilerplate("Comments About This Article", rules=load_rules())
    'boiler.comments'

A sentence is boilerplate when, stripped, it matches one of the editor's patterns in
`rules/boilerplate.jsonl` whole. Whole-match keeps a headline glued to the first sentence
("Wed 05 Apr 2017 Syria attack … WHO.") as story text.
"""
from __future__ import annotations

from .rules import RuleSet


def is_boilerplate(text: str, *, rules: RuleSet) -> str | None:
    """The id of the boilerplate pattern the whole sentence matches, or None for story text."""
    stripped = text.strip()
    for pattern in rules.boilerplate:
        if pattern.pattern.fullmatch(stripped):
            return pattern.id
    return None
