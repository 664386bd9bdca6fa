import stat
from pathlib import Path

from config.settings.base import load_or_create_secret_key


def test_key_is_created_once_and_kept_when_the_file_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "var" / "secret_key"

    first = load_or_create_secret_key(path)
    second = load_or_create_secret_key(path)

    assert len(first) >= 50
    assert second == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_two_installations_get_different_keys(tmp_path: Path) -> None:
    one = load_or_create_secret_key(tmp_path / "one")
    other = load_or_create_secret_key(tmp_path / "other")

    assert one != other
