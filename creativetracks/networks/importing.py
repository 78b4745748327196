"""Reading a CSV of people to invite (name, email, country, optional sectors).

Whole-file problems (empty, not text, missing columns, too big) raise a
ValidationError with a message for people; row problems are collected per row so
the preview can list every one of them before anything is sent."""

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.text import fold

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_NAME = 200
REQUIRED_COLUMNS = ("name", "email", "country")
COLUMN_ALIASES = {
    "name": "name",
    "full name": "name",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "country": "country",
    "sectors": "sectors",
    "sector": "sectors",
}
COUNTRY_ALIASES = {
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "usa": "US",
    "united states": "US",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "iran": "IR",
    "syria": "SY",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "laos": "LA",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
}


@dataclass
class ParsedRow:
    line: int
    name: str
    email: str
    country: str
    sectors: list[str]
    problems: list[str] = field(default_factory=list)


@dataclass
class ParsedFile:
    rows: list[ParsedRow]
    encoding_note: str = ""

    @property
    def valid(self) -> int:
        return sum(1 for row in self.rows if not row.problems)


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and, when it was not UTF-8, a note saying how it was read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise ValidationError(
            _("This does not look like a CSV file. Save it from your spreadsheet as “CSV UTF-8”.")
        )
    try:
        return data.decode("utf-8-sig"), ""  # a byte order mark (BOM) is dropped
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, _(
        "This file is not in UTF-8, so we read it as Western European text "
        "(Windows-1252 / Latin-1). Check that names with accents look right below; if "
        "they don't, save the file as “CSV UTF-8” and upload it again."
    )


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        key = COLUMN_ALIASES.get(" ".join(title.strip().lower().replace("_", " ").split()))
        if key and key not in columns:
            columns[key] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ValidationError(
            _(
                "The first row must name the columns: name, email and country (sectors is "
                "optional). This file has no %(missing)s column."
            )
            % {"missing": ", ".join(f"“{name}”" for name in missing)}
        )
    return columns


def _country_lookup() -> dict[str, str]:
    """Codes (PT, PRT) and English names (folded) to two-letter codes."""
    with translation.override("en"):
        lookup = {fold(str(name)): code for code, name in countries}
    for code in list(lookup.values()):
        lookup[code.lower()] = code
        alpha3 = countries.alpha3(code)
        if alpha3:
            lookup[alpha3.lower()] = code
    lookup.update(COUNTRY_ALIASES)
    return lookup


def _sector_lookup() -> dict[str, str]:
    lookup = {}
    with translation.override("en"):
        for slug, label in taxonomy.SECTORS:
            lookup[slug] = slug
            lookup[fold(str(label))] = slug
    return lookup


def _country(value: str, lookup: dict[str, str]) -> str | None:
    return lookup.get(fold(" ".join(value.split())))


def parse_people(data: bytes, *, member_emails: set[str], invited_emails: set[str]) -> ParsedFile:
    """Every row of the file with its problems; raises ValidationError for the whole file."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("This file is %(size).1f MB; the limit is %(limit)d MB.")
            % {"size": len(data) / 1024 / 1024, "limit": MAX_BYTES // 1024 // 1024}
        )
    text, note = decode(data)
    if not text.strip():
        raise ValidationError(_("The file is empty."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    countries_by_name, sectors_by_name = _country_lookup(), _sector_lookup()
    try:
        header = next(reader)
        columns = _columns(header)
        rows: list[ParsedRow] = []
        first_row_of: dict[str, int] = {}
        for number, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) == MAX_ROWS:
                raise ValidationError(
                    _(
                        "This file has more than %(limit)s people. Split it into files of at "
                        "most %(limit)s rows and upload them one by one."
                    )
                    % {"limit": f"{MAX_ROWS:,}"}
                )
            rows.append(
                _row(
                    number,
                    record,
                    columns,
                    countries_by_name,
                    sectors_by_name,
                    first_row_of,
                    member_emails,
                    invited_emails,
                )
            )
    except csv.Error as error:
        raise ValidationError(
            _("Row %(row)d could not be read (%(error)s). Check the file is a plain CSV.")
            % {"row": reader.line_num, "error": error}
        ) from None
    if not rows:
        raise ValidationError(_("The file has a header row but nobody in it."))
    return ParsedFile(rows=rows, encoding_note=note)


def _cell(record: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return record[index].strip() if index is not None and index < len(record) else ""


def _row(
    number, record, columns, countries_by_name, sectors_by_name, first_row_of, members, invited
) -> ParsedRow:
    name = " ".join(_cell(record, columns, "name").split())
    email = _cell(record, columns, "email").lower()
    country_text = _cell(record, columns, "country")
    problems = []
    if not name:
        problems.append(_("The name is missing."))
    elif len(name) > MAX_NAME:
        problems.append(_("The name is longer than %(n)d characters.") % {"n": MAX_NAME})
        name = name[:MAX_NAME]
    if not email:
        problems.append(_("The email address is missing."))
    else:
        try:
            if len(email) > 254:
                raise ValidationError("too long")
            validate_email(email)
        except ValidationError:
            problems.append(_("“%(email)s” is not a valid email address.") % {"email": email[:80]})
            email = email[:254]
        else:
            if email in first_row_of:
                problems.append(
                    _("The same email address is already on row %(row)d.")
                    % {"row": first_row_of[email]}
                )
            else:
                first_row_of[email] = number
            if email in members:
                problems.append(_("Already a member of this network."))
            elif email in invited:
                problems.append(_("Already invited to this network."))
    country = ""
    if not country_text:
        problems.append(_("The country is missing."))
    else:
        country = _country(country_text, countries_by_name) or ""
        if not country:
            problems.append(
                _(
                    "“%(country)s” is not a country we know. Use its English name or its "
                    "two-letter code (PT, MZ, BR…)."
                )
                % {"country": country_text[:60]}
            )
    sectors = []
    for value in re.split(r"[;|,/]", _cell(record, columns, "sectors")):
        if not value.strip():
            continue
        slug = sectors_by_name.get(fold(" ".join(value.split())))
        if slug is None:
            problems.append(_("“%(sector)s” is not a sector we know.") % {"sector": value[:60]})
        elif slug not in sectors:
            sectors.append(slug)
    return ParsedRow(number, name, email, country, sectors, problems)
