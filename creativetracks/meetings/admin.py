from django.contrib import admin

from .models import Matchmaking, MeetingRequest, ScheduleRun


@admin.register(Matchmaking)
class MatchmakingAdmin(admin.ModelAdmin):
    list_display = ["event", "is_open", "meeting_minutes", "max_meetings", "requests_close"]
    raw_id_fields = ["event"]


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["matchmaking", "requester", "recipient", "status", "created"]
    list_filter = ["status"]
    raw_id_fields = ["matchmaking", "requester", "recipient", "cancelled_by"]


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin.ModelAdmin):
    list_display = ["matchmaking", "status", "placed", "bound", "method", "seconds", "created"]
    list_filter = ["status"]
    raw_id_fields = ["matchmaking", "created_by"]
