"""Draw the share picture of pages without their own (Open Graph's og:image fallback):
1200 x 630 PNG in the site's colours, the logo's two tracks drawn large.

    .venv/bin/python scripts/draw_share_image.py

The picture is committed (creativetracks/static/img/share.png); run this again only to
change it. Fonts: DejaVu Sans (Debian's fonts-dejavu-core)."""

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
SCALE = 3  # drawn larger, then reduced: smooth curves and text
BRAND = (91, 43, 214)  # --colour-brand
BRAND_DARK = (63, 26, 158)  # --colour-brand-dark
ACCENT = (255, 107, 74)  # --colour-accent
WHITE = (255, 255, 255)
LILAC = (221, 212, 250)
FONTS = Path("/usr/share/fonts/truetype/dejavu")
OUT = Path(__file__).resolve().parent.parent / "creativetracks/static/img/share.png"


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size * SCALE)


def background() -> Image.Image:
    """A diagonal blend from the brand colour to its dark shade."""
    w, h = WIDTH * SCALE, HEIGHT * SCALE
    across = Image.linear_gradient("L").rotate(90).resize((w, h))
    down = Image.linear_gradient("L").resize((w, h))
    gradient = Image.blend(across, down, 0.4)
    return Image.composite(
        Image.new("RGB", (w, h), BRAND_DARK), Image.new("RGB", (w, h), BRAND), gradient
    )


def curve(draw: ImageDraw.ImageDraw, points, width: int, colour) -> None:
    """A quadratic Bézier (start, control, end) as a thick round-capped stroke: discs
    stamped close together along it (smoother than a wide polyline)."""
    (x0, y0), (cx, cy), (x1, y1) = points
    r = width * SCALE / 2
    steps = 1500
    for i in range(steps + 1):
        t = i / steps
        x = ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1) * SCALE
        y = ((1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1) * SCALE
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)


def main() -> None:
    image = background()
    draw = ImageDraw.Draw(image)
    # The logo's tracks and dot (logo.svg, a 36-unit square), 19 pixels a unit.
    unit, left, top = 19, 538, -33

    def at(x, y):
        return (left + x * unit, top + y * unit)

    stroke = round(3.2 * unit)
    curve(draw, (at(8, 24), at(12, 14), at(20, 10)), stroke, ACCENT)
    curve(draw, (at(14, 28), at(18, 18), at(28, 14)), stroke, ACCENT)
    cx, cy = at(26, 10)
    r = 3 * unit * SCALE
    draw.ellipse((cx * SCALE - r, cy * SCALE - r, cx * SCALE + r, cy * SCALE + r), fill=WHITE)

    margin = 80
    draw.text(
        (margin * SCALE, 200 * SCALE), "Creative", font=font("DejaVuSans-Bold.ttf", 96), fill=WHITE
    )
    draw.text(
        (margin * SCALE, 310 * SCALE), "Tracks", font=font("DejaVuSans-Bold.ttf", 96), fill=WHITE
    )
    draw.rounded_rectangle(
        (margin * SCALE, 440 * SCALE, (margin + 120) * SCALE, 450 * SCALE),
        radius=5 * SCALE,
        fill=ACCENT,
    )
    tagline = font("DejaVuSans.ttf", 30)
    draw.text(
        (margin * SCALE, 478 * SCALE), "Young creative entrepreneurs,", font=tagline, fill=LILAC
    )
    draw.text(
        (margin * SCALE, 518 * SCALE), "their networks and partners", font=tagline, fill=LILAC
    )

    image = image.resize((WIDTH, HEIGHT), Image.LANCZOS)
    image = image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(OUT, optimize=True)
    print(f"{OUT} ({OUT.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
