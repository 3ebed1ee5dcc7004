"""Errors raised by the library; only the CLI turns them into a message and an exit code.

Example:
    >>> raise InputError("empty.txt: the file is empty; give a file with article text")
    Traceback (most recent call last):
    verify.errors.InputError: empty.txt: the file is empty; give a file with article text

Messages are one line and say what was wrong, what is allowed and what to do.
"""


class VerifyError(Exception):
    """Base class of every error `verify` raises on purpose."""


class InputError(VerifyError):
    """A document or corpus could not be read (missing, empty, binary, bad encoding, bad CSV)."""


class RuleError(VerifyError):
    """A rule file is invalid. The message lists every bad record as `file:line: problem`."""


class SchemaError(VerifyError):
    """Output or gold failed validation against its schema."""


class GoldError(VerifyError):
    """A gold annotation file is malformed or does not match its document."""


class ReviewError(VerifyError):
    """The review store cannot be used (unreadable, another program's file, newer schema), or a
    review command got an unknown claim id or status."""
