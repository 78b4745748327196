from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "creativetracks.meetings"
    label = "meetings"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.events.panels import register_event_panel, register_manage_tab

        from . import queries

        register_event_panel("meetings", "meetings/_event_panel.html", queries.event_panel)
        register_manage_tab("meetings", "event_matchmaking", queries.manage_tab_label, position=65)
