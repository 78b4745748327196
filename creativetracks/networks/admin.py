from django.contrib import admin

from creativetracks.core.admin import HTTPS_URL_FIELDS
from creativetracks.core.text import fold

from .models import (
    Import,
    Invitation,
    JoinRequest,
    Network,
    NetworkFacet,
    NetworkMembership,
    Reply,
    Thread,
    Topic,
)
from .services import facet_rows


class NetworkMembershipInline(admin.TabularInline):
    model = NetworkMembership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "join_policy", "listing", "created"]
    list_filter = ["join_policy", "listing"]
    search_fields = ["name", "slug"]
    raw_id_fields = ["created_by"]
    filter_horizontal = ["organisations"]
    inlines = [NetworkMembershipInline]
    formfield_overrides = HTTPS_URL_FIELDS

    def save_model(self, request, obj, form, change):
        obj.name_folded = fold(obj.name)[:160]
        super().save_model(request, obj, form, change)
        # The listing's filters follow edits made here too.
        NetworkFacet.objects.filter(network=obj).delete()
        NetworkFacet.objects.bulk_create(facet_rows(obj))


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}


class ReplyInline(admin.TabularInline):
    model = Reply
    extra = 0
    raw_id_fields = ["author"]


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "topic", "created", "reply_count", "pinned", "locked"]
    list_filter = ["pinned", "locked", "topic"]
    search_fields = ["title"]
    raw_id_fields = ["network", "author"]
    inlines = [ReplyInline]


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "network", "status", "created"]
    list_filter = ["status"]
    raw_id_fields = ["user", "network", "decided_by"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "network", "sent", "expires", "accepted"]
    search_fields = ["email"]
    raw_id_fields = ["network", "invited_by", "accepted_by", "source_import"]
    readonly_fields = ["token_hash"]


@admin.register(Import)
class ImportAdmin(admin.ModelAdmin):
    list_display = [
        "filename",
        "network",
        "status",
        "total_rows",
        "valid_rows",
        "processed",
        "created",
    ]
    list_filter = ["status"]
    raw_id_fields = ["network", "uploaded_by"]
