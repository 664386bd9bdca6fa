from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from rest_framework.authentication import CSRFCheck
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.authentication import AuthUser, JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken
from rest_framework_simplejwt.tokens import Token

from glossa.accounts.errors import CsrfFailedError
from glossa.accounts.tokens import SESSION_CLAIM, session_claim_matches


class SessionJWTAuthentication(JWTAuthentication):
    """Bearer access tokens, refused as soon as the user's password has changed.

    simplejwt alone would honour an access token until it expires; checking the session claim
    here ends every other session at once after a password reset or change.
    """

    def get_validated_token(self, raw_token: bytes) -> Token:
        try:
            return super().get_validated_token(raw_token)
        except InvalidToken as error:
            # simplejwt's detail lists every token class it tried; one sentence is enough.
            raise AuthenticationFailed(
                _("Your session has expired. Sign in again."), code="token_not_valid"
            ) from error

    def get_user(self, validated_token: Token) -> AuthUser:  # type: ignore[type-var]
        try:
            user = super().get_user(validated_token)
        except (InvalidToken, AuthenticationFailed) as error:
            # The account was deactivated or deleted since the token was issued: the session
            # is over, said the same way as after a password change.
            raise AuthenticationFailed(
                _("Your session has ended. Sign in again."), code="token_not_valid"
            ) from error
        if not session_claim_matches(user, validated_token.get(SESSION_CLAIM)):
            raise AuthenticationFailed(
                _("Your session has ended. Sign in again."), code="token_not_valid"
            )
        return user  # type: ignore[return-value]


def csrf_enforce(request: HttpRequest) -> None:
    """Refuse a request authenticated by a cookie unless it carries the CSRF token.

    DRF views are exempt from Django's CSRF middleware because bearer tokens are not sent by
    browsers on their own; the refresh cookie is, so those views call this.
    """

    def no_response(request: HttpRequest) -> HttpResponse:
        return HttpResponse()

    check = CSRFCheck(no_response)
    check.process_request(request)
    reason: Any = check.process_view(request, None, (), {})  # type: ignore[arg-type]
    if reason:
        raise CsrfFailedError(
            _("The security check of this request failed. Reload the page and try again.")
        )
