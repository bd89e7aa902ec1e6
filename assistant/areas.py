"""The areas of Cheshire and Merseyside, and which facts apply to a chosen area."""

from __future__ import annotations

import re

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
# Places a tender may name for where it is delivered that are not one of the areas above: the region's counties and
# cities, and the counties and cities around it (a police force for all of Merseyside, a market in Chester city
# centre, a service across Greater Manchester). The intake reports them as stated; they select no area's facts.
PLACES = (
    "Merseyside", "Cheshire", "Chester", "Greater Manchester", "Manchester", "Salford", "Lancashire", "Preston",
    "Lancaster", "Cumbria", "Carlisle", "Staffordshire", "Stoke-on-Trent", "Shropshire", "Derbyshire",
    "West Yorkshire", "South Yorkshire", "Leeds", "Sheffield", "Bradford", "North Wales",
)

# The principal towns of each borough: a contract placed in "Runcorn and Widnes" or "Ellesmere Port, Northwich and
# Winsford" is delivered in that borough (the intake reports the borough, cited where the towns are named).
TOWNS = {
    "Halton": ("Runcorn", "Widnes"),
    "Cheshire West and Chester": ("Chester", "Ellesmere Port", "Northwich", "Winsford", "Frodsham", "Neston"),
    "Liverpool": ("Speke", "Anfield", "Everton", "Toxteth", "Garston", "Aigburth", "Croxteth", "Norris Green",
                  "Wavertree", "Allerton"),
    "Warrington": ("Birchwood", "Great Sankey", "Lymm", "Culcheth", "Penketh"),
    "Cheshire East": ("Crewe", "Macclesfield", "Congleton", "Nantwich", "Wilmslow", "Sandbach", "Alsager", "Knutsford",
                      "Poynton"),
    "Wirral": ("Birkenhead", "Wallasey", "Hoylake", "West Kirby", "New Brighton", "Bebington", "Heswall"),
    "Sefton": ("Southport", "Bootle", "Crosby", "Formby", "Maghull"),
    "Knowsley": ("Huyton", "Kirkby", "Prescot", "Halewood"),
    "St Helens": ("Newton-le-Willows", "Rainford", "Haydock"),
}
TOWN_OF = {town.lower(): area for area, towns in TOWNS.items() for town in towns}  # "huyton" -> "Knowsley"
# What people call a borough in short ("Cheshire West", "St. Helens"): it is that borough
SHORT_NAMES = {"cheshire west": "Cheshire West and Chester", "west cheshire": "Cheshire West and Chester",
               "east cheshire": "Cheshire East", "st. helens": "St Helens", "saint helens": "St Helens"}


class UnknownAreaError(ValueError):
    pass


def _listed_areas(wanted: str) -> str | None:
    """'Wirral, Sefton and St Helens' (as the intake reports a service delivered in several areas): the smallest
    area covering them all, the city region when every one is in it, else the whole region; None if not such a list."""
    import re

    names = sorted((*AREAS, CITY_REGION), key=len, reverse=True)
    one = "|".join(re.escape(n.replace("-", " ").lower()) for n in names)
    if not re.fullmatch(rf"(?:{one})(?:\s*(?:,|;|/|&|\band\b)\s*(?:and\s+)?(?:{one}))+", wanted):
        return None
    found = {next(n for n in names if n.replace("-", " ").lower() == m) for m in re.findall(one, wanted)}
    if len(found) == 1:
        return found.pop()
    return CITY_REGION if found <= {*CITY_REGION_BOROUGHS, CITY_REGION} else REGION


def normalise_area(area: str | None) -> str | None:
    """The canonical spelling of ``area``; None or 'all' means no filter."""
    if area is None or not area.strip() or area.strip().lower() == EVERYWHERE:
        return None
    wanted = " ".join(area.replace("-", " ").split()).lower()
    for name in (*AREAS, CITY_REGION):
        if name.replace("-", " ").lower() == wanted:
            return name
    if (listed := _listed_areas(wanted)) is not None:
        return listed
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
