from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import translation
from rest_framework import serializers

from glossa.common.exceptions import api_exception_handler
from glossa.common.serializers import StrictSerializer


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


class ItemSerializer(StrictSerializer):
    name = serializers.CharField()
    id = serializers.IntegerField(read_only=True)


class OrderSerializer(StrictSerializer):
    note = serializers.CharField(required=False)
    items = ItemSerializer(many=True, required=False)


@pytest.mark.parametrize(
    ("data", "expected_errors"),
    [
        pytest.param({"note": "a", "colour": "red"}, {"colour"}, id="one-unknown-key"),
        pytest.param({"a": 1, "b": 2}, {"a", "b"}, id="every-unknown-key-named"),
        pytest.param({"items": [{"name": "x", "size": 2}]}, {"items"}, id="nested-unknown-key"),
    ],
)
def test_unknown_keys_refused_when_not_declared(
    data: dict[str, Any], expected_errors: set[str]
) -> None:
    serializer = OrderSerializer(data=data)

    assert not serializer.is_valid()
    assert set(serializer.errors) == expected_errors


def test_nested_unknown_key_named_under_its_parent_when_in_a_list() -> None:
    serializer = OrderSerializer(data={"items": [{"name": "x"}, {"name": "y", "size": 2}]})

    assert not serializer.is_valid()
    assert serializer.errors["items"][1] == {"size": ["This field is not allowed."]}


def test_data_accepted_when_only_declared_keys_are_sent() -> None:
    serializer = OrderSerializer(data={"note": "a", "items": [{"name": "x", "id": 3}]})

    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == {"note": "a", "items": [{"name": "x"}]}


def test_error_shape_names_the_field_when_unknown_key_is_sent() -> None:
    serializer = OrderSerializer(data={"colour": "red"})
    with pytest.raises(serializers.ValidationError) as raised:
        serializer.is_valid(raise_exception=True)
    response = api_exception_handler(raised.value, {})

    assert response is not None
    assert response.status_code == 400
    assert response.data["code"] == "invalid"
    assert response.data["fields"] == {"colour": ["This field is not allowed."]}
