"""`desktopguide check` and the command line's promises: FILE:LINE, exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide import __version__
from desktopguide.cli.main import main
from tests.content_factory import write


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktopguide", *args], capture_output=True, text=True, cwd=cwd)


def test_check_passes_on_the_bundled_content() -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stderr


def test_check_exits_1_and_names_file_and_line(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(content / "directory/broken.yaml", "id: broken\nname: Broken\nkind: office\n")
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert f"{content / 'directory/broken.yaml'}:3: error: 'kind' is 'office'" in out


def test_check_exits_0_with_only_warnings(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "guides/agents-at-door/en.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Keep the door closed.", "Keep it closed."), encoding="utf-8"
    )
    assert main(["check", "--content", str(content)]) == 0
    captured = capsys.readouterr()
    assert "warning: out of date" in captured.out
    assert "0 errors, 1 warning" in captured.err


def test_check_of_a_missing_folder_is_one_sentence_without_traceback(tmp_path: Path) -> None:
    result = run_cli("check", "--content", str(tmp_path / "nowhere"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "does not exist" in result.stderr


def test_check_of_a_folder_without_content_says_so(tmp_path: Path) -> None:
    result = run_cli("check", "--content", str(tmp_path))
    assert result.returncode != 0
    assert "is not a content folder" in result.stderr and "Traceback" not in result.stderr


def test_every_kind_of_broken_input_gives_file_and_line_without_traceback(content: Path) -> None:
    write(content / "directory/empty.yaml", "")
    write(content / "directory/binary.yaml", b"\xff\xfe\x00garbage".decode("latin-1"))
    write(content / "glossary/bad-yaml.yaml", "id: bad-yaml\nterm: [\n")
    write(content / "guides/no-header/en.md", "# Just a heading\n")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    for name, line in [("directory/empty.yaml", 1), ("glossary/bad-yaml.yaml", 3), ("guides/no-header/en.md", 1)]:
        assert f"{content / name}:{line}: error:" in result.stdout, result.stdout
    assert f"{content / 'directory/binary.yaml'}:" in result.stdout


def test_version_is_printed() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"desktopguide {__version__}"


def test_unknown_language_for_the_app_is_one_sentence(tmp_path: Path) -> None:
    result = run_cli("--lang", "xx")
    assert result.returncode != 0
    assert "'xx' is not a language of this guide" in result.stderr
    assert "Traceback" not in result.stderr
