from django.urls import path

from glossa.progress import apis

urlpatterns = [
    path(
        "lessons/<int:lesson_id>/completion",
        apis.LessonCompleteApi.as_view(),
        name="lesson-completion",
    ),
]
