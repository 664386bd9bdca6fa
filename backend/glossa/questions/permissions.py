from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import permissions
from rest_framework.request import Request


class IsTeacher(permissions.BasePermission):
    """Allow signed-in teachers and admins (``User.is_teacher``); learners get 403."""

    message = _("Only teachers can manage question banks.")

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and getattr(user, "is_teacher", False))
