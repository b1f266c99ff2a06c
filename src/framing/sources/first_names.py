"""A person's sex as a first name says it, for pronouns: "she" is never Donald Trump.

The lists are the US Census Bureau's first names of 1990 (public domain: a work of the US
government), by sex, each name with its share of the people of that sex; the ``names``
package (MIT licence) ships them, so nothing is downloaded. A name is read as one sex only
when its share there is at least :data:`RATIO` times its share in the other list, or, when
the other list does not hold it (its share there is below that list's smallest), at least
half as many times that smallest share: "Samantha" and "Nikki" are women's names,
"Lloyd" a man's; "Kelly", "Lindsey" (Lindsey Graham), "Leslie" or "Chris" say nothing, and
neither does a name the lists do not hold ("Tulsi", "Bakari"). The lists are read once, on
the first question.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["first_name_sex", "is_first_name", "RATIO"]

#: How many times more common in one list than in the other a name must be to say a sex.
RATIO = 10.0


def _shares(resource: str) -> dict[str, float]:
    """``{NAME: share in percent}`` of one of the package's lists ("JAMES  3.318  3.318  1")."""
    out = {}
    for line in resources.files("names").joinpath(resource).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = float(parts[1])
    return out


@lru_cache(maxsize=1)
def _lists() -> tuple[dict, dict]:
    return _shares("dist.male.first"), _shares("dist.female.first")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    male, female = _lists()
    floor_m, floor_f = min(male.values()), min(female.values())
    out = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= (RATIO * f if f else RATIO / 2 * floor_f):
            out[name] = "m"
        elif f >= (RATIO * m if m else RATIO / 2 * floor_m):
            out[name] = "f"
    return out


def first_name_sex(name: str) -> str:
    """``"m"``, ``"f"`` or ``""`` for the first word of a person's name.

    >>> [first_name_sex(n) for n in ["Samantha Power", "Donald", "Lindsey Graham", "Tulsi Gabbard", "Kelly"]]
    ['f', 'm', '', '', '']
    >>> first_name_sex("Nikki Haley"), first_name_sex("Glenn Greenwald")
    ('f', 'm')
    """
    words = name.split()
    if not words:
        return ""
    first = words[0].strip(".,;:'’\"").upper()
    return _table().get(first, "") if first.isalpha() else ""


def is_first_name(word: str) -> bool:
    """The word is a first name of either list ("Kelly", "Donald"; not "Monitor", "Hide").

    >>> is_first_name("Kelly"), is_first_name("Monitor")
    (True, False)
    """
    w = word.strip(".,;:'’\"").upper()
    male, female = _lists()
    return w in male or w in female
