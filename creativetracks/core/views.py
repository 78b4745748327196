from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health, queries, seo, uploads
from .models import Partner


def home(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "core/home.html",
        {
            "figures": queries.headline_figures(),
            "partners": queries.consortium(),
            "sections": queries.home_sections(request),
        },
    )


def about(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "core/about.html", {"partners": queries.consortium()})


def partner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    partner = get_object_or_404(Partner, slug=slug)
    return TemplateResponse(
        request,
        "core/partner_detail.html",
        {"partner": partner, "page_meta": seo.partner_meta(request, partner)},
    )


def terms(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "core/terms.html")


def privacy(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "core/privacy.html")


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    state = {"database": health.database_state(), "tasks": health.task_queue_state()}
    healthy = all(part["ok"] for part in state.values())
    state["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(state, status=200 if healthy else 503)


@require_GET
def bench_bare(request: HttpRequest) -> HttpResponse:
    """A fixed page with no database work: the yardstick of bench/load.py (mounted only
    when BENCH_BARE_VIEW is on)."""
    return HttpResponse(BARE_PAGE, content_type="text/html; charset=utf-8")


BARE_PAGE = (
    "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Bare</title></head>"
    "<body><main><h1>Creative Tracks</h1><p>A fixed page for benchmarks.</p></main></body></html>"
)


def rate_limited(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "429.html", status=429)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the database may be what failed.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read public pages; private areas and actions are off limits."""
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /admin/",
        "Disallow: /messages/",
        "Disallow: /notifications/",
        "Disallow: /api/",
        # Discussions are for signed-in members, and their feed addresses are personal.
        "Disallow: /networks/discussions/",
        "Disallow: /networks/*/discussions/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """Show the site in another language: a plain link (no form, so cached public pages
    stay cacheable), remembered in the language cookie and, for members, their settings."""
    from django.conf import settings
    from django.http import Http404, HttpResponseRedirect
    from django.utils.http import url_has_allowed_host_and_scheme

    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    if request.user.is_authenticated and request.user.language != code:
        from django.contrib.auth import get_user_model

        from creativetracks.accounts.cached_auth import forget_user

        get_user_model().objects.filter(pk=request.user.pk).update(language=code)
        forget_user(request.user.pk)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files in development (SERVE_MEDIA): Django's static view, with the
    headers of `core.uploads.protect` (images inline, anything else an attachment)."""
    from django.conf import settings
    from django.views.static import serve

    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    return uploads.protect(response, path)
