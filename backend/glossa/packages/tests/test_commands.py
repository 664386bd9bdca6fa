"""export_course and import_course: the same packages from the command line."""

from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from glossa.accounts.models import Role
from glossa.courses.models import Course
from glossa.courses.tests.factories import make_user
from glossa.packages.tests.conftest import Rich

pytestmark = pytest.mark.django_db(transaction=True)


def test_course_exported_and_imported_from_the_command_line(
    rich: Rich, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    importer = make_user(role=Role.TEACHER)
    path = tmp_path / "cafe.zip"

    call_command("export_course", str(rich.course.pk), str(path))
    call_command("import_course", str(path), "--owner", importer.email.upper())

    out = capsys.readouterr().out
    imported = Course.objects.get(authors=importer)
    assert f"Exported course {rich.course.pk} (Español en el café) to {path}" in out
    assert (
        f"Imported course {imported.pk} (Español en el café) as a draft of {importer.email}" in out
    )
    assert imported.lessons.count() == 2
    assert not (tmp_path / ".cafe.zip.partial").exists()


def test_export_refused_when_the_course_does_not_exist(tmp_path: Path, db: None) -> None:
    with pytest.raises(CommandError, match="No course with id 999."):
        call_command("export_course", "999", str(tmp_path / "x.zip"))

    assert list(tmp_path.iterdir()) == []


def test_import_refused_for_a_learner(rich: Rich, tmp_path: Path) -> None:
    learner = make_user(role=Role.LEARNER)
    path = tmp_path / "cafe.zip"
    call_command("export_course", str(rich.course.pk), str(path))

    with pytest.raises(CommandError, match="No active teacher or administrator"):
        call_command("import_course", str(path), "--owner", learner.email)

    assert Course.objects.count() == 1


def test_import_says_why_a_package_is_refused(rich: Rich, tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"not a zip")

    with pytest.raises(CommandError, match="the file is not a zip archive"):
        call_command("import_course", str(path), "--owner", rich.owner.email)

    assert Course.objects.count() == 1


def test_export_says_which_media_file_is_missing_and_leaves_no_file(
    rich: Rich, tmp_path: Path
) -> None:
    default_storage.delete(rich.audio.original.name)
    folder = tmp_path / "exports"
    folder.mkdir()

    with pytest.raises(CommandError, match="“hola.mp3” of this course is missing from storage"):
        call_command("export_course", str(rich.course.pk), str(folder / "cafe.zip"))

    assert list(folder.iterdir()) == []
