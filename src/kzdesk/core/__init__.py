"""Dataset, search, statistics and summaries. No Qt here: everything is testable headless."""
