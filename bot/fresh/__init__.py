"""Fresh data: the daily series updated from upstream, articles added from Telegram, feeds,
and the daily digest. `bot.telegram.fresh.register` wires it into the Telegram bot."""
