"""Small helpers of the generators: transliteration, weighted draws, English phrasing,
serial numbers."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import random
import unicodedata

from .records import Country

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ə": "e",
        "Ə": "e",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "ng",
        "'": "",
        "’": "",
        "ʻ": "",
        "`": "",
    }
)


@functools.lru_cache(maxsize=4096)
def slugify_ascii(value: str) -> str:
    """Lowercase ASCII slug: "Jean-Baptiste Ólafsdóttir" -> "jean-baptiste-olafsdottir"."""
    text = unicodedata.normalize("NFKD", value.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = "".join(char if char.isalnum() else "-" for char in text)
    return "-".join(part for part in slug.split("-") if part)


class _Random(random.Random):
    """random.Random with cheaper choice() and randint() (same output for a seed, always)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class _Weighted:
    """Weighted choice over fixed keys, with precomputed cumulative weights."""

    def __init__(self, weights):
        items = [(key, weight) for key, weight in dict(weights).items() if weight > 0]
        self.keys = [key for key, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random):
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.keys[min(index, len(self.keys) - 1)]

    def sample(self, rng: random.Random, k: int) -> list:
        """k distinct keys, drawn one after the other in proportion to their weight."""
        k = min(k, len(self.keys))
        chosen: list = []
        while len(chosen) < k:
            key = self.pick(rng)
            if key not in chosen:
                chosen.append(key)
        return chosen


def _pick_k(rng: random.Random, probabilities: tuple[float, ...]) -> int:
    """1 with probabilities[0], 2 with probabilities[1]..."""
    return _counts(probabilities).pick(rng)


_COUNT_PICKERS: dict[tuple[float, ...], _Weighted] = {}


def _counts(probabilities: tuple[float, ...]) -> _Weighted:
    picker = _COUNT_PICKERS.get(probabilities)
    if picker is None:
        picker = _COUNT_PICKERS[probabilities] = _Weighted(
            {count: weight for count, weight in enumerate(probabilities, start=1)}
        )
    return picker


# Country names that take "the" in a sentence ("outside the Netherlands").
_NAMES_WITH_THE = frozenset("GB US NL PH BS GM MV MH SB AE DO CF CD KM".split())


def _in_text(country: Country) -> str:
    return f"the {country.name}" if country.code in _NAMES_WITH_THE else country.name


def _plural(role: str) -> str:
    if role.endswith(("s", "sh", "ch")):
        return role + "es"
    return role + "s"


def _article(word: str) -> str:
    if word.startswith(("UX", "uni", "eu")):
        return "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# Unique serial numbers: index 0..8,999 -> 4 digits, the next 90,000 -> 5 digits,
# and so on. Within a block an affine map with a multiplier prime to the block
# size is a bijection, so two indices never share a number.
_SERIAL_MULTIPLIERS = (6007, 7001, 7919, 4001, 5003, 8009, 9001, 3001)


def _serial(index: int, seed: int) -> int:
    low, size, block = 1000, 9000, 0
    while index >= size:
        index -= size
        low, size, block = low * 10, size * 10, block + 1
    multiplier = _SERIAL_MULTIPLIERS[(seed + block) % len(_SERIAL_MULTIPLIERS)]
    offset = (seed * 104_729 + block * 7_907) % size
    return low + (multiplier * index + offset) % size


_GOLDEN = (math.sqrt(5) - 1) / 2
