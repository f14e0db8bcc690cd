"""Reading loss claims out of news text: sentences, numbers, periods, figures, attribution."""

from knowledge.extract.claims import extract_claims

__all__ = ["extract_claims"]
