"""`desktopguide pack`: build, verify and install signed content packs.

    pack keygen -o NAME                     NAME.key (secret, 0600) and NAME.pub
    pack build --key NAME.key [--content DIR] -o PACK [--content-version V] [--min-app-version V]
    pack verify PACK [--trusted-key PUB] [--json]
    pack trust PUB [--name NAME] | pack untrust FINGERPRINT|NAME | pack keys
    pack install PACK [--force] | pack rollback | pack status
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktopguide.cli.main import CommandError

if TYPE_CHECKING:
    from desktopguide.core.packs.active import ContentInUse
    from desktopguide.core.packs.diff import ContentChanges
    from desktopguide.core.packs.trust import TrustedKey


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="build, verify and install signed content packs",
        description="Signed content packs: update offline machines from a USB stick.",
    )
    actions = parser.add_subparsers(dest="pack_action", metavar="ACTION", required=True)

    keygen = actions.add_parser("keygen", help="make a signing key pair: NAME.key (secret) and NAME.pub")
    keygen.add_argument("-o", "--output", type=Path, required=True, metavar="NAME", help="the key pair's name (path)")
    keygen.set_defaults(run=run_keygen)

    build = actions.add_parser("build", help="sign a content folder into one pack file")
    build.add_argument("--key", type=Path, required=True, metavar="SECRET.key", help="the secret key to sign with")
    build.add_argument(
        "--content", type=Path, default=None, help="the content folder (default: the bundled resources/)"
    )
    build.add_argument("-o", "--output", type=Path, required=True, metavar="PACK", help="the pack file to write")
    build.add_argument("--content-version", help="the content's version (default: the build time, YYYY.MM.DD.HHMM)")
    build.add_argument("--min-app-version", help="the oldest app version that can read it (default: this one)")
    build.add_argument("--json", action="store_true", help="print what was built as JSON")
    build.set_defaults(run=run_build)

    verify = actions.add_parser("verify", help="say who signed a pack and what it changes, or why it is refused")
    verify.add_argument("pack", type=Path, metavar="PACK")
    verify.add_argument("--trusted-key", type=Path, metavar="PUB", help="also trust this public key for this check")
    verify.add_argument("--json", action="store_true", help="print the answer as JSON")
    verify.set_defaults(run=run_verify)

    trust = actions.add_parser("trust", help="accept packs signed with this public key")
    trust.add_argument("public_key", type=Path, metavar="PUB")
    trust.add_argument("--name", help="who signs with it (default: the file's name)")
    trust.set_defaults(run=run_trust)

    untrust = actions.add_parser("untrust", help="stop accepting a key (its content stops being used)")
    untrust.add_argument("key", metavar="FINGERPRINT|NAME")
    untrust.set_defaults(run=run_untrust)

    keys = actions.add_parser("keys", help="list the trusted keys")
    keys.add_argument("--json", action="store_true")
    keys.set_defaults(run=run_keys)

    install = actions.add_parser("install", help="verify, check and switch to a pack's content")
    install.add_argument("pack", type=Path, metavar="PACK")
    install.add_argument("--force", action="store_true", help="install even when it is older than the content in use")
    install.set_defaults(run=run_install)

    rollback = actions.add_parser("rollback", help="go back to the content in use before the last install")
    rollback.set_defaults(run=run_rollback)

    status = actions.add_parser("status", help="which content is in use")
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=run_status)


def _guarded(action: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A refused pack or key is a CommandError: one sentence on stderr, a non-zero exit."""

    def run(args: argparse.Namespace) -> int:
        from desktopguide.core.packs.errors import PackError

        try:
            return int(action(args))
        except PackError as error:
            raise CommandError(str(error).rstrip(".")) from None

    return run


def _bundled() -> Path:
    from desktopguide.core.content.resources import bundled_content_dir

    return bundled_content_dir()


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


@_guarded
def run_keygen(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.keys import fingerprint, generate_key_pair, load_public_key

    secret, public = generate_key_pair(args.output)
    print(f"secret key: {secret} (keep it off every kiosk and laptop that installs packs)")
    print(f"public key: {public} (trust it on each machine: desktopguide pack trust {public.name})")
    print(f"fingerprint: {fingerprint(load_public_key(public))}")
    return 0


@_guarded
def run_build(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.build import build_pack

    content = args.content or _bundled()
    built = build_pack(
        content, args.key, args.output, content_version=args.content_version, min_app_version=args.min_app_version
    )
    manifest = built.manifest
    if args.json:
        print(
            json.dumps(
                {
                    "pack": str(built.path),
                    "content_version": manifest.content_version,
                    "created": manifest.created,
                    "min_app_version": manifest.min_app_version,
                    "files": len(manifest.files),
                    "content_bytes": manifest.total_size,
                    "pack_bytes": built.size,
                    "signer_fingerprint": built.signer_fingerprint,
                }
            )
        )
    else:
        print(
            f"{built.path}: content version {manifest.content_version}, {len(manifest.files)} files "
            f"({_size(manifest.total_size)}, {_size(built.size)} packed), signed by key {built.signer_fingerprint}"
        )
    return 0


def _trusted_for_verify(extra: Path | None) -> list[TrustedKey]:
    from desktopguide.core.packs.keys import load_public_key
    from desktopguide.core.packs.trust import TrustedKey, read_trusted_keys

    trusted = read_trusted_keys()
    if extra is not None:
        raw = load_public_key(extra)
        if all(key.public_key != raw for key in trusted):
            trusted.append(TrustedKey(f"{extra.stem} (given with --trusted-key)", raw, ""))
    return trusted


def _describe_in_use(in_use: ContentInUse) -> str:
    if in_use.kind == "bundled":
        return f"the content bundled with the app, version {in_use.version}"
    return f"installed content version {in_use.version} of {in_use.created}, signed by {in_use.signer_name}"


def _print_changes(changes: ContentChanges) -> None:
    if changes.is_empty:
        print("  nothing: the pack holds the same content")
        return
    for label, items in (
        ("guides added", changes.guides.added),
        ("guides changed", changes.guides.changed),
        ("guides removed", changes.guides.removed),
    ):
        if items:
            print(f"  {label} ({len(items)}): {', '.join(items)}")
    for kind, records in sorted(changes.records.items()):
        if records:
            counts = ", ".join(
                f"{len(items)} {label}"
                for label, items in (
                    ("added", records.added),
                    ("changed", records.changed),
                    ("removed", records.removed),
                )
                if items
            )
            print(f"  {kind} records: {counts}")
            for label, items in (("added", records.added), ("changed", records.changed), ("removed", records.removed)):
                if items and len(items) <= 10:
                    print(f"    {label}: {', '.join(items)}")
    for label, items in (
        ("files added", changes.files.added),
        ("files changed", changes.files.changed),
        ("files removed", changes.files.removed),
    ):
        if items:
            print(f"  {label}: {', '.join(items)}")


@_guarded
def run_verify(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.install import preview

    verified, changes, in_use = preview(args.pack, _bundled(), _trusted_for_verify(args.trusted_key))
    verified.close()
    manifest, signer = verified.manifest, verified.signer
    if args.json:
        print(
            json.dumps(
                {
                    "signer": {"name": signer.name, "fingerprint": signer.fingerprint},
                    "content_version": manifest.content_version,
                    "created": manifest.created,
                    "min_app_version": manifest.min_app_version,
                    "files": len(manifest.files),
                    "in_use": {"kind": in_use.kind, "version": in_use.version},
                    "changes": changes.as_dict(),
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"Signed by {signer.name} (key {signer.fingerprint}).")
    print(
        f"Content version {manifest.content_version}, built {manifest.created}, for desktopguide "
        f"{manifest.min_app_version} or newer; {len(manifest.files)} files, {_size(manifest.total_size)}."
    )
    print(f"Changes against {_describe_in_use(in_use)}:")
    _print_changes(changes)
    _print_age_warning(manifest.content_version, in_use.version)
    return 0


def _print_age_warning(version: str, in_use_version: str) -> None:
    from desktopguide.core.packs.active import bundled_version
    from desktopguide.core.packs.manifest import version_key

    if version_key(version) < version_key(bundled_version(_bundled())):
        print("It is older than the content bundled with the app: it cannot be installed.")
    elif version_key(version) < version_key(in_use_version or "0"):
        print("It is older than the content in use: installing it needs --force.")


@_guarded
def run_trust(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.keys import load_public_key
    from desktopguide.core.packs.trust import trust_key

    key = trust_key(load_public_key(args.public_key), args.name or args.public_key.stem)
    print(f"Trusted: {key.name} (key {key.fingerprint}).")
    return 0


@_guarded
def run_untrust(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.trust import untrust_key

    key = untrust_key(args.key)
    print(f"No longer trusted: {key.name} (key {key.fingerprint}).")
    return 0


@_guarded
def run_keys(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.trust import read_trusted_keys, trust_file

    keys = read_trusted_keys()
    if args.json:
        print(
            json.dumps(
                [{"name": k.name, "fingerprint": k.fingerprint, "added": k.added} for k in keys], ensure_ascii=False
            )
        )
        return 0
    if not keys:
        print(f"No key is trusted on this machine ({trust_file()}): it installs no pack.")
    for key in keys:
        print(f"{key.fingerprint}  {key.name}  (trusted {key.added})")
    return 0


@_guarded
def run_install(args: argparse.Namespace) -> int:
    from desktopguide.cli.check_command import checked_library
    from desktopguide.core.packs.install import install_pack

    result = install_pack(args.pack, _bundled(), force=args.force, check=lambda root: checked_library(root).problems)
    print(
        f"Installed content version {result.manifest.content_version} signed by {result.signer.name}; it is in use now."
    )
    print(f"Changes against {_describe_in_use(result.previous)}:")
    _print_changes(result.changes)
    print("To go back: desktopguide pack rollback")
    return 0


@_guarded
def run_rollback(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.install import rollback

    before, after = rollback(_bundled())
    print(f"Back to {_describe_in_use(after)} (was {_describe_in_use(before)}).")
    return 0


@_guarded
def run_status(args: argparse.Namespace) -> int:
    from desktopguide.core.packs.install import current_content

    in_use = current_content(_bundled())
    if args.json:
        print(
            json.dumps(
                {
                    "kind": in_use.kind,
                    "root": str(in_use.root),
                    "version": in_use.version,
                    "created": in_use.created,
                    "signer": in_use.signer_name,
                    "fingerprint": in_use.signer_fingerprint,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"In use: {_describe_in_use(in_use)} ({in_use.root}).")
    return 0
