"""Onboarding a whole network from a CSV: upload, preview, confirm, send in the background."""

from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed

from .. import permissions
from ..importing import parse_people
from ..models import Import, ImportRow, Invitation, Network, NetworkMembership
from .invitations import send_invitations

CHUNK = 200
# Previews nobody confirmed hold people's names and addresses: they go after a week.
PREVIEW_KEPT_FOR = timedelta(days=7)


@transaction.atomic
def upload_import(user, network: Network, filename: str, data: bytes) -> Import:
    """Read the file and keep every row with its problems for the preview.

    Raises ValidationError when the file as a whole can't be used; a new upload
    replaces the uploader's earlier unconfirmed previews for the network."""
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins invite people."))
    members = set(
        NetworkMembership.objects.filter(network=network).values_list("user__email", flat=True)
    )
    invited = set(Invitation.objects.filter(network=network).values_list("email", flat=True))
    parsed = parse_people(data, member_emails=members, invited_emails=invited)
    Import.objects.filter(network=network, uploaded_by=user, status=Import.Status.PREVIEW).delete()
    batch = Import.objects.create(
        network=network,
        uploaded_by=user,
        filename=filename[:200],
        encoding_note=parsed.encoding_note,
        total_rows=len(parsed.rows),
        valid_rows=parsed.valid,
    )
    ImportRow.objects.bulk_create(
        (
            ImportRow(
                batch=batch,
                line=row.line,
                name=row.name,
                email=row.email,
                country=row.country,
                sectors=row.sectors,
                problems=row.problems,
                valid=not row.problems,
            )
            for row in parsed.rows
        ),
        batch_size=1000,
    )
    return batch


@transaction.atomic
def confirm_import(user, batch: Import) -> Import:
    """Queue the invitations of the rows without problems; the worker sends them."""
    from ..tasks import send_import_invitations

    if not permissions.can_manage_network(user, batch.network):
        raise NotAllowed(_("Only the network's admins invite people."))
    batch = Import.objects.select_for_update().get(pk=batch.pk)
    if batch.status != Import.Status.PREVIEW:
        raise DomainError(_("These invitations are already on their way."))
    batch.status = Import.Status.QUEUED
    batch.confirmed = timezone.now()
    if not batch.valid_rows:
        batch.status = Import.Status.DONE
        batch.finished = batch.confirmed
    batch.save()
    if batch.status == Import.Status.QUEUED:
        transaction.on_commit(lambda: send_import_invitations.enqueue(batch.pk))
    return batch


@transaction.atomic
def cancel_import(user, batch: Import) -> None:
    if not permissions.can_manage_network(user, batch.network):
        raise NotAllowed(_("Only the network's admins invite people."))
    if batch.status != Import.Status.PREVIEW:
        raise DomainError(_("These invitations are already on their way."))
    batch.delete()


def process_import(import_id: int, chunk: int = CHUNK) -> int:
    """Send the confirmed rows' invitations chunk by chunk, counting progress as it goes.

    Safe to run again: rows are marked done with their chunk, and the database lets
    one invitation exist per network and address, so nobody is invited twice."""
    batch = Import.objects.select_related("network", "uploaded_by__profile").get(pk=import_id)
    if batch.status != Import.Status.QUEUED:
        return 0
    sent = 0
    while True:
        with transaction.atomic():
            rows = list(
                ImportRow.objects.select_for_update()
                .filter(batch=batch, valid=True, done=False)
                .order_by("line")[:chunk]
            )
            if not rows:
                Import.objects.filter(pk=batch.pk).update(
                    status=Import.Status.DONE, finished=timezone.now()
                )
                return sent
            members = set(
                NetworkMembership.objects.filter(
                    network=batch.network, user__email__in=[r.email for r in rows]
                ).values_list("user__email", flat=True)
            )
            Invitation.objects.bulk_create(
                [
                    Invitation(
                        network=batch.network,
                        email=row.email,
                        name=row.name,
                        country=row.country,
                        sectors=row.sectors,
                        invited_by=batch.uploaded_by,
                        source_import=batch,
                    )
                    for row in rows
                    if row.email not in members
                ],
                ignore_conflicts=True,
            )
            fresh = list(
                Invitation.objects.select_related("network").filter(
                    network=batch.network,
                    email__in=[r.email for r in rows],
                    source_import=batch,
                    sent__isnull=True,
                )
            )
            send_invitations(fresh, batch.uploaded_by)
            ImportRow.objects.filter(pk__in=[r.pk for r in rows]).update(done=True)
            Import.objects.filter(pk=batch.pk).update(processed=F("processed") + len(rows))
            sent += len(fresh)


def discard_stale_previews(now=None) -> int:
    """Delete CSV previews left unconfirmed for longer than PREVIEW_KEPT_FOR, with their rows."""
    cutoff = (now or timezone.now()) - PREVIEW_KEPT_FOR
    deleted, _ = Import.objects.filter(status=Import.Status.PREVIEW, created__lt=cutoff).delete()
    return deleted
