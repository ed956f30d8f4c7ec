"""The atomic writer: long names refused in one line, symlinks written through, stale temporaries cleaned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzdesk.core import files


def test_long_name_and_path_are_refused(tmp_path: Path) -> None:
    with pytest.raises(files.FileProblem, match="longer than 255 bytes"):
        files.write_atomically(tmp_path / ("ж" * 130 + ".pdf"), b"x")
    deep = tmp_path.joinpath(*(["d" * 200] * 25)) / "a.pdf"
    with pytest.raises(files.FileProblem, match="longer than 4096 bytes"):
        files.write_atomically(deep, b"x")


def test_a_symlink_target_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert files.write_atomically(link, b"new") == real
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_temporary_left_by_a_killed_run_is_cleaned_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    script = (
        "import os,sys,time;from pathlib import Path;from kzdesk.core import files\n"
        "files.os.replace=lambda *a: time.sleep(60)\n"  # hold the temporary file until killed
        f"files.write_atomically(Path({str(target)!r}), b'x'*1000)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".kzdesk-*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = list(tmp_path.glob(".kzdesk-*.part"))
    assert len(left) == 1 and str(child.pid) in left[0].name  # recognisable: kzdesk, and whose
    files.write_atomically(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
