"""Text normalisation for title search, the same on every database."""

import unicodedata


def search_key(text: str) -> str:
    """Return ``text`` casefolded, without accents and with single spaces.

    SQLite's ``LIKE`` folds only ASCII case and MySQL's collations fold accents while
    PostgreSQL's do not, so titles are stored and queried in this form instead: "Español",
    "ESPANOL" and "espanol" all give "espanol"; "Ёлка" gives "елка".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(unicodedata.normalize("NFC", stripped).split())
