"""Media storage in an S3-compatible bucket with the same headers as files served by the
app (`core.uploads`): only raster images inline, everything else an attachment with a
type that never renders, so a bucket URL can't serve a page from an upload."""

from storages.backends.s3 import S3Storage

from .uploads import safe_filename, served_type


class SafeS3Storage(S3Storage):
    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        content_type, inline = served_type(name)
        parameters["ContentType"] = content_type
        if not inline:
            parameters["ContentDisposition"] = f'attachment; filename="{safe_filename(name)}"'
        return parameters
