"""What each app holds about a member, so it can be exported and erased.

`accounts` sits at the bottom of the app layers, so the apps above it register their
own functions here from `AppConfig.ready()` (see docs/personal-data.md):

- `register_exporter(key, fn)`: `fn(user) -> Export`, that app's rows about the member
  (JSON-serialisable) and the files to put in the archive;
- `register_eraser(key, fn)`: `fn(user) -> None`, run inside the erasure transaction
  before the account row is deleted (delete files, anonymise what others rely on);
- `register_erasure_check(fn)`: `fn(user) -> list[str]`, reasons that stop an erasure
  for now (a sole owner of a network must hand it over first).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core import serializers
from django.db import models
from django.db.models.fields.files import FieldFile


@dataclass
class Export:
    data: dict[str, Any]
    files: list[FieldFile] = field(default_factory=list)


Exporter = Callable[[Any], Export]
Eraser = Callable[[Any], None]
ErasureCheck = Callable[[Any], list[str]]

_EXPORTERS: dict[str, Exporter] = {}
_ERASERS: dict[str, Eraser] = {}
_CHECKS: dict[str, ErasureCheck] = {}


def register_exporter(key: str, exporter: Exporter) -> None:
    _EXPORTERS[key] = exporter


def register_eraser(key: str, eraser: Eraser) -> None:
    _ERASERS[key] = eraser


def register_erasure_check(key: str, check: ErasureCheck) -> None:
    _CHECKS[key] = check


def exporters() -> dict[str, Exporter]:
    return dict(sorted(_EXPORTERS.items()))


def erasers() -> dict[str, Eraser]:
    return dict(sorted(_ERASERS.items()))


def erasure_checks() -> dict[str, ErasureCheck]:
    return dict(sorted(_CHECKS.items()))


def rows(queryset: models.QuerySet, *, exclude: tuple[str, ...] = ()) -> list[dict]:
    """The rows of a queryset as plain dictionaries (model, pk, fields); files by name."""
    names = [f.name for f in queryset.model._meta.concrete_fields if f.name not in exclude]
    return serializers.serialize("python", queryset.order_by("pk"), fields=names)


def files_of(queryset: models.QuerySet) -> list[FieldFile]:
    """Every stored file of these rows (empty file fields left out)."""
    fields = [
        f.name for f in queryset.model._meta.concrete_fields if isinstance(f, models.FileField)
    ]
    found = []
    for obj in queryset.order_by("pk"):
        for name in fields:
            value = getattr(obj, name)
            if value:
                found.append(value)
    return found


def collect(**querysets: models.QuerySet) -> Export:
    """An Export of named querysets: their rows, and the files stored on them."""
    export = Export(data={})
    for name, queryset in querysets.items():
        export.data[name] = rows(queryset)
        export.files.extend(files_of(queryset))
    return export


def delete_files(*querysets: models.QuerySet) -> int:
    """Remove the stored files of these rows from their storage (rows are left to the
    caller: Django deletes rows, never files)."""
    deleted = 0
    for queryset in querysets:
        for value in files_of(queryset):
            value.storage.delete(value.name)
            deleted += 1
    return deleted


def export_account(user) -> Export:
    """The account itself: sign-in addresses, consents, two-factor methods (never secrets)."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from .models import Consent, User

    return Export(
        data={
            "user": rows(
                User.objects.filter(pk=user.pk),
                exclude=("password", "groups", "user_permissions"),
            ),
            "email_addresses": rows(EmailAddress.objects.filter(user=user)),
            "consents": rows(Consent.objects.filter(user=user)),
            "two_factor": rows(Authenticator.objects.filter(user=user), exclude=("data",)),
        }
    )


def identifying_strings(user) -> list[str]:
    """The strings that name the member in free text others got (notifications, emails):
    address, names, handle. Short ones are left out: they would match other words."""
    names = {user.email, user.display_name}
    profile = getattr(user, "profile", None)
    if profile is not None:
        names |= {profile.display_name, profile.handle}
    return sorted(name for name in names if name and len(name) >= 3)


def erase_account_traces(user) -> None:
    """What the account leaves outside the rows that cascade from it: admin history
    about the account, and finished background tasks (emails) naming the member;
    emails still waiting for the member are dropped too."""
    from django.apps import apps
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q, TextField
    from django.db.models.functions import Cast

    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk)
    ).delete()
    if apps.is_installed("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        texts = DBTaskResult.objects.annotate(text=Cast("args_kwargs", TextField()))
        mentions = Q()
        for name in identifying_strings(user):
            mentions |= Q(text__icontains=name)
        texts.filter(mentions, finished_at__isnull=False).delete()
        texts.filter(text__icontains=user.email).delete()
