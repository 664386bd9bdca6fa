from django.contrib import admin
from django.http import HttpRequest

from glossa.media.models import MediaAsset, MediaRendition


class MediaRenditionInline(admin.TabularInline[MediaRendition, MediaAsset]):
    model = MediaRendition
    extra = 0
    fields = ["name", "content_type", "size", "width", "height", "created_at"]
    readonly_fields = ["name", "content_type", "size", "width", "height", "created_at"]
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: MediaAsset | None = None) -> bool:
        return False


@admin.register(MediaAsset)
class MediaAssetAdmin(admin.ModelAdmin[MediaAsset]):
    """Read-only: uploads, processing and deletion go through the app's services."""

    list_display = ["original_name", "kind", "status", "course", "owner", "size", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["original_name", "sha256"]
    raw_id_fields = ["owner", "course"]
    readonly_fields = [
        "owner", "course", "kind", "original", "original_name", "size", "sha256", "container",
        "codecs", "duration", "width", "height", "status", "error", "attempts", "created_at",
        "updated_at",
    ]  # fmt: skip
    inlines = [MediaRenditionInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
