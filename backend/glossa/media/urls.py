from django.urls import path
from rest_framework_tus.routers import TusAPIRouter

from glossa.media import apis

uploads = TusAPIRouter(trailing_slash=False)
uploads.register("media/uploads", apis.MediaUploadApi, basename="media-upload")

urlpatterns = [
    path("media/limits", apis.MediaLimitsApi.as_view(), name="media-limits"),
    path("media/assets", apis.MediaAssetListApi.as_view(), name="media-asset-list"),
    path("media/assets/<int:asset_id>", apis.MediaAssetDetailApi.as_view(), name="media-asset"),
    path(
        "media/assets/<int:asset_id>/retry",
        apis.MediaAssetRetryApi.as_view(),
        name="media-asset-retry",
    ),
    path("media/files/<str:token>", apis.media_file_serve, name="media-file"),
    *uploads.urls,
]
