"""`make screenshots`: the whole site at a glance, for reviewers.

Builds a throw-away copy of the demo site (its own SQLite database and media
folder in a temporary directory, so a developer's db.sqlite3 is never
touched), serves it with the development settings on a free port, and has
Debian's Chromium (Playwright) write full-page PNGs of every page type at
each width in each language, and of the admin dashboard of each demo role."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page, get_page_models

from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS

WIDTHS = (320, 768, 1280)
HEIGHT = 900
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SERVER_START_SECONDS = 60


def page_urls(languages):
    """[(language, name, path)]: the first live page of each page type in
    each language, then the search results and the "not found" page."""
    urls = []
    for language in languages:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        for model in get_page_models():
            if model is Page:
                continue
            page = model.objects.live().public().filter(locale=locale).order_by("path").first()
            if page is not None:
                urls.append((language, model._meta.model_name, page.url))
        urls.append((language, "search", f"/{language}/search/?q=HUB"))
        urls.append((language, "not-found", f"/{language}/no-such-page/"))
    return urls


def demo_accounts():
    """[(role, username)]: one demo account per role that exists."""
    users = get_user_model().objects.filter(is_active=True, is_superuser=False).order_by("username")
    roles = [("team", COMMUNICATIONS_TEAM), ("translator", TRANSLATORS)]
    accounts = [(role, user.username) for role, group in roles if (user := users.filter(groups__name=group).first())]
    named = {name for _role, name in roles}
    contributor = users.filter(groups__isnull=False).exclude(groups__name__in=named).first()
    if contributor is not None:
        accounts.append(("contributor", contributor.username))
    return accounts


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Command(BaseCommand):
    help = "Write PNGs of every page type (320, 768, 1280 px; en, es, fr) and of each role's admin dashboard."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="screenshots", help="folder for the PNGs (default: screenshots/)")
        parser.add_argument("--port", type=int, default=0, help="port to serve on (default: a free one)")
        parser.add_argument("--languages", nargs="+", default=[code for code, _name in settings.LANGUAGES])
        parser.add_argument("--widths", nargs="+", type=int, default=list(WIDTHS))
        # Internal: run inside the throw-away site to list what to photograph.
        parser.add_argument("--list", action="store_true", help="print the pages and accounts as JSON, then stop")

    def handle(self, *args, **options):
        if options["list"]:
            self.stdout.write(json.dumps({"pages": page_urls(options["languages"]), "accounts": demo_accounts()}))
            return
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as error:
            raise CommandError("Playwright is missing: pip install -r requirements-dev.txt") from error
        if not Path(CHROMIUM).exists():
            raise CommandError(f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).")
        output = Path(options["output"]).resolve()
        with tempfile.TemporaryDirectory(prefix="l4a-screenshots-") as folder:
            env = self._site_environment(Path(folder))
            listing = self._build_site(env, options["languages"])
            port = options["port"] or _free_port()
            server = subprocess.Popen(
                [sys.executable, str(settings.BASE_DIR / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                base = f"http://127.0.0.1:{port}"
                self._wait_for(base, server)
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                    try:
                        count = self._photograph_pages(browser, base, listing["pages"], options["widths"], output)
                        count += self._photograph_dashboards(
                            browser, base, listing["accounts"], options["widths"], output
                        )
                    finally:
                        browser.close()
            finally:
                server.terminate()
                server.wait(timeout=10)
        self.stdout.write(self.style.SUCCESS(f"{count} screenshots in {output}"))

    def _site_environment(self, folder):
        env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME")}
        env.update(
            DJANGO_SETTINGS_MODULE="site_core.settings.dev",
            DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
            MEDIA_ROOT=str(folder / "media"),
            PAGE_CACHE_SECONDS="0",
        )
        return env

    def _build_site(self, env, languages):
        self.stdout.write("Building a throw-away demo site (migrate, demo content)…")
        for arguments in (["migrate", "--noinput"], ["load_demo_content"]):
            subprocess.run(
                [sys.executable, str(settings.BASE_DIR / "manage.py"), *arguments],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        listed = subprocess.run(
            [sys.executable, str(settings.BASE_DIR / "manage.py"), "screenshots", "--list", "--languages", *languages],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(listed.stdout)

    def _wait_for(self, base, server):
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError("The development server stopped while starting.")
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=2)  # noqa: S310 (loopback only)
                return
            except OSError:
                time.sleep(0.5)
        raise CommandError(f"The development server did not answer within {SERVER_START_SECONDS} s.")

    def _photograph_pages(self, browser, base, pages, widths, output):
        count = 0
        for width in widths:
            context = browser.new_context(viewport={"width": width, "height": HEIGHT})
            tab = context.new_page()
            for language, name, path in pages:
                tab.goto(base + path, wait_until="networkidle")
                # A full-page picture shows images below the first screen too.
                tab.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(i => { i.loading = 'eager'; })")
                tab.wait_for_load_state("networkidle")
                target = output / language / f"{name}-{width}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                tab.screenshot(path=str(target), full_page=True)
                count += 1
            context.close()
        return count

    def _photograph_dashboards(self, browser, base, accounts, widths, output):
        if not accounts:
            self.stderr.write("No demo accounts (DEBUG off when the demo was loaded?): no admin screenshots.")
            return 0
        password = os.environ.get("DEMO_PASSWORD", "local4action-demo")
        count = 0
        for role, username in accounts:
            context = browser.new_context(viewport={"width": max(widths), "height": HEIGHT})
            tab = context.new_page()
            tab.goto(f"{base}/admin/login/")
            tab.fill("input[name=username]", username)
            tab.fill("input[name=password]", password)
            tab.click("button[type=submit]")
            tab.wait_for_load_state("networkidle")
            for width in widths:
                tab.set_viewport_size({"width": width, "height": HEIGHT})
                tab.goto(f"{base}/admin/", wait_until="networkidle")
                target = output / "admin" / f"{role}-{width}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                tab.screenshot(path=str(target), full_page=True)
                count += 1
            context.close()
        return count
