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
