"""WebVTT timestamps: reading them as the specification's "collect a WebVTT timestamp" does,
and writing them. Times are whole milliseconds everywhere in Glossa."""

_DIGITS = frozenset("0123456789")


def collect_timestamp(text: str, position: int) -> tuple[int, int] | None:
    """Read a timestamp (``[hh:]mm:ss.ttt``) at ``position``.

    Return the time in milliseconds and the position after it, or ``None`` when the text
    there is not a timestamp. Hours may have any number of digits; minutes and seconds have
    two, milliseconds three; a first field of other than two digits, or over 59, is hours.
    """
    first, position = _digits(text, position)
    if not first:
        return None
    hours_first = len(first) != 2 or int(first) > 59
    if not text.startswith(":", position):
        return None
    second, position = _digits(text, position + 1)
    if len(second) != 2:
        return None
    if hours_first or text.startswith(":", position):
        if not text.startswith(":", position):
            return None
        third, position = _digits(text, position + 1)
        if len(third) != 2:
            return None
        hours, minutes, seconds = int(first), int(second), int(third)
    else:
        hours, minutes, seconds = 0, int(first), int(second)
    if not text.startswith(".", position):
        return None
    fraction, position = _digits(text, position + 1)
    if len(fraction) != 3 or minutes > 59 or seconds > 59:
        return None
    total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction)
    return total, position


def parse_timestamp(text: str, *, whole: bool = False) -> int | None:
    """The milliseconds of the timestamp at the start of ``text`` (all of it when ``whole``)."""
    collected = collect_timestamp(text, 0)
    if collected is None or (whole and collected[1] != len(text)):
        return None
    return collected[0]


def format_timestamp(milliseconds: int) -> str:
    """``hh:mm:ss.ttt``, hours always written (two digits at least)."""
    seconds, fraction = divmod(milliseconds, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:03d}"


def _digits(text: str, position: int) -> tuple[str, int]:
    end = position
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    return text[position:end], end
