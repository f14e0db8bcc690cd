"""News outlets people name in questions ("what does the BBC say?"), whether or not the
knowledge base holds an article of theirs. The outlets it does hold come from the store's
`publishers()`; this table adds the well-known ones, so that an outlet with no article is
answered "I have no article from the BBC" instead of being read as an unknown word.
spelling (lower case) -> the name shown."""

from __future__ import annotations

OUTLETS: dict[str, str] = {
    "bbc": "the BBC", "bbc news": "the BBC", "cnn": "CNN", "the guardian": "The Guardian",
    "guardian": "The Guardian", "washington post": "The Washington Post",
    "the washington post": "The Washington Post", "wapo": "The Washington Post",
    "al jazeera": "Al Jazeera", "aljazeera": "Al Jazeera", "sky news": "Sky News",
    "associated press": "the Associated Press", "ap news": "the Associated Press",
    "afp": "AFP", "agence france-presse": "AFP", "bloomberg": "Bloomberg",
    "politico": "Politico", "financial times": "the Financial Times",
    "the telegraph": "The Telegraph", "telegraph": "The Telegraph",
    "kyiv independent": "The Kyiv Independent", "the kyiv independent": "The Kyiv Independent",
    "kyiv post": "the Kyiv Post", "ukrainska pravda": "Ukrainska Pravda",
    "ukrinform": "Ukrinform", "tass": "TASS", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "fox news": "Fox News", "nbc": "NBC News", "nbc news": "NBC News",
    "cbs": "CBS News", "abc news": "ABC News", "forbes": "Forbes",
    "business insider": "Business Insider", "daily mail": "the Daily Mail",
    "the independent": "The Independent", "euronews": "Euronews", "deutsche welle": "DW",
    "dw": "DW", "france 24": "France 24", "radio free europe": "Radio Free Europe",
    "rfe/rl": "Radio Free Europe", "novaya gazeta": "Novaya Gazeta",
    "newsweek": "Newsweek", "reuters": "Reuters", "gb news": "GB News", "ladbible": "LADbible",
    "lad bible": "LADbible", "the new york times": "The New York Times",
    "new york times": "The New York Times", "nyt": "The New York Times",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "the economist": "The Economist", "meduza": "Meduza",
}  # fmt: skip
