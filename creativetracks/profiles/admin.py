from django.contrib import admin

from creativetracks.core.admin import HTTPS_URL_FIELDS

from .indexing import index_organisation, index_profile
from .models import Organisation, OrganisationMembership, PortfolioItem, Profile


class PortfolioItemInline(admin.TabularInline):
    model = PortfolioItem
    extra = 0
    formfield_overrides = HTTPS_URL_FIELDS


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "handle", "country", "visibility", "created"]
    list_filter = ["visibility", "career_stage"]
    search_fields = ["display_name", "handle", "user__email"]
    raw_id_fields = ["user"]
    inlines = [PortfolioItemInline]
    formfield_overrides = HTTPS_URL_FIELDS

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        index_profile(form.instance)  # the directory follows edits made here too


class OrganisationMembershipInline(admin.TabularInline):
    model = OrganisationMembership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "verified", "created"]
    list_filter = ["kind", "verified"]
    search_fields = ["name", "slug"]
    inlines = [OrganisationMembershipInline]
    formfield_overrides = HTTPS_URL_FIELDS

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        index_organisation(form.instance)
