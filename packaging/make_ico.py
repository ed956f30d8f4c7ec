"""Build kzdesk.ico from the committed PNG icons at bundle time (Windows needs an .ico).

An .ico is a small directory of PNG images (Vista and later read PNG entries), so the
committed PNGs are packed as they are: no image library, nothing binary committed twice.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_ico(pngs: list[tuple[int, bytes]], target: Path) -> Path:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target


def build_ico(root: Path, target: Path) -> Path:
    icons = root / "resources" / "icons" / "png"
    return write_ico([(size, (icons / f"kzdesk-{size}.png").read_bytes()) for size in SIZES], target)


def icon_for_platform(root: Path, workdir: Path) -> str | None:
    """The icon PyInstaller should embed in the executable: an .ico on Windows, none elsewhere."""
    if sys.platform != "win32":
        return None  # Linux executables carry no icon; kzdesk.desktop names the PNGs instead
    return str(build_ico(root, workdir / "kzdesk.ico"))


if __name__ == "__main__":
    print(build_ico(Path(__file__).resolve().parents[1], Path(sys.argv[1])))
