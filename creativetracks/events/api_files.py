"""The API's event files for organisers, on the events router: the cover and speakers'
photos (multipart uploads, checked by the event and speaker forms' image fields and
processed by the same services as the edit and programme pages), and the participant
export (the organisers' page's CSV, from `events.exports`)."""

from django.http import Http404
from ninja import File, Query, Schema
from ninja.files import UploadedFile

from creativetracks.api.common import cleaned
from creativetracks.api.errors import ApiError, responses

from . import exports, services
from .api import EventDetailOut, get_event, router
from .api_manage import SpeakerOut, _organised, speaker_out
from .forms import CoverForm, SpeakerPhotoForm
from .models import Speaker


@router.post("/{slug}/cover", response=responses({200: EventDetailOut}), url_name="api_event_cover")
def set_event_cover(request, slug: str, cover: File[UploadedFile]):
    """Set or replace the event's cover (multipart/form-data, field `cover`: JPEG, PNG,
    WebP or GIF up to 8 MB), checked and re-encoded as on the event's edit page."""
    user, event = _organised(request, slug)
    upload = cleaned(CoverForm(files={"cover": cover}))["cover"]
    services.update_event(user, event, {}, upload)
    return get_event(request, event.slug)


@router.post(
    "/{slug}/speakers/{int:speaker_id}/photo",
    response=responses({200: SpeakerOut}),
    url_name="api_event_speaker_photo",
)
def set_speaker_photo(request, slug: str, speaker_id: int, photo: File[UploadedFile]):
    """Give a speaker a photo, or replace it (multipart/form-data, field `photo`: JPEG,
    PNG, WebP or GIF up to 8 MB), checked and cropped square as on the programme page."""
    user, event = _organised(request, slug)
    speaker = Speaker.objects.filter(event=event, pk=speaker_id).select_related("user").first()
    if speaker is None:
        raise Http404
    upload = cleaned(SpeakerPhotoForm(files={"photo": photo}))["photo"]
    speaker.event = event
    services.set_speaker_photo(user, speaker, upload)
    return speaker_out(user, speaker)


class ExportFilters(Schema):
    format: str = "csv"  # csv or xlsx


EXPORT_RESPONSE = {
    "200": {
        "description": "The participants: one row per registration, oldest first",
        "content": {"text/csv": {}, exports.XLSX_TYPE: {}},
    }
}


@router.get(
    "/{slug}/participants/export",
    response=responses({}),
    url_name="api_event_participants_export",
    openapi_extra={"responses": EXPORT_RESPONSE},
)
def export_participants(request, slug: str, filters: Query[ExportFilters]):
    """The participant export of the organisers' page (`format=csv`, the default, or
    `xlsx`): name, email, country, sectors, status, dates, ticket code and the answers,
    as a download."""
    user, event = _organised(request, slug, write=False)
    if filters.format not in exports.FORMATS:
        raise ApiError(422, fields={"format": [f"Choose one of: {', '.join(exports.FORMATS)}."]})
    response = exports.participants_download(event, filters.format)
    response["Cache-Control"] = "private, no-store"
    return response
