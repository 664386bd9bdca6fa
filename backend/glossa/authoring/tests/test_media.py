"""Audio and video blocks point at uploaded assets; who may play a course's media."""

import pytest
from django.contrib.auth.models import AnonymousUser

from glossa.accounts.models import Role, User
from glossa.authoring.tests.conftest import World, client_for
from glossa.captions.models import CaptionTrack, Cue
from glossa.courses.models import Block, BlockType, Course, CourseStatus
from glossa.courses.selectors import course_media_visible
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_enrollment,
    make_user,
)
from glossa.media.models import MediaAsset, MediaKind, MediaRendition, MediaStatus

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def make_asset(
    *, owner: User, kind: str = MediaKind.AUDIO, course: Course | None = None
) -> MediaAsset:
    asset = MediaAsset.objects.create(
        owner=owner,
        course=course,
        kind=kind,
        original=f"private/media/originals/{kind}.bin",
        original_name=f"greeting.{'mp3' if kind == MediaKind.AUDIO else 'mp4'}",
        size=1000,
        status=MediaStatus.READY,
        duration=2.5,
    )
    name = "audio_aac" if kind == MediaKind.AUDIO else "video_720"
    MediaRendition.objects.create(
        asset=asset, name=name, file=f"private/r/{name}", content_type="audio/mp4", size=10
    )
    return asset


def test_upload_joins_course_and_block_plays_it_when_author_picks_it(world: World) -> None:
    asset = make_asset(owner=world.coauthor)
    client = client_for(world.coauthor)

    response = client.post(
        f"{API}/lessons/{world.lesson.pk}/blocks",
        {"type": "audio", "title": "Listen", "media_id": asset.pk},
        format="json",
    )

    assert response.status_code == 201, response.json()
    media = response.json()["media"]
    assert media["id"] == asset.pk
    assert media["status"] == "ready"
    assert [source["label"] for source in media["sources"]] == ["AAC"]
    asset.refresh_from_db()
    assert asset.course_id == world.course.pk


@pytest.mark.parametrize("case", ["wrong-kind", "other-course", "other-teacher", "missing"])
def test_media_error_and_block_unchanged_when_asset_does_not_fit(world: World, case: str) -> None:
    block = make_block(lesson=world.lesson, type=BlockType.VIDEO, title="Watch")
    stranger = make_user(role=Role.TEACHER)
    assets = {
        "wrong-kind": make_asset(owner=world.owner, kind=MediaKind.AUDIO),
        "other-course": make_asset(
            owner=world.owner, kind=MediaKind.VIDEO, course=make_course(owner=world.owner)
        ),
        "other-teacher": make_asset(owner=stranger, kind=MediaKind.VIDEO),
    }
    media_id = assets[case].pk if case in assets else 999_999

    response = client_for(world.owner).patch(
        f"{API}/blocks/{block.pk}", {"media_id": media_id, "version": 1}, format="json"
    )

    assert response.status_code == 400
    assert "media_id" in response.json()["fields"]
    block.refresh_from_db()
    assert (block.media_id, block.version) == (None, 1)


def test_learner_gets_media_and_captions_when_lesson_has_a_video_block(world: World) -> None:
    asset = make_asset(owner=world.owner, kind=MediaKind.VIDEO, course=world.course)
    block = make_block(lesson=world.lesson, type=BlockType.VIDEO, title="Watch")
    Block.objects.filter(pk=block.pk).update(media=asset)
    track = CaptionTrack.objects.create(
        asset=asset, language="es", kind="captions", label="Español", source_format="webvtt"
    )
    Cue.objects.create(track=track, position=1, start=0, end=1500, text="Hola")
    learner = make_user()
    make_enrollment(user=learner, course=world.course)

    response = client_for(learner).get(f"/api/v1/lessons/{world.lesson.pk}")

    assert response.status_code == 200
    video = next(b for b in response.json()["blocks"] if b["id"] == block.pk)
    assert video["type"] == "video"
    assert video["media"]["id"] == asset.pk
    assert video["media"]["sources"][0]["label"] == "720p"
    assert video["tracks"][0]["cues"] == [{"start": 0, "end": 1500, "text": "Hola"}]


def _course(status: str = CourseStatus.PUBLISHED, *, enrollment_only: bool = False) -> Course:
    course = make_course(status=status)
    Course.objects.filter(pk=course.pk).update(media_requires_enrollment=enrollment_only)
    course.refresh_from_db()
    return course


def test_media_of_published_course_plays_for_anyone_when_enrollment_not_required() -> None:
    course = _course()

    assert course_media_visible(user=AnonymousUser(), course=course)
    assert course_media_visible(user=make_user(), course=course)


def test_media_needs_enrollment_when_course_requires_it() -> None:
    course = _course(enrollment_only=True)
    enrolled, other = make_user(), make_user()
    make_enrollment(user=enrolled, course=course)
    owner = course.course_authors.get().user

    assert not course_media_visible(user=AnonymousUser(), course=course)
    assert not course_media_visible(user=other, course=course)
    assert course_media_visible(user=enrolled, course=course)
    assert course_media_visible(user=owner, course=course)
    assert course_media_visible(user=make_user(role=Role.MODERATOR, is_staff=True), course=course)


def test_media_of_draft_or_trashed_course_only_for_authors_and_admins() -> None:
    draft = _course(CourseStatus.DRAFT)
    trashed = _course()
    Course.objects.filter(pk=trashed.pk).update(deleted_at="2026-01-01T00:00:00Z")
    trashed.refresh_from_db()
    learner = make_user()
    make_enrollment(user=learner, course=trashed)

    for course in (draft, trashed):
        assert not course_media_visible(user=learner, course=course)
        assert not course_media_visible(user=make_user(role=Role.TEACHER), course=course)
        assert course_media_visible(user=course.course_authors.get().user, course=course)
        assert course_media_visible(user=make_user(role=Role.ADMIN), course=course)
