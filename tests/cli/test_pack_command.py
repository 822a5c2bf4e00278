"""`desktopguide pack`: keys, build, verify, trust, install, rollback, and refusals as one sentence."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from desktopguide.core.content.resources import bundled_content_dir, content_dir
from desktopguide.core.packs.active import forget_resolution


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    forget_resolution()
    yield
    forget_resolution()


def test_keygen_writes_a_secret_key_only_its_owner_can_read(tmp_path: Path, capsys) -> None:
    assert main(["pack", "keygen", "-o", str(tmp_path / "maintainer")]) == 0
    assert stat.S_IMODE((tmp_path / "maintainer.key").stat().st_mode) == 0o600
    assert "fingerprint:" in capsys.readouterr().out
    assert main(["pack", "keygen", "-o", str(tmp_path / "maintainer")]) == 2  # never overwritten
    assert "exists already" in capsys.readouterr().err


def test_build_verify_trust_install_rollback(content: Path, tmp_path: Path, capsys) -> None:
    key = tmp_path / "maintainer"
    pack = tmp_path / "update.dgpack"
    assert main(["pack", "keygen", "-o", str(key)]) == 0
    assert (
        main(
            [
                "pack",
                "build",
                "--key",
                f"{key}.key",
                "--content",
                str(content),
                "-o",
                str(pack),
                "--content-version",
                "2999.01.01",
            ]
        )
        == 0
    )
    capsys.readouterr()

    assert main(["pack", "install", str(pack)]) == 2  # no key trusted yet: nothing installed
    error = capsys.readouterr().err
    assert error.startswith("desktopguide: No signing key is trusted") and error.count("\n") == 1
    assert content_dir() == bundled_content_dir()

    assert main(["pack", "verify", str(pack), "--trusted-key", f"{key}.pub"]) == 0
    out = capsys.readouterr().out
    assert "Content version 2999.01.01" in out and "guides removed" in out  # the test content has fewer guides

    assert main(["pack", "trust", f"{key}.pub", "--name", "Test legal aid"]) == 0
    assert main(["pack", "install", str(pack)]) == 0
    assert "Installed content version 2999.01.01 signed by Test legal aid" in capsys.readouterr().out
    assert content_dir() != bundled_content_dir() and (content_dir() / "languages.yaml").is_file()
    assert main(["pack", "status", "--json"]) == 0
    assert '"version": "2999.01.01"' in capsys.readouterr().out

    assert main(["pack", "rollback"]) == 0
    assert "Back to the content bundled with the app" in capsys.readouterr().out
    assert content_dir() == bundled_content_dir()


def test_a_missing_pack_is_one_sentence_not_a_traceback(tmp_path: Path, capsys) -> None:
    assert main(["pack", "verify", str(tmp_path / "nothing.dgpack")]) == 2
    error = capsys.readouterr().err
    assert error == f"desktopguide: {tmp_path / 'nothing.dgpack'} does not exist\n"
