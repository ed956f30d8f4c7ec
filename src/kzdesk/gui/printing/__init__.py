"""Printouts: summaries rendered from HTML templates, paginated by kzdesk, painted to PDF or a printer.

``pdf.write_pdf`` works headless (the command line); ``dialogs`` adds the print preview
and the Save as PDF dialog for the main window.
"""
