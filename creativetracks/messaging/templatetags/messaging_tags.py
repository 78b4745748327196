from django import template

from creativetracks.core.text import render_markdown

register = template.Library()


@register.filter
def message_text(text: str):
    """A message's Markdown, sanitised by core.text; a single line break stays a line
    break, as people expect in a chat."""
    return render_markdown((text or "").replace("\r\n", "\n").replace("\n", "  \n"))
