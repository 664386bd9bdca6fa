from functools import cache

from glossa.accounts.models import User
from glossa.profiles.languages import language_names, time_zone_names
from glossa.profiles.models import Profile


def profile_get(*, user: User) -> Profile | None:
    """Return the user's profile with the user and target languages loaded, if it exists."""
    return (
        Profile.objects.select_related("user")
        .prefetch_related("target_languages")
        .filter(user=user)
        .first()
    )


@cache
def language_list(*, locale: str) -> list[dict[str, str]]:
    """Return ``[{code, name}]`` for every ISO 639-1 language, sorted by name in ``locale``."""
    names = language_names(locale)
    return sorted(
        ({"code": code, "name": name} for code, name in names.items()),
        key=lambda language: _collation_key(language["name"]),
    )


def time_zone_list() -> list[str]:
    return sorted(time_zone_names())


def _collation_key(name: str) -> str:
    # Code-point order puts "ё" after "я"; Russian dictionaries file it under "е".
    return name.casefold().replace("ё", "е")
