"""Small builders for profile tests: real rows through the real services."""

from conftest import make_user
from creativetracks.profiles import services
from creativetracks.profiles.models import Profile


def person(email: str, name: str, *, visibility: str = "public", **fields) -> Profile:
    user = make_user(email, display_name=name)
    profile = user.profile
    skills = fields.pop("skills", [])
    for key, value in {"visibility": visibility, **fields}.items():
        setattr(profile, key, value)
    profile.save()
    if skills:
        profile.skills.set(skills)
    services.index_profile(profile)
    return profile


def directory_people() -> None:
    """Three public people the directory's browser tests search: two designers (Maputo,
    Shanghai) and a film producer (Porto)."""
    person(
        "joao@example.org",
        "João Ferreira",
        country="PT",
        city="Porto",
        headline="Film producer",
        sectors=["audiovisual-film"],
        languages=["pt"],
    )
    person(
        "amina@example.org",
        "Amina Mussa",
        country="MZ",
        city="Maputo",
        headline="Textile designer",
        sectors=["design"],
        languages=["pt"],
    )
    person(
        "wei@example.org",
        "Li Wei",
        country="CN",
        city="Shanghai",
        headline="Game designer",
        sectors=["games", "design"],
        languages=["zh"],
    )
