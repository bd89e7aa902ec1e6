"""The areas of Cheshire and Merseyside, and which facts apply to a chosen area."""

from __future__ import annotations

REGION = "Cheshire and Merseyside"
CITY_REGION = "Liverpool City Region"
EVERYWHERE = "all"  # documents that are not about one area
BOROUGHS = (
    "Cheshire East",
    "Cheshire West and Chester",
    "Halton",
    "Knowsley",
    "Liverpool",
    "Sefton",
    "St Helens",
    "Warrington",
    "Wirral",
)
CITY_REGION_BOROUGHS = ("Halton", "Knowsley", "Liverpool", "Sefton", "St Helens", "Wirral")
AREAS = (REGION, *BOROUGHS)


class UnknownAreaError(ValueError):
    pass


def normalise_area(area: str | None) -> str | None:
    """The canonical spelling of ``area``; None or 'all' means no filter."""
    if area is None or not area.strip() or area.strip().lower() == EVERYWHERE:
        return None
    wanted = " ".join(area.replace("-", " ").split()).lower()
    for name in (*AREAS, CITY_REGION):
        if name.replace("-", " ").lower() == wanted:
            return name
    raise UnknownAreaError(f"unknown area '{area}': use one of {', '.join(AREAS)}, {CITY_REGION} or 'all'")


def area_scope(area: str | None) -> list[str] | None:
    """Areas whose documents apply to ``area`` (itself, the wider regions, and area-free documents)."""
    name = normalise_area(area)
    if name is None:
        return None
    scope = [name, EVERYWHERE, REGION]
    if name in CITY_REGION_BOROUGHS:
        scope.append(CITY_REGION)
    if name == CITY_REGION:
        scope.extend(CITY_REGION_BOROUGHS)
    return list(dict.fromkeys(scope))
