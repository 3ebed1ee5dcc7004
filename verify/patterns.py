"""Regular expressions compiled when first used, not when their module loads.

Example:
    >>> _YEAR = lazy_compile(r"\\b(?:19|20)\\d\\d\\b")
    >>> _YEAR.search("in 2017 and 2018").group()
    '2017'
    >>> _YEAR.pattern
    '\\\\b(?:19|20)\\\\d\\\\d\\\\b'

`re` parses and compiles a pattern in Python, a millisecond or more for the long ones; a cold
`verify audit` of one article spends about a fifth of a second on it. Many of the stage modules'
patterns serve a rare construction that a typical article never reaches, so compiling them at
import costs every cold start for nothing. A `LazyPattern` stands in for the compiled pattern and
behaves as one wherever a pattern's methods or attributes are used.
"""
from __future__ import annotations

import re

# what a stand-in hands on from its compiled pattern, kept as its own attributes once compiled
_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "flags", "groups", "groupindex")


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled on the first use of anything but `.pattern`."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # (read without compiling: patterns written from others use it)
        self._flags = flags

    def __getattr__(self, name: str):
        # reached only while the attribute is missing: from then on the compiled pattern's bound
        # methods are this object's own attributes, so a call costs what it costs on the pattern
        if name.startswith("__") or name not in _DELEGATED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _DELEGATED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A stand-in for `re.compile(pattern, flags)` that compiles it on first use."""
    return LazyPattern(pattern, flags)
