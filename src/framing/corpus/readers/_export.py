"""What the readers of database exports share: an article as a row (:func:`article`), the
body's paragraphs as text (:func:`body_text`), dates as the exports write them in several
languages (:func:`export_date`), and the error of a file that looks like an export but
cannot be read (:class:`ExportError`)."""

from __future__ import annotations

import re
import unicodedata

from ...errors import CorpusError

__all__ = ["ExportError", "article", "body_text", "export_date", "word_count", "MONTHS", "is_copyright"]


class ExportError(CorpusError):
    """A file that looks like an export of a database (what it appears to be is in the
    message) but that cannot be read as one; the reader names the file."""


def _fold(word: str) -> str:
    """A month name without case, accents or a final dot ("Déc." → "dec")."""
    return _plain(word.rstrip("."))


def _plain(text: str) -> str:
    """Text in lower case without accents (and without the hamza of Arabic letters)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# month names and abbreviations as exports write dates in the interface's language: English,
# German, French, Spanish, Italian, Portuguese, Dutch, Russian (genitive), Arabic (both the
# Egyptian-Gulf and the Levantine names)
_MONTH_NAMES = [
    "january jan janvier janv januar jänner enero ene gennaio gen janeiro januari января январь يناير كانون_الثاني",
    "february feb fevrier fevr februar febrero febbraio fevereiro fev februari февраля февраль فبراير شباط",
    "march mar mars marz märz marzo marco maart марта март مارس آذار",
    "april apr avril abril aprile apr. апреля апрель أبريل ابريل نيسان",
    "may mai mayo maggio mag maio mei мая май مايو أيار",
    "june jun juin juni junio giugno giu junho июня июнь يونيو يونيه حزيران",
    "july jul juillet juil juli julio luglio lug julho июля июль يوليو يوليه تموز",
    "august aug aout août agosto ago augustus августа август أغسطس آب",
    "september sep sept septembre settembre set setembro septiembre septiembre сентября сентябрь سبتمبر أيلول",
    "october oct octobre oktober octubre ottobre ott outubro out oktober октября октябрь أكتوبر اكتوبر تشرين_الأول",
    "november nov novembre noviembre novembro november ноября ноябрь نوفمبر تشرين_الثاني",
    "december dec decembre dezember dez diciembre dic dicembre dezembro december декабря декабрь ديسمبر كانون_الأول",
]
#: month name (folded: no case, accents or final dot) → month number
MONTHS = {_fold(name.replace("_", "\u0640")): i for i, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}

_WORD = r"([^\W\d_]+\.?)"
# the Levantine Arabic month names of two words, read as one
_TWO_WORDS = {_plain(n.replace("_", " ")): _plain(n.replace("_", "\u0640"))
              for names in _MONTH_NAMES for n in names.split() if "_" in n}
_DATE_PATTERNS = [
    # ISO 2016-12-05
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    # 2016年12月5日 (Chinese, Japanese), 2016년 12월 5일 (Korean)
    (re.compile(r"(\d{4})\s*(?:年|" + _plain("년") + r")\s*(\d{1,2})\s*(?:月|" + _plain("월") + r")\s*(\d{1,2})\s*(?:日|"
                + _plain("일") + ")"), ("y", "m", "d")),
    # 5 December 2016, 5. Dezember 2016, 5 de diciembre de 2016, 5 ديسمبر 2016
    (re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?" + _WORD + r",?\s+(?:de\s+)?(\d{4})\b"), ("d", "M", "y")),
    # December 5, 2016
    (re.compile(_WORD + r"\s+(\d{1,2}),?\s+(\d{4})\b"), ("M", "d", "y")),
]


def export_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None: as Nexis and Factiva write
    dates in their interface languages ("January 11, 2010 Monday", "27. Februar 2012
    Montag", "5 décembre 2016", "5 de diciembre de 2016", "2016年12月5日", ISO).

    >>> export_date("January 11, 2010 Monday 9:20 AM GMT"), export_date("27. Februar 2012 Montag")
    ('2010-01-11', '2012-02-27')
    >>> export_date("5 décembre 2016"), export_date("Lorem ipsum"), export_date("5 ديسمبر 2016")
    ('2016-12-05', None, '2016-12-05')
    """
    best = None
    text = _plain(text)
    for two, one in _TWO_WORDS.items():
        text = text.replace(two, one)
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = int(parts["m"]) if "m" in parts else MONTHS.get(_fold(parts["M"]))
            if month is None or not 1 <= month <= 12:
                continue
            day, year = int(parts["d"]), int(parts["y"])
            if 1 <= day <= 31 and 1800 <= year <= 2100:
                if best is None or m.start() < best[0]:
                    best = (m.start(), f"{year:04d}-{month:02d}-{day:02d}")
                break
    return best[1] if best else None


def word_count(text: str | None) -> int | None:
    """The number in a length field ("355 words", "1.285 Wörter", "1,163 mots"), or None."""
    m = re.search(r"\d[\d,.\u00a0\u202f ]*", text or "")
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group())
    return int(digits) if digits else None


_COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\)\s*\d|all rights reserved)", re.IGNORECASE)


def is_copyright(line: str) -> bool:
    """A copyright notice ("Copyright 2010 Guardian Unlimited", "(c) 2016 …", "© …")."""
    return bool(_COPYRIGHT.match(line))


def _paragraph(text: str) -> str:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def body_text(paragraphs) -> str:
    """The body: each paragraph's lines (stripped, empty ones dropped), paragraphs joined by
    a blank line. Offsets index this text."""
    return "\n\n".join(p for p in (_paragraph(x) for x in paragraphs) if p)


def _clean(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def article(*, text: str, title=None, outlet=None, date=None, byline=None, section=None, length=None,
            language=None, export: str, **more) -> dict:
    """One article as a row: ``text`` (the body), ``outlet`` (the publication), ``title``
    (the headline), ``date`` (``YYYY-MM-DD`` where the export's date could be read, else
    as written), ``byline``, ``section``, ``length`` (words, as the export counts them),
    ``language``, ``export`` (the layout read) and any other fields given. Missing values
    are empty strings (``length``: None)."""
    written = _clean(date)
    row = {"text": text, "title": _clean(title), "outlet": _clean(outlet) or "unknown",
           "date": export_date(written) or written, "byline": _clean(byline), "section": _clean(section),
           "length": word_count(length) if not isinstance(length, int) else length, "language": _clean(language),
           "export": export}
    row.update({k: _clean(v) for k, v in more.items()})
    return row
