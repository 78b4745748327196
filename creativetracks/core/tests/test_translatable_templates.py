"""Every word a template shows is marked for translation.

Each template is read with Django's own lexer; what is left once tags, variables,
`{% translate %}` / `{% blocktranslate %}` blocks, comments, scripts, styles and
preformatted samples are taken out must hold no words (brand and format names aside).
Attributes people read (alt, title, placeholder, aria-label) are checked too."""

import re
from pathlib import Path

from django.conf import settings
from django.template.base import Lexer, TokenType

ROOT = Path(settings.BASE_DIR) / "creativetracks"
# Names that stay the same in every language.
UNTRANSLATED = [
    "Creative Tracks",
    "Google Calendar",
    "Outlook",
    "Facebook",
    "LinkedIn",
    "Instagram",
    "Swagger UI",
    "OpenAPI",
    "XLSX",
    "CSV",
    "PDF",
    "RSS",
    "Atom",
    ".ics",
    "B2B",
    "JSON",
    "Markdown",
]
TRANSLATED_BLOCKS = ("blocktranslate", "blocktrans", "comment")
READ_ATTRIBUTES = re.compile(r'\b(?:alt|title|placeholder|aria-label)="([^"]*)"')
CSS_CLASSES = re.compile(
    r"^[a-z0-9]+(?:(?:-|_|--)[a-z0-9]+)*(?:\s+[a-z0-9]+(?:(?:-|_|--)[a-z0-9]+)*)*$"
)
MARK = "\x00"


def visible_text(source: str) -> str:
    """The template with everything Django produces (tags, variables, translated
    blocks) replaced by a marker, so HTML tags can be parsed whole."""
    parts, depth = [], 0
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            word = token.contents.split()[0] if token.contents else ""
            if word in TRANSLATED_BLOCKS:
                depth += 1
            elif word in ("end" + w for w in TRANSLATED_BLOCKS):
                depth -= 1
            parts.append(MARK)
        elif token.token_type == TokenType.VAR:
            parts.append(MARK)
        elif token.token_type == TokenType.TEXT and depth == 0:
            parts.append(token.contents)
    return "".join(parts)


def unmarked_words(source: str) -> list[str]:
    text = visible_text(source)
    text = re.sub(r"<(script|style|pre|code)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    chunks = READ_ATTRIBUTES.findall(text) + re.sub(r"<[^>]*>", "\n", text).split("\n")
    found = []
    for chunk in chunks:
        words = re.sub(r"&[#a-zA-Z0-9]+;", " ", chunk).replace(MARK, " ")
        for name in UNTRANSLATED:
            words = words.replace(name, " ")
        words = words.strip()
        if re.search(r"[A-Za-z]{2,}", words) and not CSS_CLASSES.match(words):
            found.append(" ".join(chunk.replace(MARK, "…").split()))
    return found


def test_every_template_string_is_marked_for_translation():
    problems = []
    for path in sorted(ROOT.rglob("templates/**/*.html")):
        if "swagger" in path.parts:
            continue
        for words in unmarked_words(path.read_text()):
            problems.append(f"{path.relative_to(ROOT)}: {words!r}")
    assert problems == [], "Mark these for translation:\n" + "\n".join(problems)


def test_the_check_finds_unmarked_text_and_ignores_marked_text():
    assert unmarked_words("<p>Hello there</p>") == ["Hello there"]
    assert unmarked_words('<img alt="A cat" src="x">') == ["A cat"]
    assert unmarked_words('{% load i18n %}<p>{% translate "Hello" %}</p>') == []
    assert unmarked_words("{% blocktranslate %}Hi {{ name }}{% endblocktranslate %}") == []
    assert unmarked_words('<a class="button {{ x }}" href="/">{{ label }}</a>') == []
    assert unmarked_words("{% block container_class %}container--medium{% endblock %}") == []
    assert unmarked_words("<pre>name,email</pre><p>Creative Tracks</p>") == []
