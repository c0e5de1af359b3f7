"""A long detailed-report CSV read by two processes: this one reads the first half of the file
while a second reads the second half, each into its own staged entries, then the second's are
added to the first's. Parsing is most of an import's time at a million rows, and a machine has
more than one core.

The second process starts at the first line after the middle of the file, which may be inside a
quoted field (a note with line breaks). Each process reads records line by line and knows the byte
offset where each record ends; when this one's records do not end exactly where the second began,
the second's work is thrown away and this one reads on to the end: the result is always the one
a single pass gives. Row numbers of the second half are counted from its start and moved on by the
lines of the first. Anything unusual (a date written day or month first, which the whole file
decides; a frozen bundle; a single core) leaves the file to the single pass.
"""

import csv
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from internapp.core.interchange.report import RejectedRow
from internapp.core.interchange.time_formats import CsvFile
from internapp.core.interchange.time_import import Parsed

SPLIT_BYTES = 48 << 20  # files at least this long are read in two halves (~350,000 Toggl rows)


def worth_splitting(csv_file: CsvFile) -> bool:
    return (csv_file.path.stat().st_size >= SPLIT_BYTES and (os.cpu_count() or 1) > 1
            and not getattr(sys, "frozen", False))  # a bundle cannot spawn a bare interpreter


class Records:
    """The records of a CSV file from byte ``offset`` (a line start), numbered from
    ``first_line``, stopping before a record that starts at or after ``stop``. ``end`` is where
    the records read ended; ``next_line`` the number of the line there."""

    def __init__(self, csv_file: CsvFile, offset: int, first_line: int,
                 stop: int | None = None) -> None:
        self.csv_file = csv_file
        self.end = offset
        self.next_line = first_line
        self.stop = stop

    def _lines(self) -> Iterator[str]:
        encoding = "utf-8" if self.csv_file.encoding == "utf-8-sig" and self.end else \
            self.csv_file.encoding
        with open(self.csv_file.path, "rb") as handle:
            handle.seek(self.end)
            for raw in handle:
                self.end += len(raw)
                self.next_line += 1
                yield raw.decode(encoding, "replace")

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        lines = self._lines()
        reader = csv.reader(lines, delimiter=self.csv_file.delimiter)
        while self.stop is None or self.end < self.stop:
            line = self.next_line
            record = next(reader, None)
            if record is None:
                return
            if len(record) > 1 or (record and record[0].strip()):
                yield line, record


ReadInto = Callable[[Parsed, Records], int]  # reads records into parsed, returns how many


def parse_halves(csv_file: CsvFile, header_end: int, read: ReadInto, parsed: Parsed,
                 worker: Callable, worker_args: tuple) -> int:
    """Reads the file into ``parsed`` (its records after ``header_end``) with ``read``, the
    second half in another process (``worker(*worker_args, offset)``, which must return
    ``read_part``'s answer or None). Returns how many records were read."""
    size = csv_file.path.stat().st_size
    middle = _line_start_after(csv_file.path, max(header_end, size // 2))
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        future = pool.submit(worker, *worker_args, middle)
        first = Records(csv_file, header_end, 2, stop=middle)
        try:
            rows = read(parsed, first)
        except BaseException:
            _discard(_result(future))
            raise
        part = _result(future)
    if first.end != middle:  # a record runs across the middle: the second began inside it
        _discard(part)
        part = None
    if part is None:  # the halves did not meet at a record, or the second gave up
        return rows + read(parsed, Records(csv_file, first.end, first.next_line))
    folder, part_rows, rejected, tally = part
    offset = first.next_line - 1  # the second half's line 1 is this file's line first.next_line
    parsed.staging.take(Path(folder), offset, tally)
    parsed.rejected += [RejectedRow(row + offset, reason, field)
                        for row, reason, field in rejected]
    return rows + part_rows


def read_part(parsed: Parsed, records: Records, read: ReadInto) -> tuple | None:
    """The second process's answer: its staged entries' folder (handed over: the first process
    removes it), how many records, the rejected rows, and what merging needs to know."""
    try:
        rows = read(parsed, records)
    except BaseException:
        parsed.close()
        raise
    rejected = [(r.row, r.reason, r.field) for r in parsed.rejected]
    tally = parsed.staging.tally
    return str(parsed.staging.hand_over()), rows, rejected, tally


def _result(future) -> tuple | None:
    """The second process's answer; None when it failed (this one then reads on, and meets
    the same problem itself if it is the file's)."""
    try:
        return future.result()
    except Exception:  # its failure changes nothing: this process reads on
        return None


def _discard(part: tuple | None) -> None:
    if part is not None:
        shutil.rmtree(part[0], ignore_errors=True)


def _line_start_after(path: Path, offset: int) -> int:
    """The offset of the first line that starts after ``offset`` (the file's end if none)."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        handle.readline()
        return handle.tell()
