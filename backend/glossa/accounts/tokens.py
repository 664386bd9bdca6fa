"""Tokens: mailed links (verification, password reset) and the JSON Web Tokens of a session.

No crypto of our own: links use Django's signing and password-reset token generator, sessions
use simplejwt. Access tokens carry a claim derived, with the secret key, from the password hash,
so every access token dies the moment the password changes, not up to 5 minutes later.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from rest_framework_simplejwt.tokens import RefreshToken

from glossa.accounts.models import User

SESSION_CLAIM = "pwd"
_VERIFY_SALT = "glossa.accounts.verify-email"
password_reset_token_generator = PasswordResetTokenGenerator()


@dataclass(frozen=True)
class SessionTokens:
    access: str
    access_expires_at: datetime
    refresh: str


def session_claim(user: AbstractBaseUser) -> str:
    """Return a digest that changes whenever the user's password does."""
    return salted_hmac("glossa.accounts.session", user.password, algorithm="sha256").hexdigest()[
        :32
    ]


def session_claim_matches(user: AbstractBaseUser, claim: object) -> bool:
    return isinstance(claim, str) and constant_time_compare(claim, session_claim(user))


def session_tokens_issue(user: User) -> SessionTokens:
    """Issue a new refresh token (recorded as outstanding) and its access token."""
    refresh = RefreshToken.for_user(user)
    refresh[SESSION_CLAIM] = session_claim(user)
    access = refresh.access_token
    return SessionTokens(
        access=str(access),
        access_expires_at=datetime.fromtimestamp(int(access["exp"]), tz=UTC),
        refresh=str(refresh),
    )


def verification_token_make(user: User) -> str:
    """Return a signed, expiring token that confirms ``user.email`` (not any later address)."""
    return signing.dumps({"user": user.pk, "email": user.email}, salt=_VERIFY_SALT)


def verification_token_read(token: str) -> tuple[int, str] | None:
    """Return ``(user id, email)`` from a valid token, else ``None``."""
    try:
        payload = signing.loads(
            token, salt=_VERIFY_SALT, max_age=settings.GLOSSA_VERIFY_EMAIL_MAX_AGE
        )
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict):
        return None
    user_id, email = payload.get("user"), payload.get("email")
    if not isinstance(user_id, int) or not isinstance(email, str):
        return None
    return user_id, email


def reset_uid_make(user: User) -> str:
    return urlsafe_base64_encode(force_bytes(user.pk))


def reset_uid_read(uid: str) -> int | None:
    try:
        return int(force_str(urlsafe_base64_decode(uid)))
    except (ValueError, TypeError, OverflowError):
        return None
