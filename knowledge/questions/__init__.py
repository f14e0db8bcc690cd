"""Reading a question: intent, metrics, claimants and the period asked about."""

from knowledge.questions.parse import normalise, parse_question

__all__ = ["normalise", "parse_question"]
