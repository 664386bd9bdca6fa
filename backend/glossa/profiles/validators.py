from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from glossa.profiles.languages import language_codes, time_zone_names


def validate_language_code(value: str) -> None:
    if value not in language_codes():
        raise ValidationError(
            _("“%(value)s” is not an ISO 639-1 language code."),
            code="invalid_language",
            params={"value": value},
        )


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("“%(value)s” is not a time zone we know. Pick one from the list."),
            code="invalid_time_zone",
            params={"value": value},
        )
