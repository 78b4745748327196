"""@mentions in discussions: members are named by their profile handle (@amina-mussa)."""

import re

from django.utils.safestring import SafeString

from creativetracks.core.text import render_markdown

MENTION = re.compile(r"(?<![\w@/\[])@([a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?)(?![\w-])", re.I)
MAX_MENTIONS = 20


def handles_in(text: str) -> list[str]:
    """The handles a text mentions, in order, each once (at most MAX_MENTIONS)."""
    found = dict.fromkeys(match.lower() for match in MENTION.findall(text or ""))
    return list(found)[:MAX_MENTIONS]


def render_post(text: str) -> SafeString:
    """Markdown (sanitised by core.text) with each mention linked to the profile."""
    linked = MENTION.sub(lambda m: f"[@{m.group(1)}](/people/{m.group(1).lower()}/)", text or "")
    return render_markdown(linked)
