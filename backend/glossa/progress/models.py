from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonCompletion(models.Model):
    """A learner marked a lesson as done; one row per learner and lesson."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        "courses.Lesson",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        ordering = ["-completed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="progress_completion_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.user} ✓ {self.lesson}"
