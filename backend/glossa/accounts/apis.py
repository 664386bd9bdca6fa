"""Account endpoints: one view per use case, each with its own input serializer.

Public endpoints have no authenticators, so a stale bearer token never blocks signing in.
``refresh`` and ``logout`` are authenticated by the HttpOnly refresh cookie alone and
therefore check the CSRF token themselves.
"""

from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView
from rest_framework_simplejwt.settings import api_settings as jwt_settings

from glossa.accounts import services
from glossa.accounts.authentication import csrf_enforce
from glossa.accounts.models import Role, User
from glossa.accounts.throttles import EmailAddressRateThrottle
from glossa.accounts.tokens import SessionTokens
from glossa.common.serializers import DetailSerializer, ErrorSerializer, StrictSerializer
from glossa.profiles.models import InterfaceLanguage
from glossa.profiles.selectors import profile_get

_ERRORS = {
    400: ErrorSerializer,
    429: ErrorSerializer,
}


class UserSerializer(serializers.Serializer[User]):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    display_name = serializers.CharField()
    role = serializers.ChoiceField(choices=Role.choices)
    email_verified = serializers.BooleanField()
    interface_language = serializers.SerializerMethodField()

    def get_interface_language(self, user: User) -> str:
        profile = profile_get(user=user)
        return profile.interface_language if profile else settings.LANGUAGE_CODE


class SessionSerializer(serializers.Serializer[Any]):
    access = serializers.CharField(help_text="Bearer token; keep it in memory only.")
    access_expires_at = serializers.DateTimeField()
    user = UserSerializer()


class SignupInputSerializer(StrictSerializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)
    display_name = serializers.CharField(max_length=80, required=False, allow_blank=True)
    interface_language = serializers.ChoiceField(choices=InterfaceLanguage.choices, required=False)


class EmailInputSerializer(StrictSerializer):
    email = serializers.EmailField(max_length=254)


class TokenInputSerializer(StrictSerializer):
    token = serializers.CharField(max_length=1024)


class LoginInputSerializer(StrictSerializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)


class PasswordResetConfirmInputSerializer(StrictSerializer):
    uid = serializers.CharField(max_length=64)
    token = serializers.CharField(max_length=128)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)


class PasswordChangeInputSerializer(StrictSerializer):
    current_password = serializers.CharField(max_length=4096, trim_whitespace=False)
    new_password = serializers.CharField(max_length=4096, trim_whitespace=False)


def _detail(message: str, status_code: int = status.HTTP_200_OK) -> Response:
    return Response({"detail": message}, status=status_code)


def _session_response(user: User, tokens: SessionTokens) -> Response:
    body = SessionSerializer(
        {"access": tokens.access, "access_expires_at": tokens.access_expires_at, "user": user}
    ).data
    response = Response(body)
    response.set_cookie(
        settings.GLOSSA_REFRESH_COOKIE,
        tokens.refresh,
        max_age=int(jwt_settings.REFRESH_TOKEN_LIFETIME.total_seconds()),
        path=settings.GLOSSA_REFRESH_COOKIE_PATH,
        secure=settings.GLOSSA_COOKIE_SECURE,
        httponly=True,
        samesite="Strict",
    )
    return response


def _refresh_cookie_clear(response: Response) -> Response:
    response.delete_cookie(
        settings.GLOSSA_REFRESH_COOKIE, path=settings.GLOSSA_REFRESH_COOKIE_PATH, samesite="Strict"
    )
    return response


class PublicApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)


class MailingApi(PublicApi):
    """Sends mail: limited per client address and per target address."""

    throttle_classes = (ScopedRateThrottle, EmailAddressRateThrottle)
    throttle_scope = "email"


@method_decorator(ensure_csrf_cookie, name="get")
class CsrfApi(PublicApi):
    @extend_schema(operation_id="auth_csrf", responses={204: None})
    def get(self, request: Request) -> Response:
        return Response(status=status.HTTP_204_NO_CONTENT)


class SignupApi(MailingApi):
    throttle_scope = "signup"

    @extend_schema(
        operation_id="auth_signup",
        request=SignupInputSerializer,
        responses={201: DetailSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = SignupInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language not in InterfaceLanguage.values:
            language = settings.LANGUAGE_CODE
        services.user_signup(
            email=data.validated_data["email"],
            password=data.validated_data["password"],
            display_name=data.validated_data.get("display_name", ""),
            interface_language=data.validated_data.get("interface_language", language),
        )
        message = _("Check your inbox: we sent you a link to confirm your address.")
        return _detail(message, status.HTTP_201_CREATED)


class EmailVerifyApi(PublicApi):
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "login"

    @extend_schema(
        operation_id="auth_verify_email",
        request=TokenInputSerializer,
        responses={200: DetailSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = TokenInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.user_email_verify(token=data.validated_data["token"])
        return _detail(_("Your email address is confirmed. You can sign in now."))


class VerificationResendApi(MailingApi):
    @extend_schema(
        operation_id="auth_verify_email_resend",
        request=EmailInputSerializer,
        responses={202: DetailSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = EmailInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.verification_mail_resend(email=data.validated_data["email"])
        message = _(
            "If this address has an account waiting for confirmation, we sent it a new link."
        )
        return _detail(message, status.HTTP_202_ACCEPTED)


class LoginApi(PublicApi):
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "login"

    @extend_schema(
        operation_id="auth_login",
        request=LoginInputSerializer,
        responses={200: SessionSerializer, 403: ErrorSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = LoginInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        # django-axes records failures on Django's own request object.
        user, tokens = services.user_login(
            request=request._request,
            email=data.validated_data["email"],
            password=data.validated_data["password"],
        )
        return _session_response(user, tokens)


class RefreshApi(PublicApi):
    @extend_schema(
        operation_id="auth_refresh",
        request=None,
        responses={
            200: SessionSerializer,
            204: OpenApiResponse(description="No refresh cookie was sent: nobody is signed in."),
            401: ErrorSerializer,
            403: ErrorSerializer,
        },
        description="Authenticated by the refresh cookie; send the X-CSRFToken header.",
    )
    def post(self, request: Request) -> Response:
        refresh = request.COOKIES.get(settings.GLOSSA_REFRESH_COOKIE)
        if not refresh:
            # Every anonymous page load asks; "not signed in" is an answer, not an error, so it
            # is neither a 401 in the browser's console nor a warning in the server's log.
            return Response(status=status.HTTP_204_NO_CONTENT)
        csrf_enforce(request._request)
        # A 401 leaves the cookie alone: with two tabs refreshing at once, the loser's answer
        # must not wipe the cookie the winner has just set; the loser retries with that cookie.
        user, tokens = services.session_refresh(refresh=refresh)
        return _session_response(user, tokens)


class LogoutApi(PublicApi):
    @extend_schema(
        operation_id="auth_logout",
        request=None,
        responses={204: None, 403: ErrorSerializer},
        description="Authenticated by the refresh cookie; send the X-CSRFToken header.",
    )
    def post(self, request: Request) -> Response:
        csrf_enforce(request._request)
        services.session_logout(refresh=request.COOKIES.get(settings.GLOSSA_REFRESH_COOKIE))
        return _refresh_cookie_clear(Response(status=status.HTTP_204_NO_CONTENT))


class PasswordResetApi(MailingApi):
    @extend_schema(
        operation_id="auth_password_reset",
        request=EmailInputSerializer,
        responses={202: DetailSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = EmailInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_request(email=data.validated_data["email"])
        message = _("If this address has an account, we sent it a link to choose a new password.")
        return _detail(message, status.HTTP_202_ACCEPTED)


class PasswordResetConfirmApi(PublicApi):
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "login"

    @extend_schema(
        operation_id="auth_password_reset_confirm",
        request=PasswordResetConfirmInputSerializer,
        responses={200: DetailSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = PasswordResetConfirmInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_confirm(
            uid=data.validated_data["uid"],
            token=data.validated_data["token"],
            password=data.validated_data["password"],
        )
        return _detail(_("Your password is changed. Sign in with the new one."))


class PasswordChangeApi(APIView):
    permission_classes = (IsAuthenticated,)
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "login"

    @extend_schema(
        operation_id="auth_password_change",
        request=PasswordChangeInputSerializer,
        responses={200: SessionSerializer, 401: ErrorSerializer, **_ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = PasswordChangeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user: User = request.user  # type: ignore[assignment]
        tokens = services.password_change(
            user=user,
            current_password=data.validated_data["current_password"],
            new_password=data.validated_data["new_password"],
        )
        return _session_response(user, tokens)


class MeApi(APIView):
    permission_classes = (IsAuthenticated,)

    @extend_schema(operation_id="auth_me", responses={200: UserSerializer, 401: ErrorSerializer})
    def get(self, request: Request) -> Response:
        user: User = request.user  # type: ignore[assignment]
        return Response(UserSerializer(user).data)
