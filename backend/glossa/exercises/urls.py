from django.urls import path

from glossa.exercises import apis

urlpatterns = [
    path(
        "exercise-sets/<int:exercise_set_id>/attempts",
        apis.AttemptApi.as_view(),
        name="exercise-set-attempts",
    ),
]
