"""Writing a briefing's file: atomically (a temporary file in the same folder, renamed into place),
with one clear message for a missing folder or a file another program holds open. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kzdesk.core.labels import translate


class OutputError(OSError):
    """The briefing's file cannot be written; the message says why and what to do."""


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary)`` then rename the temporary file onto ``path``: never half a file there."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(translate("Document", "the folder {folder} does not exist").format(folder=folder))
    if target.is_dir():
        raise OutputError(translate("Document", "{path} is a folder, not a file").format(path=target))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part", dir=folder)
    except PermissionError:
        raise OutputError(
            translate("Document", "cannot write in the folder {folder}: permission denied").format(folder=folder)
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.chmod(temporary, _mode_for(target))  # mkstemp makes it private; the file is an ordinary document
        os.replace(temporary, target)
    except PermissionError:
        raise OutputError(
            translate(
                "Document",
                "cannot replace {path}: it may be open in another program (Word locks an open file on Windows); "
                "close it and try again",
            ).format(path=target)
        ) from None
    except OSError as error:
        raise OutputError(
            translate("Document", "cannot write {path}: {problem}").format(path=target, problem=error.strerror)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return target


def _mode_for(target: Path) -> int:
    """The mode an ordinary new file gets (the umask applied), or the replaced file's own."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
