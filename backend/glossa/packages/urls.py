from django.urls import path

from glossa.packages import apis

urlpatterns = [
    path(
        "authoring/courses/<int:course_id>/export",
        apis.CourseExportApi.as_view(),
        name="course-export",
    ),
    path("authoring/courses/import", apis.CourseImportApi.as_view(), name="course-import"),
]
