from django.contrib import admin

from glossa.profiles.models import Profile, TargetLanguage


class TargetLanguageInline(admin.TabularInline[TargetLanguage, Profile]):
    model = TargetLanguage
    extra = 0


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin[Profile]):
    list_display = ("user", "native_language", "interface_language", "daily_goal_minutes")
    list_filter = ("interface_language",)
    search_fields = ("user__email", "user__display_name")
    list_select_related = ("user",)
    raw_id_fields = ("user",)
    readonly_fields = ("created_at", "updated_at")
    inlines = (TargetLanguageInline,)


@admin.register(TargetLanguage)
class TargetLanguageAdmin(admin.ModelAdmin[TargetLanguage]):
    list_display = ("profile", "language", "level")
    list_filter = ("level", "language")
    search_fields = ("profile__user__email",)
    list_select_related = ("profile__user",)
    raw_id_fields = ("profile",)
