"""ISO 639-1 languages and time zones, with names from Babel's CLDR data."""

import zoneinfo
from functools import cache

import babel

# Babel still knows "sh" (Serbo-Croatian), withdrawn from ISO 639-1 in 2000.
_WITHDRAWN = frozenset({"sh"})


@cache
def language_codes() -> frozenset[str]:
    """Return every ISO 639-1 code Babel can name."""
    names = babel.Locale.parse("en").languages
    return (
        frozenset(
            code
            for code in names
            if isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha()
        )
        - _WITHDRAWN
    )


@cache
def language_names(locale: str) -> dict[str, str]:
    """Return ``{code: name}`` with names in ``locale``, falling back to English per code."""
    local = babel.Locale.parse(locale).languages
    english = babel.Locale.parse("en").languages
    return {code: str(local.get(code) or english[code]) for code in language_codes()}


def language_name(code: str, locale: str) -> str:
    """Return the name of the language ``code`` in ``locale``, or the code if unknown."""
    return language_names(locale).get(code, code)


@cache
def time_zone_names() -> frozenset[str]:
    # "localtime" and "Factory" are artefacts of the tz database, not places a person lives.
    return frozenset(zoneinfo.available_timezones() - {"localtime", "Factory"})
