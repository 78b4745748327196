from django.contrib import admin

from .models import Collaboration, Comment, Lab, LabUpdate, Poll, PollOption


class PollOptionInline(admin.TabularInline):
    model = PollOption
    extra = 0


@admin.register(Lab)
class LabAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "owner", "network", "visibility", "created", "expires"]
    list_filter = ["kind", "visibility", "language"]
    search_fields = ["title", "summary"]
    raw_id_fields = ["owner", "network", "featured_by"]
    date_hierarchy = "created"


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["pk", "lab", "author", "created", "hidden", "deleted"]
    raw_id_fields = ["lab", "parent", "author", "hidden_by"]


@admin.register(Collaboration)
class CollaborationAdmin(admin.ModelAdmin):
    list_display = ["lab", "user", "status", "created"]
    list_filter = ["status"]
    raw_id_fields = ["lab", "user"]


@admin.register(LabUpdate)
class LabUpdateAdmin(admin.ModelAdmin):
    list_display = ["pk", "lab", "author", "created"]
    raw_id_fields = ["lab", "author"]


@admin.register(Poll)
class PollAdmin(admin.ModelAdmin):
    list_display = ["question", "lab", "multiple", "closes", "voter_count"]
    raw_id_fields = ["lab"]
    inlines = [PollOptionInline]
