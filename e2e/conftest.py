"""Browser journeys; the `browser` and `screenshot_dir` fixtures live in the root conftest.py."""
