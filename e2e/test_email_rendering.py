"""The HTML email as a mail client shows it: rendered in chromium and screenshotted."""

import pytest

from conftest import make_user
from creativetracks.notifications import digests, outbox, services
from creativetracks.notifications.models import OutboxEmail

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def render_in_browser(browser, html: str, path) -> list[str]:
    page = browser.new_page(viewport={"width": 600, "height": 800})
    page.set_content(html)
    page.screenshot(path=path, full_page=True)
    texts = page.locator("a").all_inner_texts()
    page.close()
    return texts


def test_notification_and_digest_emails_render(browser, screenshot_dir):
    member = make_user("render@example.org", display_name="Amina Mussa", time_zone="Africa/Maputo")
    services.set_preferences(member, {"thread_reply": "daily"})
    notification = services.notify(
        member, "mention", text="Joana mentioned you in “Porto textiles”", url="/networks/"
    )
    for n in range(3):
        services.notify(
            member,
            "thread_reply",
            text=f"New reply {n + 1} in “Funding for residencies”",
            url="/networks/",
        )
    email = OutboxEmail.objects.get(idempotency_key=f"notification:{notification.pk}")
    links = render_in_browser(browser, email.body_html, screenshot_dir / "notification-email.png")
    assert "Open Creative Tracks" in links and "Unsubscribe" in links

    digests.send_digest_batch("daily", [member.pk], "2026-11-25")
    digest = OutboxEmail.objects.get(kind="digest")
    links = render_in_browser(browser, digest.body_html, screenshot_dir / "digest-email.png")
    assert "See everything" in links
    assert "3 new on Creative Tracks today" in digest.subject
    assert "/notifications/unsubscribe/" in digest.body_html
    assert outbox.unsubscribe_url(member.pk, "digest").split(":")[0] in digest.body_html
