"""Reading a question: intent, metrics, claimants and the period asked about, and the words
that were not read."""

from knowledge.questions.parse import normalise, parse_question
from knowledge.questions.unread import report_unread

__all__ = ["normalise", "parse_question", "report_unread"]
