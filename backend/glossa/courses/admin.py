from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from glossa.courses.models import Block, Course, CourseAuthor, DialogueLine, Enrollment, Lesson
from glossa.courses.services import block_render, course_prepare


class CourseAuthorInline(admin.TabularInline[CourseAuthor, Course]):
    model = CourseAuthor
    extra = 0
    raw_id_fields = ["user"]


class LessonInline(admin.TabularInline[Lesson, Course]):
    model = Lesson
    extra = 0
    fields = ["position", "title"]
    show_change_link = True


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin[Course]):
    list_display = ["title", "language", "level", "status", "published_at", "updated_at"]
    list_filter = ["status", "language", "level"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "created_at", "updated_at"]
    inlines = [CourseAuthorInline, LessonInline]

    def save_model(self, request: HttpRequest, obj: Course, form: Any, change: bool) -> None:
        course_prepare(obj)
        super().save_model(request, obj, form, change)


class BlockInline(admin.StackedInline[Block, Lesson]):
    model = Block
    extra = 0
    fields = ["position", "type", "title", "markdown", "audio", "transcript"]
    show_change_link = True


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin[Lesson]):
    list_display = ["title", "course", "position"]
    list_filter = ["course"]
    search_fields = ["title", "course__title"]
    list_select_related = ["course"]
    inlines = [BlockInline]

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        # Text blocks edited inline get their HTML rendered like any other saved block.
        for block_form in formset.forms:
            if isinstance(block_form.instance, Block) and block_form.has_changed():
                block_render(block_form.instance)
        super().save_formset(request, form, formset, change)


class DialogueLineInline(admin.TabularInline[DialogueLine, Block]):
    model = DialogueLine
    extra = 0
    fields = ["position", "speaker", "text", "translation", "audio"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin[Block]):
    list_display = ["__str__", "lesson", "type", "position"]
    list_filter = ["type"]
    search_fields = ["title", "lesson__title"]
    list_select_related = ["lesson"]
    inlines = [DialogueLineInline]

    def save_model(self, request: HttpRequest, obj: Block, form: Any, change: bool) -> None:
        block_render(obj)
        super().save_model(request, obj, form, change)


@admin.register(Enrollment)
class EnrollmentAdmin(admin.ModelAdmin[Enrollment]):
    list_display = ["user", "course", "created_at"]
    list_filter = ["course"]
    search_fields = ["user__email", "course__title"]
    raw_id_fields = ["user"]
    autocomplete_fields = ["course"]
    list_select_related = ["user", "course"]


@admin.register(CourseAuthor)
class CourseAuthorAdmin(admin.ModelAdmin[CourseAuthor]):
    list_display = ["course", "user", "role", "position"]
    raw_id_fields = ["user"]
    autocomplete_fields = ["course"]
    list_select_related = ["user", "course"]


@admin.register(DialogueLine)
class DialogueLineAdmin(admin.ModelAdmin[DialogueLine]):
    list_display = ["__str__", "block", "position"]
    search_fields = ["speaker", "text"]
    list_select_related = ["block"]
