import re

from verify.patterns import LazyPattern, lazy_compile


def test_patterns_a_lazy_pattern_answers_as_the_compiled_one():
    lazy, compiled = lazy_compile(r"(?P<n>\d+) (killed|dead)", re.IGNORECASE), re.compile(r"(?P<n>\d+) (killed|dead)",
                                                                                              re.IGNORECASE)
    text = "12 Killed in Idlib, 3 dead in Homs"
    assert lazy.search(text).group("n") == compiled.search(text).group("n") == "12"
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("N", text) == compiled.sub("N", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert lazy.fullmatch("4 dead") and not lazy.match("no 4 dead")


def test_patterns_compile_on_first_use_only(monkeypatch):
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real(*a))
    lazy = LazyPattern(r"\bsaid\b")
    assert lazy.pattern == r"\bsaid\b" and calls == []      # the text is read without compiling
    assert lazy.search("he said so") and lazy.search("they said") and lazy.match("said")
    assert calls == [(r"\bsaid\b", 0)]                        # compiled once, on the first search


def test_patterns_unknown_attributes_are_errors():
    lazy = lazy_compile("x")
    for name in ("no_such_method", "__deepcopy__"):
        try:
            getattr(lazy, name)
        except AttributeError:
            continue
        raise AssertionError(f"{name} should not exist")
