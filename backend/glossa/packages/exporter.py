"""Write a course as a package: ``manifest.json`` plus the media originals under ``media/``.

The zip is reproducible: entries carry a fixed date and the manifest has no ids or times, so
the same course gives the same bytes. Media are stored uncompressed (they are compressed
already); the manifest is deflated.
"""

import hashlib
import json
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO, Any

from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from glossa.captions.models import CaptionTrack, Cue
from glossa.common.exceptions import ConflictError
from glossa.courses.models import Block, BlockType, Course, DialogueLine, Lesson
from glossa.exercises.models import ExerciseSetItem
from glossa.media.models import MediaAsset
from glossa.packages.archive import MANIFEST_NAME
from glossa.packages.manifest import FORMAT, SCHEMA_VERSION
from glossa.questions.models import Question

logger = logging.getLogger(__name__)

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
# What no file name may hold on Windows, macOS or Linux, and control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
CHUNK = 1024 * 1024
_SUFFIX = re.compile(r"^[a-z0-9]{1,5}$")


class PackageMediaMissingError(ConflictError):
    code = "media_missing"


@dataclass
class _Media:
    """The package's media list as it is built: refs in order of first use."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    by_asset: dict[int, str] = field(default_factory=dict)
    by_file: dict[str, str] = field(default_factory=dict)
    assets: dict[str, MediaAsset] = field(default_factory=dict)

    def asset(self, asset: MediaAsset | None) -> str | None:
        if asset is None:
            return None
        if asset.pk not in self.by_asset:
            ref = f"m{len(self.entries) + 1}"
            self.by_asset[asset.pk] = ref
            self.assets[ref] = asset
            self.entries.append(
                {
                    "ref": ref,
                    "type": "asset",
                    "kind": asset.kind,
                    "name": asset.original.name,
                    "original_name": asset.original_name,
                }
            )
        return self.by_asset[asset.pk]

    def file(self, name: str) -> str | None:
        if not name:
            return None
        if name not in self.by_file:
            ref = f"m{len(self.entries) + 1}"
            self.by_file[name] = ref
            self.entries.append(
                {
                    "ref": ref,
                    "type": "file",
                    "kind": "audio",
                    "name": name,
                    "original_name": PurePosixPath(name).name,
                }
            )
        return self.by_file[name]


def _lessons(course: Course) -> list[Lesson]:
    items = ExerciseSetItem.objects.select_related(
        "question__category", "question__media"
    ).order_by("position", "id")
    blocks = (
        Block.objects.filter(deleted_at__isnull=True)
        .select_related("media", "exercise_set")
        .prefetch_related(
            Prefetch("lines", queryset=DialogueLine.objects.order_by("position", "id")),
            Prefetch("exercise_set__items", queryset=items),
        )
        .order_by("position", "id")
    )
    return list(
        Lesson.objects.filter(course=course, deleted_at__isnull=True)
        .prefetch_related(Prefetch("blocks", queryset=blocks))
        .order_by("position", "id")
    )


def _block(block: Block, media: _Media, questions: dict[int, Question]) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.type, "title": block.title}
    if block.type == BlockType.TEXT:
        data |= {
            "markdown": block.markdown,
            "speech_voices": list(block.speech_voices or []),
            "audio": media.file(block.audio.name),
        }
    elif block.type in (BlockType.AUDIO, BlockType.VIDEO):
        data |= {
            "transcript": block.transcript,
            "media": media.asset(block.media),
            "audio": media.file(block.audio.name),
        }
    elif block.type == BlockType.DIALOGUE:
        data["speech_voices"] = list(block.speech_voices or [])
        data["lines"] = [
            {
                "speaker": line.speaker,
                "text": line.text,
                "translation": line.translation,
                "audio": media.file(line.audio.name),
            }
            for line in block.lines.all()
        ]
    elif block.type == BlockType.EXERCISE_SET:
        exercise_set = getattr(block, "exercise_set", None)
        data["exercise_set"] = None
        if exercise_set is not None:
            items = []
            for item in exercise_set.items.all():
                questions.setdefault(item.question_id, item.question)
                items.append({"question": item.question_id, "points": float(item.points)})
            data["exercise_set"] = {"title": exercise_set.title, "items": items}
    return data


def _question(question: Question, ref: str, media: _Media) -> dict[str, Any]:
    return {
        "ref": ref,
        "type": question.type,
        "title": question.title,
        "text": question.text,
        "text_format": question.text_format,
        "general_feedback": question.general_feedback,
        "general_feedback_format": question.general_feedback_format,
        "data": question.data,
        "category": question.category.path if question.category else None,
        "media": media.asset(question.media),
    }


def _tracks(assets: list[MediaAsset]) -> dict[int, list[dict[str, Any]]]:
    tracks = CaptionTrack.objects.filter(asset__in=assets).prefetch_related(
        Prefetch("cues", queryset=Cue.objects.order_by("position"))
    )
    by_asset: dict[int, list[dict[str, Any]]] = {}
    for track in tracks:
        by_asset.setdefault(track.asset_id, []).append(
            {
                "language": track.language,
                "kind": track.kind,
                "label": track.label,
                "source_format": track.source_format,
                "encoding": track.encoding,
                "original_name": track.original_name,
                "cues": [
                    {
                        "start": cue.start,
                        "end": cue.end,
                        "text": cue.text,
                        "identifier": cue.identifier,
                        "settings": cue.settings,
                    }
                    for cue in track.cues.all()
                ],
            }
        )
    return by_asset


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def _media_write(archive: zipfile.ZipFile, entry: dict[str, Any], written: set[str]) -> None:
    """Hash the stored file, then copy it in as ``media/<sha256>.<suffix>`` (once per content)."""
    name = entry.pop("name")
    digest, size = hashlib.sha256(), 0
    try:
        handle = default_storage.open(name, "rb")
    except FileNotFoundError:
        logger.warning("packages.export.media_missing ref=%s", entry["ref"])
        raise PackageMediaMissingError(
            _(
                "The media file “%(name)s” of this course is missing from storage. Upload it "
                "again, or remove it from its lesson, and export again."
            )
            % {"name": entry["original_name"]}
        ) from None
    with handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    suffix = PurePosixPath(name).suffix.lower().lstrip(".")
    path = f"media/{digest.hexdigest()}.{suffix if _SUFFIX.match(suffix) else 'bin'}"
    entry |= {"sha256": digest.hexdigest(), "size": size, "path": path}
    if path in written:
        return
    written.add(path)
    info = _info(path, zipfile.ZIP_STORED)
    with (
        default_storage.open(name, "rb") as handle,
        archive.open(info, "w", force_zip64=size > 2**31) as target,
    ):
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            target.write(chunk)


def package_file_name(course: Course) -> str:
    """The package's file name: the course title as people read it (Cyrillic kept)."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", course.title).split()).strip(". ")[:100]
    return f"{name or course.slug}.zip"


def course_package_write(*, course: Course, target: IO[bytes]) -> dict[str, Any]:
    """Write the package of ``course`` (its live lessons and blocks) to ``target``.

    Returns the manifest. Media files are read from storage one chunk at a time.
    """
    media = _Media()
    questions: dict[int, Question] = {}
    lessons: list[dict[str, Any]] = [
        {
            "title": lesson.title,
            "blocks": [_block(block, media, questions) for block in lesson.blocks.all()],
        }
        for lesson in _lessons(course)
    ]
    question_refs = {question_id: f"q{n}" for n, question_id in enumerate(questions, start=1)}
    for lesson in lessons:
        for block in lesson["blocks"]:
            for item in (block.get("exercise_set") or {}).get("items", []):
                item["question"] = question_refs[item["question"]]
    question_list = [
        _question(question, question_refs[question_id], media)
        for question_id, question in questions.items()
    ]
    tracks = _tracks(list(media.assets.values()))

    with zipfile.ZipFile(target, "w") as archive:
        written: set[str] = set()
        for entry in media.entries:
            asset = media.assets.get(entry["ref"])
            _media_write(archive, entry, written)
            entry["tracks"] = tracks.get(asset.pk, []) if asset else []
        manifest = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "course": {
                "title": course.title,
                "summary": course.summary,
                "description": course.description,
                "language": course.language,
                "level": course.level,
                "media_requires_enrollment": course.media_requires_enrollment,
            },
            "lessons": lessons,
            "questions": question_list,
            "media": media.entries,
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        archive.writestr(_info(MANIFEST_NAME, zipfile.ZIP_DEFLATED), text.encode())
    return manifest
