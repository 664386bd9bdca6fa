from django.contrib import admin

from glossa.captions.models import CaptionTrack, Cue


class CueInline(admin.TabularInline[Cue, CaptionTrack]):
    model = Cue
    extra = 0
    fields = ["position", "start", "end", "text", "identifier", "settings"]


@admin.register(CaptionTrack)
class CaptionTrackAdmin(admin.ModelAdmin[CaptionTrack]):
    list_display = ["id", "asset", "language", "kind", "label", "source_format", "version"]
    list_filter = ["kind", "source_format"]
    search_fields = ["label", "language", "asset__original_name"]
    raw_id_fields = ["asset"]
    inlines = [CueInline]
