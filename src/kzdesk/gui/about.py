"""Help → About: the program's and the edition's versions and where the data comes from."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kzdesk import __version__
from kzdesk.core.editions import edition_key
from kzdesk.core.labels import escape
from kzdesk.core.model import Dataset


def about_html(dataset: Dataset) -> str:
    report = dataset.report
    language = report.language
    source = f"{report.source}: " if report.source else ""
    rows = [
        ("Version", f"kzdesk {__version__}"),
        ("Edition", f"{report.title} (edition {edition_key(report)}" + (f", {language})" if language else ")")),
        ("Dataset", f"schema version {dataset.schema_version}"),
        ("Source", f"{source}{report.source_file}, SHA-256 {report.sha256[:16]}…"),
        (
            "Contents",
            f"{len(dataset.sections)} sections, {len(dataset.proposals)} proposals, "
            f"{len(dataset.statistics)} figures, {len(dataset.projects)} projects, "
            f"{len(dataset.acts)} legal changes, {len(dataset.documents)} source documents",
        ),
        ("Built with", f"Qt {qVersion()}, PySide6 {pyside_version}; Noto Sans font (SIL Open Font License)"),
    ]
    body = "".join(
        f'<tr><td style="padding-right:12px"><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>'
        for label, value in rows
    )
    return (
        "<h3>kzdesk — offline reference desk</h3>"
        f"<p>{escape(report.title)}: its text, figures, legal changes, projects and proposals. "
        "Works without a network.</p>"
        f'<table cellspacing="0" cellpadding="3">{body}</table>'
    )


class AboutDialog(QDialog):
    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About kzdesk")
        icon = QLabel(self)
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(about_html(dataset), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("About kzdesk")
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
