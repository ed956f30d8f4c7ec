"""The file gate: bounded reads of input files and atomic writes of output files (no Qt).

Every file kzdesk reads (the dataset today; the workspace and import files later) goes
through :func:`read_input`, and every file it writes through :func:`write_atomically`,
so that a FIFO, a device or a huge file never hangs or exhausts the machine, and a
write never leaves a half-written target or an unexplained file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

#: The largest input file kzdesk reads (the bundled dataset is ≈ 0.3 MB).
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: Longest file name (bytes) and path most Linux file systems take; checked before any work.
NAME_MAX = 255
PATH_MAX = 4096
#: Temporary files are named ``.kzdesk-<hash of the target name>-<pid>.part`` beside the target.
TEMP_PREFIX, TEMP_SUFFIX = ".kzdesk-", ".part"


class FileProblem(Exception):
    """``path`` cannot be read or written, because of ``problem`` (a phrase fit to show the user)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def read_input(path: str | os.PathLike[str], limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, or FileProblem.

    The type and size are checked with ``stat`` before opening, and the file is opened
    non-blocking, so a FIFO with no writer or ``/dev/zero`` is refused at once.
    """
    name = os.fspath(path)
    try:
        info = os.stat(name)
    except OSError as error:
        raise FileProblem(name, f"cannot read the file ({error.strerror or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(name, f"{_kind(info.st_mode)}, not a regular file")
    if info.st_size > limit:
        raise FileProblem(name, f"too large ({_megabytes(info.st_size)}; the limit is {_megabytes(limit)})")
    try:
        handle = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise FileProblem(name, f"cannot read the file ({error.strerror or error})") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):  # swapped between stat and open
            raise FileProblem(name, "not a regular file")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise FileProblem(name, f"cannot read the file ({error.strerror or error})") from None
    finally:
        os.close(handle)
    if size > limit:  # it grew while being read
        raise FileProblem(name, f"too large (over {_megabytes(limit)}, the limit)")
    return b"".join(chunks)


def check_writable_name(target: Path) -> None:
    """FileProblem if ``target``'s name or path is longer than the file system takes."""
    shown = os.fsdecode(os.fspath(target))
    if len(os.fsencode(target.name)) > NAME_MAX:
        raise FileProblem(shown[:80] + "…", f"the file name is longer than {NAME_MAX} bytes")
    if len(os.fsencode(os.path.abspath(target))) >= PATH_MAX:
        raise FileProblem(shown[:80] + "…", f"the path is longer than {PATH_MAX} bytes")


def _temporary_name(target: Path) -> str:
    # A checksum, not hashlib: importing hashlib loads OpenSSL's libcrypto (8–11 ms), a
    # twentieth of what printing a summary costs, only to give the temporary file a name.
    import zlib

    digest = f"{zlib.crc32(os.fsencode(target.name)):08x}"
    return f"{TEMP_PREFIX}{digest}-{os.getpid()}{TEMP_SUFFIX}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporary files a killed kzdesk left in ``folder`` (their process is gone)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            name = entry.name
            if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
                continue
            pid_text = name[len(TEMP_PREFIX) : -len(TEMP_SUFFIX)].rpartition("-")[2]
            if not pid_text.isdigit() or int(pid_text) == os.getpid() or _alive(int(pid_text)):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` whole or not at all; returns the file actually written.

    A symlink at ``target`` is written through: the file it points to is replaced, the
    link stays. The temporary file sits beside that file and is removed on failure;
    one left by a killed run is removed by the next write into the same folder.
    """
    check_writable_name(target)
    final = Path(os.path.realpath(target)) if target.is_symlink() else target
    check_writable_name(final)
    clean_stale_temporaries(final.parent)
    temporary = final.parent / _temporary_name(final)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise FileProblem(str(target), f"cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # created private; the result is an ordinary file
        os.replace(temporary, final)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            problem = "the name is too long" if error.errno == errno.ENAMETOOLONG else (error.strerror or str(error))
            raise FileProblem(str(target), f"cannot write ({problem})") from None
        raise
    return final
