"""HUB builders for tests: the same wagtail-localize path as the demo."""

import datetime
from decimal import Decimal

from wagtail.models import Locale

from hub_pages.models import HubIndexPage, HubPage, ResultsPage
from site_core.demo.translation import page_in_all_languages, snippet_in_all_languages
from site_core.models import SDG, PartnerOrganisation, Theme

LANGUAGES = ("en", "es", "fr")
INDEX_SPEC = {
    "en": {"title": "HUBs", "slug": "hubs", "intro": "All HUBs."},
    "es": {"title": "HUBs", "slug": "hubs-es", "intro": "Todos los HUBs."},
    "fr": {"title": "HUBs", "slug": "hubs-fr", "intro": "Tous les HUBs."},
}


def build_hub_index(homes):
    return page_in_all_languages(homes, HubIndexPage, INDEX_SPEC)


def report(date, value, note="", reported_by=""):
    return {"date": date, "value": Decimal(value), "note": note, "reported_by": reported_by}


def result(title="Facilitators trained", target="40", latest="10", baseline="0", unit="people", reports=None):
    """A result with `reports`, or else one report of `latest` (None: no report)."""
    if reports is None:
        reports = [report(datetime.date(2024, 5, 1), latest)] if latest is not None else []
    return (
        "result",
        {
            "title": title,
            "indicator": f"{title} (count)",
            "baseline": Decimal(baseline),
            "target": Decimal(target),
            "unit": unit,
            "reports": reports,
        },
    )


def milestone(title="Kick-off forum", date=datetime.date(2024, 1, 15), done=True):
    return ("milestone", {"date": date, "title": title, "done": done})


def hub_spec(slug, title, languages=LANGUAGES, results=(), milestones=()):
    """A spec whose translated texts are the English ones tagged [es]/[fr]."""
    spec = {}
    for code in languages:
        tag = "" if code == "en" else f"[{code}] "
        spec[code] = {
            "title": f"{tag}{title}",
            "slug": slug if code == "en" else f"{slug}-{code}",
            "summary": f"{tag}Summary of {title}.",
            "lead_government": f"{tag}Government of {title}",
            "local_global_link": f"<p>{tag}Links {title} to the world.</p>",
            "expected_results": [
                (
                    name,
                    {
                        **value,
                        "title": f"{tag}{value['title']}",
                        "indicator": f"{tag}{value['indicator']}",
                        "unit": f"{tag}{value['unit']}" if value["unit"] else "",
                        "reports": [
                            {**entry, "note": f"{tag}{entry['note']}" if entry["note"] else ""}
                            for entry in value["reports"]
                        ],
                    },
                )
                for name, value in results
            ],
            "roadmap": [(name, {**value, "title": f"{tag}{value['title']}"}) for name, value in milestones],
        }
    return spec


HUB_DEFAULTS = {
    "country": "ES",
    "region": "europe",
    "status": "active",
    "lead_government_kind": "city",
    "start_date": datetime.date(2024, 1, 1),
    "end_date": datetime.date(2026, 1, 1),
    "latitude": Decimal("43.26271"),
    "longitude": Decimal("-2.92528"),
}


def build_hub(indexes, slug, title=None, *, languages=LANGUAGES, results=(), milestones=(), **fields):
    spec = hub_spec(slug, title or slug.replace("-", " ").title(), languages, results, milestones)
    if "contact_name" in fields:  # a person's name: the same in every language
        contact_name = fields.pop("contact_name")
        for values in spec.values():
            values["contact_name"] = contact_name
    return page_in_all_languages(indexes, HubPage, spec, **{**HUB_DEFAULTS, **fields})


def english_hub(index, slug, **fields):
    """A HUB in English only, fast enough to build by the dozen."""
    values = {**HUB_DEFAULTS, "title": slug.title(), "slug": slug, "summary": "S.", "lead_government": "G.", **fields}
    m2m = {name: values.pop(name) for name in ("sdgs", "themes", "partners", "connected_hubs") if name in values}
    page = HubPage(**values)
    index.add_child(instance=page)
    for name, objects in m2m.items():
        getattr(page, name).set(objects)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def sdgs(*numbers, language="en"):
    return list(SDG.objects.filter(locale__language_code=language, number__in=numbers))


def build_theme(slug, name):
    spec = {
        code: {"name": name if code == "en" else f"[{code}] {name}", "slug": slug, "description": ""}
        for code in LANGUAGES
    }
    return snippet_in_all_languages(Theme, spec, {"slug": slug})


def build_partner(name, url="https://example.org/"):
    spec = {code: {"name": name if code == "en" else f"[{code}] {name}", "url": url} for code in LANGUAGES}
    return snippet_in_all_languages(PartnerOrganisation, spec, {"name": name})


def english():
    return Locale.objects.get(language_code="en")


def reports_form(*reports):
    """A result's `reports` ListBlock as the admin form posts it (nested,
    for wagtail's nested_form_data): each report a dict of its fields,
    plus its "id" when it is already on the page."""
    rows = {
        str(number): {"deleted": "", "order": str(number), "id": entry.get("id", ""), "value": entry["value"]}
        for number, entry in enumerate(reports)
    }
    return {"count": str(len(reports)), **rows}


RESULTS_SPEC = {
    "en": {"title": "Programme results", "slug": "results", "intro": "All results."},
    "es": {"title": "Resultados del programa", "slug": "resultados", "intro": "Todos los resultados."},
    "fr": {"title": "Résultats du programme", "slug": "resultats", "intro": "Tous les résultats."},
}


def results_pages(hub_indexes):
    return page_in_all_languages(hub_indexes, ResultsPage, RESULTS_SPEC)
