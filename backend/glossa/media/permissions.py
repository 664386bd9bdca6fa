from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import permissions
from rest_framework.request import Request

from glossa.media.selectors import user_may_upload


class IsTeacher(permissions.BasePermission):
    """Teachers and administrators manage media; learners and moderators get 403."""

    message = _("Only teachers can manage media.")

    def has_permission(self, request: Request, view: Any) -> bool:
        return user_may_upload(request.user)
