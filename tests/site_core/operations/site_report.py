"""What a backup must bring back, as JSON: every live page (language, path,
title), some pages as the site serves them (status, title, images), and a
hash of every media file. The round-trip test compares the report of the
site it backed up with the report of a process running on the restore:

    DATABASE_URL=… MEDIA_ROOT=… python -m tests.site_core.operations.site_report '["/en/", …]'
"""

import hashlib
import io
import json
import sys


def site_report(urls):
    from bs4 import BeautifulSoup
    from django.conf import settings
    from django.core.files.storage import default_storage
    from django.test import Client
    from PIL import Image
    from wagtail.models import Page

    from site_core.operations.backup import media_names

    def image_loads(src):
        with default_storage.open(src.removeprefix(settings.MEDIA_URL), "rb") as image_file:
            Image.open(io.BytesIO(image_file.read())).verify()
        return True

    live_pages = Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")
    client = Client()
    served = {}
    for url in urls:
        response = client.get(url)
        soup = BeautifulSoup(response.content, "html.parser")
        images = sorted({tag["src"] for tag in soup.select("img[src]") if tag["src"].startswith(settings.MEDIA_URL)})
        served[url] = {
            "status": response.status_code,
            "title": soup.title.get_text(strip=True),
            "images": {src: image_loads(src) for src in images},
        }
    media = {}
    for name in media_names(default_storage):
        with default_storage.open(name, "rb") as media_file:
            media[name] = hashlib.sha256(media_file.read()).hexdigest()
    return {
        "pages": [[page.locale.language_code, page.url_path, page.title] for page in live_pages],
        "served": served,
        "media": media,
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(site_report(json.loads(sys.argv[1]))))
