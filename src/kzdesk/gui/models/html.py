"""Safe HTML pieces shared by the details panes and the proposal list: links and highlights."""

from __future__ import annotations

from kzdesk.core.labels import escape

SCHEME = "kzdesk"
# Yellow marker with black text reads in both light and dark palettes.
MARK_OPEN = '<span style="background-color:#ffe66d; color:#000000;">'
MARK_CLOSE = "</span>"


def internal_link(target: str, text: str) -> str:
    return f'<a href="{SCHEME}:{escape(target)}">{escape(text)}</a>'


def web_link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'
