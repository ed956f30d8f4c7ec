"""The command line under every console encoding an official may have, and with bytes that fit none.

The locales are generated with localedef when the machine lacks them (CI runs as root on a
fresh machine); a locale that cannot be made is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: (locale name as `locale -a` spells it, source locale, charmap)
LOCALES = [
    ("C.utf8", None, None),
    ("en_US.utf8", "en_US", "UTF-8"),
    ("ru_RU.utf8", "ru_RU", "UTF-8"),
    ("kk_KZ.utf8", "kk_KZ", "UTF-8"),
    ("ru_RU.cp1251", "ru_RU", "CP1251"),
    ("ru_RU.iso88595", "ru_RU", "ISO-8859-5"),
    ("ru_RU.ibm866", "ru_RU", "IBM866"),
]


def _available() -> set[str]:
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    return {name.strip().lower().replace("-", "") for name in listed.split()}


@pytest.fixture(scope="session")
def locales(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    """Locale name → None if usable, else why not. Missing ones are built into a private folder."""
    folder = tmp_path_factory.mktemp("locales")
    have = _available()
    status: dict[str, str | None] = {}
    for name, source, charmap in LOCALES:
        if name.lower().replace("-", "") in have:
            status[name] = None
            continue
        made = subprocess.run(
            ["localedef", "-i", str(source), "-f", str(charmap), str(folder / name)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        ok = (folder / name).is_dir()
        status[name] = None if ok else f"localedef could not make {name}: {made.stderr.strip()[:200]}"
    status["_path"] = str(folder)
    return status


Locales = dict[str, str | None]


def _run(locale: str, locales: Locales, args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    reason = locales.get(locale)
    if reason:
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LANGUAGE")}
    env.update(LC_ALL=locale, LANG=locale, LOCPATH=str(locales["_path"]) + ":/usr/lib/locale")
    if Path("/usr/lib/locale/locale-archive").exists():
        env.pop("LOCPATH")  # glibc reads LOCPATH instead of the archive: list our folder only when needed
        if locale.lower().replace("-", "") not in _available():
            env["LOCPATH"] = str(locales["_path"])
    command = [sys.executable, "-m", "kzdesk", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env=env, timeout=120, check=False)


def _encoding(locale: str, locales: dict[str, str | None]) -> str:
    probe = _run(locale, locales, ["--version"])
    assert probe.returncode == 0
    env_probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdout.encoding)"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "LC_ALL": locale, "LANG": locale, "LOCPATH": str(locales["_path"])},
    )  # fmt: skip
    return env_probe.stdout.strip() or "utf-8"


@pytest.mark.parametrize("locale", [name for name, _, _ in LOCALES])
def test_tables_and_json_are_written_under_every_console_encoding(locale: str, locales: dict[str, str | None]) -> None:
    # Section 9 names "Adal Kómek": "ó" is in no Cyrillic code page.
    table = _run(locale, locales, ["section", "section-9"])
    assert table.returncode == 0, table.stderr.decode(errors="replace")
    assert b"Traceback" not in table.stderr
    out = _run(locale, locales, ["projects", "--json"])
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    projects = json.loads(out.stdout.decode(_encoding(locale, locales)))
    # JSON loses nothing: ASCII escapes where the console is 8-bit.
    assert any("Adal kómek" in p["aliases"] for p in projects)


@pytest.mark.parametrize("locale", ["C.utf8", "ru_RU.utf8", "ru_RU.cp1251"])
def test_stdin_with_invalid_bytes_answers_every_line(locale: str, locales: dict[str, str | None]) -> None:
    lines = b"procurement\n\xff\xfe\xc3(\nland plot\n"
    result = _run(locale, locales, ["search", "--stdin", "--json"], stdin=lines)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr
    answers = result.stdout.decode("utf-8").splitlines()  # JSON is ASCII or UTF-8: valid either way
    assert len(answers) == 3
    parsed = [json.loads(a) for a in answers]
    assert parsed[0] and parsed[2]


def test_a_query_argument_with_an_invalid_byte_is_searched(locales: dict[str, str | None]) -> None:
    env_locale = "C.utf8"
    reason = locales.get(env_locale)
    if reason:
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    env.update(LC_ALL=env_locale, LANG=env_locale)
    command = [os.fsencode(sys.executable), b"-m", b"kzdesk", b"search", b"procurement\xff", b"--json"]
    result = subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert isinstance(json.loads(result.stdout.decode("utf-8")), list)


def test_table_output_carries_no_terminal_escape_from_the_query(locales: dict[str, str | None]) -> None:
    result = _run("C.utf8", locales, ["search", "--stdin"], stdin=b"procurement\x1b[31m\x07\n")
    assert result.returncode == 0
    assert b"\x1b[31m" not in result.stdout and b"\x07" not in result.stdout
