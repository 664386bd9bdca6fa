from django.urls import path

from glossa.captions import apis

urlpatterns = [
    path(
        "media/assets/<int:asset_id>/tracks",
        apis.AssetTrackListApi.as_view(),
        name="captions-asset-tracks",
    ),
    path("media/tracks/<int:track_id>", apis.TrackDetailApi.as_view(), name="captions-track"),
    path(
        "media/tracks/<int:track_id>/cues", apis.TrackCuesApi.as_view(), name="captions-track-cues"
    ),
    path("media/tracks/<int:track_id>/vtt", apis.TrackVttApi.as_view(), name="captions-track-vtt"),
]
