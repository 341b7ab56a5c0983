"""The file of one compiled part: a JSON header and raw arrays, checked before anything is used.

    magic | format, header length, body length, CRC-32 | header (JSON) | arrays

Nothing here can run code when read: the header is JSON, the arrays are numbers (and UTF-8
text) in the machine's byte order, used as memoryviews over the file without being parsed or
copied - which is what lets a 100,000-record index load in a fraction of a second. The file is
mapped into memory (read-only) after its CRC was computed through a small buffer, so only the
pages a search touches take memory: a 200 MB index costs tens of megabytes, not 200. (We write
these files only by renaming a new file over the old one, which leaves a mapped file intact.)

`read_part` returns the part only when everything checks out: the file is a regular file of
this user that nobody else may write (a cache another user could swap would be a way into the
app), its magic, format, lengths and CRC-32 are right (a torn or damaged file), and its header
names the same part, key and byte order (a stale or foreign file). Otherwise it returns None and
the caller builds the part again; `write_part` writes atomically and owner-only (0600, in a 0700
folder), and a write that fails is ignored: the cache only saves time.

Each content folder has its own file per part, overwritten when its key changes. What would
otherwise pile up are the files of folders no longer used (an old installation or virtual
environment, a copy of the content that was removed) and the leftovers of writes cut short: after
each write, `prune` removes the parts nobody read or wrote for `STALE_AFTER` and temporary files
older than `STALE_TMP_AFTER`. It removes only regular files of this user whose names are ours (a
part must also start with our magic); anything else in the folder is left alone.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import re
import stat
import struct
import sys
import weakref
import zlib
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, overload

from adviseur.compiled import COMPILED_ENV
from adviseur.errors import AdviseurError
from adviseur.folders import OPEN_FOLDER, OPEN_TO_READ

MAGIC = b"ADVISEUR-COMPILD"
_PREFIX = struct.Struct("<16sIQQI8x")
"""magic, format, header length, body length, CRC-32 of the body; 48 bytes keep arrays aligned."""
FORMAT = 1
ARRAY_TYPES = frozenset("Bid")
"""Bytes (UTF-8 text, small codes), 32-bit integers (record numbers, offsets), doubles (scores)."""
MAX_BYTES = 2 * 1024 * 1024 * 1024
"""No compiled part of any real content comes near this; a larger file was not written by us."""
_ALIGN = 8
STALE_AFTER = 30 * 24 * 3600.0
"""Seconds a part may go unread and unwritten before another write removes it (access times are
not kept on every file system; then the part is simply built again when it is needed)."""
STALE_TMP_AFTER = 3600.0
"""Seconds after which a temporary file is a leftover, not another process writing right now."""
_PART_FILE = re.compile(r"[a-z]+-[0-9a-f]{16}\.bin")
_TMP_FILE = re.compile(r"\.[a-z]+-[0-9a-f]{16}\.bin\.[0-9a-f]{8}\.tmp")
"""`store.atomic.write_bytes` writes `.NAME.RANDOM.tmp` beside the file and renames it over NAME."""


class Damaged(AdviseurError):
    """A compiled part that cannot be used as it is (the caller builds it again; never shown)."""


class Part:
    """A compiled part as read: its JSON data and its arrays."""

    def __init__(self, data: Any, arrays: dict[str, tuple[str, int, int]], body: memoryview[int], fd: int | None = None) -> None:
        """`body` is everything after the fixed prefix (a view of the mapped file); `fd`, the
        open file, is closed with the part."""
        self.data = data
        self._arrays = arrays
        self._body = body
        self._fd = fd
        if fd is not None:
            weakref.finalize(self, os.close, fd)

    def ints(self, name: str) -> memoryview[int]:
        """The 32-bit integer array `name`, over the file's bytes (no copy)."""
        return self._bytes(name, "i").cast("i")

    def floats(self, name: str) -> memoryview[float]:
        """The array of doubles `name`, over the file's bytes (no copy)."""
        return self._bytes(name, "d").cast("d")

    def raw(self, name: str) -> memoryview[int]:
        """The byte array `name` (small codes, or UTF-8 text)."""
        return self._bytes(name, "B")

    def strings(self, name: str) -> list[str]:
        """A list of texts stored with `pack_strings`."""
        raw = bytes(self._bytes(name, "B"))
        return raw.decode("utf-8").split("\0") if raw else []

    def indexed(self, name: str) -> IndexedStrings:
        """Texts stored with `pack_indexed`, each decoded only when asked for."""
        return IndexedStrings(self._bytes(name, "B"), self.ints(name + ".offsets"), self)

    def read(self, name: str, start: int, stop: int) -> bytes:
        """Bytes start..stop of the byte array `name`, read from the file with a system call
        rather than through the mapping: for what is read here and there and not again (a
        record a search shows), which would otherwise fault in, and keep, the pages around it."""
        spec = self._arrays.get(name)
        if spec is None or spec[0] != "B" or not 0 <= start <= stop <= spec[2]:
            raise Damaged(f"array {name}: {start}..{stop}")
        if self._fd is None:
            return bytes(self._body[spec[1] + start : spec[1] + stop])
        return os.pread(self._fd, stop - start, _PREFIX.size + spec[1] + start)

    def release(self) -> None:
        """Give back the file pages read so far (what was parsed from them lives on elsewhere);
        what is read from the mapping later faults in again."""
        mapped = self._body.obj
        if isinstance(mapped, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
            mapped.madvise(mmap.MADV_DONTNEED)

    def _bytes(self, name: str, typecode: str) -> memoryview[int]:
        spec = self._arrays.get(name)
        if spec is None or spec[0] != typecode:
            raise Damaged(f"array {name} ontbreekt of heeft een ander type")
        _, offset, count = spec
        return self._body[offset : offset + count * array(typecode).itemsize]


class IndexedStrings(Sequence[str]):
    """Texts packed with `pack_indexed`: text i is bytes offsets[i]..offsets[i+1], decoded when
    asked for (a title, the name behind an abbreviation) instead of all at once."""

    def __init__(self, blob: Sequence[int], offsets: Sequence[int], owner: object = None) -> None:
        if not len(offsets) or offsets[-1] > len(blob):
            raise Damaged("offsets outside the texts")
        self._blob = blob
        self._offsets = offsets
        self._owner = owner  # keeps the file open while texts are read from it

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return bytes(self._blob[self._offsets[index] : self._offsets[index + 1]]).decode("utf-8")


def pack_indexed(texts: Sequence[str]) -> tuple[array, array]:
    """Texts as one UTF-8 array and its offsets ('name' and 'name.offsets' in a part)."""
    encoded = [text.encode("utf-8") for text in texts]
    offsets = array("i", [0])
    for raw in encoded:
        offsets.append(offsets[-1] + len(raw))
    return array("B", b"".join(encoded)), offsets


def enabled() -> bool:
    return os.environ.get(COMPILED_ENV) != "0"


def cache_path(part: str, root: Path) -> Path:
    """Where `part` compiled from the content in `root` is kept (one file per content folder:
    tests and trainers point ADVISEUR_CONTENT_DIR at other copies). Raises OSError."""
    from adviseur.locations import cache_dir

    name = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / "compiled" / f"{part}-{name}.bin"


def pack_strings(texts: Sequence[str]) -> array:
    """Texts as one UTF-8 array, separated by NUL: a character no content file may hold (the
    YAML reader refuses it), so no text is ever split. An empty list packs as nothing, so a
    list of one empty text cannot be stored (and is not: no word, term or title is empty)."""
    joined = "\0".join(texts)
    if joined.count("\0") != max(len(texts) - 1, 0):
        raise ValueError("a text with NUL cannot be stored")
    return array("B", joined.encode("utf-8"))


def read_part(part: str, root: Path, key: str) -> Part | None:
    """The compiled `part` of `root` when it exists and is sound and current, else None."""
    if not enabled():
        return None
    from adviseur.store.atomic import CorruptFile, open_regular

    try:
        fd, info = open_regular(cache_path(part, root), MAX_BYTES, private=True)
    except (OSError, CorruptFile):
        return None
    try:
        return _parse(_checked_map(fd, info.st_size), part, key, fd)
    except (Damaged, OSError, ValueError, TypeError, KeyError, IndexError, RecursionError, struct.error):
        os.close(fd)
        return None


def _checked_map(fd: int, size: int) -> memoryview[int]:
    """The file, mapped read-only, once its prefix and CRC-32 are right (computed by reading it
    through a small buffer, so checking it does not make the whole file resident)."""
    if size < _PREFIX.size:
        raise Damaged("te kort")
    prefix = os.pread(fd, _PREFIX.size, 0)
    magic, version, header_length, body_length, crc = _PREFIX.unpack(prefix)
    if magic != MAGIC or version != FORMAT or body_length != size - _PREFIX.size or header_length > body_length:
        raise Damaged("geen gecompileerde inhoud van deze versie")
    buffer = bytearray(1 << 20)
    view = memoryview(buffer)
    position, running = _PREFIX.size, 0
    while position < size:
        count = os.preadv(fd, [view], position) if hasattr(os, "preadv") else _pread_into(fd, view, position)
        if count <= 0:
            raise Damaged("korter dan aangegeven")
        running = zlib.crc32(view[:count], running)
        position += count
    if running != crc:
        raise Damaged("beschadigd")
    mapped = mmap.mmap(fd, size, access=mmap.ACCESS_READ)
    if hasattr(mapped, "madvise") and hasattr(mmap, "MADV_RANDOM"):
        mapped.madvise(mmap.MADV_RANDOM)  # searches jump around: no read-ahead into memory
    return memoryview(mapped)


def _pread_into(fd: int, view: memoryview[int], position: int) -> int:
    chunk = os.pread(fd, len(view), position)
    view[: len(chunk)] = chunk
    return len(chunk)


def _parse(raw: memoryview[int], part: str, key: str, fd: int) -> Part:
    header_length, body_length = _PREFIX.unpack_from(raw)[2:4]
    body = raw[_PREFIX.size :]
    header = json.loads(bytes(body[:header_length]).decode("utf-8"))
    if not isinstance(header, dict) or header.get("part") != part or header.get("key") != key:
        raise Damaged("verouderd of van andere inhoud")
    if header.get("byteorder") != sys.byteorder:
        raise Damaged("andere bytevolgorde")
    arrays: dict[str, tuple[str, int, int]] = {}
    specs = header.get("arrays")
    if not isinstance(specs, dict):
        raise Damaged("geen lijst van arrays")
    for name, spec in specs.items():
        if not (isinstance(spec, list) and len(spec) == 3 and spec[0] in ARRAY_TYPES):
            raise Damaged(f"array {name}")
        typecode, offset, count = spec
        if not (isinstance(offset, int) and isinstance(count, int) and header_length <= offset and count >= 0):
            raise Damaged(f"array {name}")
        if offset % _ALIGN or offset + count * array(typecode).itemsize > body_length:
            raise Damaged(f"array {name} valt buiten het bestand")
        arrays[name] = (typecode, offset, count)
    return Part(header.get("data"), arrays, body, fd)


def write_part(part: str, root: Path, key: str, data: Any, arrays: Mapping[str, array]) -> bool:
    """Keep compiled `part` (atomically, owner-only); False when it could not be written."""
    if not enabled():
        return False
    from adviseur.store.atomic import StoreError, write_bytes

    try:
        path = cache_path(part, root)
        blob = _serialise(part, key, data, arrays)
        write_bytes(path, blob)
    except (OSError, StoreError, TypeError, ValueError, RecursionError):
        return False
    prune(path.parent, keep=path.name)
    return True


def prune(folder: Path, *, keep: str = "", now: float | None = None) -> list[str]:
    """Remove the stale files of `folder` (see the module docstring) but `keep`; returns the
    names removed. Never raises: a file that cannot be checked or removed is left as it is."""
    import time

    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        folder_fd = os.open(folder, OPEN_FOLDER)
    except OSError:
        return removed
    try:
        with os.scandir(folder_fd) as entries:
            names = [entry.name for entry in entries]
        for name in names:
            if name == keep:
                continue
            if _PART_FILE.fullmatch(name):
                limit, magic = STALE_AFTER, True
            elif _TMP_FILE.fullmatch(name):
                limit, magic = STALE_TMP_AFTER, False
            else:
                continue  # not ours
            if _stale(folder_fd, name, now - limit, magic):
                try:
                    os.unlink(name, dir_fd=folder_fd)
                except OSError:
                    continue
                removed.append(name)
    except OSError:
        pass
    finally:
        os.close(folder_fd)
    return removed


def _stale(folder_fd: int, name: str, before: float, magic: bool) -> bool:
    """A regular file of this user, last read or written before `before` (and, for a part,
    starting with our magic), checked on the opened file without following a link."""
    try:
        fd = os.open(name, OPEN_TO_READ, dir_fd=folder_fd)
    except OSError:
        return False  # a symlink (ELOOP), gone, or not ours to open
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
            return False
        if max(info.st_atime, info.st_mtime) >= before:
            return False
        return not magic or os.pread(fd, len(MAGIC), 0) == MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


def _serialise(part: str, key: str, data: Any, arrays: Mapping[str, array]) -> bytes:
    specs: dict[str, list[Any]] = {}
    chunks: list[bytes] = []
    # the offsets depend on the header's length, which depends on the offsets: lay the arrays out
    # after a header padded to a length that leaves room for any offsets written into it
    sizes = {name: len(values) * values.itemsize for name, values in arrays.items()}
    probe = {"part": part, "key": key, "byteorder": sys.byteorder, "data": data}
    base = len(json.dumps(probe, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    header_room = _aligned(base + 64 * (len(arrays) + 1) + sum(len(name) for name in arrays))
    offset = header_room
    for name, values in arrays.items():
        if values.typecode not in ARRAY_TYPES:
            raise TypeError(f"array {name}: type {values.typecode}")
        specs[name] = [values.typecode, offset, len(values)]
        offset = _aligned(offset + sizes[name])
    header = json.dumps({**probe, "arrays": specs}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(header) > header_room:  # pragma: no cover - the room above is an upper bound
        raise ValueError("header too long")
    chunks.append(header + b" " * (header_room - len(header)))
    for values in arrays.values():
        raw = values.tobytes()
        chunks.append(raw + b"\0" * (_aligned(len(raw)) - len(raw)))
    body = b"".join(chunks)
    return _PREFIX.pack(MAGIC, FORMAT, len(header), len(body), zlib.crc32(body)) + body


def _aligned(size: int) -> int:
    return -(-size // _ALIGN) * _ALIGN
