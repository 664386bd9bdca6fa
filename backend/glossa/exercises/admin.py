from django.contrib import admin

from glossa.exercises.models import Attempt, AttemptAnswer, ExerciseSet, ExerciseSetItem


class ExerciseSetItemInline(admin.TabularInline[ExerciseSetItem, ExerciseSet]):
    model = ExerciseSetItem
    extra = 0
    fields = ["position", "question", "points"]
    raw_id_fields = ["question"]


@admin.register(ExerciseSet)
class ExerciseSetAdmin(admin.ModelAdmin[ExerciseSet]):
    list_display = ["title", "block", "created_at"]
    search_fields = ["title", "block__lesson__title"]
    raw_id_fields = ["block"]
    list_select_related = ["block"]
    inlines = [ExerciseSetItemInline]


@admin.register(ExerciseSetItem)
class ExerciseSetItemAdmin(admin.ModelAdmin[ExerciseSetItem]):
    list_display = ["exercise_set", "position", "question", "points"]
    raw_id_fields = ["exercise_set", "question"]
    list_select_related = ["exercise_set", "question"]


class AttemptAnswerInline(admin.TabularInline[AttemptAnswer, Attempt]):
    model = AttemptAnswer
    extra = 0
    fields = ["position", "question", "status", "credit", "points", "max_points", "response"]
    readonly_fields = [
        "position",
        "question",
        "status",
        "credit",
        "points",
        "max_points",
        "response",
    ]
    can_delete = False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin[Attempt]):
    """Attempts are the learners' record: readable here, never edited."""

    list_display = ["user", "exercise_set", "score", "max_score", "submitted_at"]
    list_filter = ["exercise_set"]
    search_fields = ["user__email", "submission_id"]
    readonly_fields = [
        "user",
        "exercise_set",
        "submission_id",
        "submitted_at",
        "score",
        "max_score",
    ]
    list_select_related = ["user", "exercise_set"]
    inlines = [AttemptAnswerInline]


@admin.register(AttemptAnswer)
class AttemptAnswerAdmin(admin.ModelAdmin[AttemptAnswer]):
    list_display = ["attempt", "position", "question", "status", "points", "max_points"]
    list_filter = ["status"]
    raw_id_fields = ["attempt", "question"]
    list_select_related = ["attempt", "question"]
