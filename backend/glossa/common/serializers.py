"""Serializers every app shares: a strict input base and the error shape for the schema."""

from collections.abc import Mapping
from typing import Any, ClassVar

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class StrictSerializer(serializers.Serializer[Any]):
    """An input serializer that refuses keys it does not declare.

    DRF silently drops unknown keys, so a typo in a client (``dispaly_name``) looks like
    success while nothing changes. Subclass this instead of ``Serializer`` for request
    bodies; each unknown key is reported under its own name in ``fields``. Nested strict
    serializers (and lists of them) check their own keys, so errors come back as
    ``items.0.colour``. Read-only fields are declared, so they are tolerated and ignored.
    """

    default_error_messages: ClassVar[dict[str, Any]] = {
        "unknown_field": _("This field is not allowed.")
    }

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = sorted(str(key) for key in data if key not in self.fields)
            if unknown:
                message = self.error_messages["unknown_field"]
                raise serializers.ValidationError(
                    {key: [message] for key in unknown}, code="unknown_field"
                )
        return super().to_internal_value(data)


class StrictModelSerializer(StrictSerializer, serializers.ModelSerializer[Any]):
    """The same check for model serializers."""


class ErrorSerializer(serializers.Serializer[Any]):
    """The one error shape of every API response with status 4xx or 5xx (for the schema)."""

    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    # The metaclass moves declared fields off the class, so this does not shadow ``.fields``.
    fields = serializers.DictField(  # type: ignore[assignment]
        child=serializers.ListField(child=serializers.CharField())
    )
    retry_after = serializers.IntegerField(
        required=False, help_text="Seconds to wait; only on throttled or locked responses."
    )


class DetailSerializer(serializers.Serializer[Any]):
    """A success body that only carries a message for a person."""

    detail = serializers.CharField()
