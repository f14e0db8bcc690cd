"""The Telegram bot and the command line around the `knowledge` package."""
