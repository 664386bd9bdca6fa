"""The caption track API: every endpoint and verb for every role, uploads, timing, versions."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.captions import services
from glossa.captions.models import CaptionTrack, Cue, SourceFormat
from glossa.courses.models import Course, CourseStatus
from glossa.courses.tests.factories import make_course, make_enrollment, make_user
from glossa.media.models import MediaAsset, MediaKind, MediaStatus

pytestmark = pytest.mark.django_db


def make_asset(*, course: Course | None = None, owner: User | None = None) -> MediaAsset:
    return MediaAsset.objects.create(
        owner=owner,
        course=course,
        kind=MediaKind.VIDEO,
        original="media/originals/lesson.mp4",
        original_name="lesson.mp4",
        size=1000,
        duration=60.0,
        status=MediaStatus.READY,
    )


def make_track(asset: MediaAsset, *, cues: int = 2, kind: str = "captions") -> CaptionTrack:
    track = CaptionTrack.objects.create(
        asset=asset, language="es", kind=kind, label="Español", source_format=SourceFormat.WEBVTT
    )
    Cue.objects.bulk_create(
        Cue(track=track, position=n, start=n * 1000, end=n * 1000 + 900, text=f"Frase {n}.")
        for n in range(cues)
    )
    return track


def course_author(course: Course) -> User:
    return course.authors.get()


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


ROLES: dict[str, Callable[[Course], User | None]] = {
    "anonymous": lambda course: None,
    "learner": lambda course: make_user(role=Role.LEARNER),
    "moderator": lambda course: make_user(role=Role.MODERATOR, is_staff=True),
    "other teacher": lambda course: make_user(role=Role.TEACHER),
    "author": course_author,
    "admin": lambda course: make_user(role=Role.ADMIN),
}


def _snapshot(asset: MediaAsset) -> list[Any]:
    return list(
        Cue.objects.filter(track__asset=asset)
        .order_by("track_id", "position")
        .values_list("track__version", "track__label", "start", "end", "text")
    ) + [CaptionTrack.objects.filter(asset=asset).count()]


def _requests(asset: MediaAsset, track: CaptionTrack) -> dict[str, tuple[str, str, Any, int]]:
    vtt = b"WEBVTT\n\n00:00.000 --> 00:01.500\nHola.\n"
    return {
        "create file": (
            "post",
            reverse("captions-asset-tracks", kwargs={"asset_id": asset.pk}),
            {
                "language": "es",
                "kind": "captions",
                "file": SimpleUploadedFile("hola.vtt", vtt, "text/vtt"),
            },
            201,
        ),
        "create typed": (
            "post",
            reverse("captions-asset-tracks", kwargs={"asset_id": asset.pk}),
            {"language": "en", "kind": "translation", "text": "One.\nTwo."},
            201,
        ),
        "patch": (
            "patch",
            reverse("captions-track", kwargs={"track_id": track.pk}),
            {"version": 1, "label": "Castellano"},
            200,
        ),
        "put cues": (
            "put",
            reverse("captions-track-cues", kwargs={"track_id": track.pk}),
            {"version": 1, "cues": [{"start": 0, "end": 1500, "text": "Hola."}]},
            200,
        ),
        "delete": ("delete", reverse("captions-track", kwargs={"track_id": track.pk}), None, 204),
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("learner", 403),
        ("moderator", 403),
        ("other teacher", 404),
        ("author", None),
        ("admin", None),
    ],
)
@pytest.mark.parametrize(
    "operation", ["create file", "create typed", "patch", "put cues", "delete"]
)
def test_writes_need_an_editor_of_the_course(
    role: str, expected: int | None, operation: str
) -> None:
    course = make_course(status=CourseStatus.PUBLISHED)
    asset = make_asset(course=course)
    track = make_track(asset)
    method, url, body, success = _requests(asset, track)[operation]
    before = _snapshot(asset)

    form = "multipart" if operation == "create file" else "json"
    response = getattr(client_for(ROLES[role](course)), method)(url, body, format=form)

    assert response.status_code == (expected or success), response.content
    if expected is not None:
        assert _snapshot(asset) == before
        assert (
            response.json()["code"]
            == {
                401: "not_authenticated",
                403: "permission_denied",
                404: "not_found",
            }[expected]
        )
    else:
        assert _snapshot(asset) != before


def _reads(track: CaptionTrack) -> dict[str, str]:
    return {
        "list": reverse("captions-asset-tracks", kwargs={"asset_id": track.asset_id}),
        "detail": reverse("captions-track", kwargs={"track_id": track.pk}),
        "vtt": reverse("captions-track-vtt", kwargs={"track_id": track.pk}),
    }


@pytest.mark.parametrize(
    ("status_", "requires_enrollment", "role", "expected"),
    [
        (CourseStatus.DRAFT, False, "anonymous", 404),
        (CourseStatus.DRAFT, False, "learner", 404),
        (CourseStatus.DRAFT, False, "moderator", 404),
        (CourseStatus.DRAFT, False, "other teacher", 404),
        (CourseStatus.DRAFT, False, "author", 200),
        (CourseStatus.DRAFT, False, "admin", 200),
        (CourseStatus.PUBLISHED, False, "anonymous", 200),
        (CourseStatus.PUBLISHED, False, "learner", 200),
        (CourseStatus.PUBLISHED, True, "anonymous", 404),
        (CourseStatus.PUBLISHED, True, "learner", 404),
        (CourseStatus.PUBLISHED, True, "other teacher", 404),
        (CourseStatus.PUBLISHED, True, "author", 200),
    ],
)
@pytest.mark.parametrize("read", ["list", "detail", "vtt"])
def test_reads_follow_the_media_rule_of_the_course(
    status_: str, requires_enrollment: bool, role: str, expected: int, read: str
) -> None:
    course = make_course(status=status_)
    Course.objects.filter(pk=course.pk).update(media_requires_enrollment=requires_enrollment)
    track = make_track(make_asset(course=course))

    response = client_for(ROLES[role](course)).get(_reads(track)[read])

    assert response.status_code == expected


def test_enrolled_learner_reads_captions_of_a_course_that_requires_enrollment() -> None:
    course = make_course()
    Course.objects.filter(pk=course.pk).update(media_requires_enrollment=True)
    track = make_track(make_asset(course=course))
    learner = make_user()
    make_enrollment(user=learner, course=course)

    response = client_for(learner).get(_reads(track)["detail"])

    assert response.status_code == 200
    assert [cue["text"] for cue in response.json()["cues"]] == ["Frase 0.", "Frase 1."]


def test_uploader_edits_captions_of_an_asset_without_course_and_no_one_else() -> None:
    owner = make_user(role=Role.TEACHER)
    asset = make_asset(owner=owner)
    url = reverse("captions-asset-tracks", kwargs={"asset_id": asset.pk})
    body = {"language": "es", "kind": "captions", "text": "Hola."}

    stranger = client_for(make_user(role=Role.TEACHER)).post(url, body, format="json")
    mine = client_for(owner).post(url, body, format="json")

    assert (stranger.status_code, mine.status_code) == (404, 201)
    assert CaptionTrack.objects.filter(asset=asset).count() == 1


def _upload(client: APIClient, asset: MediaAsset, name: str, content: bytes, **fields: str) -> Any:
    url = reverse("captions-asset-tracks", kwargs={"asset_id": asset.pk})
    data = {"file": SimpleUploadedFile(name, content), "language": "es", **fields}
    return client.post(url, data, format="multipart")


def test_upload_of_a_webvtt_file_makes_a_track_with_its_cues(corpus_dir: Path) -> None:
    course = make_course()
    asset = make_asset(course=course)
    content = (corpus_dir / "webvtt" / "webvttpy_captions_with_bom.vtt").read_bytes()

    response = _upload(client_for(course_author(course)), asset, "film.vtt", content, label="ES")

    assert response.status_code == 201, response.content
    body = response.json()
    assert {key: body[key] for key in ("kind", "language", "label", "source_format")} == {
        "kind": "captions",
        "language": "es",
        "label": "ES",
        "source_format": "webvtt",
    }
    assert (body["encoding"], body["original_name"], body["version"]) == (
        "utf-8-sig",
        "film.vtt",
        1,
    )
    assert [(cue["start"], cue["end"], cue["text"]) for cue in body["cues"]][:2] == [
        (500, 7000, "Caption text #1"),
        (7000, 11890, "Caption text #2"),
    ]
    assert body["warnings"] == []
    assert Cue.objects.filter(track__asset=asset).count() == 4


def test_upload_of_srt_in_a_legacy_code_page_is_converted() -> None:
    course = make_course()
    asset = make_asset(course=course)
    content = "1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Привет</i>, мир!\r\n".encode("cp1251")

    response = _upload(client_for(course_author(course)), asset, "ru.srt", content, language="ru")

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["source_format"], body["encoding"]) == ("srt", "cp1251")
    assert body["cues"][0] == {
        "start": 1000,
        "end": 2500,
        "text": "<i>Привет</i>, мир!",
        "identifier": "",
        "settings": "",
    }


def test_refused_upload_lists_errors_with_lines_and_writes_nothing(corpus_dir: Path) -> None:
    course = make_course()
    asset = make_asset(course=course)
    content = (corpus_dir / "webvtt" / "nodewebvtt_malformed.vtt").read_bytes()

    response = _upload(client_for(course_author(course)), asset, "bad.vtt", content)

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_captions"
    assert [error["line"] for error in body["errors"]] == [4, 8]
    assert not CaptionTrack.objects.exists()


def test_accepted_upload_reports_what_it_left_out(corpus_dir: Path) -> None:
    course = make_course()
    content = (corpus_dir / "webvtt" / "wpt_whitespace-chars.vtt").read_bytes()

    response = _upload(
        client_for(course_author(course)), make_asset(course=course), "w.vtt", content
    )

    assert response.status_code == 201
    assert len(response.json()["cues"]) == 3
    assert [warning["line"] for warning in response.json()["warnings"]] == [16]


def test_too_large_upload_names_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("glossa.captions.apis.MAX_FILE_BYTES", 100)
    course = make_course()

    response = _upload(
        client_for(course_author(course)), make_asset(course=course), "big.vtt", b"WEBVTT\n" * 50
    )

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "0 MB" in response.json()["message"]
    assert not CaptionTrack.objects.exists()


def test_typed_transcript_gives_one_untimed_cue_per_line() -> None:
    course = make_course()
    url = reverse("captions-asset-tracks", kwargs={"asset_id": make_asset(course=course).pk})
    text = "Hola, ¿qué tal?\n\n  Bien, <gracias> & 2 < 3.\n<script>x</script>Adiós.\n"

    response = client_for(course_author(course)).post(
        url, {"language": "es", "kind": "captions", "text": text}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["source_format"] == "typed"
    assert [(c["start"], c["end"], c["text"]) for c in response.json()["cues"]] == [
        (None, None, "Hola, ¿qué tal?"),
        (None, None, "Bien,  &amp; 2 &lt; 3."),
        (None, None, "xAdiós."),
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"language": "español", "kind": "captions", "text": "Hola"}, "language"),
        ({"language": "es", "kind": "subtitles", "text": "Hola"}, "kind"),
        ({"language": "es", "kind": "captions", "text": " \n "}, "text"),
        ({"language": "es", "kind": "captions", "text": "Hola", "colour": "red"}, "colour"),
    ],
)
def test_invalid_typed_transcript_names_the_field(body: dict[str, str], field: str) -> None:
    course = make_course()
    url = reverse("captions-asset-tracks", kwargs={"asset_id": make_asset(course=course).pk})

    response = client_for(course_author(course)).post(url, body, format="json")

    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not CaptionTrack.objects.exists()


def test_timing_editor_saves_the_whole_list_and_bumps_the_version() -> None:
    course = make_course()
    track = make_track(make_asset(course=course))
    url = reverse("captions-track-cues", kwargs={"track_id": track.pk})
    cues = [
        {"start": 0, "end": 1200, "text": "Frase 0."},
        {"start": None, "end": None, "text": "Sin tiempo."},
        {"start": 1200, "end": 2000, "text": "<i>Otra</i>."},
    ]

    response = client_for(course_author(course)).put(
        url, {"version": 1, "cues": cues}, format="json"
    )

    assert response.status_code == 200, response.content
    assert response.json()["version"] == 2
    assert [(c["start"], c["end"], c["text"]) for c in response.json()["cues"]] == [
        (0, 1200, "Frase 0."),
        (None, None, "Sin tiempo."),
        (1200, 2000, "<i>Otra</i>."),
    ]


@pytest.mark.parametrize(
    ("cue", "field"),
    [
        ({"start": 2000, "end": 2000, "text": "x"}, "cues.1.end"),
        ({"start": 500, "end": 900, "text": "x"}, "cues.1.start"),
        ({"start": 2000, "end": 61_000, "text": "x"}, "cues.1.end"),
        ({"start": 2000, "end": None, "text": "x"}, "cues.1.end"),
        ({"start": 2000, "end": 3000, "text": "  "}, "cues.1.text"),
        ({"start": -1, "end": 3000, "text": "x"}, "cues.1.start"),
    ],
)
def test_invalid_cues_are_refused_by_name_and_nothing_changes(
    cue: dict[str, Any], field: str
) -> None:
    course = make_course()
    track = make_track(make_asset(course=course))
    url = reverse("captions-track-cues", kwargs={"track_id": track.pk})
    body = {"version": 1, "cues": [{"start": 1000, "end": 1900, "text": "ok"}, cue]}

    response = client_for(course_author(course)).put(url, body, format="json")

    assert response.status_code == 400
    assert field in response.json()["fields"]
    track.refresh_from_db()
    assert track.version == 1
    assert list(track.cues.values_list("text", flat=True)) == ["Frase 0.", "Frase 1."]


@pytest.mark.parametrize(
    ("method", "route", "body"),
    [
        ("put", "captions-track-cues", {"version": 1, "cues": []}),
        ("patch", "captions-track", {"version": 1, "label": "Mine"}),
    ],
)
def test_stale_version_is_a_conflict_with_the_current_track(
    method: str, route: str, body: dict[str, Any]
) -> None:
    course = make_course()
    track = make_track(make_asset(course=course))
    services.track_update(track=track, version=1, changes={"label": "Theirs"})

    response = getattr(client_for(course_author(course)), method)(
        reverse(route, kwargs={"track_id": track.pk}), body, format="json"
    )

    assert response.status_code == 409
    assert response.json()["code"] == "version_conflict"
    assert response.json()["current"]["label"] == "Theirs"
    assert response.json()["current"]["version"] == 2
    assert len(response.json()["current"]["cues"]) == 2
    assert track.cues.count() == 2


def test_patch_changes_language_kind_and_label() -> None:
    course = make_course()
    track = make_track(make_asset(course=course))

    response = client_for(course_author(course)).patch(
        reverse("captions-track", kwargs={"track_id": track.pk}),
        {"version": 1, "language": "EN-gb", "kind": "translation", "label": "English"},
        format="json",
    )

    assert response.status_code == 200
    assert {k: response.json()[k] for k in ("language", "kind", "label", "version")} == {
        "language": "en-gb",
        "kind": "translation",
        "label": "English",
        "version": 2,
    }


def test_vtt_is_a_webvtt_file_of_the_timed_cues() -> None:
    course = make_course()
    track = make_track(make_asset(course=course), cues=0)
    Cue.objects.create(track=track, position=0, start=1000, end=2500, text="<i>Hola</i> &amp; adiós",
                       identifier="one", settings="line:0")  # fmt: skip
    Cue.objects.create(track=track, position=1, text="untimed")
    Cue.objects.create(track=track, position=2, start=3_723_004, end=3_724_000, text="late")

    response = client_for(None).get(reverse("captions-track-vtt", kwargs={"track_id": track.pk}))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.decode() == (
        "WEBVTT\n\none\n00:00:01.000 --> 00:00:02.500 line:0\n<i>Hola</i> &amp; adiós\n\n"
        "01:02:03.004 --> 01:02:04.000\nlate\n"
    )


def test_vtt_of_an_uploaded_file_parses_back_to_the_same_cues(corpus_dir: Path) -> None:
    from glossa.captions.parsing import captions_read

    course = make_course()
    content = (corpus_dir / "srt" / "pysrt_capability_tester.srt").read_bytes()
    created = _upload(
        client_for(course_author(course)), make_asset(course=course), "c.srt", content
    )

    vtt = client_for(None).get(created.json()["url"]).content
    again = captions_read(vtt)

    assert (again.refused, again.errors) == (False, [])
    assert [(c.start, c.end, c.text, c.settings) for c in again.cues] == [
        (c["start"], c["end"], c["text"], c["settings"]) for c in created.json()["cues"]
    ]


def test_track_list_query_count_does_not_grow_with_tracks(
    django_assert_num_queries: Callable[..., Any],
) -> None:
    course = make_course()
    asset = make_asset(course=course)
    author = course_author(course)
    url = reverse("captions-asset-tracks", kwargs={"asset_id": asset.pk})
    make_track(asset)
    client = client_for(author)
    # asset + course, author check, tracks, cues
    with django_assert_num_queries(4):
        one = client.get(url)
    make_track(asset, kind="translation", cues=5)
    make_track(asset, cues=3)
    with django_assert_num_queries(4):
        three = client.get(url)

    assert (len(one.json()), len(three.json())) == (1, 3)


def test_cues_sent_back_as_loaded_keep_identifiers_and_settings() -> None:
    course = make_course()
    track = make_track(make_asset(course=course), cues=0)
    Cue.objects.create(track=track, position=0, start=0, end=900, text="Hola", identifier="a",
                       settings="align:start")  # fmt: skip
    client = client_for(course_author(course))
    loaded = client.get(reverse("captions-track", kwargs={"track_id": track.pk})).json()
    cues = loaded["cues"] + [
        {"start": 1000, "end": 1500, "text": "Nueva", "settings": "line:0 bogus:1 size:200%"}
    ]

    response = client.put(
        reverse("captions-track-cues", kwargs={"track_id": track.pk}),
        {"version": loaded["version"], "cues": cues},
        format="json",
    )

    assert response.status_code == 200, response.content
    assert [(c["identifier"], c["settings"]) for c in response.json()["cues"]] == [
        ("a", "align:start"),
        ("", "line:0"),
    ]


def test_cue_identifier_with_an_arrow_is_refused() -> None:
    course = make_course()
    track = make_track(make_asset(course=course))
    body = {"version": 1, "cues": [{"start": 0, "end": 900, "text": "x", "identifier": "a-->b"}]}

    response = client_for(course_author(course)).put(
        reverse("captions-track-cues", kwargs={"track_id": track.pk}), body, format="json"
    )

    assert response.status_code == 400
    assert "cues.0.identifier" in response.json()["fields"]
