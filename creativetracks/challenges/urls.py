from django.urls import path

from . import feeds
from .views import challenges, entries, jury, results

c = "challenges/<slug:slug>/"
e = c + "entries/<int:entry_id>/"

urlpatterns = [
    path("challenges/", challenges.challenge_list, name="challenges"),
    path("challenges/new/", challenges.challenge_create, name="challenge_create"),
    path("challenges/mine/", challenges.challenges_mine, name="challenges_mine"),
    path("challenges/feed/rss/", feeds.PublicChallengesFeed(), name="challenge_feed_rss"),
    path("challenges/feed/atom/", feeds.PublicChallengesAtomFeed(), name="challenge_feed_atom"),
    path(
        "challenges/jury/<str:token>/",
        jury.challenge_jury_invitation,
        name="challenge_jury_invitation",
    ),
    path(
        "challenges/team/<int:member_id>/answer/",
        entries.challenge_team_answer,
        name="challenge_team_answer",
    ),
    path(
        "challenges/team/<int:member_id>/remove/",
        entries.challenge_team_remove,
        name="challenge_team_remove",
    ),
    path(c, challenges.challenge_detail, name="challenge_detail"),
    path(c + "edit/", challenges.challenge_edit, name="challenge_edit"),
    path(c + "criteria/", challenges.challenge_criteria, name="challenge_criteria"),
    path(c + "advance/", challenges.challenge_advance, name="challenge_advance"),
    path(c + "close-review/", challenges.challenge_close_review, name="challenge_close_review"),
    path(c + "enter/", entries.challenge_enter, name="challenge_enter"),
    path(c + "entries/", results.challenge_entries, name="challenge_entries"),
    path(e, entries.challenge_entry, name="challenge_entry"),
    path(e + "edit/", entries.challenge_entry_edit, name="challenge_entry_edit"),
    path(e + "submit/", entries.challenge_entry_submit, name="challenge_entry_submit"),
    path(e + "withdraw/", entries.challenge_entry_withdraw, name="challenge_entry_withdraw"),
    path(e + "team/", entries.challenge_entry_team, name="challenge_entry_team"),
    path(e + "files/", entries.challenge_entry_file_add, name="challenge_entry_file_add"),
    path(e + "files/<int:file_id>/", entries.challenge_entry_file, name="challenge_entry_file"),
    path(
        e + "files/<int:file_id>/remove/",
        entries.challenge_entry_file_remove,
        name="challenge_entry_file_remove",
    ),
    path(e + "certificate.pdf", entries.challenge_certificate, name="challenge_certificate"),
    path(e + "decide/", results.challenge_decide, name="challenge_decide"),
    path(e + "vote/", results.challenge_vote, name="challenge_vote"),
    path(c + "jury/", jury.challenge_jury, name="challenge_jury"),
    path(c + "jury/assign/", jury.challenge_jury_assign, name="challenge_jury_assign"),
    path(
        c + "jury/<int:juror_id>/remove/",
        jury.challenge_juror_remove,
        name="challenge_juror_remove",
    ),
    path(c + "review/", jury.challenge_review, name="challenge_review"),
    path(c + "review/my-scores.csv", jury.challenge_review_export, name="challenge_review_export"),
    path(c + "review/<int:entry_id>/", jury.challenge_review_entry, name="challenge_review_entry"),
    path(
        c + "review/<int:entry_id>/conflict/",
        jury.challenge_review_conflict,
        name="challenge_review_conflict",
    ),
    path(c + "ranking/", results.challenge_ranking, name="challenge_ranking"),
    path(c + "publish/", results.challenge_publish, name="challenge_publish"),
    path(
        c + "release-feedback/",
        results.challenge_feedback_release,
        name="challenge_feedback_release",
    ),
    path(c + "scores.<str:fmt>", results.challenge_export, name="challenge_export"),
    path(c + "results/", results.challenge_results, name="challenge_results"),
]
