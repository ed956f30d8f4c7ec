"""One module per main-window tab; each tab is a :class:`kzdesk.gui.tabs.base.Tab`."""
