"""Keeping the bot token out of every output: log records, tracebacks, warnings and start-up
errors (see `app.run_bot`, which turns a rejected token into one line without it)."""

from __future__ import annotations

import logging

MASK = "<token>"


class RedactToken(logging.Filter):
    """Replaces the bot token in every log record (message, arguments and traceback); also
    its secret half alone (after the colon), as it appears URL-encoded or cut in two."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        secret = token.partition(":")[2]
        self._secrets = [s for s in (token, secret) if len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record; mask the token wherever it appears in it."""
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        if self._holds_token(message):
            record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._holds_token(record.exc_text):
            record.exc_text = self.redact(record.exc_text)
        return True

    def redact(self, text: str) -> str:
        """`text` with the token (and its secret half) masked."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    def _holds_token(self, text: str) -> bool:
        """Whether `text` holds the token or its secret half."""
        return any(secret in text for secret in self._secrets)


def protect_token(token: str) -> None:
    """Keep the token out of the logs: httpx at WARNING, Python's warnings through logging,
    and a redacting filter on every handler as a backstop."""
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)  # PTB's warnings would otherwise go straight to stderr
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
