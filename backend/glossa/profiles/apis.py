"""The signed-in learner's own profile, and the reference lists its form offers."""

from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.accounts.models import User
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.common.throttles import UploadRateThrottle
from glossa.profiles import services
from glossa.profiles.models import DAILY_GOAL_MAX, DAILY_GOAL_MIN, InterfaceLanguage, Level, Profile
from glossa.profiles.selectors import language_list, profile_get, time_zone_list
from glossa.profiles.validators import validate_language_code, validate_time_zone

# Multipart framing around the file; a body beyond the limit plus this is refused unread.
_MULTIPART_OVERHEAD = 64 * 1024
_REFERENCE_MAX_AGE = 60 * 60


class TargetLanguageSerializer(StrictSerializer):
    language = serializers.CharField(max_length=3, validators=[validate_language_code])
    level = serializers.ChoiceField(choices=Level.choices)


class ProfileSerializer(serializers.Serializer[Profile]):
    email = serializers.EmailField(source="user.email")
    display_name = serializers.CharField(source="user.display_name")
    native_language = serializers.CharField(help_text="ISO 639-1 code, or empty.")
    interface_language = serializers.ChoiceField(choices=InterfaceLanguage.choices)
    target_languages = TargetLanguageSerializer(many=True)
    daily_goal_minutes = serializers.IntegerField()
    time_zone = serializers.CharField()
    avatar_url = serializers.SerializerMethodField()

    def get_avatar_url(self, profile: Profile) -> str | None:
        return profile.avatar.url if profile.avatar else None


class ProfileUpdateInputSerializer(StrictSerializer):
    display_name = serializers.CharField(max_length=80, allow_blank=True)
    native_language = serializers.CharField(
        max_length=3, allow_blank=True, validators=[validate_language_code]
    )
    interface_language = serializers.ChoiceField(choices=InterfaceLanguage.choices)
    target_languages = TargetLanguageSerializer(many=True, max_length=20)  # type: ignore[call-arg]
    daily_goal_minutes = serializers.IntegerField(
        min_value=DAILY_GOAL_MIN, max_value=DAILY_GOAL_MAX
    )
    time_zone = serializers.CharField(max_length=64, validators=[validate_time_zone])

    def validate_target_languages(self, value: list[dict[str, str]]) -> list[dict[str, str]]:
        languages = [item["language"] for item in value]
        if len(set(languages)) != len(languages):
            raise serializers.ValidationError(_("Each language can be listed only once."))
        return value


class AvatarInputSerializer(StrictSerializer):
    avatar = serializers.FileField(allow_empty_file=False)


class LanguageSerializer(serializers.Serializer[dict[str, str]]):
    code = serializers.CharField()
    name = serializers.CharField()


def _profile_of(request: Request) -> Profile:
    user: User = request.user  # type: ignore[assignment]
    profile = profile_get(user=user)
    if profile is None:
        services.profile_get_or_create(user=user)
        profile = profile_get(user=user)
    assert profile is not None  # noqa: S101 - created just above
    return profile


def _profile_response(profile: Profile) -> Response:
    fresh = profile_get(user=profile.user)
    return Response(ProfileSerializer(fresh).data)


class ProfileDetailApi(APIView):
    permission_classes = (IsAuthenticated,)

    @extend_schema(
        operation_id="profile_get", responses={200: ProfileSerializer, 401: ErrorSerializer}
    )
    def get(self, request: Request) -> Response:
        return Response(ProfileSerializer(_profile_of(request)).data)

    @extend_schema(
        operation_id="profile_update",
        request=ProfileUpdateInputSerializer,
        responses={200: ProfileSerializer, 400: ErrorSerializer, 401: ErrorSerializer},
    )
    def patch(self, request: Request) -> Response:
        data = ProfileUpdateInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        profile = services.profile_update(
            profile=_profile_of(request),
            changes=data.validated_data,
        )
        return _profile_response(profile)


class ProfileAvatarApi(APIView):
    permission_classes = (IsAuthenticated,)
    parser_classes = (MultiPartParser,)
    throttle_classes = (UploadRateThrottle,)

    @extend_schema(
        operation_id="profile_avatar_set",
        request={"multipart/form-data": AvatarInputSerializer},
        responses={200: ProfileSerializer, 400: ErrorSerializer, 401: ErrorSerializer},
    )
    def post(self, request: Request) -> Response:
        # Refuse an announced oversize body before Django spools it to disk.
        announced = request.META.get("CONTENT_LENGTH") or "0"
        if announced.isdigit() and int(announced) > (
            settings.GLOSSA_AVATAR_MAX_BYTES + _MULTIPART_OVERHEAD
        ):
            services.avatar_size_check(size=int(announced))
        data = AvatarInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload: Any = data.validated_data["avatar"]
        profile = services.profile_avatar_set(
            profile=_profile_of(request), source=upload, size=upload.size
        )
        return _profile_response(profile)

    @extend_schema(
        operation_id="profile_avatar_delete", responses={204: None, 401: ErrorSerializer}
    )
    def delete(self, request: Request) -> Response:
        services.profile_avatar_delete(profile=_profile_of(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class PublicReferenceApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == status.HTTP_200_OK:
            patch_cache_control(response, public=True, max_age=_REFERENCE_MAX_AGE)
        return response


class LanguageListApi(PublicReferenceApi):
    @extend_schema(operation_id="languages_list", responses={200: LanguageSerializer(many=True)})
    def get(self, request: Request) -> Response:
        locale = translation.get_language() or settings.LANGUAGE_CODE
        return Response(language_list(locale=locale))


class TimeZoneListApi(PublicReferenceApi):
    @extend_schema(
        operation_id="timezones_list",
        responses={200: {"type": "array", "items": {"type": "string"}}},
    )
    def get(self, request: Request) -> Response:
        return Response(time_zone_list())
