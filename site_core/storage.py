"""Media on an S3-compatible bucket (used when AWS_STORAGE_BUCKET_NAME is set).

Renditions (`images/`) are public: plain, stable URLs, on AWS_S3_CUSTOM_DOMAIN
when there is one, that pages, the page cache, CDNs and browsers can keep; the
bucket policy lets anyone read `images/*` and nothing else. Originals and
documents stay private: their URLs are signed and expire, and documents reach
visitors only through Wagtail's serve view, after its privacy check."""

from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PUBLIC_PREFIX = "images/"


def is_public(name):
    return name.startswith(PUBLIC_PREFIX)


class MediaBucketStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        key = self._normalize_name(clean_name(name))
        if is_public(name) and self.custom_domain:
            return f"{self.url_protocol}//{self.custom_domain}/{filepath_to_uri(key)}"
        connection = self.unsigned_connection if is_public(name) else self.connection
        return connection.meta.client.generate_presigned_url(
            "get_object",
            Params={**(parameters or {}), "Bucket": self.bucket_name, "Key": key},
            ExpiresIn=expire or self.querystring_expire,
            HttpMethod=http_method,
        )

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if is_public(name):
            # Renditions rarely change: browsers and CDNs keep them a day.
            parameters.setdefault("CacheControl", "public, max-age=86400")
        return parameters
