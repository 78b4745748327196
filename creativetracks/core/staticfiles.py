"""Static files for production: whitenoise's compressed, hashed storage, tolerant of
source maps that vendored files name but don't ship."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Like whitenoise's storage, except that a `sourceMappingURL` comment naming a
    missing `.map` file is left as it is instead of failing `collectstatic` (vendored
    CSS and JS, such as Swagger UI's, often name a map they don't include). Any other
    missing reference (an image in `url(...)`, an imported module) still fails."""

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def converter(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                if matchobj.groupdict().get("url", "").strip().endswith(".map"):
                    return matchobj.group(0)
                raise

        return converter
