"""The command line; ``kzdesk.cli.main.main`` is the console entry point."""
