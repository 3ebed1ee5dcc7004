"""verify: who asserts each sentence of a news text, how hedged it is, and which numbers it states."""

__version__ = "0.1.0"
