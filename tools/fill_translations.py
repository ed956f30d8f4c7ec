"""Writes the kk and ru translations kept in tools/translations/ into resources/i18n/*.ts (after lupdate)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from translations import PLURALS, TEXTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def fill(language: str) -> None:
    path = ROOT / "resources" / "i18n" / f"kzdesk_{language}.ts"
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes" and source in PLURALS:
            forms = PLURALS[source][language]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif source in TEXTS:
            translation.text = TEXTS[source][language]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    for language in ("kk", "ru"):
        fill(language)
