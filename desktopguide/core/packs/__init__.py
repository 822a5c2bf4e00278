"""Signed content packs: one file that carries a whole content folder to offline machines.

One module per job: `manifest` (what a pack holds, versions), `keys` (Ed25519 key pairs,
signing, fingerprints), `trust` (the keys this machine accepts), `archive` (the zip file,
read with limits), `build`, `verify`, `diff` (what a pack changes), `layout` (where
installed content lives, the pointer file), `active` (which content the app uses), and
`install` (install and rollback).
"""
