from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from glossa.common import views as common_views
from glossa.common.media import serve_media

api_v1 = [
    path("auth/", include("glossa.accounts.urls")),
    path("", include("glossa.profiles.urls")),
    path("", include("glossa.courses.urls")),
    path("", include("glossa.questions.urls")),
    path("", include("glossa.exercises.urls")),
    path("", include("glossa.progress.urls")),
]


urlpatterns = [
    path("healthz", common_views.healthz, name="healthz"),
    path("readyz", common_views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    re_path(r"^api/", common_views.api_not_found),
    re_path(r"^media/(?P<path>.+)$", serve_media, name="media"),
    # Every other path belongs to the single-page app's router.
    re_path(r"^(?!static/|media/).*$", common_views.spa_index, name="spa"),
]
