"""Assets grouped by domain; each module also holds the checks of its assets."""
