"""The communications team's review: list, filters, inspect, status history,
Accept (a draft HubPage with every field mapped), Decline, CSV export, permissions."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from hub_pages.models import HubPage, HubProposal, HubProposalStatusChange, ProposalStatus
from hub_pages.models.proposals import ProposalStatusError
from hub_pages.proposals.accept import accept_proposal
from tests.hub_pages.factories import build_partner
from tests.hub_pages.proposal_helpers import FIRST_RESULT, valid_data

pytestmark = pytest.mark.django_db

SECOND_RESULT = {
    "title": "Leaks repaired",
    "indicator": "Share of leaks fixed",
    "baseline": "",
    "target": "80",
    "unit": "%",
}


@pytest.fixture
def editor(communications_team):
    user = get_user_model().objects.create_user(
        "editor", "editor@uclg.example", "pw", first_name="Eva", last_name="Editor"
    )
    user.groups.add(communications_team)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def submit(client, call, language="es", **overrides):
    client.post(call[language].url, valid_data(language, **overrides))
    return HubProposal.objects.order_by("-pk").first()


def test_the_team_has_the_proposal_permissions_and_nobody_adds_proposals(editor):
    assert editor.has_perm("hub_pages.view_hubproposal")
    assert editor.has_perm("hub_pages.change_hubproposal")
    assert editor.has_perm("hub_pages.delete_hubproposal")
    assert not editor.has_perm("hub_pages.add_hubproposal")


def test_a_user_without_the_proposal_permissions_cannot_see_the_viewset(client, db):
    user = get_user_model().objects.create_user("translator", "t@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(reverse("hubproposal:index")).status_code in (302, 403)
    assert b"HUB proposals" not in client.get(reverse("wagtailadmin_home")).content


def test_the_add_view_is_refused_even_to_a_superuser(client, db):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(admin)
    assert client.get(reverse("hubproposal:add")).status_code in (302, 403)
    assert b'href="/admin/hubproposal/new/"' not in client.get(reverse("hubproposal:index")).content


def test_the_list_filters_by_status_language_and_region(client, call, editor_client):
    spanish = submit(client, call, "es", title="Agua para todos", region="latin-america", country="MX")
    french = submit(client, call, "fr", title="Eau pour tous", region="africa", country="SN")
    english = submit(client, call, "en", title="Water for all")
    english.change_status(ProposalStatus.UNDER_REVIEW)

    def titles(**params):
        html = editor_client.get(reverse("hubproposal:index"), params).content.decode()
        return {p.title for p in (spanish, french, english) if p.title in html}

    assert titles() == {"Agua para todos", "Eau pour tous", "Water for all"}
    assert titles(locale="fr") == {"Eau pour tous"}
    assert titles(region="latin-america") == {"Agua para todos"}
    assert titles(status="under_review") == {"Water for all"}
    assert titles(status="received", locale="es") == {"Agua para todos"}


def test_the_inspect_view_shows_every_answer_and_the_history(client, call, editor_client):
    proposal = submit(client, call, "fr", title="Eau <b>pour</b> tous")
    html = editor_client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()

    assert "Eau &lt;b&gt;pour&lt;/b&gt; tous" in html
    assert "Neighbourhood water committees — Committees meeting monthly: 2 → 30 committees" in html
    assert "6. Eau propre et assainissement" in html
    assert "Public form" in html  # the first history row
    assert reverse("hubproposal:accept", args=[proposal.pk]) in html


def test_status_changes_are_recorded_with_who_when_and_why(client, call, editor_client, editor):
    proposal = submit(client, call)
    response = editor_client.post(
        reverse("hubproposal:edit", args=[proposal.pk]), {"status": "under_review", "note": "Asked for the budget."}
    )
    assert response.status_code == 302

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.UNDER_REVIEW
    change = proposal.status_changes.last()
    assert (change.from_status, change.to_status, change.changed_by, change.note) == (
        "received",
        "under_review",
        editor,
        "Asked for the budget.",
    )
    html = editor_client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()
    assert "Eva Editor" in html
    assert "Asked for the budget." in html


def test_the_status_form_cannot_accept_or_keep_the_same_status(client, call, editor_client):
    proposal = submit(client, call)
    url = reverse("hubproposal:edit", args=[proposal.pk])
    assert editor_client.post(url, {"status": "accepted"}).status_code == 200
    assert editor_client.post(url, {"status": "received"}).status_code == 200
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.RECEIVED
    assert proposal.status_changes.count() == 1


def test_decline_records_the_change(client, call, editor_client, editor):
    proposal = submit(client, call)
    response = editor_client.post(reverse("hubproposal:decline", args=[proposal.pk]), {"note": "Out of scope."})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED
    assert list(proposal.status_changes.values_list("to_status", "changed_by", "note")) == [
        ("received", None, ""),
        ("declined", editor.pk, "Out of scope."),
    ]
    assert HubPage.objects.count() == 0


def test_accept_creates_a_draft_hub_page_with_every_field_mapped(
    client, call, editor_client, editor, hub_indexes, water_theme
):
    partner = build_partner("Water Utility of Exampleville")
    proposal = submit(
        client,
        call,
        "es",
        results=[FIRST_RESULT, SECOND_RESULT],
        partners="[es] water utility of exampleville\nUniversidad de Ejemplo <script>",
        local_global_link="Vincula las metas del ODS 6.\nInforma al VLR nacional & <más>.",
    )

    response = editor_client.post(reverse("hubproposal:accept", args=[proposal.pk]), {"note": "Great fit."})

    page = HubPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.get_parent().specific == hub_indexes["es"]
    assert page.locale.language_code == "es"
    assert not page.live and page.has_unpublished_changes
    assert page.get_latest_revision().user == editor
    assert page.owner == editor
    assert page.title == "Water for every neighbourhood"
    assert page.slug == "water-for-every-neighbourhood"
    assert page.summary == proposal.summary
    assert page.lead_government == "Exampleville City Council"
    assert page.lead_government_kind == "city"
    assert page.country.code == "PT"
    assert page.region == "europe"
    assert page.status == "proposed"
    assert (page.start_date, page.end_date) == (datetime.date(2027, 1, 15), datetime.date(2029, 1, 15))
    assert (page.contact_name, page.contact_email) == ("", "")  # the proposer's stay private
    assert page.local_global_link == (
        "<p>Vincula las metas del ODS 6.</p><p>Informa al VLR nacional &amp; &lt;más&gt;.</p>"
    )
    assert page.acceleration == "<p>Ward budgets follow the committees&#x27; priorities.</p>"
    assert page.synchronisation == "<p>Builds on the sanitation HUB&#x27;s methods.</p>"
    assert sorted(goal.number for goal in page.sdgs.all()) == [6, 11]
    assert {goal.locale.language_code for goal in page.sdgs.all()} == {"es"}
    assert list(page.themes.all()) == [water_theme["es"]]
    assert list(page.partners.all()) == [partner["es"]]  # matched by name, ignoring case
    results = [block.value for block in page.expected_results]
    assert [(r["title"], r["indicator"], r["baseline"], r["target"], r["unit"]) for r in results] == [
        ("Neighbourhood water committees", "Committees meeting monthly", Decimal("2"), Decimal("30"), "committees"),
        ("Leaks repaired", "Share of leaks fixed", None, Decimal("80"), "%"),
    ]
    body = [(block.block_type, block.value) for block in page.body]
    assert body[0][0] == "heading" and body[0][1]["text"] == "Socios"
    assert str(body[1][1]) == (
        "<ul><li>[es] water utility of exampleville</li><li>Universidad de Ejemplo &lt;script&gt;</li></ul>"
    )

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    assert proposal.hub_page == page
    change = proposal.status_changes.last()
    assert (change.from_status, change.to_status, change.changed_by, change.note) == (
        "received",
        "accepted",
        editor,
        "Great fit.",
    )


def test_partners_named_exactly_are_linked_in_the_pages_language(client, call, editor, hub_indexes):
    partners = build_partner("Water Utility")
    proposal = submit(client, call, "fr", partners=f"{partners['fr'].name}\nSomeone else")
    page = accept_proposal(proposal, editor)
    page.refresh_from_db()
    assert list(page.partners.all()) == [partners["fr"]]


def test_accepting_twice_is_refused(client, call, editor_client, editor, hub_indexes):
    proposal = submit(client, call)
    accept_proposal(proposal, editor)

    response = editor_client.post(reverse("hubproposal:accept", args=[proposal.pk]), {})
    assert response.status_code == 302
    assert response["Location"] == reverse("hubproposal:inspect", args=[proposal.pk])
    assert HubPage.objects.count() == 1
    with pytest.raises(ProposalStatusError):
        accept_proposal(HubProposal.objects.get(pk=proposal.pk), editor)
    assert HubPage.objects.count() == 1
    assert HubProposalStatusChange.objects.filter(to_status="accepted").count() == 1
    # And an accepted proposal's status is frozen.
    assert editor_client.get(reverse("hubproposal:edit", args=[proposal.pk])).status_code == 302
    with pytest.raises(ProposalStatusError):
        proposal.change_status(ProposalStatus.DECLINED, editor)


def test_accept_is_refused_without_a_directory_in_that_language(client, call, editor_client, editor):
    proposal = submit(client, call, "fr")
    html = editor_client.get(reverse("hubproposal:accept", args=[proposal.pk])).content.decode()
    assert "There is no HUB directory in Français yet" in html

    response = editor_client.post(reverse("hubproposal:accept", args=[proposal.pk]), {}, follow=True)
    assert "There is no HUB directory in Français yet" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.RECEIVED
    assert HubPage.objects.count() == 0


def test_accept_needs_the_right_to_add_pages_there(client, call, hub_indexes, db):
    reviewer = get_user_model().objects.create_user("reviewer", "r@example.org", "pw")
    reviewer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "change_hubproposal"]))
    proposal = submit(client, call)
    with pytest.raises(ProposalStatusError):
        accept_proposal(proposal, reviewer)
    assert HubPage.objects.count() == 0


def test_csv_export_has_every_answer_and_neutralises_formulas(client, call, editor_client, water_theme):
    submit(client, call, "fr", title='=HYPERLINK("http://evil.example")', partners="Partner A\nPartner B")
    response = editor_client.get(reverse("hubproposal:index"), {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="hub-proposals.csv"'
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    [row] = rows
    assert row["Name of the initiative"] == '\'=HYPERLINK("http://evil.example")'
    assert row["Language"] == "fr"
    assert row["Status"] == "Received"
    assert row["Proposing government"] == "Exampleville City Council"
    assert row["Country code"] == "PT"
    assert row["UCLG world region"] == "Europe"
    assert row["Contact e-mail"] == "ana@example.org"
    assert row["SDGs"] == "6, 11"
    assert row["Themes"] == "[fr] Water"
    assert row["Expected results"] == "Neighbourhood water committees — Committees meeting monthly: 2 → 30 committees"
    assert row["Partners"] == "Partner A\nPartner B"
    assert row["Start date"] == "2027-01-15"
    assert row["Consents to be contacted"] == "Yes"
    assert row["Reference"].startswith("P-")


# What a spreadsheet may split a CSV line on, whatever delimiter the file uses
# (semicolon in Spanish and French ones), and the cell starts it runs.
SPREADSHEET_DELIMITERS = (",", ";", "\t")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_csv_export_leaves_no_cell_any_spreadsheet_would_run(client, call, editor_client):
    submit(
        client,
        call,
        "es",
        title="Semicolon City;=1+1",
        lead_government="Comma Council, +1+1",
        summary='Quoted;"=2+2" and tabbed\t@SUM(A1) and spaced;  -3+4',
        partners='Partner A\n=HYPERLINK("http://evil.example")\nPartner B',
    )
    response = editor_client.get(reverse("hubproposal:index"), {"export": "csv"})
    content = b"".join(response.streaming_content).decode()

    for delimiter in SPREADSHEET_DELIMITERS:
        for line in content.splitlines():
            for cell in line.split(delimiter):
                assert not cell.lstrip(' "').startswith(FORMULA_STARTS), (delimiter, cell)
    assert content.splitlines()[1].startswith('"P-')  # every field quoted
    [row] = csv.DictReader(io.StringIO(content))
    assert row["Name of the initiative"] == "Semicolon City;'=1+1"
    assert row["Proposing government"] == "Comma Council, '+1+1"
    assert row["Partners"] == 'Partner A\n\'=HYPERLINK("http://evil.example")\nPartner B'


def test_xlsx_export_is_neutralised_the_same_way(client, call, editor_client):
    """So the file stays inert when a reviewer saves it again as CSV."""
    submit(client, call, "fr", title="Semicolon City;=1+1", partners="Partner A\n@SUM(A1)")
    response = editor_client.get(reverse("hubproposal:index"), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, values = [cell.value for cell in sheet[1]], [cell for cell in sheet[2]]
    row = dict(zip(headings, values, strict=True))
    assert row["Name of the initiative"].value == "Semicolon City;'=1+1"
    assert row["Partners"].value == "Partner A\n'@SUM(A1)"
    assert all(cell.data_type != "f" for cell in values)


def test_csv_export_follows_the_filters(client, call, editor_client):
    submit(client, call, "fr", title="Eau pour tous")
    submit(client, call, "es", title="Agua para todos")
    response = editor_client.get(reverse("hubproposal:index"), {"export": "csv", "locale": "es"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Name of the initiative"] for row in rows] == ["Agua para todos"]


def _row_links(html, proposal):
    """{link text: href} in the proposal's row of the list."""
    from bs4 import BeautifulSoup

    [title_link] = BeautifulSoup(html, "html.parser").select(
        f'td.title .title-wrapper a[href$="/inspect/{proposal.pk}/"]'
    )
    row = title_link.find_parent("tr")
    return title_link, {" ".join(a.get_text().split()): a["href"] for a in row.select("a[href]")}


def test_the_list_row_opens_the_proposal_and_offers_accept_decline_and_inspect(client, call, editor_client):
    proposal = submit(client, call, "en", title="Water for all")
    html = editor_client.get(reverse("hubproposal:index")).content.decode()

    title_link, links = _row_links(html, proposal)
    assert title_link.get_text(strip=True) == "Water for all"
    assert links["Accept"] == reverse("hubproposal:accept", args=[proposal.pk])
    assert links["Decline"] == reverse("hubproposal:decline", args=[proposal.pk])
    assert links["Inspect"] == reverse("hubproposal:inspect", args=[proposal.pk])
    assert links["Change status"] == reverse("hubproposal:edit", args=[proposal.pk])  # under "More"


def test_the_list_offers_only_the_actions_that_still_apply(client, call, editor_client, editor):
    declined = submit(client, call, "en", title="Declined one")
    declined.change_status(ProposalStatus.DECLINED, editor)
    accepted = submit(client, call, "en", title="Accepted one")
    HubProposal.objects.filter(pk=accepted.pk).update(status=ProposalStatus.ACCEPTED)
    html = editor_client.get(reverse("hubproposal:index")).content.decode()

    assert {"Accept", "Inspect"} <= set(_row_links(html, declined)[1]) and "Decline" not in _row_links(html, declined)[
        1
    ]
    assert "Accept" not in _row_links(html, accepted)[1] and "Decline" not in _row_links(html, accepted)[1]


def test_the_list_is_in_the_admin_language(client, call, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(editor)
    proposal = submit(client, call, "en", title="Water for all")
    _title, links = _row_links(client.get(reverse("hubproposal:index")).content.decode(), proposal)
    assert {"Aceptar", "Rechazar", "Inspeccionar"} <= set(links)


@pytest.mark.parametrize(
    ("language", "consent", "shown"), [("es", True, "Sí"), ("fr", False, "Non"), ("en", True, "Yes")]
)
def test_yes_no_answers_are_shown_in_the_admin_language(client, call, editor, language, consent, shown):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    proposal = submit(client, call, "en")
    HubProposal.objects.filter(pk=proposal.pk).update(consent_to_contact=consent)
    client.force_login(editor)
    html = client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()
    assert f"<dd>{shown}</dd>" in " ".join(html.split()).replace("<dd> ", "<dd>").replace(" </dd>", "</dd>")
    assert "True" not in html and "False" not in html
