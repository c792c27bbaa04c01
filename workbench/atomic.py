"""Write files atomically: a reader sees the old bytes or the new, never half.

Temp file in the same folder (so `os.replace` is a rename on one file
system), flush, fsync, replace, then fsync the folder so the rename itself
survives a power cut. On any error the temp file is removed and the
original is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from workbench.errors import WorkbenchError


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; errors become one clear line."""
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WorkbenchError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def write_text_atomic(path: Path, text: str) -> None:
    """UTF-8, no newline translation: the bytes written are exactly `text`."""
    write_bytes_atomic(path, text.encode("utf-8"))
