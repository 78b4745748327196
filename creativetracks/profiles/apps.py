from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "creativetracks.profiles"
    label = "profiles"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from django.utils.translation import gettext_lazy as _

        from creativetracks.core.queries import register_figure

        from . import queries, signals  # noqa: F401

        register_figure(
            "countries", _("countries reached"), queries.member_country_count, position=20
        )
        register_figure(
            "organisations", _("organisations"), queries.organisation_count, position=30
        )

        # A profile a moderator hides leaves the directory at once (and comes back).
        from creativetracks.core.withholding import on_withholding_change

        from .indexing import reindex_withheld_profile
        from .models import Profile

        on_withholding_change(Profile, reindex_withheld_profile)

        # Public profiles and every organisation page are in sitemap.xml.
        from creativetracks.core.sitemaps import register_sitemap

        from .models import Organisation

        register_sitemap("people", queries.public_profiles)
        register_sitemap("organisations", lambda viewer: Organisation.objects.all())
