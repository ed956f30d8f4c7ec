"""Take docs/screenshots/pack-panel.png: the Pack panel with a 6-item pack, 1366×768 at 200 %.

A temporary workspace and settings (never the user's): a pack of an introduction of the
user's own, two proposals, a figure, a chart and a section's summary, the Proposals tab
beside it. Run from the repository:

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 .venv/bin/python docs/pack_panel_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "screenshots" / "pack-panel.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_SCALE_FACTOR", "2")
    from PySide6.QtWidgets import QApplication

    from kzdesk.core.dataset import load_dataset
    from kzdesk.gui.context import AppContext
    from kzdesk.gui.main_window import MainWindow
    from kzdesk.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)

    def settle(seconds: float = 0.1) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    folder = Path(tempfile.mkdtemp(prefix="kzdesk-pack-shot-"))
    settings = Settings(folder / "kzdesk.ini")
    settings.set_value("workspace/path", str(folder / "workspace.sqlite"))
    window = MainWindow(AppContext(dataset=load_dataset(), settings=settings, open_url=lambda url: None))
    window.context.workspace_session.headless = True
    window.show()
    settle()
    window.resize(1366, 768)
    settle()
    packs = window.workspace_actions.packs
    panel = packs.show_panel()
    assert panel is not None
    panel.new_pack("Meeting with the Agency, 12 December")
    panel.add_text("Purpose: agree on the follow-up of the civil-service proposals before the annual report.")
    for target in ("proposal-11", "proposal-7", "stat-cpi-kazakhstan-score", "chart-cpi-kazakhstan-score"):
        packs.add(target)
    packs.add("section-5", "summary")
    window.open_target("proposal-11")
    panel.view.setCurrentIndex(panel.model.index(5, 0))
    settle(0.3)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(TARGET))
    print(TARGET)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
