"""Crafting bad packs: copy a pack's zip with members changed, added or dropped."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

Member = tuple[zipfile.ZipInfo, bytes]


def rewrite_pack(source: Path, target: Path, change: Callable[[list[Member]], list[Member]]) -> Path:
    with zipfile.ZipFile(source) as original:
        members = [(info, original.read(info)) for info in original.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as crafted:
        for info, data in change(members):
            crafted.writestr(info, data)
    return target


def replace_member(name: str, data: bytes) -> Callable[[list[Member]], list[Member]]:
    def change(members: list[Member]) -> list[Member]:
        return [(info, data if info.filename == name else old) for info, old in members]

    return change


def add_member(info: zipfile.ZipInfo | str, data: bytes) -> Callable[[list[Member]], list[Member]]:
    def change(members: list[Member]) -> list[Member]:
        member = info if isinstance(info, zipfile.ZipInfo) else zipfile.ZipInfo(info)
        member.compress_type = zipfile.ZIP_DEFLATED
        return [*members, (member, data)]

    return change


def drop_member(name: str) -> Callable[[list[Member]], list[Member]]:
    def change(members: list[Member]) -> list[Member]:
        return [(info, data) for info, data in members if info.filename != name]

    return change
