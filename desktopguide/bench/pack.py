"""Build, verify and install the full content pack (`desktopguide bench pack`).

`build_s`: sign the whole content folder into one pack; `verify_s`: what `pack verify`
does (every byte hashed, the changes against the content); `install_s`: what `pack install`
does, with the same checks as `desktopguide check`, split into `install_unpack_s` (verify,
unpack, hash) and `install_check_s` (the content and card checks). All in a throwaway
folder with a throwaway key: the machine's installed content and trusted keys are not
touched. Targets: build and install under 10 s each.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )


@contextlib.contextmanager
def _private_user_folders(folder: Path) -> Iterator[None]:
    """The user data and config folders (platformdirs honours XDG_*) inside `folder` for a while."""
    saved = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.cli.check_command import checked_library
    from desktopguide.core.content.resources import bundled_content_dir
    from desktopguide.core.packs.active import forget_resolution
    from desktopguide.core.packs.build import build_pack
    from desktopguide.core.packs.install import install_pack, preview
    from desktopguide.core.packs.keys import generate_key_pair, load_public_key
    from desktopguide.core.packs.trust import trust_key

    bundled = bundled_content_dir()
    content = getattr(args, "content", None) or bundled
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with _private_user_folders(folder):
            forget_resolution()
            try:
                secret, public = generate_key_pair(folder / "bench")
                trust_key(load_public_key(public), "bench")
                start = time.perf_counter()
                built = build_pack(content, secret, folder / "full.dgpack", content_version="9999.12.31")
                build_s = time.perf_counter() - start

                start = time.perf_counter()
                verified, _changes, _in_use = preview(built.path, bundled)
                verified.close()
                verify_s = time.perf_counter() - start

                marks: dict[str, float] = {}

                def note(stage: str, done: int, total: int) -> None:
                    marks.setdefault(stage, time.perf_counter())

                start = time.perf_counter()
                install_pack(built.path, bundled, check=lambda root: checked_library(root).problems, progress=note)
                install_s = time.perf_counter() - start
            finally:
                forget_resolution()
    return {
        "build_s": round(build_s, 3),
        "verify_s": round(verify_s, 3),
        "install_s": round(install_s, 3),
        "install_unpack_s": round(marks["check"] - start, 3),
        "install_check_s": round(marks["switch"] - marks["check"], 3),
        "files": len(built.manifest.files),
        "content_bytes": built.manifest.total_size,
        "pack_bytes": built.size,
    }
