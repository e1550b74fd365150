"""Accepting a proposal: a draft HubPage in the proposal's language, under
that language's HUB directory, with every answer in its place, except the
proposer's contact person and e-mail: they stay in the proposal (admin
only), and the page's public contact is left for an editor to fill in.

A submitted stage 2 adds to it: its detailed results replace stage 1's (the
questionnaire started from them), its milestones make the roadmap, and its
partners (with their roles) join stage 1's. The communication plan and the
budget stay in the proposal, for reviewers only: never on the page. A stage 2
draft that was never submitted is not carried over (it stays readable in the
proposal)."""

import datetime

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.coreutils import find_available_slug

from hub_pages.choices import HubStatus
from hub_pages.models import HubIndexPage, HubPage, HubProposal, ProposalStatus
from hub_pages.models.proposals import HubProposalStatusChange, ProposalStatusError
from site_core.models import SDG, PartnerOrganisation, Theme


def plain_text_to_rich_text(text):
    """Each non-empty line a paragraph; the text is escaped, so nothing the
    proposer typed is ever taken as markup."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def directory_for(locale):
    return HubIndexPage.objects.filter(locale=locale).order_by("path").first()


def _stage_two_submitted(proposal):
    return proposal.stage_two_submitted_at is not None


def _expected_results(proposal):
    results = proposal.detailed_results if _stage_two_submitted(proposal) else []
    return [
        (
            "result",
            {
                "title": result["title"],
                "indicator": result["indicator"],
                "baseline": result.get("baseline"),
                "target": result["target"],
                "unit": result.get("unit") or "",
            },
        )
        for result in results or proposal.expected_results
    ]


def _roadmap(proposal):
    if not _stage_two_submitted(proposal):
        return []
    return [
        (
            "milestone",
            {"date": datetime.date.fromisoformat(milestone["date"]), "title": milestone["title"], "done": False},
        )
        for milestone in proposal.milestones
    ]


def _named_partners(proposal):
    """[(name, role)]: stage 2's partners, then stage 1's lines not named again."""
    partners = [(p["name"], p["role"]) for p in proposal.partner_roles] if _stage_two_submitted(proposal) else []
    named = {name.casefold() for name, _role in partners}
    lines = [line.strip() for line in proposal.partners.splitlines() if line.strip()]
    return partners + [(line, "") for line in lines if line.casefold() not in named]


def _body(proposal):
    """The partners as the proposer named them, with their roles: free text
    never becomes a partner snippet on its own (an organisation's public
    entry, logo and link are for the team to check), so the editor sees the
    list on the draft page and links the snippets that exist."""
    partners = _named_partners(proposal)
    if not partners:
        return []
    with override(proposal.locale.language_code):
        heading = _("Partners")
    items = "".join(
        f"<li>{escape(name)} — {escape(role)}</li>" if role else f"<li>{escape(name)}</li>" for name, role in partners
    )
    return [
        ("heading", {"text": heading, "level": "h2", "anchor": ""}),
        ("paragraph", f"<ul>{items}</ul>"),
    ]


def build_hub_page(proposal, directory):
    locale = directory.locale
    slug = find_available_slug(directory, slugify(proposal.title, allow_unicode=True) or "hub")
    return HubPage(
        title=proposal.title,
        slug=slug,
        locale=locale,
        live=False,
        summary=proposal.summary,
        lead_government=proposal.lead_government,
        lead_government_kind=proposal.lead_government_kind,
        country=proposal.country,
        region=proposal.region,
        status=HubStatus.PROPOSED,
        start_date=proposal.start_date,
        end_date=proposal.end_date,
        local_global_link=plain_text_to_rich_text(proposal.local_global_link),
        acceleration=plain_text_to_rich_text(proposal.acceleration),
        synchronisation=plain_text_to_rich_text(proposal.synchronisation),
        expected_results=_expected_results(proposal),
        roadmap=_roadmap(proposal),
        body=_body(proposal),
    )


def _relations(proposal, locale):
    """The proposal's SDGs, themes and named partners in the directory's language."""
    numbers = [goal.number for goal in proposal.sdgs.all()]
    sdgs = SDG.objects.filter(locale=locale, number__in=numbers)
    theme_keys = [theme.translation_key for theme in proposal.themes.all()]
    themes = Theme.objects.filter(locale=locale, translation_key__in=theme_keys)
    names = {name.casefold() for name, _role in _named_partners(proposal)}
    partners = [p for p in PartnerOrganisation.objects.filter(locale=locale) if p.name.casefold() in names]
    return sdgs, themes, partners


@transaction.atomic
def accept_proposal(proposal, user, note=""):
    """Create the draft HubPage and link it; raises ProposalStatusError with
    a message for the editor when the proposal cannot be accepted."""
    locked = HubProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status == ProposalStatus.ACCEPTED or locked.hub_page_id:
        raise ProposalStatusError(_("This proposal has already been accepted."))
    directory = directory_for(locked.locale)
    if directory is None:
        raise ProposalStatusError(
            _("There is no HUB directory in %(language)s yet: create one, then accept the proposal again.")
            % {"language": locked.locale.get_display_name()}
        )
    if not directory.permissions_for_user(user).can_add_subpage():
        raise ProposalStatusError(
            _("You cannot add pages to “%(directory)s”: ask an administrator to accept this proposal.")
            % {"directory": directory.title}
        )
    page = build_hub_page(locked, directory)
    page.owner = user
    # Parental M2Ms are held in memory and written by the page's own save.
    sdgs, themes, partners = _relations(locked, directory.locale)
    page.sdgs.set(sdgs)
    page.themes.set(themes)
    page.partners.set(partners)
    directory.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    HubProposalStatusChange.objects.create(
        proposal=locked, from_status=locked.status, to_status=ProposalStatus.ACCEPTED, changed_by=user, note=note
    )
    HubProposal.objects.filter(pk=locked.pk).update(status=ProposalStatus.ACCEPTED, hub_page=page)
    proposal.status, proposal.hub_page = ProposalStatus.ACCEPTED, page
    return page
