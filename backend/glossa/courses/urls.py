from django.urls import path

from glossa.courses import apis

urlpatterns = [
    path("courses", apis.CourseListApi.as_view(), name="course-list"),
    path("courses/languages", apis.CourseLanguageListApi.as_view(), name="course-languages"),
    path("courses/<int:course_id>", apis.CourseDetailApi.as_view(), name="course-detail"),
    path(
        "courses/<int:course_id>/enrollment",
        apis.CourseEnrollmentApi.as_view(),
        name="course-enrollment",
    ),
    path("lessons/<int:lesson_id>", apis.LessonDetailApi.as_view(), name="lesson-detail"),
]
