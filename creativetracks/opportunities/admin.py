from django.contrib import admin

from .models import FeedSource, Opportunity, SavedSearch


@admin.register(Opportunity)
class OpportunityAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "organiser", "deadline", "status", "visibility", "source"]
    list_filter = ["status", "kind", "visibility"]
    search_fields = ["title", "organiser"]
    raw_id_fields = ["created_by", "reviewed_by", "organisation"]
    exclude = ["title_folded"]


@admin.register(FeedSource)
class FeedSourceAdmin(admin.ModelAdmin):
    """Staff configure the feeds here; a feed that fails shows its last error."""

    list_display = ["name", "url", "kind", "active", "last_success", "last_error", "imported_count"]
    list_filter = ["active", "kind"]
    readonly_fields = ["last_fetched", "last_success", "last_error", "imported_count"]


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "frequency", "created"]
    raw_id_fields = ["user"]
