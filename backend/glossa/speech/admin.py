from django.contrib import admin

from glossa.speech.models import SpeechClip


@admin.register(SpeechClip)
class SpeechClipAdmin(admin.ModelAdmin[SpeechClip]):
    list_display = ["voice", "speed", "status", "duration", "created_at"]
    list_filter = ["status", "speed", "voice"]
    search_fields = ["text", "text_hash"]
    readonly_fields = [
        "text_hash",
        "voice",
        "speed",
        "text",
        "status",
        "error",
        "file",
        "duration",
        "created_at",
        "updated_at",
    ]

    def has_add_permission(self, request: object) -> bool:
        return False
