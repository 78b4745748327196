from .models import Consent, PersonalDataExport, User


def personal_data_page(user: User) -> dict:
    """What the personal-data page shows: consents and the recent exports."""
    return {
        "consents": list(Consent.objects.filter(user=user)),
        "exports": list(PersonalDataExport.objects.filter(user=user).defer("archive")[:5]),
    }
