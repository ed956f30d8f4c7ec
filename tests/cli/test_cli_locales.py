"""The command line end to end under real locales, including legacy 8-bit consoles.

Locales missing on the machine are compiled with ``localedef`` into a temporary
folder (``LOCPATH``), so no root is needed; one that cannot be made is skipped with the
reason. PYTHONIOENCODING and PYTHONUTF8 are removed: the locale alone decides.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: (locale name, localedef input, charmap, the encoding Python should then pick for stdout)
LOCALES = [
    ("C.UTF-8", None, None, "utf-8"),
    ("en_US.UTF-8", "en_US", "UTF-8", "utf-8"),
    ("ru_RU.UTF-8", "ru_RU", "UTF-8", "utf-8"),
    ("kk_KZ.UTF-8", "kk_KZ", "UTF-8", "utf-8"),
    ("ru_RU.CP1251", "ru_RU", "CP1251", "cp1251"),
    ("ru_RU.ISO-8859-5", "ru_RU", "ISO-8859-5", "iso8859-5"),
]


@pytest.fixture(scope="session")
def locale_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("locales")


def _environment(name: str, source: str | None, charmap: str | None, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO", "PYTHONUTF8", "LANG"))}
    env.update(LANG=name, LC_ALL=name, NO_COLOR="1")
    if source is not None:
        target = folder / name
        if not target.exists():
            if shutil.which("localedef") is None:
                pytest.skip(f"{name}: localedef is not installed (apt-get install locales)")
            made = subprocess.run(
                ["localedef", "-i", source, "-f", charmap, str(target)], capture_output=True, text=True, timeout=120
            )
            if not target.exists():
                pytest.skip(f"{name}: localedef could not build it: {made.stderr.strip()[:200]}")
        env["LOCPATH"] = str(folder)
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdout.encoding)"], env=env, capture_output=True, text=True
    )
    return env | {"_encoding": probe.stdout.strip().lower()}


def _run(env: dict[str, str], *args: str | bytes, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    real = {k: v for k, v in env.items() if not k.startswith("_")}
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", *args], input=stdin, env=real, capture_output=True, timeout=60
    )


@pytest.mark.parametrize(("name", "source", "charmap", "encoding"), LOCALES, ids=[item[0] for item in LOCALES])
def test_cli_under_locale(locale_dir: Path, name: str, source: str | None, charmap: str | None, encoding: str) -> None:
    env = _environment(name, source, charmap, locale_dir)
    assert env["_encoding"].replace("_", "-") in (encoding, encoding.replace("iso", "iso-")), env["_encoding"]
    # Ordinary output, with characters the legacy code pages lack ("ó" in "Adal Kómek").
    for args in (("sections",), ("section", "section-9"), ("projects",), ("search", "Adal Kómek")):
        result = _run(env, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert b"Traceback" not in result.stderr
        result.stdout.decode(env["_encoding"])  # what the console shows is text in its own encoding
    # JSON is valid and decodable whatever the console.
    rows = json.loads(_run(env, "stats", "--json").stdout.decode(env["_encoding"]))
    assert len(rows) > 10
    # JSON is plain ASCII where the console is not UTF-8: valid UTF-8 either way, and lossless.
    result = _run(env, "section", "section-9", "--json")
    assert result.returncode == 0, result.stderr
    assert "Adal kómek" in json.dumps(json.loads(result.stdout.decode("utf-8", "strict")), ensure_ascii=False)
    if env["_encoding"] != "utf-8":
        assert result.stdout.isascii()
    # An invalid byte in a query argument.
    result = _run(env, "search", b"corrup\xfftion", "--json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout.decode(env["_encoding"]))
    # Invalid UTF-8 on one stdin line: every line is answered, each with a JSON array.
    lines_in = b"corruption\n\xff\xfe bad \xc3\n\xd1\x81\xd1\x83\xd0\xb4\n"
    result = _run(env, "search", "--stdin", "--json", stdin=lines_in)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    lines = result.stdout.decode(env["_encoding"]).splitlines()
    assert len(lines) == 3
    answers = [json.loads(line) for line in lines]
    assert answers[0] and answers[2]
    if env["_encoding"] == "utf-8":
        result.stdout.decode("utf-8", "strict")  # never raw bytes passed through
