"""The stylesheets use logical properties, so that a right-to-left language can be added
without rewriting them (docs/accessibility.md): `margin-inline-start`, not `margin-left`;
`text-align: start`, not `left`; `inset-inline-end`, not `right`."""

import re
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "static"
STYLESHEETS = sorted(STATIC.rglob("*.css"))

# Properties and values that name a physical side of the screen.
PHYSICAL_PROPERTY = re.compile(
    r"^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-|$)"
    r"|^(left|right)$"
    r"|^border-(top|bottom)-(left|right)-radius$"
)
PHYSICAL_VALUE = {
    "text-align": {"left", "right"},
    "float": {"left", "right"},
    "clear": {"left", "right"},
}

# Where a physical side is what is meant, with the reason: "<file>: <selector> <property>".
ALLOWED: dict[str, str] = {}


def declarations(css: str):
    """(selector, property, value) of every declaration, comments left out."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                yield " ".join(selector.split()), name.strip().lower(), value.strip().lower()


# Four-value shorthands list top, right, bottom, left: different sides are physical.
BOX_SHORTHANDS = {
    "margin",
    "padding",
    "inset",
    "border-width",
    "border-style",
    "border-color",
    "scroll-margin",
    "scroll-padding",
}


def physical(name: str, value: str) -> bool:
    if PHYSICAL_PROPERTY.search(name):
        return True
    value = value.replace("!important", "")
    while "(" in value:  # var(--radius, 8px) is one word
        value, before = re.sub(r"\([^()]*\)", "", value), value
        if value == before:
            break
    words = value.split()
    if name in BOX_SHORTHANDS and len(words) == 4 and words[1] != words[3]:
        return True
    if name == "border-radius" and "/" not in value and len(words) in (2, 3, 4):
        # Corners start at the top left: two or more different radii are physical.
        return len(set(words)) > 1 and not (
            len(words) == 4 and words[0] == words[1] == words[2] == words[3]
        )
    return bool(set(words) & PHYSICAL_VALUE.get(name, set()))


def test_the_checker_finds_physical_sides():
    found = [
        (name, value)
        for _s, name, value in declarations(
            ".a { margin-left: 1rem; right: 0; text-align: right; float: left }"
            ".b { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; }"
            "/* margin-right: 2rem */ .c { border-top-left-radius: 2px; padding: 0 1rem; }"
            ".d { margin: 0 1rem 0 2rem; padding: 1px 2px 3px 2px; inset: 0 auto auto 0; }"
        )
        if physical(name, value)
    ]
    assert found == [
        ("margin-left", "1rem"),
        ("right", "0"),
        ("text-align", "right"),
        ("float", "left"),
        ("border-top-left-radius", "2px"),
        ("margin", "0 1rem 0 2rem"),
        ("inset", "0 auto auto 0"),
    ]


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_stylesheets_use_logical_properties(path):
    assert STYLESHEETS, "no stylesheet found"
    problems = [
        f"{selector} {{ {name}: {value} }}"
        for selector, name, value in declarations(path.read_text())
        if physical(name, value) and f"{path.name}: {selector} {name}" not in ALLOWED
    ]
    assert problems == [], f"{path.name} names physical sides:\n" + "\n".join(problems)
