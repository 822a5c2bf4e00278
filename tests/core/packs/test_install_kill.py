"""A kill at any point of an install leaves content the app can start on.

The install runs in a child process that is killed (SIGKILL: no clean-up runs) at every
step it reports, one run per step, and then at random moments of the real command. After
each kill the content the app would use must be whole: the old content or the new, never
a mix, and the next install must work.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.packs.active import active_content_dir, forget_resolution, installed_manifest
from desktopguide.core.packs.build import build_pack
from desktopguide.core.packs.install import install_pack
from desktopguide.core.packs.layout import packs_root

REPO = Path(__file__).resolve().parents[3]

KILL_AT_STEP = """
import os, signal, sys
from pathlib import Path
from desktopguide.core.packs.install import install_pack

kill_at = int(sys.argv[3])
calls = 0

def progress(stage, done, total):
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

install_pack(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress)
"""


@pytest.fixture
def prepared(trusted, bundled: Path, new_content: Path, tmp_path: Path, user_folders: dict[str, Path]):
    """Version 2999.02.01 installed (kept as a template), and a pack of 2999.03.01 to install over it."""
    first = build_pack(new_content, trusted[0], tmp_path / "first.dgpack", content_version="2999.02.01").path
    old = install_pack(first, bundled).folder
    (new_content / "sources.yaml").write_text((new_content / "sources.yaml").read_text() + "\n# newer\n")
    second = build_pack(new_content, trusted[0], tmp_path / "second.dgpack", content_version="2999.03.01").path
    template = Path(shutil.copytree(user_folders["data"], tmp_path / "data-template"))
    return old, second, template


def restore(template: Path, data: Path) -> None:
    shutil.rmtree(data)
    shutil.copytree(template, data)
    forget_resolution()


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def assert_content_works(bundled: Path, old: Path) -> str:
    """The content the app would start on is the old install or a whole new one; which."""
    forget_resolution()
    root = active_content_dir(bundled)
    assert root != bundled, "the old installed content must still be in use, or the new one"
    if root != old:
        assert installed_manifest(root.parent, deep=True)[0].content_version == "2999.03.01"
    assert not [problem for problem in load_library(root).problems if problem.is_error]
    return "old" if root == old else "new"


def count_steps(pack: Path, bundled: Path, tmp_path: Path) -> int:
    steps: list[str] = []
    install_pack(pack, bundled, root=tmp_path / "counting", progress=lambda stage, done, total: steps.append(stage))
    return len(steps)


def test_a_kill_at_every_step_of_an_install_leaves_working_content(
    prepared, bundled: Path, tmp_path: Path, user_folders
) -> None:
    old, pack, template = prepared
    steps = count_steps(pack, bundled, tmp_path)
    script = tmp_path / "kill_at_step.py"
    script.write_text(KILL_AT_STEP)
    seen = []
    for step in range(1, steps + 1):
        restore(template, user_folders["data"])
        child = subprocess.run(
            [sys.executable, str(script), str(pack), str(bundled), str(step)],
            env=child_env(),
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert child.returncode == -signal.SIGKILL, (step, child.stderr.decode()[-2000:])
        seen.append(assert_content_works(bundled, old))
    # Killed before the pointer was written: old content; after: the new one. Both happen.
    assert seen[0] == "old" and seen[-1] == "new"
    assert seen == sorted(seen, key=["old", "new"].index)  # never back to old once new
    # Leftovers of the last kill do not stand in the way of the next install.
    restore(template, user_folders["data"])
    child = subprocess.run(
        [sys.executable, str(script), str(pack), str(bundled), str(steps // 2)],
        env=child_env(),
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    assert install_pack(pack, bundled).folder == active_content_dir(bundled)
    assert not [p for p in packs_root().iterdir() if p.name.startswith(".")]


def test_a_kill_at_random_moments_of_the_install_command_leaves_working_content(
    prepared, bundled: Path, tmp_path: Path, user_folders
) -> None:
    old, pack, template = prepared
    seed = random.randrange(1_000_000)
    chooser = random.Random(seed)
    command = [sys.executable, "-m", "desktopguide", "pack", "install", str(pack)]
    # The command's floor is the app's own bundled content: the versions above are newer.
    env = child_env()
    started = time.monotonic()
    restore(template, user_folders["data"])
    full = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    duration = time.monotonic() - started
    assert full.returncode == 0, full.stderr.decode()
    for _run in range(4):
        restore(template, user_folders["data"])
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chooser.uniform(0.2, duration))  # the moment of the "power cut", not a wait for a result
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assert_content_works(bundled, old), f"seed {seed}"
