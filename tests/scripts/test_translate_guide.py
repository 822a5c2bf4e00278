"""scripts/translate_guide.py: a translator's shortcuts, and the English diff since a translation."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from desktopguide.core.content.translation_files import english_hash_for, stamp_translation
from tests.scripts.script_module import load_script


def script() -> ModuleType:
    return load_script("translate_guide")


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=folder, check=True,
                   capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_english_diff_shows_what_changed_since_the_translation_was_made(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(content, "init", "-q")
    git(content, "add", "-A")
    git(content, "commit", "-q", "-m", "first")
    translation = content / "guides/agents-at-door/es.md"
    translation.write_text(stamp_translation(translation.read_text(encoding="utf-8"), english_hash_for(translation)),
                           encoding="utf-8")
    english = content / "guides/agents-at-door/en.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace("Keep the door closed.", "Keep it shut."), encoding="utf-8"
    )
    git(content, "commit", "-q", "-am", "second")
    assert script().run(["--english-diff", str(translation)]) == 0
    out = capsys.readouterr().out
    assert "-Keep the door closed." in out and "+Keep it shut." in out


def test_without_arguments_the_script_prints_its_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert script().run([]) == 2
    assert "--english-diff FILE" in capsys.readouterr().err
