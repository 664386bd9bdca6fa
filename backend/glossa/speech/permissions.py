from typing import Any

from django.utils.translation import gettext_lazy
from rest_framework.permissions import BasePermission
from rest_framework.request import Request


class CanAuthor(BasePermission):
    """Teachers and administrators (anonymous: 401, other roles: 403)."""

    message = gettext_lazy("Only teachers and administrators can make speech for lessons.")

    def has_permission(self, request: Request, view: Any) -> bool:
        # Imported here: courses sit above speech in the layering.
        from glossa.courses.selectors import user_may_author

        return user_may_author(request.user)
