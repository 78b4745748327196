"""Abstract artwork and initials avatars for the demo, drawn locally with Pillow.

Both functions are deterministic for a seed and return small JPEG bytes, so the
demo needs no network access and no stored image files.
"""

from __future__ import annotations

import functools
import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFont

__all__ = ["PALETTES", "avatar_image", "portfolio_image"]

DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
JPEG_QUALITY = 80
MAX_JPEG_BYTES = 50_000
SUPERSAMPLE = 2  # shapes are drawn at twice the size, then reduced, for smooth edges

# Each palette: a background colour then four accent colours.
PALETTES: tuple[tuple[str, ...], ...] = (
    ("#f4ecdf", "#e4572e", "#17bebb", "#ffc914", "#2e282a"),  # Bauhaus poster
    ("#fdf6e3", "#1d4e89", "#00b2ca", "#f79256", "#7dcfb6"),  # azulejo and coast
    ("#1b1b3a", "#ff5e5b", "#d8d8d8", "#ffed66", "#00cecb"),  # night market
    ("#f3e9d2", "#114b5f", "#028090", "#e4fde1", "#f45b69"),  # teal and coral
    ("#faf3dd", "#c8553d", "#588b8b", "#f28f3b", "#2d3047"),  # terracotta
    ("#fff8f0", "#9e2a2b", "#e09f3e", "#335c67", "#540b0e"),  # wax print
    ("#e8f1f2", "#247ba0", "#f25f5c", "#ffe066", "#50514f"),  # risograph
    ("#2b2d42", "#ef233c", "#edf2f4", "#8d99ae", "#ffb703"),  # stage lights
    ("#f6f4d2", "#386641", "#6a994e", "#a7c957", "#bc4749"),  # garden
    ("#fef9ef", "#ff6b6b", "#4ecdc4", "#1a535c", "#ffe66d"),  # festival
    ("#0b132b", "#3a506b", "#5bc0be", "#f2e94e", "#fe5f55"),  # harbour at night
    ("#f7ede2", "#f28482", "#84a59d", "#f5cac3", "#264653"),  # dusk
    ("#fffcf2", "#eb5e28", "#403d39", "#ccc5b9", "#3a86ff"),  # print shop
    ("#edf6f9", "#006d77", "#83c5be", "#e29578", "#ffddd2"),  # lagoon
)


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


_RGB_PALETTES = tuple(tuple(_rgb(color) for color in palette) for palette in PALETTES)


def _contrast(one: tuple[int, int, int], two: tuple[int, int, int]) -> float:
    """WCAG contrast ratio between two colours."""

    def relative(color):
        channels = []
        for value in color:
            value /= 255
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((relative(one), relative(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _ink(*backgrounds: tuple[int, int, int]) -> tuple[int, int, int]:
    """White or near-black, whichever reads best on every background colour."""
    return max(
        ((255, 255, 255), (28, 28, 36)),
        key=lambda ink: min(_contrast(ink, background) for background in backgrounds),
    )


def _readability(*backgrounds: tuple[int, int, int]) -> float:
    ink = _ink(*backgrounds)
    return min(_contrast(ink, background) for background in backgrounds)


def _jpeg(image: Image.Image) -> bytes:
    """JPEG at quality 80, or a little lower for the rare busy image over the budget."""
    for quality in (JPEG_QUALITY, JPEG_QUALITY - 8, JPEG_QUALITY - 16):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        if buffer.tell() <= MAX_JPEG_BYTES:
            break
    return buffer.getvalue()


@functools.lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    if os.path.exists(DEJAVU_BOLD):
        return ImageFont.truetype(DEJAVU_BOLD, size)
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):  # old Pillow or no FreeType
        return ImageFont.load_default()


# ---------------------------------------------------------------------------
# Portfolio artwork
# ---------------------------------------------------------------------------


def _accent(rng: random.Random, palette, avoid=None):
    choices = [color for color in palette[1:] if color != avoid]
    return rng.choice(choices)


def _bauhaus(draw: ImageDraw.ImageDraw, rng: random.Random, width, height, palette):
    """A grid of cells, each with a circle, quarter circle, half circle or triangle."""
    columns = rng.choice((3, 4, 5))
    rows = max(2, round(columns * height / width))
    cell_w, cell_h = width / columns, height / rows
    for row in range(rows):
        for column in range(columns):
            x0, y0 = column * cell_w, row * cell_h
            x1, y1 = x0 + cell_w, y0 + cell_h
            background = rng.choice(palette)
            draw.rectangle((x0, y0, x1 + 1, y1 + 1), fill=background)
            color = _accent(rng, palette, avoid=background)
            shape = rng.randrange(6)
            if shape == 0:  # circle
                inset = min(cell_w, cell_h) * 0.12
                side = min(cell_w, cell_h) - 2 * inset
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                draw.ellipse(
                    (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2), fill=color
                )
            elif shape == 1:  # quarter circle from a corner
                corner = rng.randrange(4)
                cx = x0 if corner in (0, 3) else x1
                cy = y0 if corner in (0, 1) else y1
                radius = min(cell_w, cell_h)
                angle = 90 * corner  # the quarter that lies inside the cell
                draw.pieslice(
                    (cx - radius, cy - radius, cx + radius, cy + radius),
                    angle,
                    angle + 90,
                    fill=color,
                )
            elif shape == 2:  # half circle on an edge
                radius = min(cell_w, cell_h) / 2
                cx = (x0 + x1) / 2
                if rng.random() < 0.5:
                    draw.pieslice(
                        (cx - radius, y1 - radius, cx + radius, y1 + radius), 180, 360, fill=color
                    )
                else:
                    draw.pieslice(
                        (cx - radius, y0 - radius, cx + radius, y0 + radius), 0, 180, fill=color
                    )
            elif shape == 3:  # triangle
                points = [(x0, y1), (x1, y1), ((x0 + x1) / 2, y0)]
                if rng.random() < 0.5:
                    points = [(x0, y0), (x1, y0), (x0, y1)]
                draw.polygon(points, fill=color)
            elif shape == 4:  # stripes
                count = rng.choice((3, 4, 5))
                stripe = cell_h / (2 * count)
                for index in range(count):
                    top = y0 + (2 * index + 0.5) * stripe
                    draw.rectangle((x0, top, x1, top + stripe), fill=color)
            else:  # ring with a dot
                side = min(cell_w, cell_h) * 0.8
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                ring = side * 0.12
                draw.ellipse(
                    (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2),
                    outline=color,
                    width=max(1, int(ring)),
                )
                dot = side * 0.18
                draw.ellipse(
                    (cx - dot, cy - dot, cx + dot, cy + dot),
                    fill=_accent(rng, palette, avoid=background),
                )


def _waves(draw, rng, width, height, palette):
    """Layered sine-wave bands, like a sea or a stack of fabrics."""
    draw.rectangle((0, 0, width, height), fill=palette[0])
    bands = rng.randint(5, 9)
    colors = list(palette[1:])
    rng.shuffle(colors)
    steps = 48
    for band in range(bands):
        base = height * (band + 0.6) / (bands + 0.4)
        amplitude = height * rng.uniform(0.02, 0.07)
        frequency = rng.uniform(1.0, 3.0)
        phase = rng.uniform(0, 2 * math.pi)
        points = [
            (
                width * step / steps,
                base + amplitude * math.sin(phase + frequency * 2 * math.pi * step / steps),
            )
            for step in range(steps + 1)
        ]
        points += [(width, height), (0, height)]
        draw.polygon(points, fill=colors[band % len(colors)])


def _landscape(draw, rng, width, height, palette):
    """A sun over layered ridges."""
    sky_top, sky_bottom = palette[0], _accent(rng, palette)
    for y in range(0, height, 4):
        mix = y / height
        color = tuple(
            int(a + (b - a) * mix * 0.55) for a, b in zip(sky_top, sky_bottom, strict=True)
        )
        draw.rectangle((0, y, width, y + 4), fill=color)
    sun = min(width, height) * rng.uniform(0.12, 0.2)
    sx, sy = width * rng.uniform(0.2, 0.8), height * rng.uniform(0.2, 0.4)
    draw.ellipse((sx - sun, sy - sun, sx + sun, sy + sun), fill=_accent(rng, palette, sky_bottom))
    ridges = rng.randint(3, 5)
    colors = [color for color in palette[1:] if color != sky_bottom]
    rng.shuffle(colors)
    for ridge in range(ridges):
        level = height * (0.45 + 0.5 * ridge / ridges)
        y = level
        points = []
        steps = 24
        for step in range(steps + 1):
            y += rng.uniform(-1, 1) * height * 0.05
            y = min(max(y, level - height * 0.15), level + height * 0.1)
            points.append((width * step / steps, y))
        points += [(width, height), (0, height)]
        draw.polygon(points, fill=colors[ridge % len(colors)])


def _orbits(draw, rng, width, height, palette):
    """Overlapping concentric rings and dots."""
    draw.rectangle((0, 0, width, height), fill=palette[0])
    for _ in range(rng.randint(2, 4)):
        cx, cy = width * rng.random(), height * rng.random()
        radius = min(width, height) * rng.uniform(0.25, 0.55)
        rings = rng.randint(2, 4)
        gap = radius / rings
        color = _accent(rng, palette)
        for ring in range(rings):
            r = radius - ring * gap
            draw.ellipse(
                (cx - r, cy - r, cx + r, cy + r), outline=color, width=max(2, int(gap * 0.45))
            )
    for _ in range(rng.randint(4, 9)):
        r = min(width, height) * rng.uniform(0.02, 0.06)
        cx, cy = width * rng.random(), height * rng.random()
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_accent(rng, palette))


def _mosaic(draw, rng, width, height, palette):
    """A quilt of squares split along a diagonal."""
    columns = rng.choice((6, 8, 10))
    side = width / columns
    rows = math.ceil(height / side)
    for row in range(rows):
        for column in range(columns):
            x0, y0 = column * side, row * side
            x1, y1 = x0 + side, y0 + side
            first = rng.choice(palette)
            second = _accent(rng, palette, avoid=first)
            draw.rectangle((x0, y0, x1 + 1, y1 + 1), fill=first)
            if rng.random() < 0.5:
                draw.polygon([(x0, y0), (x1 + 1, y0), (x0, y1 + 1)], fill=second)
            else:
                draw.polygon([(x1 + 1, y0), (x1 + 1, y1 + 1), (x0, y0)], fill=second)


def _arches(draw, rng, width, height, palette):
    """Rows of rainbow arches, like a mid-century print."""
    draw.rectangle((0, 0, width, height), fill=palette[0])
    columns = rng.choice((2, 3))
    radius = width / columns / 2
    bands = rng.randint(3, 4)
    colors = list(palette[1:])
    rng.shuffle(colors)
    y = radius * rng.uniform(1.0, 1.4)
    while y - radius < height:
        for column in range(columns):
            cx = radius * (2 * column + 1)
            for band in range(bands):
                r = radius * (1 - band / bands) * 0.96
                draw.pieslice(
                    (cx - r, y - r, cx + r, y + r), 180, 360, fill=colors[band % len(colors)]
                )
            draw.pieslice(
                (cx - radius / bands, y - radius / bands, cx + radius / bands, y + radius / bands),
                180,
                360,
                fill=palette[0],
            )
        y += radius * 1.15


_STYLES = (_bauhaus, _waves, _landscape, _orbits, _mosaic, _arches)


def portfolio_image(seed: int, size: tuple[int, int] = (800, 600)) -> bytes:
    """Abstract artwork as JPEG bytes; the same seed always gives the same image."""
    width, height = size
    if width <= 0 or height <= 0:
        raise ValueError("size must be positive")
    rng = random.Random(seed)
    palette = rng.choice(_RGB_PALETTES)
    style = rng.choice(_STYLES)
    canvas = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), palette[0])
    style(ImageDraw.Draw(canvas), rng, width * SUPERSAMPLE, height * SUPERSAMPLE, palette)
    return _jpeg(canvas.reduce(SUPERSAMPLE))


# ---------------------------------------------------------------------------
# Avatars
# ---------------------------------------------------------------------------


def _initials(text: str) -> str:
    letters = "".join(char for char in text.strip() if not char.isspace())
    return letters[:3].upper() or "?"


def avatar_image(initials: str, seed: int, size: int = 256) -> bytes:
    """A square avatar with up to three initials on a colourful background, as JPEG bytes."""
    if size <= 0:
        raise ValueError("size must be positive")
    rng = random.Random(seed)
    palette = rng.choice(_RGB_PALETTES)
    # Two accent colours on which the initials read well (contrast of 3 or more).
    pairs = [(one, two) for one in palette[1:] for two in palette[1:] if one != two]
    readable = [pair for pair in pairs if _readability(*pair) >= 3.0]
    first, second = rng.choice(readable or sorted(pairs, key=lambda p: -_readability(*p))[:1])
    big = size * SUPERSAMPLE

    # Diagonal gradient between two accent colours.
    mask = Image.linear_gradient("L").rotate(rng.choice((45, 135, 225, 315)), expand=True)
    inner = round(256 / math.sqrt(2))
    left = (mask.width - inner) // 2
    mask = mask.crop((left, left, left + inner, left + inner)).resize((big, big))
    canvas = Image.composite(
        Image.new("RGB", (big, big), first), Image.new("RGB", (big, big), second), mask
    )

    # A soft ring partly off the edge.
    overlay = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    radius = big * rng.uniform(0.45, 0.7)
    cx, cy = rng.choice(((0, 0), (big, 0), (0, big), (big, big)))
    ring = _accent(rng, palette)
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        outline=(*ring, 90),
        width=max(2, big // 14),
    )
    canvas = Image.alpha_composite(canvas.convert("RGBA"), overlay).convert("RGB")

    text = _initials(initials)
    ink = _ink(first, second)
    font = _font(int(big * (0.42 if len(text) < 3 else 0.32)))
    draw = ImageDraw.Draw(canvas)
    if isinstance(font, ImageFont.FreeTypeFont):
        draw.text((big / 2, big / 2), text, font=font, fill=ink, anchor="mm")
    else:  # a bitmap font has no anchors: centre it by hand
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        draw.text(((big - right - left) / 2, (big - bottom - top) / 2), text, font=font, fill=ink)
    return _jpeg(canvas.reduce(SUPERSAMPLE))
