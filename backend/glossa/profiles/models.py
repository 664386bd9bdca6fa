from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from glossa.profiles.validators import validate_language_code, validate_time_zone

DAILY_GOAL_MIN = 5
DAILY_GOAL_MAX = 240


class InterfaceLanguage(models.TextChoices):
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


class Level(models.TextChoices):
    """CEFR levels, from beginner to mastery."""

    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class Profile(models.Model):
    """What a learner tells Glossa about themselves; the display name lives on the user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    native_language = models.CharField(
        _("native language"), max_length=3, blank=True, validators=[validate_language_code]
    )
    interface_language = models.CharField(
        _("interface language"),
        max_length=2,
        choices=InterfaceLanguage.choices,
        default=InterfaceLanguage.RUSSIAN,
    )
    daily_goal_minutes = models.PositiveSmallIntegerField(
        _("daily goal in minutes"),
        default=15,
        validators=[MinValueValidator(DAILY_GOAL_MIN), MaxValueValidator(DAILY_GOAL_MAX)],
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    avatar = models.ImageField(_("avatar"), upload_to="avatars/", blank=True, max_length=191)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return str(self.user)


class TargetLanguage(models.Model):
    """A language the learner studies, at the level they believe they have."""

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="target_languages")
    language = models.CharField(_("language"), max_length=3, validators=[validate_language_code])
    level = models.CharField(_("level"), max_length=2, choices=Level.choices)

    class Meta:
        verbose_name = _("target language")
        verbose_name_plural = _("target languages")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "language"], name="profiles_target_language_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.language} {self.level}"
