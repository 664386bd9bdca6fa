from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from glossa.questions.models import (
    AccentRule,
    Category,
    Question,
    QuestionBank,
    QuestionImport,
    QuestionType,
)


class QuestionAdminForm(forms.ModelForm[Question]):
    """The short-answer rules as plain fields; they are stored in ``data`` on save."""

    accents = forms.ChoiceField(
        label=_("Missing accents"), choices=AccentRule.choices, required=False,
        help_text=_("Short answers only."),
    )  # fmt: skip
    accent_credit = forms.FloatField(
        label=_("Credit for a missing accent"), min_value=0, max_value=1, required=False,
        help_text=_("Short answers only; a share of the answer's credit, from 0 to 1."),
    )  # fmt: skip
    case_sensitive = forms.BooleanField(label=_("Case-sensitive"), required=False)

    class Meta:
        model = Question
        fields = ("bank", "category", "type", "title", "text", "text_format", "general_feedback",
                  "general_feedback_format", "data")  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        data = self.instance.data if isinstance(self.instance.data, dict) else {}
        self.fields["accents"].initial = data.get("accents", AccentRule.STRICT)
        self.fields["accent_credit"].initial = data.get("accent_credit", 0.5)
        self.fields["case_sensitive"].initial = data.get("case_sensitive", False)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        data = cleaned.get("data")
        if cleaned.get("type") == QuestionType.SHORT_ANSWER and isinstance(data, dict):
            data["accents"] = cleaned.get("accents") or AccentRule.STRICT
            credit = cleaned.get("accent_credit")
            data["accent_credit"] = 0.5 if credit is None else credit
            data["case_sensitive"] = bool(cleaned.get("case_sensitive"))
            self.instance.data = data
        return cleaned


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
    form = QuestionAdminForm
    list_display = ("id", "__str__", "type", "bank", "category", "source_line", "updated_at")
    list_select_related = ("bank", "category")
    list_filter = ("type", "text_format", "bank")
    search_fields = ("title", "text", "bank__name")
    raw_id_fields = ("bank", "category", "media")
    readonly_fields = ("created_at", "updated_at", "source_line", "version")
    fieldsets = (
        (None, {"fields": ("bank", "category", "type", "title", "media")}),
        (_("Text"), {"fields": ("text", "text_format")}),
        (_("Feedback"), {"fields": ("general_feedback", "general_feedback_format")}),
        (
            _("Answers"),
            {
                "fields": ("data",),
                "description": _("Answers and pairs as JSON, in the shape of the question type."),
            },
        ),
        (_("Short answer rules"), {"fields": ("accents", "accent_credit", "case_sensitive")}),
        (_("Record"), {"fields": ("source_line", "version", "created_at", "updated_at")}),
    )

    def save_model(self, request: Any, obj: Question, form: Any, change: bool) -> None:
        # An edit here is an edit like any other: an author holding the old version in the
        # editor gets a version conflict instead of overwriting it.
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)


@admin.register(QuestionImport)
class QuestionImportAdmin(admin.ModelAdmin[QuestionImport]):
    list_display = ("submission_id", "owner", "created_at")
    list_select_related = ("owner",)
    search_fields = ("owner__email",)
    readonly_fields = ("owner", "submission_id", "result", "created_at")
