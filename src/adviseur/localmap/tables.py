"""Reading a CSV file the way municipalities save them, with the line of every row.

Dutch Excel writes semicolons and, unless told otherwise, Windows-1252; other tools write commas
and UTF-8, sometimes with a byte-order mark. We accept all of these (a Windows-1252 file with a
warning to check accented letters), and every row keeps the line it starts on, so a problem in
a cell is reported where a spreadsheet or an editor shows it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from adviseur.content import ContentError, Problem
from adviseur.localmap import texts

MAX_BYTES = 128 * 1024 * 1024
"""The whole country's map (about 100,000 services) is some 50 MB as CSV."""
MAX_CELL = 128 * 1024
"""Python's csv module refuses longer fields (its default limit); no cell of a social map needs more."""


@dataclass
class Table:
    path: Path
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    """(line the row starts on, cells), empty rows left out."""
    problems: list[Problem] = field(default_factory=list)

    def column(self, name: str) -> int | None:
        try:
            return self.header.index(name)
        except ValueError:
            return None


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; ContentError at 1:1 when it cannot be read or is too big."""
    from adviseur.oserrors import os_reason

    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise ContentError([Problem(path, 1, 1, texts.CANNOT_READ.format(reason=os_reason(exc)))]) from None
    if len(raw) > limit:
        raise ContentError([Problem(path, 1, 1, texts.TOO_LARGE.format(mb=limit // (1024 * 1024)))])
    return raw


def decode(path: Path, raw: bytes, problems: list[Problem]) -> str:
    """UTF-8 (with or without byte-order mark), else Windows-1252 with a warning."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(path, 1, 1, texts.READ_AS_CP1252, "warning"))
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """';' (Dutch Excel), ',' or a tab: whichever the header line holds most of, outside quotes."""
    first = text.split("\n", 1)[0]
    counts = {d: 0 for d in (";", ",", "\t")}
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: Path, *, delimiter: str | None = None) -> Table:
    """The header and rows of a CSV file. ContentError when it cannot be read at all."""
    problems: list[Problem] = []
    text = decode(path, read_bytes(path), problems)
    table = Table(path, [], problems=problems)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ContentError([*problems, Problem(path, line, 1, texts.NUL_CHARACTER)])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or sniff_delimiter(text))
    line = 1
    try:
        for cells in reader:
            start = line
            line = reader.line_num + 1
            if not table.header:
                table.header = [c.strip() for c in cells]
                if not any(table.header):
                    table.header = []
                    continue
                continue
            if any(c.strip() for c in cells):
                table.rows.append((start, cells))
    except csv.Error as exc:
        message = str(exc)
        if "field larger than field limit" in message:
            message = texts.CELL_TOO_LARGE.format(kb=MAX_CELL // 1024)
        elif "new-line character seen in unquoted field" in message:
            message = texts.NEWLINE_IN_CELL
        else:
            message = texts.BAD_CSV.format(detail=message)
        raise ContentError([*problems, Problem(path, reader.line_num or line, 1, message)]) from None
    if not table.header:
        raise ContentError([*problems, Problem(path, 1, 1, texts.EMPTY_FILE)])
    return table


def write_csv(rows: list[list[str]], *, delimiter: str = ",", bom: bool = False) -> bytes:
    """CSV bytes (UTF-8; with a byte-order mark for Excel when asked)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data
