"""The user's workspace in the desktop app: the Bookmarks and Notes panel and its actions."""
