from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from glossa.common import views as common_views
from glossa.common.media import serve_media

api_v1 = [
    path("auth/", include("glossa.accounts.urls")),
    path("", include("glossa.profiles.urls")),
    path("", include("glossa.media.urls")),
    path("", include("glossa.speech.urls")),
    path("", include("glossa.captions.urls")),
    path("", include("glossa.courses.urls")),
    path("", include("glossa.packages.urls")),
    path("authoring/", include("glossa.authoring.urls")),
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
    # Every other path belongs to the single-page app's router, except file-like paths: a
    # missing build file (a stale tab asking for an old assets/*.js) must be a plain 404, not
    # the app's page with 200, which the browser would fail to run as a script.
    re_path(
        r"^(?!static/|media/|assets/)(?!.*\.[A-Za-z0-9]{1,8}/?$).*$",
        common_views.spa_index,
        name="spa",
    ),
]

handler400 = "glossa.common.views.bad_request"
