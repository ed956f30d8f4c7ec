"""One module per tab, each declaring ``TAB = TabSpec(...)`` (see :mod:`kzdesk.gui.tabs.registry`).

Keep these modules tiny: they are all imported at start-up. The widget lives in the module
``TabSpec.widget`` names and is imported when the tab is first shown.
"""
