"""Which eSpeak NG voices Glossa offers, under which names, and what text they speak.

The voices are the ones the installed eSpeak NG really has (``espeak-ng --voices``). Accents
of one language (en-US, en-GB, en-GB-scotland; es-ES, es-419; …) come from :data:`ACCENTS`,
with names translated; any other eSpeak NG voice whose id is a plain ISO 639-1 code is offered
under the language's own name.
"""

import hashlib
import html
import logging
import re
import subprocess
from dataclasses import dataclass

import nh3
from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from glossa.common.richtext import render_markdown
from glossa.profiles.languages import language_codes, language_name

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Accent:
    voice: str  # eSpeak NG's identifier, passed to ``espeak-ng -v``
    language: str  # ISO 639-1 code of the language spoken
    tag: str  # BCP 47 tag of the accent, for the page's ``lang`` attribute
    label: Promise | str


@dataclass(frozen=True)
class Voice:
    id: str
    language: str
    accent: str
    label: str


ACCENTS: tuple[Accent, ...] = (
    Accent("en-us", "en", "en-US", _("English (US)")),
    Accent("en-gb", "en", "en-GB", _("English (UK)")),
    Accent("en-gb-scotland", "en", "en-GB-scotland", _("English (Scotland)")),
    Accent("en-gb-x-rp", "en", "en-GB-x-rp", _("English (Received Pronunciation)")),
    Accent("en-029", "en", "en-029", _("English (Caribbean)")),
    Accent("es", "es", "es-ES", _("Spanish (Spain)")),
    Accent("es-419", "es", "es-419", _("Spanish (Latin America)")),
    Accent("fr-fr", "fr", "fr-FR", _("French (France)")),
    Accent("fr-be", "fr", "fr-BE", _("French (Belgium)")),
    Accent("fr-ch", "fr", "fr-CH", _("French (Switzerland)")),
    Accent("pt", "pt", "pt-PT", _("Portuguese (Portugal)")),
    Accent("pt-br", "pt", "pt-BR", _("Portuguese (Brazil)")),
    Accent("de", "de", "de-DE", _("German")),
    Accent("it", "it", "it-IT", _("Italian")),
    Accent("ru", "ru", "ru-RU", _("Russian")),
    Accent("cmn", "zh", "zh-CN", _("Chinese (Mandarin)")),
    Accent("yue", "zh", "zh-HK", _("Chinese (Cantonese)")),
)
_ACCENTS_BY_VOICE = {accent.voice: accent for accent in ACCENTS}

_installed: dict[str, frozenset[str]] = {}


def espeak_voices() -> frozenset[str]:
    """Return the ids of the voices the installed eSpeak NG has (empty when it is missing).

    The list is read once per process and program path; a failure is not remembered, so
    installing eSpeak NG needs no restart.
    """
    program = settings.GLOSSA_ESPEAK_NG
    if program not in _installed:
        try:
            result = subprocess.run(  # noqa: S603 - fixed arguments, program from settings
                [program, "--voices"], capture_output=True, text=True, check=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError) as error:
            logger.warning("speech.espeak_unavailable program=%s error=%s", program, error)
            return frozenset()
        _installed[program] = frozenset(_parse_voices(result.stdout))
    return _installed[program]


def _parse_voices(listing: str) -> list[str]:
    # Columns: Pty, Language (the id), Age/Gender, VoiceName, File, Other languages.
    rows = [line.split() for line in listing.splitlines()[1:]]
    return [row[1].lower() for row in rows if len(row) >= 5]


def voice_list(*, language: str | None = None) -> list[Voice]:
    """Return the voices on offer, accents of the table first, labels in the active language."""
    installed = espeak_voices()
    voices = [_voice(accent) for accent in ACCENTS if accent.voice in installed] + sorted(
        (
            _voice(Accent(code, code, code, _language_label(code)))
            for code in installed
            if code not in _ACCENTS_BY_VOICE and code in language_codes()
        ),
        key=lambda voice: voice.label.casefold(),
    )
    if language:
        voices = [voice for voice in voices if voice.language == language]
    return voices


def voice_get(voice_id: str) -> Voice | None:
    return next((voice for voice in voice_list() if voice.id == voice_id), None)


def _voice(accent: Accent) -> Voice:
    return Voice(
        id=accent.voice, language=accent.language, accent=accent.tag, label=str(accent.label)
    )


def _language_label(code: str) -> str:
    name = language_name(code, get_language() or "en")
    return name[:1].upper() + name[1:]


_SPACES = re.compile(r"[^\S\n]+")


def speech_text(text: str) -> str:
    """Return ``text`` as it is spoken and hashed: whitespace collapsed, one line per sentence
    group, each line ending in punctuation so eSpeak NG pauses after a heading or list item.
    """
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line if not line[-1].isalnum() else f"{line}." for line in lines if line)


def speech_text_from_markdown(markdown: str) -> str:
    """Return the words a reader hears for a Markdown text: no markup, no ruby annotations."""
    plain = nh3.clean(render_markdown(markdown), tags=set(), clean_content_tags={"rt", "rp"})
    return speech_text(html.unescape(plain))


def speech_text_key(text: str) -> str:
    """Return the SHA-256 (hex) of a text already passed through :func:`speech_text`."""
    return hashlib.sha256(text.encode()).hexdigest()
