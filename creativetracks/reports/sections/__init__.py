"""The sections of the impact report, in the order the dashboard shows them."""

from django.utils.translation import gettext_lazy as _

from ..registry import register_report_section


def register_builtin_sections() -> None:
    from . import activity, events, meetings, members, publishing

    register_report_section("members", _("Members"), members.build, position=10)
    register_report_section("networks", _("Networks"), activity.networks, position=20)
    register_report_section("connections", _("Connections"), activity.connections, position=30)
    register_report_section("labs", _("Ideation Labs"), activity.labs, position=40)
    register_report_section("events", _("Events"), events.build, position=50)
    register_report_section("meetings", _("B2B meetings"), meetings.build, position=60)
    register_report_section("challenges", _("Challenges"), publishing.challenges, position=70)
    register_report_section(
        "opportunities", _("Opportunities"), publishing.opportunities, position=80
    )
    register_report_section("ambassadors", _("Ambassadors"), publishing.ambassadors, position=90)
