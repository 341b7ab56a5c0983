"""Dutch words for the operating system's errors, for every message a user reads.

`strerror` is English ("No space left on device"); a wijkteam professional needs to read what
to do. Kept apart from the store and the content loader so both can use it without importing
each other. The words themselves are in the package's catalogue, `adviseur.texts`.
"""

from __future__ import annotations

import errno

from adviseur import texts

_REASONS = {
    errno.ENOSPC: texts.DISK_FULL,
    errno.EDQUOT: texts.QUOTA_EXCEEDED,
    errno.EACCES: texts.NO_PERMISSION,
    errno.EPERM: texts.NO_PERMISSION,
    errno.EROFS: texts.READ_ONLY,
    errno.ENOENT: texts.DOES_NOT_EXIST,
    errno.ENOTDIR: texts.NOT_A_FOLDER,
    errno.EISDIR: texts.IS_A_FOLDER,
    errno.EEXIST: texts.EXISTS,
    errno.ELOOP: texts.SYMLINK,
    errno.ENAMETOOLONG: texts.NAME_TOO_LONG,
    errno.EIO: texts.DISK_ERROR,
    errno.ENXIO: texts.NO_DEVICE,
}


def os_reason(exc: OSError) -> str:
    """A Dutch reason for an OSError (the English one when there is no translation)."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
