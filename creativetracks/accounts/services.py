"""Writes of the accounts app: settings, consents, the personal-data export and the
erasure of an account."""

import io
import json
import logging
import zipfile
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.mail import EmailMessage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import router, transaction
from django.db.models import F, FileField
from django.db.models.deletion import Collector
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.accounts.cached_auth import forget_user
from creativetracks.core import audit, search
from creativetracks.core.exceptions import DomainError
from creativetracks.core.models import AuditEntry

from . import personal_data
from .models import Consent, PersonalDataExport, User

logger = logging.getLogger(__name__)

EXPORT_DAYS = 7
Status = PersonalDataExport.Status


class ErasureRefused(DomainError):
    status = 409


@transaction.atomic
def update_account_settings(
    user: User, *, display_name: str, time_zone: str, language: str
) -> User:
    """Save how a member is named and where and in which language they read the site."""
    user.display_name = display_name.strip()
    user.time_zone = time_zone
    user.language = language
    user.save(update_fields=["display_name", "time_zone", "language"])
    return user


@transaction.atomic
def accept_terms(user: User, version: str | None = None) -> Consent:
    """Record that the member accepts the terms and privacy notice in this version (the
    current one unless told); accepting the same version twice records it once."""
    version = version or settings.TERMS_VERSION
    consent, _created = Consent.objects.get_or_create(
        user=user, document=Consent.Document.TERMS, version=version
    )
    User.objects.filter(pk=user.pk).update(terms_version=version)
    forget_user(user.pk)
    user.terms_version = version
    return consent


# Personal-data export ---------------------------------------------------------------


def request_personal_data_export(user: User) -> PersonalDataExport:
    """Queue the zip of the member's data; asking again while one is being made returns
    that one."""
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user.pk).first()
        pending = PersonalDataExport.objects.filter(
            user=user, status__in=[Status.QUEUED, Status.RUNNING]
        ).first()
        if pending is not None:
            return pending
        export = PersonalDataExport.objects.create(
            user=user, steps_total=len(personal_data.exporters()) + 1
        )
        from .tasks import make_personal_data_export

        transaction.on_commit(lambda: make_personal_data_export.enqueue(str(export.pk)))
    return export


def make_personal_data_export(export_id: str) -> str:
    """Ask every app for its data about the member, one step each, then zip it with the
    files and email the member. Idempotent: a done or failed export is left alone."""
    claimed = PersonalDataExport.objects.filter(pk=export_id, status=Status.QUEUED).update(
        status=Status.RUNNING
    )
    if not claimed:
        return "skipped"
    export = PersonalDataExport.objects.select_related("user").defer("archive").get(pk=export_id)
    user = export.user
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", _readme(user))
            for done, (key, exporter) in enumerate(personal_data.exporters().items(), start=1):
                part = exporter(user)
                archive.writestr(
                    f"data/{key}.json",
                    json.dumps(part.data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
                )
                for value in part.files:
                    _add_file(archive, f"files/{key}/{value.name}", value)
                PersonalDataExport.objects.filter(pk=export.pk).update(steps_done=done)
    except Exception:
        logger.exception("Could not make the personal data export %s", export.pk)
        PersonalDataExport.objects.filter(pk=export.pk).update(
            status=Status.FAILED,
            error=_("The archive could not be made; please ask again later."),
            finished=timezone.now(),
        )
        return "failed"
    content = buffer.getvalue()
    PersonalDataExport.objects.filter(pk=export.pk).update(
        status=Status.DONE,
        archive=content,
        size=len(content),
        steps_done=F("steps_total"),
        finished=timezone.now(),
    )
    _email_export_ready(export)
    return "done"


def _add_file(archive: zipfile.ZipFile, path: str, value) -> None:
    try:
        with value.storage.open(value.name, "rb") as handle:
            archive.writestr(path, handle.read())
    except FileNotFoundError:
        archive.writestr(path + ".missing.txt", "This file is listed but no longer stored.\n")


def _readme(user: User) -> str:
    return render_to_string(
        "accounts/email/personal_data_readme.txt",
        {"user": user, "now": timezone.now(), "terms_version": settings.TERMS_VERSION},
    )


def _email_export_ready(export: PersonalDataExport) -> None:
    link = settings.SITE_URL.rstrip("/") + export.get_absolute_url()
    body = render_to_string(
        "accounts/email/personal_data_ready.txt",
        {"user": export.user, "link": link, "days": EXPORT_DAYS},
    )
    EmailMessage(_("Your Creative Tracks data is ready"), body, to=[export.user.email]).send()


def discard_old_personal_data_exports(now=None) -> int:
    """Forget archives older than EXPORT_DAYS: a copy of personal data is kept no longer
    than it takes to download it."""
    now = now or timezone.now()
    deleted, _rows = PersonalDataExport.objects.filter(
        created__lt=now - timedelta(days=EXPORT_DAYS)
    ).delete()
    return deleted


# Erasure ------------------------------------------------------------------------------


def erasure_obstacles(user: User) -> list[str]:
    """Why the account cannot be erased yet (empty when it can)."""
    return [reason for check in personal_data.erasure_checks().values() for reason in check(user)]


def erase_account(user: User, *, password: str) -> None:
    """Erase the member's account and personal data everywhere: each app's eraser runs,
    then the account row goes with every row that cascades from it, and their files.
    Content others rely on keeps its text, attributed to nobody ("A former member")."""
    if not user.check_password(password):
        raise DomainError(_("That is not your password."))
    obstacles = erasure_obstacles(user)
    if obstacles:
        raise ErasureRefused(" ".join(obstacles))
    with transaction.atomic():
        User.objects.select_for_update().get(pk=user.pk)
        # Read before the erasers, which delete some rows themselves (a member's labs).
        audit.redact_member(user, _audited_rows_deleted(_collected(user)))
        for eraser in personal_data.erasers().values():
            eraser(user)
        search.forget_removed_terms()
        files = _files_deleted_with(_collected(user))
        _delete_sessions_of(user)
        user.delete()
        transaction.on_commit(lambda: _delete_stored(files))


def _collected(user: User) -> Collector:
    """Every row that deleting the account deletes too (Django's own cascade)."""
    collector = Collector(using=router.db_for_write(User))
    collector.collect([user])
    return collector


def _audited_rows_deleted(collector: Collector) -> dict[str, set[int]]:
    """The rows deleting the account deletes that the audit log names (a member's lab
    that was featured...): only kinds the log mentions are read."""
    audited = set(AuditEntry.objects.values_list("target_kind", flat=True).distinct())
    found: dict[str, set[int]] = {}
    for model, objs in collector.data.items():
        if model._meta.label_lower in audited:
            found.setdefault(model._meta.label_lower, set()).update(o.pk for o in objs)
    for qs in collector.fast_deletes:
        model = getattr(qs, "model", None)
        if model is not None and model._meta.label_lower in audited:
            ids = qs.values_list("pk", flat=True)
            found.setdefault(model._meta.label_lower, set()).update(ids)
    return found


def _files_deleted_with(collector: Collector) -> list:
    """The stored files of every row that deleting the account deletes too."""
    found = []
    groups = [(model, objs) for model, objs in collector.data.items()]
    groups += [(qs.model, qs) for qs in collector.fast_deletes if hasattr(qs, "model")]
    for model, objs in groups:
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, FileField)]
        if not fields:
            continue  # most rows carry no file: they are not even read
        for obj in objs:
            for name in fields:
                value = getattr(obj, name)
                if value:
                    found.append((value.storage, value.name))
    return found


def _delete_stored(files: list) -> None:
    for storage, name in files:
        storage.delete(name)


def _delete_sessions_of(user: User) -> None:
    """Sign the member out everywhere: sessions hold the account id, so each live
    session is read (the database engine cannot filter by user)."""
    from importlib import import_module

    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            store(session.session_key).delete()
