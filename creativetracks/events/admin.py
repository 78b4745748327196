from django.contrib import admin

from .models import CalendarFeed, Event, EventMessage, Question, Registration, Session, Speaker


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0
    filter_horizontal = ["speakers"]


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 0
    raw_id_fields = ["user"]


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "start", "city", "country", "visibility", "capacity", "taken"]
    list_filter = ["kind", "visibility", "online"]
    search_fields = ["title", "slug", "city"]
    date_hierarchy = "start"
    raw_id_fields = ["organiser_organisation", "organiser_network", "network", "created_by"]
    readonly_fields = ["taken"]
    inlines = [SpeakerInline, SessionInline, QuestionInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["event", "user", "status", "created", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["event__title", "user__email", "ticket_code"]
    raw_id_fields = ["event", "user", "checked_in_by"]
    # Statuses move through the services, which keep the count of places right.
    readonly_fields = ["status", "ticket_code"]


@admin.register(EventMessage)
class EventMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "event", "created", "recipients"]
    raw_id_fields = ["event", "author"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["user", "created"]
    raw_id_fields = ["user"]
    exclude = ["token"]
