from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from glossa.questions.models import Category, Question, QuestionBank


class CategoryInline(admin.TabularInline[Category, QuestionBank]):
    model = Category
    fields = ("path", "name", "parent")
    raw_id_fields = ("parent",)
    extra = 0


@admin.register(QuestionBank)
class QuestionBankAdmin(admin.ModelAdmin[QuestionBank]):
    list_display = ("name", "owner", "question_count", "created_at")
    list_select_related = ("owner",)
    search_fields = ("name", "owner__email")
    raw_id_fields = ("owner",)
    inlines = (CategoryInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[QuestionBank]:
        return super().get_queryset(request).annotate(question_total=Count("questions"))

    @admin.display(description=_("questions"), ordering="question_total")
    def question_count(self, bank: QuestionBank) -> int:
        return int(getattr(bank, "question_total", 0))


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin[Category]):
    list_display = ("path", "bank", "parent")
    list_select_related = ("bank", "parent")
    list_filter = ("bank",)
    search_fields = ("path", "bank__name")
    raw_id_fields = ("bank", "parent")


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin[Question]):
    list_display = ("id", "__str__", "type", "bank", "category", "source_line", "updated_at")
    list_select_related = ("bank", "category")
    list_filter = ("type", "text_format", "bank")
    search_fields = ("title", "text", "bank__name")
    raw_id_fields = ("bank", "category")
    readonly_fields = ("created_at", "updated_at", "source_line")
    fieldsets = (
        (None, {"fields": ("bank", "category", "type", "title")}),
        (_("Text"), {"fields": ("text", "text_format")}),
        (_("Feedback"), {"fields": ("general_feedback", "general_feedback_format")}),
        (
            _("Answers"),
            {
                "fields": ("data",),
                "description": _(
                    "Answers, pairs and grading options by type; short answers take "
                    '"accents": "strict", "accept" or "partial" and "case_sensitive".'
                ),
            },
        ),
        (_("Record"), {"fields": ("source_line", "created_at", "updated_at")}),
    )
