"""The desktop application: Qt widgets that show what :mod:`kzdesk.core` computes."""
