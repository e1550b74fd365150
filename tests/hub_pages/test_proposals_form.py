"""The public proposal form: validation messages in the visitor's language,
nothing lost on error, accessible error markup, what gets stored."""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

from hub_pages.models import HubProposal, ProposalStatus
from tests.hub_pages.proposal_helpers import FIRST_RESULT, valid_data

pytestmark = pytest.mark.django_db

# (overrides, field, message). Our own messages are checked word for word in
# test_our_messages_read_as_written; here each is looked up in the catalogue
# for the visitor's language, and must really be translated there.
VALIDATION_CASES = [
    ({"lead_government": ""}, "lead_government", "This field is required."),
    ({"country": "XX"}, "country", "Select a valid choice. %(value)s is not one of the available choices."),
    ({"contact_email": "not-an-address"}, "contact_email", "Enter an e-mail address like name@example.org."),
    ({"sdgs": None}, "sdgs", "Choose at least one Sustainable Development Goal."),
    (
        {"consent_to_contact": None},
        "consent_to_contact",
        "Tick this box so that we can contact you about the proposal.",
    ),
    ({"start_date": "2027-31-01"}, "start_date", "Enter a valid date."),
    ({"end_date": "2027-01-01", "start_date": "2027-01-15"}, "end_date", "The end date must be after the start date."),
    ({"end_date": "2027-06-15"}, "end_date", "A HUB lasts at least one year: choose a later end date."),
    ({"end_date": "2030-02-01"}, "end_date", "A HUB lasts at most three years: choose an earlier end date."),
    (
        {"summary": "x" * 501},
        "summary",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
    ),
]


def expected_message(msgid, language):
    with translation.override(language):
        if "%(limit_value)d" in msgid:  # Django's plural max-length message
            singular = msgid.replace("characters", "character")
            return ngettext(singular, msgid, 500) % {"limit_value": 500, "show_value": 501}
        return gettext(msgid) % {"value": "XX"} if "%(value)s" in msgid else gettext(msgid)


def errors_for(html, field_id):
    """The text of the error paragraph tied to a field (Django's aria-describedby id)."""
    match = re.search(rf'<p class="form-field__error" id="{re.escape(field_id)}_error">(.*?)</p>', html, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)) if match else ""


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize(("overrides", "field", "msgid"), VALIDATION_CASES)
def test_each_validation_error_is_shown_next_to_its_field_in_the_visitors_language(
    client, call, language, overrides, field, msgid
):
    response = client.post(call[language].url, valid_data(language, **overrides))

    assert response.status_code == 200
    html = response.content.decode()
    message = expected_message(msgid, language)
    if language != "en":
        assert message != expected_message(msgid, "en"), f"{msgid!r} has no {language} translation"
    assert message in errors_for(html, f"id_{field}")
    assert HubProposal.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "overrides", "field", "message"),
    [
        ("es", {"sdgs": None}, "sdgs", "Elija al menos un Objetivo de Desarrollo Sostenible."),
        ("fr", {"sdgs": None}, "sdgs", "Choisissez au moins un objectif de développement durable."),
        (
            "es",
            {"contact_email": "x"},
            "contact_email",
            "Escriba una dirección de correo electrónico como nombre@example.org.",
        ),
        (
            "fr",
            {"consent_to_contact": None},
            "consent_to_contact",
            "Cochez cette case pour que nous puissions vous contacter au sujet de la proposition.",
        ),
        (
            "es",
            {"end_date": "2027-06-15"},
            "end_date",
            "Un HUB dura al menos un año: elija una fecha de finalización posterior.",
        ),
        (
            "fr",
            {"end_date": "2030-02-01"},
            "end_date",
            "Un HUB dure au plus trois ans : choisissez une date de fin plus proche.",
        ),
    ],
)
def test_our_messages_read_as_written(client, call, language, overrides, field, message):
    html = client.post(call[language].url, valid_data(language, **overrides)).content.decode()
    assert message in errors_for(html, f"id_{field}")


def test_the_error_summary_links_each_error_to_its_field(client, call):
    response = client.post(call["fr"].url, valid_data("fr", lead_government="", sdgs=None))
    html = response.content.decode()

    summary = html[html.index('id="error-summary"') : html.index("</ul>", html.index('id="error-summary"'))]
    assert 'role="alert"' in html
    assert 'href="#id_lead_government"' in summary
    assert 'href="#id_sdgs_0"' in summary  # the first checkbox of the group
    assert "<title>Erreur\u00a0: Proposer un HUB" in html
    # The input points at its error message, and is marked invalid.
    assert re.search(
        r'<input[^>]*aria-describedby="[^"]*id_lead_government_error"[^>]*id="id_lead_government"', html
    ) or (re.search(r'<input[^>]*id="id_lead_government"[^>]*aria-describedby="[^"]*id_lead_government_error"', html))
    assert 'aria-invalid="true"' in html
    # Checkbox groups describe their fieldset with the error.
    assert re.search(r'<fieldset[^>]*aria-describedby="[^"]*id_sdgs_error"', html)


def test_the_visitor_loses_nothing_typed(client, call):
    data = valid_data("es", contact_email="wrong", summary="Comités de barrio & <agua>")
    response = client.post(call["es"].url, data)
    html = response.content.decode()

    assert 'value="Exampleville City Council"' in html
    assert "Comités de barrio &amp; &lt;agua&gt;</textarea>" in html  # kept, and escaped
    assert 'value="Neighbourhood water committees"' in html  # the first result row
    for goal_id in data["sdgs"]:
        assert re.search(rf'<input type="checkbox" name="sdgs" value="{goal_id}"[^>]*checked', html)
    assert 'value="2027-01-15"' in html


def test_expected_results_need_one_row_and_follow_the_hub_block_rules(client, call):
    empty = valid_data("en", results=[])
    response = client.post(call["en"].url, empty)
    assert "Describe at least one expected result." in response.content.decode()

    same_target = valid_data("fr", results=[{**FIRST_RESULT, "baseline": "30", "target": "30"}])
    response = client.post(call["fr"].url, same_target)
    html = response.content.decode()
    assert "La cible doit être différente de la valeur de référence." in errors_for(html, "id_results-0-target")

    missing_indicator = valid_data("es", results=[{**FIRST_RESULT, "indicator": ""}])
    response = client.post(call["es"].url, missing_indicator)
    assert "Este campo es necesario." in errors_for(response.content.decode(), "id_results-0-indicator")
    assert HubProposal.objects.count() == 0


def test_every_text_field_has_a_maximum_length(client, call):
    html = client.get(call["en"].url).content.decode()
    for name in (
        "lead_government",
        "contact_name",
        "contact_email",
        "title",
        "summary",
        "local_global_link",
        "acceleration",
        "synchronisation",
        "partners",
        "results-0-title",
        "results-0-indicator",
        "results-0-unit",
        "reference_code",
    ):
        assert re.search(rf'name="{name}"[^>]*maxlength="\d+"|maxlength="\d+"[^>]*name="{name}"', html), name


def test_a_valid_submission_is_stored_with_its_language_and_history(client, call, water_theme):
    response = client.post(call["es"].url, valid_data("es"))

    assert response.status_code == 302
    assert response["Location"] == f"{call['es'].url}?sent=1"
    proposal = HubProposal.objects.get()
    assert proposal.locale.language_code == "es"
    assert proposal.call_page == call["es"]
    assert proposal.status == ProposalStatus.RECEIVED
    assert proposal.title == "Water for every neighbourhood"
    assert proposal.country.code == "PT"
    assert proposal.start_date == datetime.date(2027, 1, 15)
    assert sorted(goal.number for goal in proposal.sdgs.all()) == [6, 11]
    assert {goal.locale.language_code for goal in proposal.sdgs.all()} == {"es"}
    assert list(proposal.themes.all()) == [water_theme["es"]]
    assert proposal.expected_results == [
        {
            "title": "Neighbourhood water committees",
            "indicator": "Committees meeting monthly",
            "baseline": "2",
            "target": "30",
            "unit": "committees",
        }
    ]
    assert proposal.consent_to_contact is True
    history = list(proposal.status_changes.values_list("from_status", "to_status", "changed_by"))
    assert history == [("", "received", None)]

    thanks = client.get(response["Location"]).content.decode()
    assert "Gracias: su propuesta se ha enviado" in thanks
    assert 'name="title"' not in thanks


def test_line_breaks_in_single_line_answers_are_collapsed(client, call):
    client.post(call["en"].url, valid_data("en", title="Water\r\nfor all   neighbourhoods"))
    assert HubProposal.objects.get().title == "Water for all neighbourhoods"


def test_localized_numbers_are_understood(client, call):
    data = valid_data("fr", results=[{**FIRST_RESULT, "baseline": "2,5", "target": "30,75"}])
    client.post(call["fr"].url, data)
    result = HubProposal.objects.get().expected_results[0]
    assert (result["baseline"], result["target"]) == ("2.5", "30.75")


def test_the_form_is_in_the_visitors_language(client, call):
    html = client.get(call["fr"].url).content.decode()
    assert "Pas de pauvreté" in html  # SDG 1 in French
    assert "No Poverty" not in html
    assert "Proposer un HUB" in html
    assert '<option value="ES">Espagne</option>' in html


def test_the_form_posts_with_a_csrf_token(client, call):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(call["en"].url, valid_data("en"))
    assert response.status_code == 403
    assert HubProposal.objects.count() == 0
    assert 'name="csrfmiddlewaretoken"' in client.get(call["en"].url).content.decode()


def test_submitted_text_is_never_rendered_as_html(client, call):
    client.post(call["en"].url, valid_data("en", contact_email="bad", title="<script>alert(1)</script>"))
    response = client.post(call["en"].url, valid_data("en", contact_email="bad", title="<b>x</b>"))
    html = response.content.decode()
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_the_kept_empty_form_carries_each_visitors_own_token(call):
    """The empty form comes from the shared cache after the first visit;
    its CSRF token is rendered for each visitor, so a visitor's post is
    accepted and the answers come back in a form rendered for them."""
    from bs4 import BeautifulSoup
    from django.test import Client

    Client().get(call["en"].url)  # another visitor: the empty form is kept
    visitor = Client(enforce_csrf_checks=True)
    soup = BeautifulSoup(visitor.get(call["en"].url).content, "html.parser")
    token = soup.select_one("form.proposal-form input[name=csrfmiddlewaretoken]")["value"]
    response = visitor.post(call["en"].url, valid_data("en", contact_email="wrong", csrfmiddlewaretoken=token))
    assert response.status_code == 200
    html = response.content.decode()
    assert errors_for(html, "id_contact_email")
    assert 'value="Exampleville City Council"' in html
