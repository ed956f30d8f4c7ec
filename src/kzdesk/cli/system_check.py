"""Before Qt starts: is the display reachable, and which system libraries are missing?

Qt aborts (exit 134) on an unreachable DISPLAY and names one library at a time; this
module checks first and says, in one line, what is wrong and which Debian/Ubuntu
packages to install, computed from what is actually missing.
"""

from __future__ import annotations

import os
import re

#: Shared library Qt (or its X11 plugin) loads → the Debian/Ubuntu package that ships it.
LIBRARY_PACKAGES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
#: Needed only to open a window on X11 (printing and offscreen runs do without them).
X11_ONLY = frozenset(name for name in LIBRARY_PACKAGES if "xcb" in name.casefold() or "x11" in name)


def missing_libraries(include_x11: bool = True) -> list[str]:
    """The libraries of LIBRARY_PACKAGES the dynamic loader cannot find."""
    import ctypes  # here, not at module level: a window on an offscreen platform never needs it

    missing = []
    for library in LIBRARY_PACKAGES:
        if not include_x11 and library in X11_ONLY:
            continue
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(library)
    return missing


def install_advice(missing: list[str]) -> str:
    packages = sorted({LIBRARY_PACKAGES[name] for name in missing if name in LIBRARY_PACKAGES})
    return f"sudo apt-get install {' '.join(packages)}" if packages else ""


def display_problem(display: str, timeout: float = 2.0) -> str | None:
    """Why the X server named by ``display`` (``:0``, ``host:1.0``, ``unix:0``) cannot be reached, or None."""
    import socket

    match = re.fullmatch(r"(?:(?P<host>[^:/]*)/?)?:(?P<number>\d+)(?:\.\d+)?", display)
    if match is None:
        return f"DISPLAY={display!r} is not a display name like :0"
    host, number = match.group("host") or "", int(match.group("number"))
    try:
        if host in ("", "unix"):
            path = f"/tmp/.X11-unix/X{number}"
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(timeout)
                try:
                    connection.connect(path)
                except OSError:
                    if host == "unix":
                        raise
                    # No local socket: Xlib falls back to TCP on localhost.
                    socket.create_connection(("localhost", 6000 + number), timeout).close()
        else:
            socket.create_connection((host, 6000 + number), timeout).close()
    except OSError as error:
        return f"no X server answers on DISPLAY={display} ({error.strerror or error})"
    return None


def forced_platforms() -> list[str]:
    """The platform plugins QT_QPA_PLATFORM asks for, in Qt's order ("wayland;xcb", "vnc:size=800x600")."""
    value = os.environ.get("QT_QPA_PLATFORM", "")
    return [name.split(":", 1)[0].strip() for name in value.split(";") if name.split(":", 1)[0].strip()]


def available_platforms() -> set[str] | None:
    """The platform plugins this Qt ships (``libqxcb.so`` → ``xcb``), or None where they cannot be listed."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    names = {path.name.split(".", 1)[0].removeprefix("libq") for path in folder.glob("libq*.so")}
    return names or None


def forced_platform_problem(platforms: list[str]) -> str | None:
    """Why none of the platforms QT_QPA_PLATFORM forces can start, or None.

    Qt aborts (exit 134) on an unknown plugin, on xcb without a reachable X server and on
    wayland without a compositor; only what can be checked without starting Qt is checked.
    """
    if platforms[0] in ("offscreen", "minimal"):
        return None  # every Qt has them, and they need nothing (the benchmarks and tests run here)
    available = available_platforms()
    problems = []
    for platform in platforms:
        # Qt's wayland plugin also answers to wayland-egl, wayland-brcm …
        family = "wayland" if platform.startswith("wayland-") else platform
        if available is not None and family not in available:
            problems.append(f"Qt has no platform {platform!r} (it has: {', '.join(sorted(available))})")
        elif family in ("xcb", "wayland"):
            problem = x11_problem() if family == "xcb" else wayland_problem()
            if problem is None:
                return None  # Qt takes the first platform that starts
            problems.append(problem)
        else:
            return None  # offscreen, minimal, vnc, eglfs …: nothing to check before Qt starts
    text = "; ".join(problems)
    return f"cannot open a window with QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}: {text}"


def x11_problem() -> str | None:
    display = os.environ.get("DISPLAY")
    return display_problem(display) if display else "DISPLAY is not set"


def wayland_problem() -> str | None:
    """Why no Wayland compositor can be reached, or None."""
    name = os.environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    path = name if name.startswith("/") else os.path.join(runtime or "", name)
    if not name.startswith("/") and not runtime:
        return "XDG_RUNTIME_DIR is not set, so no Wayland compositor can be found"
    if not os.path.exists(path):
        return f"no Wayland compositor at {path}"
    return None


def environment_problem() -> str | None:
    """One line saying why a window cannot open here, or None (Linux only: X11, and platforms forced by
    QT_QPA_PLATFORM; a Wayland session is left to Qt)."""
    platforms = forced_platforms()
    if platforms:
        return forced_platform_problem(platforms)
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY")
    if not display:
        return None  # the caller's no-display message covers this
    problem = display_problem(display)
    if problem is not None:
        return f"cannot open a window: {problem}; see 'kzdesk --help' for the text commands"
    missing = missing_libraries()
    if missing:
        return (
            f"cannot open a window: missing system libraries ({', '.join(missing)}); "
            f"on Debian/Ubuntu: {install_advice(missing)}"
        )
    return None
