import pytest


@pytest.fixture
def rq_settings(settings):
    """Settings as with REDIS_URL set: `rq_settings(url, queue)` installs django-rq and
    the RQ task backend on that Redis database, emptied before and after. django-rq's
    admin registers itself on the admin site, which outlives the settings: the fixture
    puts the admin's registry back so later tests' admin pages don't look for the app."""
    import redis
    from django.contrib import admin

    registry = dict(admin.site._registry)
    used = []

    def configure(url: str, queue: str = "default"):
        connection = redis.Redis.from_url(url)
        try:
            connection.ping()
        except redis.exceptions.ConnectionError:
            pytest.fail("Redis is not running on 127.0.0.1:6379 (see docs/configuration.md)")
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq", "django_tasks_rq"]
        settings.RQ_QUEUES = {queue: {"URL": url}}
        settings.TASKS = {
            "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [queue], "OPTIONS": {}}
        }
        connection.flushdb()
        used.append(connection)
        return settings

    yield configure
    for connection in used:
        connection.flushdb()
    admin.site._registry.clear()
    admin.site._registry.update(registry)
