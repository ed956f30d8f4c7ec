"""The ingest build refuses a curated summary that is not the report's words or not a summary."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from kzdesk.ingest.build import BuildError, build_edition, read_description
from kzdesk.resources import data_path


def _build_with(tmp_path: Path, report_text: str, edit: object) -> None:
    folder = tmp_path / "annotations"
    shutil.copytree(data_path("annotations"), folder)
    entries = tomllib.loads((folder / "summaries.toml").read_text(encoding="utf-8"))["summary"]
    edit(entries)  # type: ignore[operator]
    lines = []
    for entry in entries:
        lines += ["[[summary]]", f'section = "{entry["section"]}"', "points = ["]
        for point in entry["points"]:
            text = point["text"].replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'  {{ paragraph = "{point["paragraph"]}", text = "{text}" }},')
        lines += ["]", "figures = [" + ", ".join(f'"{f}"' for f in entry["figures"]) + "]", ""]
    (folder / "summaries.toml").write_text("\n".join(lines), encoding="utf-8")
    build_edition(read_description(data_path("editions", "2020", "edition.toml")), report_text, folder)


def _section(entries: list[dict], sid: str) -> dict:
    return next(e for e in entries if e["section"] == sid)


def test_the_curated_summaries_round_trip(tmp_path: Path, report_text: str) -> None:
    _build_with(tmp_path, report_text, lambda entries: None)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda e: _section(e, "section-1")["points"][1].update(text="1,021 persons were convicted."),
            "not a whole sentence",
        ),
        (lambda e: _section(e, "section-1")["points"][1].update(paragraph="section-1-p6"), "not a whole sentence"),
        (lambda e: _section(e, "section-1")["figures"].append("stat-no-such-figure"), "unknown statistic"),
        (
            lambda e: _section(e, "section-1")["figures"].append("stat-corruption-crimes-convicted-persons"),
            "already stated",
        ),
        (lambda e: _section(e, "section-1")["figures"].append("stat-cpi-kazakhstan-score"), "belongs to section-2"),
        (lambda e: _section(e, "section-1").update(points=_section(e, "section-1")["points"][:2]), "2 points"),
        (lambda e: _section(e, "section-1")["points"].append(_section(e, "section-1")["points"][0]), "chosen twice"),
        (lambda e: _section(e, "section-1")["points"].reverse(), "report order"),
        (
            lambda e: _section(e, "section-5")["points"].insert(
                1,
                {
                    "paragraph": "section-5-p5",
                    "text": "Thus, according to the survey conducted by the public foundation "
                    "Transparency International Kazakhstan, the share of people who specify "
                    "“there was no other options” as the reason for "
                    "agreeing to a corrupt transaction decreased from 16.1% to 8.2% in 2020.",
                },
            ),
            "points back",
        ),
        (
            lambda e: _section(e, "section-13")["points"].extend(
                [
                    {
                        "paragraph": "section-13-p4",
                        "text": "An extensive discussion of international anti-corruption agenda took place on the "
                        "sidelines of the 85th and 86th plenary sessions of the Group of States against Corruption of "
                        "the Council of Europe (GRECO), the 28th OSCE Economic and Environmental Forum, as well as the "
                        "6th international conference dedicated to the World Anti-Corruption Day.",
                    }
                ]
            ),
            "at most 40%",
        ),
    ],
)
def test_the_build_refuses(tmp_path: Path, report_text: str, edit: object, message: str) -> None:
    with pytest.raises(BuildError, match=message):
        _build_with(tmp_path, report_text, edit)
