from django.contrib import admin

from .models import LearningTrack, Resource, TrackStep


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "language", "level", "author", "helpful_count", "created"]
    list_filter = ["kind", "language", "level", "visibility"]
    search_fields = ["title", "author"]
    raw_id_fields = ["created_by", "organisation"]
    readonly_fields = ["helpful_count"]


class TrackStepInline(admin.TabularInline):
    model = TrackStep
    raw_id_fields = ["resource"]
    extra = 1


@admin.register(LearningTrack)
class LearningTrackAdmin(admin.ModelAdmin):
    """Staff compose learning tracks here: an ordered list of resources."""

    list_display = ["title", "level", "published"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [TrackStepInline]
