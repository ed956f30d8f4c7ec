"""Printouts: summaries rendered from HTML templates, paginated by kzdesk, painted to PDF or a printer.

``pdf.write_pdf`` works headless (the command line); ``dialogs`` adds the print preview
and the Save as PDF dialog for the main window.
"""

from kzdesk.gui.printing.refcount import keep_none_alive

# Painting makes tens of thousands of PySide6 calls; see refcount.py for why this must come first.
keep_none_alive()
