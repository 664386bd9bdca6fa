import logging
import uuid
from typing import IO, TypedDict

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import DomainError
from glossa.profiles.images import avatar_check_size, avatar_render
from glossa.profiles.models import InterfaceLanguage, Profile, TargetLanguage

logger = logging.getLogger(__name__)


class TargetLanguageData(TypedDict):
    language: str
    level: str


class ProfileChanges(TypedDict, total=False):
    display_name: str
    native_language: str
    interface_language: str
    target_languages: list[TargetLanguageData]
    daily_goal_minutes: int
    time_zone: str


def profile_create(*, user: User, interface_language: str = InterfaceLanguage.RUSSIAN) -> Profile:
    return Profile.objects.create(user=user, interface_language=interface_language)


def profile_get_or_create(*, user: User) -> Profile:
    """Return the user's profile, creating a default one for users made outside sign-up.

    Accounts made by ``createsuperuser``, the admin or the demo loader have no profile until
    something asks for it.
    """
    profile, created = Profile.objects.get_or_create(user=user)
    if created:
        logger.info("profiles.profile_created user_id=%s", user.pk)
    return profile


@transaction.atomic
def profile_update(*, profile: Profile, changes: ProfileChanges) -> Profile:
    """Apply ``changes``; a given ``target_languages`` list replaces the old one whole.

    Raises ``DomainError`` with field errors when a value breaks a model rule.
    """
    user = profile.user
    if "display_name" in changes:
        user.display_name = changes["display_name"]
        _full_clean(user, fields={"display_name"})
        user.save(update_fields=["display_name"])

    simple = {"native_language", "interface_language", "daily_goal_minutes", "time_zone"}
    changed = [name for name in simple if name in changes]
    for name in changed:
        setattr(profile, name, changes[name])  # type: ignore[literal-required]
    _full_clean(profile, fields=set(changed))
    profile.save(update_fields=[*changed, "updated_at"])

    if "target_languages" in changes:
        _target_languages_replace(profile=profile, items=changes["target_languages"])

    logger.info("profiles.profile_updated user_id=%s", user.pk)
    return profile


def _target_languages_replace(*, profile: Profile, items: list[TargetLanguageData]) -> None:
    languages = [item["language"] for item in items]
    if len(set(languages)) != len(languages):
        message = _("Each language can be listed only once.")
        raise DomainError(message, fields={"target_languages": [message]})
    rows = [
        TargetLanguage(profile=profile, language=i["language"], level=i["level"]) for i in items
    ]
    for row in rows:
        _full_clean(row, fields={"language", "level"})
    profile.target_languages.all().delete()
    TargetLanguage.objects.bulk_create(rows)


def avatar_size_check(*, size: int) -> None:
    """Raise ``AvatarTooLargeError`` when an upload of ``size`` bytes is over the limit."""
    avatar_check_size(size)


@transaction.atomic
def profile_avatar_set(*, profile: Profile, source: IO[bytes], size: int) -> Profile:
    """Store ``source`` re-encoded as the avatar; the previous file is deleted after commit.

    Raises ``AvatarTooLargeError`` or ``InvalidImageError``; nothing is stored then.
    """
    avatar_check_size(size)
    content = avatar_render(source)

    old_name = profile.avatar.name
    profile.avatar.name = default_storage.save(
        f"avatars/{uuid.uuid4().hex}.webp", ContentFile(content)
    )
    profile.save(update_fields=["avatar", "updated_at"])

    if old_name:
        transaction.on_commit(lambda: default_storage.delete(old_name))
    logger.info("profiles.avatar_set user_id=%s", profile.user_id)
    return profile


@transaction.atomic
def profile_avatar_delete(*, profile: Profile) -> None:
    old_name = profile.avatar.name
    if not old_name:
        return
    profile.avatar.name = ""
    profile.save(update_fields=["avatar", "updated_at"])
    transaction.on_commit(lambda: default_storage.delete(old_name))
    logger.info("profiles.avatar_deleted user_id=%s", profile.user_id)


def _full_clean(instance: User | Profile | TargetLanguage, *, fields: set[str]) -> None:
    every = {field.name for field in instance._meta.fields}
    try:
        instance.clean_fields(exclude=every - fields)
    except ValidationError as error:
        raise DomainError(
            _("Some fields are not valid. Check them and try again."),
            fields={
                name: [str(m) for m in messages] for name, messages in error.message_dict.items()
            },
        ) from error
