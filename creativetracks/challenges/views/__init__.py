"""The challenges pages, by topic."""
