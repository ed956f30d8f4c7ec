"""Item models of the tabs: thin Qt views over :mod:`kzdesk.core` data, sorted and filtered by proxies."""
