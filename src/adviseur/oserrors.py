"""Dutch words for the operating system's errors, for every message a user reads.

`strerror` is English ("No space left on device"); a wijkteam professional needs to read what
to do. Kept apart from the store and the content loader so both can use it without importing
each other.
"""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quotum) is op",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOENT: "bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "dat is een map, geen bestand",
    errno.EEXIST: "bestaat al",
    errno.ELOOP: "dat is een symbolische koppeling",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "lees- of schrijffout van de schijf",
    errno.ENXIO: "geen apparaat of pijp om uit te lezen",
}


def os_reason(exc: OSError) -> str:
    """A Dutch reason for an OSError (the English one when there is no translation)."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
