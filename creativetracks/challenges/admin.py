from django.contrib import admin

from .models import (
    Assignment,
    Challenge,
    Conflict,
    Criterion,
    Juror,
    Prize,
    Score,
    Submission,
    SubmissionFile,
    TeamMember,
    Vote,
)


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


class PrizeInline(admin.TabularInline):
    model = Prize
    extra = 0


@admin.register(Challenge)
class ChallengeAdmin(admin.ModelAdmin):
    list_display = ["title", "phase", "partner", "organisation", "deadline"]
    list_filter = ["phase", "visibility"]
    search_fields = ["title", "slug"]
    raw_id_fields = ["created_by", "organisation"]
    inlines = [CriterionInline, PrizeInline]


class TeamMemberInline(admin.TabularInline):
    model = TeamMember
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["title", "challenge", "lead", "state", "award"]
    list_filter = ["state", "award"]
    search_fields = ["title"]
    raw_id_fields = ["lead", "challenge", "prize"]
    inlines = [TeamMemberInline]


@admin.register(Juror)
class JurorAdmin(admin.ModelAdmin):
    list_display = ["email", "challenge", "accepted"]
    raw_id_fields = ["user", "invited_by", "challenge"]
    exclude = ["token_hash"]


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["juror", "submission", "source", "created"]
    raw_id_fields = ["juror", "submission"]


for model in (Assignment, Score, SubmissionFile, TeamMember, Vote, Prize, Criterion):
    admin.site.register(model)
