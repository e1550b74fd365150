"""Where uploaded images, renditions and documents live, read from the
environment: the local disk by default, or an S3-compatible bucket shared by
every app server when AWS_STORAGE_BUCKET_NAME is set (see the README's
configuration table and "Shared media on S3").

No Django imports: settings/base.py calls this while settings load."""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

FILE_SYSTEM_STORAGE = "django.core.files.storage.FileSystemStorage"
BUCKET_STORAGE = "site_core.storage.MediaBucketStorage"


@dataclass(frozen=True)
class Media:
    storage: dict
    url: str
    root: Path
    # How /documents/<id>/<file name> hands a document over, after Wagtail
    # has checked its collection's privacy: streamed by Django from the local
    # disk, or a redirect to a short-lived signed URL of the private bucket
    # ("direct" would link to the file itself and skip the check).
    documents_serve_method: str
    # The origin images are served from, for the Content-Security-Policy;
    # None when it is the site's own.
    image_origin: str | None


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _value(environ, name):
    return environ.get(name, "").strip() or None


def media_from_environment(environ, base_dir):
    root = Path(environ.get("MEDIA_ROOT") or base_dir / "media")
    bucket = _value(environ, "AWS_STORAGE_BUCKET_NAME")
    if bucket is None:
        url = _value(environ, "MEDIA_URL") or "/media/"
        return Media({"BACKEND": FILE_SYSTEM_STORAGE}, url, root, "serve_view", _origin(url))

    region = _value(environ, "AWS_S3_REGION_NAME")
    endpoint = _value(environ, "AWS_S3_ENDPOINT_URL")
    custom_domain = _value(environ, "AWS_S3_CUSTOM_DOMAIN")
    options = {
        "bucket_name": bucket,
        "region_name": region,
        "endpoint_url": endpoint,
        "custom_domain": custom_domain,
        # Other S3 services are addressed by path, AWS by bucket host name:
        # fixed so that the image origin below is known.
        "addressing_style": "path" if endpoint else "virtual",
        # Signature version 4: every region and S3 service accepts it.
        "signature_version": "s3v4",
        # Two uploads of "logo.png" must not overwrite each other.
        "file_overwrite": False,
        "querystring_expire": int(environ.get("AWS_QUERYSTRING_EXPIRE", "300")),
    }
    if custom_domain:
        image_origin = f"https://{custom_domain}"
    elif endpoint:
        image_origin = _origin(endpoint)
    elif region in (None, "us-east-1"):
        image_origin = f"https://{bucket}.s3.amazonaws.com"
    else:
        image_origin = f"https://{bucket}.s3.{region}.amazonaws.com"
    return Media({"BACKEND": BUCKET_STORAGE, "OPTIONS": options}, "/media/", root, "redirect", image_origin)
