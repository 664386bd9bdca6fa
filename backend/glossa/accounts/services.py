"""Account writes: sign-up, verification, sign-in sessions and passwords.

Mails go out after commit through the task queue (``glossa.accounts.tasks``); log lines carry
user ids only, never addresses, passwords or tokens.
"""

import logging

from axes.utils import reset as axes_reset
from django.contrib.auth import authenticate, password_validation, user_logged_in
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks.base import Task
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from glossa.accounts import tasks
from glossa.accounts.errors import (
    EmailNotVerifiedError,
    InvalidCredentialsError,
    InvalidTokenError,
    LockedError,
    SessionEndedError,
)
from glossa.accounts.lockout import lockout_message, lockout_retry_after
from glossa.accounts.models import User
from glossa.accounts.selectors import email_normalize, user_get, user_get_by_email
from glossa.accounts.tokens import (
    SESSION_CLAIM,
    SessionTokens,
    password_reset_token_generator,
    reset_uid_read,
    session_claim_matches,
    session_tokens_issue,
    verification_token_read,
)
from glossa.common.exceptions import DomainError
from glossa.profiles.services import profile_create

logger = logging.getLogger(__name__)


def user_signup(
    *, email: str, password: str, display_name: str = "", interface_language: str
) -> None:
    """Create an unverified account and mail its confirmation link.

    The caller answers the same whether or not the address already has an account; then the
    owner gets a mail saying someone tried to sign up, with a way to reset their password.
    """
    email = email_normalize(email)
    password_check(password=password, user=User(email=email, display_name=display_name))

    existing = user_get_by_email(email=email)
    if existing is None:
        try:
            with transaction.atomic():
                user = User.objects.create_user(email, password, display_name=display_name)
                profile_create(user=user, interface_language=interface_language)
        except IntegrityError:
            # Another request created the same address a moment ago.
            existing = User.objects.filter(email=email).first()
        else:
            _mail_enqueue(tasks.verification_mail_send, user_id=user.pk)
            logger.info("auth.signup user_id=%s", user.pk)
            return

    # The new-account path hashes the password; do the same work so timing says nothing.
    make_password(password)
    if existing is not None and existing.is_active:
        owner_id = existing.pk
        _mail_enqueue(tasks.signup_existing_mail_send, user_id=owner_id)
        logger.info("auth.signup_existing user_id=%s", owner_id)


def user_email_verify(*, token: str) -> User:
    """Mark the address in ``token`` as confirmed; confirming twice is harmless."""
    data = verification_token_read(token)
    user = user_get(user_id=data[0]) if data else None
    if data is None or user is None or user.email != data[1]:
        raise InvalidTokenError(
            _("This confirmation link is not valid or has expired. Ask for a new one.")
        )
    if not user.email_verified:
        user.email_verified = True
        user.save(update_fields=["email_verified"])
        logger.info("auth.email_verified user_id=%s", user.pk)
    return user


def verification_mail_resend(*, email: str) -> None:
    user = user_get_by_email(email=email)
    if user is None or user.email_verified:
        return
    _mail_enqueue(tasks.verification_mail_send, user_id=user.pk)
    logger.info("auth.verification_resent user_id=%s", user.pk)


def user_login(*, request: HttpRequest, email: str, password: str) -> tuple[User, SessionTokens]:
    """Check the credentials through django-axes and open a session.

    Raises ``LockedError`` while this (account, client address) pair is locked out,
    ``InvalidCredentialsError`` for a wrong address or password alike, and
    ``EmailNotVerifiedError`` when the password is right but the address is unconfirmed.
    """
    email = email_normalize(email)
    user = authenticate(request=request, email=email, password=password)

    if user is None:
        if getattr(request, "axes_locked_out", False):
            retry_after = lockout_retry_after(request, email=email)
            logger.warning("auth.locked")
            raise LockedError(lockout_message(retry_after), extra={"retry_after": retry_after})
        logger.info("auth.login_failed")
        raise InvalidCredentialsError(_("The email or password is not correct."))
    assert isinstance(user, User)  # noqa: S101 - AUTH_USER_MODEL
    if not user.email_verified:
        logger.info("auth.login_unverified user_id=%s", user.pk)
        raise EmailNotVerifiedError(
            _("Confirm your email address first: open the link we sent you, or ask for a new one.")
        )

    # Resets the failure count in django-axes and records last_login.
    user_logged_in.send(sender=User, request=request, user=user)
    logger.info("auth.login user_id=%s", user.pk)
    return user, session_tokens_issue(user)


def session_refresh(*, refresh: str | None) -> tuple[User, SessionTokens]:
    """Exchange a refresh token for a new pair; the old refresh token is spent.

    Raises ``SessionEndedError`` when the token is missing, expired, spent or revoked, or the
    password changed since it was issued.
    """
    token = _refresh_token_read(refresh)
    user = user_get(user_id=int(token[jwt_settings.USER_ID_CLAIM]))
    if user is None or not session_claim_matches(user, token.get(SESSION_CLAIM)):
        raise _session_ended()

    with transaction.atomic():
        # Lock the row so two requests with the same token cannot both spend it.
        outstanding = (
            OutstandingToken.objects.select_for_update()
            .filter(jti=token[jwt_settings.JTI_CLAIM])
            .first()
        )
        if outstanding is None or BlacklistedToken.objects.filter(token=outstanding).exists():
            raise _session_ended()
        BlacklistedToken.objects.create(token=outstanding)
        tokens = session_tokens_issue(user)
    return user, tokens


def session_logout(*, refresh: str | None) -> None:
    """Revoke the refresh token if it is still valid; signing out twice is harmless."""
    try:
        token = _refresh_token_read(refresh)
    except SessionEndedError:
        return
    token.blacklist()
    logger.info("auth.logout user_id=%s", token.get(jwt_settings.USER_ID_CLAIM))


def sessions_revoke_all(*, user: User) -> int:
    """Revoke every unexpired refresh token of ``user``; return how many were revoked."""
    live = OutstandingToken.objects.filter(
        user=user, expires_at__gt=timezone.now(), blacklistedtoken__isnull=True
    )
    revoked = BlacklistedToken.objects.bulk_create(
        [BlacklistedToken(token=token) for token in live], ignore_conflicts=True
    )
    logger.info("auth.sessions_revoked user_id=%s count=%s", user.pk, len(revoked))
    return len(revoked)


def password_reset_request(*, email: str) -> None:
    user = user_get_by_email(email=email)
    if user is None:
        return
    _mail_enqueue(tasks.password_reset_mail_send, user_id=user.pk)
    logger.info("auth.password_reset_requested user_id=%s", user.pk)


@transaction.atomic
def password_reset_confirm(*, uid: str, token: str, password: str) -> User:
    """Set a new password from a mailed link and end every session of the user.

    The link works once: Django's token covers the password hash, which changes here.
    Following it also proves the address, so the address counts as confirmed.
    """
    user_id = reset_uid_read(uid)
    user = user_get(user_id=user_id) if user_id is not None else None
    if user is None or not password_reset_token_generator.check_token(user, token):
        raise InvalidTokenError(
            _("This password reset link is not valid any more. Ask for a new one.")
        )
    password_check(password=password, user=user)

    user.set_password(password)
    user.email_verified = True
    user.save(update_fields=["password", "email_verified"])
    sessions_revoke_all(user=user)

    email = user.email
    transaction.on_commit(lambda: axes_reset(username=email))
    logger.info("auth.password_reset user_id=%s", user.pk)
    return user


@transaction.atomic
def password_change(*, user: User, current_password: str, new_password: str) -> SessionTokens:
    """Change the password, end every session and open a new one for the caller."""
    if not user.check_password(current_password):
        message = _("Your current password is not correct.")
        raise DomainError(message, fields={"current_password": [message]})
    password_check(password=new_password, user=user, field="new_password")

    user.set_password(new_password)
    user.save(update_fields=["password"])
    sessions_revoke_all(user=user)
    logger.info("auth.password_changed user_id=%s", user.pk)
    return session_tokens_issue(user)


def password_check(*, password: str, user: User, field: str = "password") -> None:
    """Run the configured password validators; raise ``DomainError`` naming ``field``."""
    try:
        password_validation.validate_password(password, user=user)
    except ValidationError as error:
        messages = [str(message) for message in error.messages]
        raise DomainError(messages[0], fields={field: messages}) from error


def _mail_enqueue(mail_task: Task[..., None], *, user_id: int) -> None:
    # robust: a queue outage must not turn a committed sign-up into an error page; the person
    # can ask for the mail again, and the failure is logged by Django.
    transaction.on_commit(lambda: mail_task.enqueue(user_id=user_id), robust=True)


def _refresh_token_read(refresh: str | None) -> RefreshToken:
    if not refresh:
        raise _session_ended()
    try:
        return RefreshToken(refresh)  # type: ignore[arg-type]
    except TokenError as error:
        raise _session_ended() from error


def _session_ended() -> SessionEndedError:
    return SessionEndedError(_("Your session has ended. Sign in again."))
