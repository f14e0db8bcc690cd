"""Settings, read from the environment and `.env` (see `.env.example` for each one)."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge import ClaimStore, open_or_build


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    knowledge_db: Path = Path("data/knowledge.db")
    sources_dir: Path = Path("seeds")
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    admin_user_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    max_source_bytes: int = 5 * 1024 * 1024
    max_claims_per_source: int = 500
    max_question_chars: int = 500
    user_questions_per_minute: int = 30
    chat_questions_per_minute: int = 120
    # One member's share of a group, questions and commands together (Telegram lets a bot
    # send a group 20 messages a minute): past it, one member would delay everyone else.
    member_questions_per_minute: int = 12
    # Commands (/help, /sources, ...) per user and minute, apart from questions.
    user_commands_per_minute: int = 20
    # Telegram asks bots to stay near 30 messages a second overall; raise it only for a
    # local Bot API server or after Telegram has raised the bot's limits.
    telegram_max_messages_per_second: float = 30.0
    log_level: str = "INFO"
    # Webhook mode (only when TELEGRAM_WEBHOOK_URL is set): where PTB's web server listens
    # (behind a reverse proxy that terminates HTTPS), and the secret Telegram must send back.
    telegram_webhook_listen: str = "127.0.0.1"
    telegram_webhook_port: int = 8443
    telegram_webhook_secret: str | None = None
    # Fresh data (bot/fresh, README "Fresh data"): the state database, the daily series'
    # upstream, fetching limits, feeds and the daily digest.
    state_db: Path = Path("data/state.db")
    series_url: str = (
        "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/"
    )
    series_max_bytes: int = 20 * 1024 * 1024
    series_update_hour: int = Field(default=8, ge=0, le=23)
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 20.0
    fetch_max_redirects: int = 5
    # Networks fetches may reach although they are not public (loopback, private, link-local),
    # e.g. "127.0.0.1/32" for tests or "10.20.0.0/16" for an intranet; empty: public only.
    fetch_allowed_networks: Annotated[tuple[str, ...], NoDecode] = ()
    feeds: Annotated[tuple[str, ...], NoDecode] = ()
    feeds_auto_add: bool = False
    feed_poll_minutes: int = Field(default=30, ge=1)
    digest_hour: int = Field(default=9, ge=0, le=23)
    digest_tz: str = "Europe/Kyiv"

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("feeds", "fetch_allowed_networks", mode="before")
    @classmethod
    def _split_feeds(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(p for p in value.replace(",", " ").split() if p)
        return value

    @field_validator("fetch_allowed_networks")
    @classmethod
    def _networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"not a network: {network!r} (e.g. 127.0.0.1/32)") from None
        return value

    @field_validator("digest_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Kyiv, UTC)") from None
        return value

    @field_validator("telegram_bot_token", "telegram_webhook_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


def open_store(settings: Settings, db: Path | None = None) -> ClaimStore:
    """The knowledge base, built from SOURCES_DIR first if it does not exist yet."""
    return open_or_build(
        db or settings.knowledge_db,
        settings.sources_dir,
        max_file_bytes=settings.max_source_bytes,
        max_claims_per_source=settings.max_claims_per_source,
    )
