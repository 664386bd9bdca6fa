from django.contrib import admin

from glossa.progress.models import LessonCompletion


@admin.register(LessonCompletion)
class LessonCompletionAdmin(admin.ModelAdmin[LessonCompletion]):
    list_display = ["user", "lesson", "completed_at"]
    list_filter = ["lesson__course"]
    search_fields = ["user__email", "lesson__title"]
    raw_id_fields = ["user", "lesson"]
    list_select_related = ["user", "lesson"]
