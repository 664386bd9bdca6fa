"""Request body parsers every API view uses (``REST_FRAMEWORK["DEFAULT_PARSER_CLASSES"]``)."""

from collections.abc import Mapping
from typing import IO, Any

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, answering a body nested too deeply with a 400 instead of a 500.

    Python's ``json`` recurses once per nested array or object, so a body of a few thousand
    ``[`` raises ``RecursionError``, which DRF's parser does not turn into a ``ParseError``.
    Other parse errors get one translated sentence instead of DRF's English-only decoder
    detail ("'utf-8' codec can't decode byte 0xff in position 0").
    """

    def parse(
        self,
        stream: IO[Any],
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_("The request body is nested too deeply to be read.")) from None
        except ParseError:
            raise ParseError(_("The request body is not valid JSON.")) from None
