"""Django's cached_db sessions, which also fetch the signed-in member's cached user row
and its generation (accounts.cached_auth), and whatever the request asked for in
`prefetch_keys` (its member page: core.cache.MemberPagePrefetchMiddleware), in the same
round trip to the cache."""

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore


class SessionStore(CachedDBStore):
    def load(self):
        from .cached_auth import GENERATION, row_key

        if self.session_key is None:
            return super().load()
        keys = [self.cache_key, row_key(self.session_key), GENERATION]
        keys += getattr(self, "prefetch_keys", ())
        try:
            found = self._cache.get_many(keys)
        except Exception:  # an invalid key: Django's own load copes
            return super().load()
        self.prefetched, self.prefetched_keys = found, set(keys)
        data = found.get(self.cache_key)
        return super().load() if data is None else data
