"""The Telegram bot on python-telegram-bot: `app` wires and runs it, `handlers` answer,
`delivery` paces and orders what is sent, `filters` pick the messages meant for the bot,
`render` writes Telegram HTML, `redaction` keeps the token out of every output."""
