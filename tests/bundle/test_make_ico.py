"""The Windows icon is packed from the committed PNGs at build time (packaging/make_ico.py)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _make_ico():
    spec = importlib.util.spec_from_file_location("make_ico", ROOT / "packaging" / "make_ico.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ico_directory_points_at_each_png(tmp_path: Path) -> None:
    make_ico = _make_ico()
    target = make_ico.build_ico(ROOT, tmp_path / "kzdesk.ico")
    blob = target.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", blob)
    assert (reserved, kind, count) == (0, 1, len(make_ico.SIZES))
    for index, size in enumerate(make_ico.SIZES):
        width, height, _colours, _zero, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", blob, 6 + 16 * index
        )
        assert width == height == (0 if size == 256 else size)
        assert bits == 32
        png = (ROOT / "resources" / "icons" / "png" / f"kzdesk-{size}.png").read_bytes()
        assert blob[offset : offset + length] == png
