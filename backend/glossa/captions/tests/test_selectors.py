"""What lessons embed: ``tracks_for_assets`` gives the learner payload without N+1."""

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from glossa.captions.models import CaptionTrack, Cue, SourceFormat
from glossa.captions.selectors import tracks_for_assets
from glossa.captions.tests.test_apis import make_asset, make_track
from glossa.courses.tests.factories import make_course

pytestmark = pytest.mark.django_db


def test_payload_is_grouped_by_asset_with_plain_cue_text() -> None:
    course = make_course()
    first, second, bare = (make_asset(course=course) for _ in range(3))
    track = CaptionTrack.objects.create(
        asset=first, language="es", kind="captions", label="ES", source_format=SourceFormat.TYPED
    )
    Cue.objects.create(
        track=track, position=0, start=0, end=900, text="<v Ana>Hola &amp; <i>adiós</i></v>"
    )
    Cue.objects.create(track=track, position=1, text="sin tiempo")
    translation = make_track(second, kind="translation", cues=1)

    payload = tracks_for_assets([first.pk, second.pk, bare.pk, first.pk])

    assert payload == {
        first.pk: [
            {
                "id": track.pk,
                "kind": "captions",
                "language": "es",
                "label": "ES",
                "url": reverse("captions-track-vtt", kwargs={"track_id": track.pk}),
                "cues": [
                    {"start": 0, "end": 900, "text": "Hola & adiós"},
                    {"start": None, "end": None, "text": "sin tiempo"},
                ],
            }
        ],
        second.pk: [
            {
                "id": translation.pk,
                "kind": "translation",
                "language": "es",
                "label": "Español",
                "url": reverse("captions-track-vtt", kwargs={"track_id": translation.pk}),
                "cues": [{"start": 0, "end": 900, "text": "Frase 0."}],
            }
        ],
        bare.pk: [],
    }


def test_two_queries_whatever_the_number_of_assets_and_tracks(
    django_assert_num_queries: Callable[..., Any],
) -> None:
    course = make_course()
    assets = [make_asset(course=course) for _ in range(4)]
    for asset in assets:
        make_track(asset, cues=3)
        make_track(asset, kind="translation", cues=2)

    with django_assert_num_queries(2):
        payload = tracks_for_assets(asset.pk for asset in assets)

    assert [len(payload[asset.pk]) for asset in assets] == [2, 2, 2, 2]


def test_no_assets_no_query(django_assert_num_queries: Callable[..., Any]) -> None:
    with django_assert_num_queries(0):
        assert tracks_for_assets([]) == {}
