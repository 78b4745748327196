from conftest import make_user
from creativetracks.ambassadors.models import Region
from creativetracks.ambassadors.services import appoint_ambassador


def person(email: str, name: str, country: str, **fields):
    user = make_user(email, display_name=name)
    profile = user.profile
    profile.country = country
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save()
    return user


def region(name: str, countries: list[str], slug: str | None = None) -> Region:
    return Region.objects.create(
        name=name, slug=slug or name.lower().replace(" ", "-"), countries=countries
    )


def ambassador(email: str, name: str, country: str, of: Region):
    user = person(email, name, country)
    appoint_ambassador(user, of, "Ask me anything.")
    return user
