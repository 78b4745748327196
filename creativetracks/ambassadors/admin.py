from django.contrib import admin

from .models import Ambassador, ContactMessage, Feature, Region, Verification


class AmbassadorInline(admin.TabularInline):
    model = Ambassador
    raw_id_fields = ["user"]
    extra = 1


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AmbassadorInline]


@admin.register(Ambassador)
class AmbassadorAdmin(admin.ModelAdmin):
    list_display = ["user", "region", "active", "since"]
    list_filter = ["active", "region"]
    raw_id_fields = ["user"]


@admin.register(Verification)
class VerificationAdmin(admin.ModelAdmin):
    list_display = ["user", "verified_by", "region", "created"]
    raw_id_fields = ["user", "verified_by"]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "country", "routed_to_staff", "created"]
    raw_id_fields = ["sender"]


@admin.register(Feature)
class FeatureAdmin(admin.ModelAdmin):
    list_display = ["region", "opportunity", "resource", "featured_by", "created"]
    raw_id_fields = ["opportunity", "resource", "featured_by"]
