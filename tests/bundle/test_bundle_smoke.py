"""Issue 15: the one-folder bundle runs from a copy with no Python, no virtualenv and no network.

Builds it once with ``make bundle`` (PyInstaller, ≈ 2 min on two cores), copies
``dist/kzdesk`` to a temporary folder and runs it there with ``env -i`` (an empty folder
as PATH, HOME in a temporary folder) inside ``unshare -n`` (a network namespace with
only a loopback that is down).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test runs the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]


def _unshare_works() -> str | None:
    """Why a network namespace cannot be made here, or None if it can."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    result = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if result.returncode != 0:
        return f"the kernel refuses a network namespace (unshare -n: {result.stderr.strip()})"
    return None


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _unshare_works()
    if reason is not None:
        pytest.skip(reason)
    subprocess.run(["make", "bundle"], cwd=ROOT, check=True, capture_output=True)
    copy = tmp_path_factory.mktemp("unpacked")
    archive = next((ROOT / "dist").glob("kzdesk-*-linux-x86_64.tar.gz"))
    # Unpack the archive, as a user would, rather than copying the build folder.
    subprocess.run(["tar", "-C", str(copy), "-xzf", str(archive)], check=True)
    return copy / "kzdesk"


def run_offline(
    bundle: Path, tmp_path: Path, *args: str, qt_platform: str = "offscreen"
) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    empty_bin = tmp_path / "empty-bin"  # PATH: nothing in it, so no python to fall back on
    home.mkdir(exist_ok=True)
    empty_bin.mkdir(exist_ok=True)
    env = [f"PATH={empty_bin}", f"HOME={home}", "LANG=C.UTF-8", f"QT_QPA_PLATFORM={qt_platform}"]
    command = ["unshare", "-n", "/usr/bin/env", "-i", *env, str(bundle / "kzdesk"), *args]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    # Any traceback (a module PyInstaller missed, a resource not found) fails the run even
    # where kzdesk catches it and goes on.
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    return result


def test_gui_starts_offscreen(bundle: Path, tmp_path: Path) -> None:
    result = run_offline(bundle, tmp_path, "gui", "--exit-after-startup")
    assert result.stdout.startswith("startup_ms="), result.stdout


def test_search_json(bundle: Path, tmp_path: Path) -> None:
    hits = json.loads(run_offline(bundle, tmp_path, "search", "procurement", "--json").stdout)
    assert hits, "no hit for 'procurement'"
    assert any("procurement" in (hit["title"] + hit["snippet"]).lower() for hit in hits[:3])


def test_print_section_pdf(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    run_offline(bundle, tmp_path, "print", "--section", "section-1", "-o", "out.pdf")
    reader = PdfReader(tmp_path / "out.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 1
    # The section's own words, set in the bundled font (Cyrillic needs it embedded).
    assert "corruption" in text.lower(), text[:500]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Noto" in name for name in fonts), fonts  # the bundled font, found through kzdesk.resources


def test_screenshot_mode(bundle: Path, tmp_path: Path) -> None:
    run_offline(bundle, tmp_path, "gui", "--screenshot-dir", "shots")
    shots = sorted((tmp_path / "shots").glob("*.png"))
    names = {shot.stem for shot in shots}
    assert {"report", "about", "search"} <= names, names
    assert all(shot.stat().st_size > 5_000 for shot in shots), [(s.name, s.stat().st_size) for s in shots]


def test_no_build_machine_path_needed(bundle: Path) -> None:
    """No text file in the bundle names the build tree; binaries only where PyInstaller leaves debug strings."""
    needles = [str(ROOT).encode(), str(Path(sys.prefix)).encode()]
    hits = []
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        blob = path.read_bytes()
        if any(needle in blob for needle in needles):
            hits.append(str(path.relative_to(bundle)))
    assert hits == [], hits


def test_bundle_size_budget(bundle: Path) -> None:
    unpacked = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    archive = next((ROOT / "dist").glob("kzdesk-*-linux-x86_64.tar.gz"))
    assert unpacked <= 300 * 1024 * 1024, f"unpacked {unpacked / 2**20:.0f} MB > 300 MB"
    assert archive.stat().st_size <= 120 * 1024 * 1024, f"archive {archive.stat().st_size / 2**20:.0f} MB > 120 MB"
