from django import forms
from django.contrib import admin
from django.db import models

from .models import Partner

# Django 6 behaviour today: an address typed without a scheme means https.
HTTPS_URL_FIELDS = {models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "country", "city", "position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["staff"]
    search_fields = ["name"]
    formfield_overrides = HTTPS_URL_FIELDS
