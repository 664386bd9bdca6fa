"""Find the character encoding of an uploaded caption file and decode it.

WebVTT is always UTF-8, but teachers upload what their tools wrote: SubRip files from
Windows in the local code page, UTF-16 from Notepad, with or without a byte-order mark.
The order of the checks matters: a byte-order mark is certain; UTF-16 without one shows as
zero bytes in every other position (the digits of the timings are ASCII); strict UTF-8 almost
never decodes text in another encoding by chance; only then is a legacy code page guessed,
by charset-normalizer, which judges how plausible each decoded text is. Short texts are
often equally plausible in two code pages (Polish in windows-1250 and 1252), so the track's
language, when known, decides between them.
"""

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Code pages worth considering, most widely used first: the tie-breaker when two decode
# equally well and no language says otherwise.
LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "koi8_r", "koi8_u", "cp932", "euc_jp", "gb18030", "big5", "cp949", "cp874",
    "iso8859_2", "iso8859_7", "iso8859_9", "iso8859_15",
)  # fmt: skip

# The code pages each language's legacy files use, in order of how common they are.
LANGUAGE_ENCODINGS = {
    **dict.fromkeys(
        ("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"), ("cp1250", "iso8859_2")
    ),
    **dict.fromkeys(
        ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"),
        ("cp1251", "koi8_r", "koi8_u"),
    ),
    "el": ("cp1253", "iso8859_7"),
    "tr": ("cp1254", "iso8859_9"),
    "az": ("cp1254", "iso8859_9"),
    "he": ("cp1255",),
    "yi": ("cp1255",),
    **dict.fromkeys(("ar", "fa", "ur"), ("cp1256",)),
    **dict.fromkeys(("lt", "lv", "et"), ("cp1257",)),
    "vi": ("cp1258",),
    "th": ("cp874",),
    "ja": ("cp932", "euc_jp"),
    "zh": ("gb18030", "big5"),
    "ko": ("cp949",),
}

# Report the standard name when the bytes keep within it (Microsoft's cp932 and cp949 are
# supersets of Shift_JIS and EUC-KR), so the name says what a person would call the file.
_NARROWER = {"cp932": "shift_jis", "cp949": "euc_kr"}

# charset-normalizer's "chaos": share of the text that looks like mojibake. Above this the
# bytes are not text in any code page worth showing.
_MAX_CHAOS = 0.2


_SAMPLE_CHARACTERS = 65536
_WORD = re.compile(r"[^\W\d_]{2,}")
_ALPHABETS = {"LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC", "ARMENIAN", "GEORGIAN", "THAI"}


class UndecodableError(Exception):
    """The bytes are not text in any encoding Glossa reads."""


@dataclass(frozen=True)
class Decoded:
    """The text and the codec name that gives it: ``source.decode(encoding) == text``.

    ``utf-8-sig`` and ``utf-16`` mean that the file starts with a byte-order mark.
    """

    text: str
    encoding: str


def decode(source: bytes, *, language: str | None = None) -> Decoded:
    """Decode ``source``; raise :class:`UndecodableError` when it is not text."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if source.startswith(bom):
            return _strict(source, encoding)
    utf16 = _utf16_without_bom(source)
    if utf16 is not None:
        return _strict(source, utf16)
    # Zero bytes mean binary data, except in a WebVTT file, where the specification reads
    # each as U+FFFD (and the signature shows the rest is text).
    if b"\x00" in source and not source.startswith(b"WEBVTT"):
        raise UndecodableError("binary")
    try:
        return Decoded(source.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(source, language)


def _plausible(text: str) -> bool:
    """Whether the text reads like words: every character beyond ASCII a letter, a mark or
    punctuation, and no word mixing alphabets. Text decoded in the wrong code page shows
    symbols ("¯ó³æ" for "Żółć") or Latin letters amid Cyrillic ones ("gкњ" for "gęś")."""
    for character in set(text):
        if not character.isascii() and unicodedata.category(character)[0] not in "LMPZ":
            return False
    # Words are checked on a sample: a wrong code page shows in the first pages already.
    for word in _WORD.findall(text, 0, _SAMPLE_CHARACTERS):
        if word.isascii():
            continue
        scripts = {_script(letter) for letter in set(word)}
        if len(scripts & _ALPHABETS) > 1:
            return False
    return True


@functools.cache
def _script(letter: str) -> str:
    return unicodedata.name(letter, "?").split(" ")[0]


def _strict(source: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(source.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(encoding) from error


def _utf16_without_bom(source: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when zero bytes fill one of the two byte positions."""
    sample = source[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _legacy(source: bytes, language: str | None) -> Decoded:
    preferred = LANGUAGE_ENCODINGS.get((language or "").split("-")[0].lower(), ())
    candidates = list(preferred) + [name for name in LEGACY_ENCODINGS if name not in preferred]
    # Every candidate is scored (threshold 1): charset-normalizer's mess detector finds short
    # texts dense with accented letters ("Żółć") messy, so its verdict alone would drop them.
    scored = [
        (match, _plausible(str(match)))
        for match in from_bytes(source, cp_isolation=candidates, threshold=1.0)
        if match.encoding in candidates
    ]
    usable = [
        (match, plausible) for match, plausible in scored if plausible or match.chaos <= _MAX_CHAOS
    ]
    if not usable:
        raise UndecodableError("unknown")
    # Equal scores mean the bytes cannot tell; the language and then popularity decide.
    best, _plausibility = min(
        usable,
        key=lambda scored_match: (
            not scored_match[1],
            round(scored_match[0].chaos, 2),
            scored_match[0].encoding not in preferred,
            -round(scored_match[0].coherence, 2),
            candidates.index(scored_match[0].encoding),
        ),
    )
    encoding = _same_text_more_common(source, best.encoding, candidates)
    narrower = _NARROWER.get(encoding)
    if narrower is not None:
        try:
            source.decode(narrower)
            encoding = narrower
        except UnicodeDecodeError:
            pass
    return Decoded(source.decode(encoding), encoding)


def _same_text_more_common(source: bytes, encoding: str, candidates: list[str]) -> str:
    """Name the more common code page when it reads the bytes the same ("Línea" is the same
    text in windows-1250 and 1252; only the letters that differ could tell them apart)."""
    text = source.decode(encoding)
    for candidate in candidates[: candidates.index(encoding)]:
        try:
            if source.decode(candidate) == text:
                return candidate
        except UnicodeDecodeError:
            continue
    return encoding
