"""Production settings chosen by the environment (read once, so each case starts a
fresh Python), and the benchmark's bare view that only exists when asked for."""

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import NoReverseMatch, clear_url_caches, reverse

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-like-secret-key-for-the-settings-test-0123456789",
    "ALLOWED_HOSTS": "creativetracks.example.org",
}


def settings_with(**env) -> dict:
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'storages': s.STORAGES, 'caches': s.CACHES, "
        "'session': s.SESSION_ENGINE, 'tasks': s.TASKS['default']['BACKEND'], "
        "'img': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'serve_media': s.SERVE_MEDIA, 'bare': s.BENCH_BARE_VIEW}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "REDIS", "BENCH"))}
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**clean, "DJANGO_SETTINGS_MODULE": "creativetracks.settings", **PRODUCTION, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_by_default_media_are_local_files_and_the_cache_is_per_process():
    found = settings_with()
    assert found["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert found["storages"]["staticfiles"]["BACKEND"] == (
        "creativetracks.core.staticfiles.StaticFilesStorage"
    )
    assert found["caches"]["default"]["BACKEND"].endswith("LocMemCache")
    assert found["session"] == "django.contrib.sessions.backends.db"
    assert found["bare"] is False


def test_redis_url_makes_redis_the_cache_session_store_and_task_queue():
    found = settings_with(REDIS_URL="redis://redis.internal:6379/0")
    assert found["caches"]["default"]["BACKEND"].endswith("RedisCache")
    assert found["caches"]["default"]["LOCATION"] == "redis://redis.internal:6379/0"
    assert found["session"] == "creativetracks.accounts.sessions"  # cached_db, and the user row
    assert found["tasks"] == "django_tasks_rq.RQBackend"


def test_a_bucket_sends_media_to_s3_compatible_storage_with_signed_links():
    found = settings_with(
        AWS_STORAGE_BUCKET_NAME="ct-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_REGION_NAME="fr-par",
        AWS_ACCESS_KEY_ID="key",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    media = found["storages"]["default"]
    assert media["BACKEND"] == "creativetracks.core.storage.SafeS3Storage"
    assert media["OPTIONS"]["bucket_name"] == "ct-media"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.fr-par.scw.cloud"
    assert media["OPTIONS"]["querystring_auth"] is True
    assert "https://s3.fr-par.scw.cloud" in found["img"]  # the CSP lets the images in
    assert found["serve_media"] is False


def test_s3_storage_signs_urls_for_the_bucket(settings):
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="ct-media",
        endpoint_url="http://127.0.0.1:9",
        access_key="key",
        secret_key="secret",
        region_name="us-east-1",
        location="media",
        querystring_auth=True,
    )
    url = storage.url("photos/a.jpg")
    assert url.startswith("http://127.0.0.1:9/ct-media/media/photos/a.jpg?")
    assert "Signature" in url or "X-Amz-Signature" in url


@pytest.fixture
def urls_without_bare_view(settings):
    from creativetracks import urls
    from creativetracks.core import urls as core_urls

    settings.BENCH_BARE_VIEW = False
    importlib.reload(core_urls)
    importlib.reload(urls)
    clear_url_caches()
    yield
    settings.BENCH_BARE_VIEW = True
    importlib.reload(core_urls)
    importlib.reload(urls)
    clear_url_caches()


def test_the_bare_view_is_not_mounted_unless_asked_for(urls_without_bare_view, client, db):
    with pytest.raises(NoReverseMatch):
        reverse("bench_bare")
    assert client.get("/bench/bare/").status_code == 404


def test_the_bare_view_answers_a_fixed_page_without_queries(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/bench/bare/")
    assert response.status_code == 200
    assert b"A fixed page for benchmarks." in response.content


def collect(tmp_path, settings, css: str) -> dict:
    source, target = tmp_path / "source", tmp_path / "static"
    (source / "vendor").mkdir(parents=True)
    (source / "vendor" / "ui.css").write_text(css)
    (source / "vendor" / "logo.svg").write_text("<svg/>")
    settings.STATICFILES_DIRS = [source]
    settings.STATIC_ROOT = target
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "creativetracks.core.staticfiles.StaticFilesStorage"},
    }
    from django.contrib.staticfiles import finders

    finders.get_finder.cache_clear()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    return json.loads((target / "staticfiles.json").read_text())["paths"]


@pytest.mark.same_on_every_database  # static files only
def test_collectstatic_hashes_and_compresses_despite_a_missing_source_map(tmp_path, settings):
    paths = collect(
        tmp_path,
        settings,
        ".logo{background:url(logo.svg)}\n"
        + ".card{margin:0 auto;padding:1rem}\n" * 100  # big enough to be worth compressing
        + "/*# sourceMappingURL=ui.css.map*/\n",
    )
    hashed = tmp_path / "static" / paths["vendor/ui.css"]
    assert paths["vendor/ui.css"] != "vendor/ui.css"
    assert Path(paths["vendor/logo.svg"]).name in hashed.read_text()  # still hashed
    assert Path(f"{hashed}.gz").is_file()


@pytest.mark.same_on_every_database  # static files only
def test_collectstatic_still_fails_on_a_missing_image(tmp_path, settings):
    with pytest.raises(ValueError, match="nothing.png"):
        collect(tmp_path, settings, ".x{background:url(nothing.png)}\n")
