"""Who may use the authoring API: teachers and administrators.

Anonymous requests get 401 and every other role 403. Which courses a teacher may touch is
decided per object by the selectors (a course they do not author is a 404, as if it did not
exist); what only a course's owner may do is checked by :func:`owner_check`.
"""

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from glossa.accounts.models import User
from glossa.common.exceptions import ForbiddenError
from glossa.courses.models import AuthorRole, Course
from glossa.courses.selectors import user_is_admin, user_may_author


def author(request: Request) -> User:
    """The signed-in user of a request that passed :class:`CanAuthor`."""
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - CanAuthor let only signed-in users through.
    return user


class CanAuthor(BasePermission):
    message = gettext_lazy("Only teachers and administrators can edit courses.")

    def has_permission(self, request: Request, view: Any) -> bool:
        return user_may_author(request.user)


def owner_check(*, user: Any, course: Course) -> None:
    """Raise ``ForbiddenError`` unless ``user`` owns ``course`` or is an administrator.

    Expects ``course`` with its authors prefetched (from the authoring selectors).
    """
    if user_is_admin(user):
        return
    for author in course.course_authors.all():
        if author.user_id == user.pk and author.role == AuthorRole.OWNER:
            return
    raise ForbiddenError(_("Only the owner of the course can do this."))
