from django.contrib import admin

from .models import Partner


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "country", "city", "position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["staff"]
    search_fields = ["name"]
