from django.contrib import admin

from .models import CheckIn, Cohort, Feedback, LogEntry, Mentee, Mentor, Pair, Programme, Session


class CohortInline(admin.TabularInline):
    model = Cohort
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["title", "partner", "network", "visibility", "applications_open"]
    search_fields = ["title"]
    inlines = [CohortInline]
    raw_id_fields = ["created_by"]


@admin.register(Mentor)
class MentorAdmin(admin.ModelAdmin):
    list_display = ["user", "cohort", "status", "capacity"]
    list_filter = ["status"]
    raw_id_fields = ["user", "invited_by"]


@admin.register(Mentee)
class MenteeAdmin(admin.ModelAdmin):
    list_display = ["user", "cohort", "meeting_mode", "withdrawn"]
    raw_id_fields = ["user"]


@admin.register(Pair)
class PairAdmin(admin.ModelAdmin):
    list_display = ["__str__", "cohort", "status", "locked"]
    list_filter = ["status"]
    raw_id_fields = ["mentor", "mentee"]


# Private notes are deliberately not in the admin: they belong to the pair alone.
for model in (Session, LogEntry, CheckIn, Feedback):
    admin.site.register(model, raw_id_fields=["pair"])
