"""Read a course package into a new draft course owned by the importer.

Everything is checked before anything is written: the zip's entries (see ``archive``), the
manifest's shape, that every reference points at something of the right kind, and each
media file's size and SHA-256. Rows are then made through the owning apps' services (media
is probed and limited like any upload; questions are validated like the editor's), in one
transaction; files stored before a failure are deleted again.
"""

import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.authoring import services as authoring
from glossa.captions.models import CaptionTrack, Cue
from glossa.courses.models import INDEXED_CHARS, Block, BlockType, Course, Lesson
from glossa.exercises.services import exercise_set_item_add
from glossa.media import services as media_services
from glossa.media.models import MediaAsset
from glossa.media.services import media_asset_create
from glossa.packages.archive import PackageArchive, PackageInvalidError, package_open
from glossa.packages.manifest import FORMAT, SCHEMA_VERSION, ManifestSerializer
from glossa.questions.models import Category, Question, QuestionBank
from glossa.questions.services import (
    InvalidBankNameError,
    QuestionChanges,
    question_bank_create,
    question_create,
)
from glossa.speech.selectors import voices_get
from glossa.speech.services import speech_block_sync

logger = logging.getLogger(__name__)

CHUNK = 1024 * 1024
# No package nests deeper than about a dozen levels; far deeper JSON would exhaust Python's
# recursion when it is parsed, stored or exported again.
MAX_DEPTH = 32
# Cues per INSERT: 100 of the longest (10,000 characters) stay far below MariaDB's default
# max_allowed_packet (16 MB), which one statement for a whole long track can exceed.
CUE_BATCH = 100

# The keys each type of block has in a manifest.
BLOCK_KEYS: dict[str, frozenset[str]] = {
    BlockType.TEXT: frozenset({"type", "title", "markdown", "speech_voices", "audio"}),
    BlockType.AUDIO: frozenset({"type", "title", "transcript", "media", "audio"}),
    BlockType.VIDEO: frozenset({"type", "title", "transcript", "media", "audio"}),
    BlockType.DIALOGUE: frozenset({"type", "title", "speech_voices", "lines"}),
    BlockType.EXERCISE_SET: frozenset({"type", "title", "exercise_set"}),
}


@dataclass
class ImportResult:
    course: Course
    bank: QuestionBank | None
    warnings: list[str] = field(default_factory=list)


def _flatten(detail: Any, prefix: str) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        fields: dict[str, list[str]] = {}
        for key, value in detail.items():
            fields.update(_flatten(value, f"{prefix}.{key}"))
        return fields
    if isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        fields = {}
        for index, item in enumerate(detail):
            if item:
                fields.update(_flatten(item, f"{prefix}.{index}"))
        return fields
    return {prefix: [str(item) for item in detail] if isinstance(detail, list) else [str(detail)]}


def _invalid(field_name: str, message: str) -> PackageInvalidError:
    return PackageInvalidError(
        _("manifest.json is not valid: %(message)s") % {"message": message},
        fields={field_name: [message]},
    )


def _too_deep(data: Any) -> bool:
    """Tell whether ``data`` nests deeper than ``MAX_DEPTH`` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return False


def manifest_read(archive: PackageArchive) -> dict[str, Any]:
    """Parse and check the manifest; raise ``PackageInvalidError`` naming each bad field."""
    too_deep = _("manifest.json is nested too deeply: at most %(limit)s levels.") % {
        "limit": MAX_DEPTH
    }
    try:
        data = json.loads(archive.read_manifest().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageInvalidError(
            _("manifest.json is not readable JSON (UTF-8): %(error)s") % {"error": error}
        ) from error
    except RecursionError:
        raise PackageInvalidError(too_deep) from None
    if _too_deep(data):
        raise PackageInvalidError(too_deep)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackageInvalidError(
            _("This is not a Glossa course package: manifest.json does not say so.")
        )
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise _invalid("manifest.schema_version", _("The schema version is missing."))
    if version > SCHEMA_VERSION:
        raise PackageInvalidError(
            _(
                "This package was made by a newer Glossa (package schema %(version)s); this "
                "one reads schema %(supported)s. Update Glossa to import it."
            )
            % {"version": version, "supported": SCHEMA_VERSION}
        )
    serializer = ManifestSerializer(data=data)
    if not serializer.is_valid():
        fields = _flatten(serializer.errors, "manifest")
        raise PackageInvalidError(
            _("manifest.json is not valid. Check the fields named and export the course again."),
            fields=fields,
        )
    manifest: dict[str, Any] = serializer.validated_data
    _references_check(manifest, archive)
    return manifest


def _references_check(manifest: dict[str, Any], archive: PackageArchive) -> None:
    media = {entry["ref"]: entry for entry in manifest["media"]}
    questions = {question["ref"] for question in manifest["questions"]}
    if len(media) != len(manifest["media"]) or len(questions) != len(manifest["questions"]):
        raise _invalid("manifest", _("Two media files or two questions have the same ref."))
    for index, entry in enumerate(manifest["media"]):
        where = f"manifest.media.{index}"
        if entry["path"] != f"media/{entry['sha256']}{PurePosixPath(entry['path']).suffix}":
            raise _invalid(f"{where}.path", _("The file name must be the file's SHA-256."))
        stored = archive.media.get(entry["path"])
        if stored is None:
            raise _invalid(f"{where}.path", _("The package does not hold this file."))
        if stored.file_size != entry["size"]:
            raise _invalid(f"{where}.size", _("The file's size differs from the manifest's."))

    def expect(ref: str | None, where: str, kind: str | None, storage: str) -> None:
        if ref is None:
            return
        entry = media.get(ref)
        if entry is None or entry["type"] != storage or (kind and entry["kind"] != kind):
            messages = {
                "audio": _("“%(ref)s” is not an audio file of the package."),
                "video": _("“%(ref)s” is not a video file of the package."),
            }
            message = messages.get(kind or "", _("“%(ref)s” is not a media file of the package."))
            raise _invalid(where, message % {"ref": ref})

    for l_index, lesson in enumerate(manifest["lessons"]):
        for b_index, block in enumerate(lesson["blocks"]):
            where = f"manifest.lessons.{l_index}.blocks.{b_index}"
            extra = sorted(set(block) - BLOCK_KEYS[block["type"]])
            if extra:
                raise _invalid(
                    f"{where}.{extra[0]}", _("This key does not apply to this type of block.")
                )
            expect(block.get("media"), f"{where}.media", block["type"], "asset")
            expect(block.get("audio"), f"{where}.audio", "audio", "file")
            for n, line in enumerate(block.get("lines", [])):
                expect(line["audio"], f"{where}.lines.{n}.audio", "audio", "file")
            for n, item in enumerate((block.get("exercise_set") or {}).get("items", [])):
                if item["question"] not in questions:
                    raise _invalid(
                        f"{where}.exercise_set.items.{n}.question",
                        _("No question of the package has this ref."),
                    )
    for index, question in enumerate(manifest["questions"]):
        expect(question["media"], f"manifest.questions.{index}.media", "audio", "asset")


class _Stored:
    """Files stored so far, deleted again if the import fails."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def delete_all(self) -> None:
        for name in self.names:
            try:
                default_storage.delete(name)
            except OSError:
                logger.warning("packages.import.cleanup_failed")


def _extract(archive: PackageArchive, entry: dict[str, Any], directory: Path) -> Path:
    """Copy a media file out to ``directory``, checking its SHA-256 on the way."""
    target = directory / f"{entry['ref']}{PurePosixPath(entry['path']).suffix}"
    digest = hashlib.sha256()
    with target.open("wb") as handle:
        for chunk in archive.media_chunks(entry["path"]):
            digest.update(chunk)
            handle.write(chunk)
    if digest.hexdigest() != entry["sha256"]:
        raise PackageInvalidError(
            _("“%(path)s” is damaged: its SHA-256 differs from the manifest's.")
            % {"path": entry["path"]}
        )
    return target


@dataclass
class _Context:
    owner: User
    course: Course
    archive: PackageArchive
    directory: Path
    stored: _Stored
    media: dict[str, dict[str, Any]]
    assets: dict[str, MediaAsset] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    voices: frozenset[str] = frozenset()
    warnings: list[str] = field(default_factory=list)


def _asset(context: _Context, ref: str | None) -> MediaAsset | None:
    if ref is None:
        return None
    if ref not in context.assets:
        entry = context.media[ref]
        path = _extract(context.archive, entry, context.directory)
        asset = media_asset_create(
            user=context.owner,
            path=path,
            original_name=entry["original_name"],
            course_id=context.course.pk,
        )
        context.stored.names.append(asset.original.name)
        _tracks_create(asset, entry["tracks"])
        context.assets[ref] = asset
    return context.assets[ref]


def _tracks_create(asset: MediaAsset, tracks: list[dict[str, Any]]) -> None:
    for data in tracks:
        cues = data["cues"]
        track = CaptionTrack.objects.create(
            asset=asset, **{key: value for key, value in data.items() if key != "cues"}
        )
        Cue.objects.bulk_create(
            (Cue(track=track, position=position, **cue) for position, cue in enumerate(cues)),
            batch_size=CUE_BATCH,
        )


def _file(context: _Context, ref: str | None, field_file: Any) -> None:
    """Store a recording kept on a block or line: audio within the audio limit, as uploaded."""
    if ref is None:
        return
    if ref in context.files:
        field_file.name = context.files[ref]
        field_file.instance.save(update_fields=[field_file.field.name])
        return
    entry = context.media[ref]
    path = _extract(context.archive, entry, context.directory)
    try:
        media_services.audio_recording_check(path=path)
    except media_services.UnsupportedMediaError as error:
        raise PackageInvalidError(f"{entry['path']}: {error.message}") from error
    name = PurePosixPath(entry["original_name"]).name
    if name in ("", ".", ".."):  # names no storage keeps
        name = path.name
    with path.open("rb") as handle:
        field_file.save(name, File(handle), save=True)
    context.stored.names.append(field_file.name)
    context.files[ref] = field_file.name


def _bank(context: _Context, questions: list[dict[str, Any]]) -> QuestionBank | None:
    if not questions:
        return None
    bank = _bank_create(context.owner, context.course.title[: INDEXED_CHARS - 8])
    paths = [_category_path(question["category"]) for question in questions]
    categories = _categories(bank, [path for path in paths if path])
    for data, path in zip(questions, paths, strict=True):
        asset = _asset(context, data["media"])
        category = categories.get(path.casefold()) if path else None
        context.questions[data["ref"]] = question_create(
            user=context.owner,
            bank=bank,
            changes=QuestionChanges(
                type=data["type"],
                title=data["title"],
                text=data["text"],
                text_format=data["text_format"],
                general_feedback=data["general_feedback"],
                general_feedback_format=data["general_feedback_format"],
                data=data["data"],
                category_id=category.pk if category else None,
                media_id=asset.pk if asset else None,
            ),
        )
    return bank


def _bank_create(owner: User, base: str) -> QuestionBank:
    """Create ``owner``'s bank named ``base``, or ``"base (2)"``… when that name is taken.

    Two imports at once may both find the same name free; the unique constraint refuses the
    one that commits second, which then takes the next name instead of failing.
    """
    taken = set(
        QuestionBank.objects.filter(owner=owner, name__startswith=base).values_list(
            "name", flat=True
        )
    )
    candidates = [base, *(f"{base} ({n})" for n in range(2, len(taken) + 12))]
    free = [name for name in candidates if name not in taken]
    for name in free[:-1]:
        try:
            return question_bank_create(owner=owner, name=name)
        except InvalidBankNameError:
            continue
    return question_bank_create(owner=owner, name=free[-1])


def _category_path(path: str | None) -> str | None:
    """``path`` without empty levels (``"/a//b/"`` is ``"a/b"``); ``None`` when none is left."""
    return "/".join(name for name in (path or "").split("/") if name.strip()) or None


def _categories(bank: QuestionBank, paths: list[str]) -> dict[str, Category]:
    """Create the categories of ``paths`` and their parents, keyed by casefolded path.

    Paths that differ only in case are one category (the first spelling wins), as MySQL's
    collation compares them: questions from two banks may spell a category differently.
    """
    made: dict[str, Category] = {}
    for path in paths:
        names = path.split("/")
        for depth in range(1, len(names) + 1):
            prefix = "/".join(names[:depth])
            if prefix.casefold() not in made:
                parent = made.get("/".join(names[: depth - 1]).casefold()) if depth > 1 else None
                made[prefix.casefold()] = Category.objects.create(
                    bank=bank, name=names[depth - 1][:INDEXED_CHARS], parent=parent, path=prefix
                )
    return made


def _voices(context: _Context, voices: list[str]) -> list[str]:
    kept = [voice for voice in voices if voice in context.voices]
    for voice in voices:
        if voice not in context.voices:
            context.warnings.append(
                _("The voice “%(voice)s” is not installed here; it was left out.")
                % {"voice": voice}
            )
    return kept


def _lesson(context: _Context, data: dict[str, Any]) -> Lesson:
    lesson = authoring.lesson_author_create(course=context.course, title=data["title"])
    for block_data in data["blocks"]:
        _block(context, lesson, block_data)
    return lesson


def _block(context: _Context, lesson: Lesson, data: dict[str, Any]) -> Block:
    kind = data["type"]
    changes: authoring.BlockChanges = {"title": data["title"]}
    if kind == BlockType.TEXT:
        changes |= {
            "markdown": data.get("markdown", ""),
            "speech_voices": _voices(context, data.get("speech_voices", [])),
        }
    elif kind in (BlockType.AUDIO, BlockType.VIDEO):
        asset = _asset(context, data.get("media"))
        changes |= {
            "transcript": data.get("transcript", ""),
            "media_id": asset.pk if asset else None,
        }
    elif kind == BlockType.DIALOGUE:
        changes["speech_voices"] = _voices(context, data.get("speech_voices", []))
    block = authoring.block_author_create(
        user=context.owner, lesson=lesson, type=kind, changes=changes
    )
    if kind in (BlockType.TEXT, BlockType.AUDIO, BlockType.VIDEO):
        _file(context, data.get("audio"), block.audio)
    for line_data in data.get("lines", []):
        line = authoring.line_create(
            block=block,
            changes={
                "speaker": line_data["speaker"],
                "text": line_data["text"],
                "translation": line_data["translation"],
            },
        )
        _file(context, line_data["audio"], line.audio)
    exercise_set = data.get("exercise_set")
    if kind == BlockType.EXERCISE_SET and exercise_set:
        block.exercise_set.title = exercise_set["title"]
        block.exercise_set.save(update_fields=["title"])
        for item in exercise_set["items"]:
            exercise_set_item_add(
                exercise_set=block.exercise_set,
                question=context.questions[item["question"]],
                points=item["points"],
            )
    if block.speech_voices:
        speech_block_sync(block=block)
    return block


def course_package_read(*, owner: User, source: IO[bytes]) -> ImportResult:
    """Import the package in ``source`` (a seekable binary file) as a new draft of ``owner``.

    Raises ``PackageInvalidError`` / ``PackageTooLargeError`` (nothing written) or the
    services' own domain errors (a media file the probe refuses, an invalid question).
    """
    stored = _Stored()
    with (
        package_open(source) as archive,
        tempfile.TemporaryDirectory(prefix="glossa-package-") as workdir,
    ):
        manifest = manifest_read(archive)
        try:
            with transaction.atomic():
                result = _write(owner, manifest, archive, Path(workdir), stored)
        except BaseException:
            stored.delete_all()
            raise
    logger.info(
        "packages.course.imported course_id=%s lessons=%s media=%s",
        result.course.pk,
        len(manifest["lessons"]),
        len(manifest["media"]),
    )
    return result


def _write(
    owner: User, manifest: dict[str, Any], archive: PackageArchive, workdir: Path, stored: _Stored
) -> ImportResult:
    data = manifest["course"]
    course = authoring.course_author_create(owner=owner, **data)
    context = _Context(
        owner=owner,
        course=course,
        archive=archive,
        directory=workdir,
        stored=stored,
        media={entry["ref"]: entry for entry in manifest["media"]},
        voices=frozenset(voice.id for voice in voices_get()),
    )
    bank = _bank(context, manifest["questions"])
    for lesson in manifest["lessons"]:
        _lesson(context, lesson)
    # Media no block or question uses still travel with the course.
    for ref, entry in context.media.items():
        if entry["type"] == "asset":
            _asset(context, ref)
    return ImportResult(course=course, bank=bank, warnings=context.warnings)
