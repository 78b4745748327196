from django.contrib import admin

from .models import Notification, OutboxEmail, SuppressedAddress


@admin.register(OutboxEmail)
class OutboxEmailAdmin(admin.ModelAdmin):
    """Staff see every email's state; permanent failures are filtered in one click."""

    list_display = ["created", "recipient", "kind", "state", "attempts", "last_error"]
    list_filter = ["state", "kind"]
    search_fields = ["recipient", "idempotency_key"]
    readonly_fields = [f.name for f in OutboxEmail._meta.fields]


@admin.register(SuppressedAddress)
class SuppressedAddressAdmin(admin.ModelAdmin):
    list_display = ["email", "reason", "created"]
    search_fields = ["email"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created", "recipient", "kind", "text", "read_at"]
    list_filter = ["kind"]
    raw_id_fields = ["recipient", "actor"]
