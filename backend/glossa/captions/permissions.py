from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import permissions
from rest_framework.request import Request

from glossa.media.selectors import user_may_upload


class MayEditCaptions(permissions.BasePermission):
    """Teachers and administrators edit captions; learners and moderators get 403.

    Which tracks a teacher may edit (those of their courses' media) is checked per track.
    """

    message = _("Only teachers can edit captions.")

    def has_permission(self, request: Request, view: Any) -> bool:
        return user_may_upload(request.user)
