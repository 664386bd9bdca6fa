"""Mails of the account flow, sent by the task worker after the request's commit.

Links are made here, at send time, so no token is ever stored in the task queue.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from glossa.accounts.models import User
from glossa.accounts.tokens import (
    password_reset_token_generator,
    reset_uid_make,
    verification_token_make,
)
from glossa.profiles.selectors import profile_get

logger = logging.getLogger(__name__)


@task()
def verification_mail_send(*, user_id: int) -> None:
    user = _user(user_id)
    if user is None or user.email_verified:
        return
    link = f"{settings.SITE_URL}/verify-email/{verification_token_make(user)}"
    _mail_send(user, "verify_email", {"link": link})


@task()
def password_reset_mail_send(*, user_id: int) -> None:
    user = _user(user_id)
    if user is None:
        return
    _mail_send(user, "password_reset", {"link": _reset_link(user)})


@task()
def signup_existing_mail_send(*, user_id: int) -> None:
    """Tell an owner that someone tried to sign up with their address, with a reset link."""
    user = _user(user_id)
    if user is None:
        return
    _mail_send(user, "signup_existing", {"link": _reset_link(user)})


def _user(user_id: int) -> User | None:
    return User.objects.filter(pk=user_id, is_active=True).first()


def _reset_link(user: User) -> str:
    token = password_reset_token_generator.make_token(user)
    return f"{settings.SITE_URL}/reset-password/{reset_uid_make(user)}/{token}"


def _mail_send(user: User, template: str, context: dict[str, str]) -> None:
    profile = profile_get(user=user)
    language = profile.interface_language if profile else settings.LANGUAGE_CODE
    context = {"display_name": user.display_name, "site_url": settings.SITE_URL, **context}
    with translation.override(language):
        subject = render_to_string(f"accounts/email/{template}_subject.txt", context)
        body = render_to_string(f"accounts/email/{template}_body.txt", context)
    message = EmailMessage(
        " ".join(subject.split()), body, to=[user.email], headers={"Content-Language": language}
    )
    message.send()
    logger.info("mail.sent template=%s user_id=%s", template, user.pk)
