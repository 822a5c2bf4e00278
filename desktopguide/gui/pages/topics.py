"""The situations people come with: the home screen's tiles."""

from __future__ import annotations

from dataclasses import dataclass

from desktopguide.i18n import N_


@dataclass(frozen=True)
class Tile:
    key: str
    label: str  # marked with N_, translated where shown
    icon: str
    topics: tuple[str, ...]  # guide topics the tile lists
    page: str = ""  # the Location kind of a page that answers the tile instead of a list of guides


TILES = (
    Tile("home", N_("Immigration agents at my door"), "door", ("home",)),
    Tile("stopped", N_("Stopped on the street or in a car"), "car", ("street", "car")),
    Tile("arrest", N_("Arrested or detained"), "arrest", ("arrest",)),
    Tile("warrants", N_("Warrants"), "warrant", ("warrants",)),
    Tile("detainers", N_("ICE detainers"), "detainer", ("detainers",)),
    Tile("local-police", N_("Local police and ICE"), "local-police", ("local-police",)),
    Tile("legal-help", N_("Find free legal help"), "legal-help", ("legal-help",), page="directory"),
    Tile("detained", N_("Someone was detained"), "detainer", ("detained",), page="detained"),
    Tile("my-county", N_("What does my county do?"), "my-county", ("my-county",), page="place"),
    Tile("family-plan", N_("Make a family plan"), "family-plan", ("family-plan",)),
    Tile("school", N_("School for my children"), "school", ("school",)),
    Tile("discrimination", N_("Report discrimination"), "discrimination", ("discrimination",)),
)

TILES_BY_KEY = {tile.key: tile for tile in TILES}
