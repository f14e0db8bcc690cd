"""Answering a parsed question from the store: match claims, rank them, derive figures from
daily series, and compose the answer with its caveat."""

from knowledge.answering.answer import answer, warm_up

__all__ = ["answer", "warm_up"]
