from creativetracks.core.testing import SIGN_IN, Case, members_only, post_only

MISSING = "00000000-0000-0000-0000-000000000000"


def owner_only(path: str, status: int = 200) -> Case:
    """The member's own archive: staff get 404 like anyone else who is not its owner."""
    return Case(path, 302, status, 404, anonymous_to=SIGN_IN, other_member=404)


def cases(ctx) -> dict[str, list[Case]]:
    """A finished personal-data archive of the matrix's member."""
    from creativetracks.accounts.models import PersonalDataExport

    export = PersonalDataExport.objects.create(
        user=ctx["member"],
        status=PersonalDataExport.Status.DONE,
        steps_done=1,
        steps_total=1,
        archive=b"PK matrix",
    )
    return {
        "personal_data": [members_only("/accounts/personal-data/")],
        "personal_data_export_request": [
            post_only("/accounts/personal-data/export/", anyone_may_post=True)
        ],
        "personal_data_export": [
            owner_only(f"/accounts/personal-data/export/{export.pk}/"),
            members_only(f"/accounts/personal-data/export/{MISSING}/", 404),
        ],
        "personal_data_export_download": [
            owner_only(f"/accounts/personal-data/export/{export.pk}/download/"),
            members_only(f"/accounts/personal-data/export/{MISSING}/download/", 404),
        ],
        "accept_terms": [members_only("/accounts/terms/")],
        "erase_account": [members_only("/accounts/delete/")],
    }
