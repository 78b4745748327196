"""Version 1 of the API, mounted at /api/v1/: each app contributes its router (`<app>/api.py`);
this module adds authentication, rate limits, the error body and the docs page."""

import json
import re

from django.http import HttpRequest
from django.shortcuts import render
from ninja import NinjaAPI
from ninja.openapi.docs import Swagger

from . import errors
from .auth import SessionAuth, TokenAuth, anonymous, refuse_nul_characters
from .limits import ProjectRateLimit


class LocalSwagger(Swagger):
    """Swagger UI from our own static files (no CDN, no inline script: the CSP holds)."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs):
        self.settings["url"] = self.get_openapi_url(api, kwargs)
        return render(
            request,
            "api/docs.html",
            {"swagger_settings": json.dumps(self.settings), "api": api},
        )


class CreativeTracksAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        # An app's router spans `<app>/api.py` and its topic modules (`api_manage.py`...):
        # ids name the router's module, so moving an endpoint between them keeps its id.
        module = re.sub(r"\.api_\w+$", ".api", operation.view_func.__module__)
        return f"{module}_{operation.view_func.__name__}".replace(".", "_")

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        # Authentication is optional on reads: an empty requirement says so.
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                if isinstance(operation, dict) and operation.get("security"):
                    operation["security"] = [*operation["security"], {}]
        return schema


api = CreativeTracksAPI(
    title="Creative Tracks API",
    version="1",
    description=(
        "Profiles, organisations, networks and their discussions, platform topics, labs, "
        "events, opportunities, resources and learning tracks, notifications, messages, "
        "connections, follows, blocks, your activity feed and your account. "
        "See docs/api.md for authentication, pagination, errors and rate limits."
    ),
    urls_namespace="api",
    auth=[refuse_nul_characters, TokenAuth(), SessionAuth(), anonymous],
    throttle=[ProjectRateLimit()],
    docs=LocalSwagger(settings={"validatorUrl": None, "tryItOutEnabled": False}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)


def _mount() -> None:
    from creativetracks.accounts.api import router as accounts_router
    from creativetracks.ambassadors.api import router as ambassadors_router
    from creativetracks.challenges.api import router as challenges_router
    from creativetracks.events.api import router as events_router
    from creativetracks.labs.api import router as labs_router
    from creativetracks.mentoring.api import router as mentoring_router
    from creativetracks.messaging.api import router as messages_router
    from creativetracks.networks.api import router as networks_router
    from creativetracks.networks.api import topics_router
    from creativetracks.notifications.api import router as notifications_router
    from creativetracks.opportunities.api import router as opportunities_router
    from creativetracks.profiles.api import organisations_router, profiles_router
    from creativetracks.resources.api import router as resources_router
    from creativetracks.social.api import (
        blocks_router,
        feed_router,
        follows_router,
        profile_follows_router,
    )
    from creativetracks.social.api import router as connections_router

    api.add_router("/me", accounts_router, tags=["me"])
    api.add_router("/me/feed", feed_router, tags=["me"])
    api.add_router("/profiles", profiles_router, tags=["profiles"])
    api.add_router("/profiles", profile_follows_router, tags=["profiles"])
    api.add_router("/organisations", organisations_router, tags=["organisations"])
    api.add_router("/networks", networks_router, tags=["networks"])
    api.add_router("/topics", topics_router, tags=["topics"])
    api.add_router("/labs", labs_router, tags=["labs"])
    api.add_router("/events", events_router, tags=["events"])
    api.add_router("/opportunities", opportunities_router, tags=["opportunities"])
    api.add_router("/resources", resources_router, tags=["resources"])
    api.add_router("/notifications", notifications_router, tags=["notifications"])
    api.add_router("/messages", messages_router, tags=["messages"])
    api.add_router("/connections", connections_router, tags=["connections"])
    api.add_router("/follows", follows_router, tags=["follows"])
    api.add_router("/blocks", blocks_router, tags=["blocks"])
    api.add_router("/challenges", challenges_router, tags=["challenges"])
    api.add_router("/mentoring", mentoring_router, tags=["mentoring"])
    api.add_router("/ambassadors", ambassadors_router, tags=["ambassadors"])


_mount()
