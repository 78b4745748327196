import io

import pytest
from PIL import Image

from creativetracks.demo import images
from creativetracks.demo.images import avatar_image, portfolio_image


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("seed", range(24))
def test_portfolio_images_are_small_jpegs_of_the_right_size(seed):
    data = portfolio_image(seed)
    image = decode(data)
    assert image.format == "JPEG" and image.mode == "RGB"
    assert image.size == (800, 600)
    assert len(data) < 60_000


def test_portfolio_images_are_deterministic_and_varied():
    assert portfolio_image(7) == portfolio_image(7)
    assert len({portfolio_image(seed) for seed in range(12)}) == 12
    # Not a flat colour: an artwork has several colours.
    assert len(decode(portfolio_image(3)).getcolors(maxcolors=1_000_000)) > 4


def test_portfolio_images_take_a_size():
    assert decode(portfolio_image(5, size=(320, 240))).size == (320, 240)
    assert decode(portfolio_image(5, size=(1200, 630))).size == (1200, 630)
    with pytest.raises(ValueError):
        portfolio_image(5, size=(0, 10))


@pytest.mark.parametrize("initials", ["JF", "é", "abc", "Ö Ç", "", "李"])
def test_avatars_are_small_square_jpegs(initials):
    data = avatar_image(initials, seed=11)
    image = decode(data)
    assert image.format == "JPEG" and image.size == (256, 256)
    assert len(data) < 60_000


def test_avatars_are_deterministic_and_take_a_size():
    assert avatar_image("AO", 4) == avatar_image("AO", 4)
    assert avatar_image("AO", 4) != avatar_image("AO", 5)
    assert avatar_image("AO", 4) != avatar_image("MN", 4)
    assert decode(avatar_image("AO", 4, size=64)).size == (64, 64)
    with pytest.raises(ValueError):
        avatar_image("AO", 4, size=0)


def test_avatars_work_without_dejavu(monkeypatch):
    monkeypatch.setattr(images, "DEJAVU_BOLD", "/nonexistent/font.ttf")
    images._font.cache_clear()
    try:
        image = decode(avatar_image("JF", 1))
        assert image.size == (256, 256)
    finally:
        images._font.cache_clear()


def test_avatars_work_with_a_bitmap_font(monkeypatch):
    from PIL import ImageFont

    monkeypatch.setattr(images, "_font", lambda size: ImageFont.load_default_imagefont())
    assert decode(avatar_image("JF", 1)).size == (256, 256)
