"""The dependency locks (requirements/*.lock, written by scripts/lock) pin every package
pyproject.toml asks for, at a version it allows, with hashes; setup.sh installs from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def build_requirements() -> list[str]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]


def pins(lock: str) -> dict[str, str]:
    text = (REPO / "requirements" / lock).read_text(encoding="utf-8")
    return {canonicalize_name(name): version for name, version in PIN.findall(text)}


def requirements_of(lock: str) -> list[Requirement]:
    wanted = project()["dependencies"] + build_requirements()
    if lock == "test.lock":
        wanted += project()["optional-dependencies"]["test"]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize("lock", ["app.lock", "test.lock"])
def test_the_lock_pins_every_requirement_at_a_version_pyproject_allows(lock: str) -> None:
    pinned = pins(lock)
    for requirement in requirements_of(lock):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} does not pin {name}: run scripts/lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock} pins {name}=={pinned[name]}, outside {requirement}: run scripts/lock"
        )


@pytest.mark.parametrize("lock", ["app.lock", "test.lock"])
def test_every_pinned_package_has_a_hash(lock: str) -> None:
    text = (REPO / "requirements" / lock).read_text(encoding="utf-8")
    # One entry per package: its pin line and its --hash continuation lines.
    for entry in re.split(r"\n(?=[A-Za-z0-9])", text):
        if PIN.match(entry):
            assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_app_lock_holds_no_test_runner_or_checker() -> None:
    app = pins("app.lock")
    assert not {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy"} & set(app)
    assert {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy"} <= set(pins("test.lock"))


def test_setup_installs_from_the_locks_with_hashes_and_the_app_without_dependencies() -> None:
    setup = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "requirements/app.lock" in setup and "requirements/test.lock" in setup
    assert "--require-hashes" in setup
    assert "--no-deps --no-build-isolation ." in setup
