"""Every HubPage rule, one test each, asserting the message editors see:
through the admin's add/edit views (wagtail.test.utils.form_data) where the
rule lives in the form or on a field, and through clean() for the rest."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub_pages.blocks import ExpectedResultBlock
from hub_pages.models import HubPage
from tests.hub_pages.factories import HUB_DEFAULTS, build_hub, reports_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def hub_form_data(**overrides):
    data = {
        "title": "Water for all",
        "slug": "water-for-all",
        "summary": "A HUB on water.",
        "hero_image_alt": "",
        "body": streamfield([]),
        "lead_government": "Town of Example",
        "lead_government_kind": "city",
        "country": "ES",
        "region": "europe",
        "latitude": "43.2",
        "longitude": "-2.9",
        "status": "active",
        "start_date": "2024-01-01",
        "end_date": "2025-06-30",
        "local_global_link": rich_text("<p>Local and global.</p>"),
        "acceleration": rich_text(""),
        "synchronisation": rich_text(""),
        "expected_results": streamfield([]),
        "roadmap": streamfield([]),
        "contact_name": "",
        "contact_email": "",
        "contact_url": "",
        "comments": inline_formset([]),
    }
    # Multiple-choice values are posted as repeated keys, not nested ones.
    multiple = {
        name: overrides.pop(name) for name in ("sdgs", "themes", "partners", "connected_hubs") if name in overrides
    }
    data.update(overrides)
    return {**nested_form_data(data), **multiple}


def add_hub(editor, index, **overrides):
    url = reverse("wagtailadmin_pages:add", args=("hub_pages", "hubpage", index.pk))
    return editor.post(url, hub_form_data(**overrides))


def field_errors(response, name):
    return [str(message) for message in response.context["form"].errors.get(name, [])]


def test_a_valid_hub_is_created_through_the_admin(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"])
    assert response.status_code == 302
    hub = HubPage.objects.get(slug="water-for-all")
    assert (hub.start_date, hub.end_date, hub.latitude) == (
        datetime.date(2024, 1, 1),
        datetime.date(2025, 6, 30),
        Decimal("43.2"),
    )


def test_end_date_before_start_date_is_refused(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], start_date="2024-05-01", end_date="2024-04-01")
    assert field_errors(response, "end_date") == ["The end date must be after the start date."]


def test_end_date_equal_to_start_date_is_refused(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], start_date="2024-05-01", end_date="2024-05-01")
    assert field_errors(response, "end_date") == ["The end date must be after the start date."]


def test_a_hub_shorter_than_one_year_is_refused(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], start_date="2024-05-01", end_date="2025-04-30")
    assert field_errors(response, "end_date") == ["A HUB lasts at least one year: choose a later end date."]


def test_a_hub_longer_than_three_years_is_refused(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], start_date="2024-05-01", end_date="2027-05-02")
    assert field_errors(response, "end_date") == ["A HUB lasts at most three years: choose an earlier end date."]


def test_exactly_one_and_three_years_are_accepted():
    for end in (datetime.date(2025, 2, 28), datetime.date(2027, 2, 28)):
        hub = HubPage(title="T", slug="t", summary="S", lead_government="G", **{**HUB_DEFAULTS, "end_date": end})
        hub.start_date = datetime.date(2024, 2, 29)  # a leap day: one year later is 28 February
        hub.clean()


def test_an_end_date_without_start_date_is_refused(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], start_date="")
    assert field_errors(response, "start_date") == ["Give a start date as well as the end date."]


@pytest.mark.parametrize("value", ["90.5", "-91"])
def test_latitude_out_of_range_is_refused(editor, hub_indexes, value):
    response = add_hub(editor, hub_indexes["en"], latitude=value)
    assert field_errors(response, "latitude") == ["Latitude must be between -90 and 90 degrees."]


@pytest.mark.parametrize("value", ["180.01", "-200"])
def test_longitude_out_of_range_is_refused(editor, hub_indexes, value):
    response = add_hub(editor, hub_indexes["en"], longitude=value)
    assert field_errors(response, "longitude") == ["Longitude must be between -180 and 180 degrees."]


def test_an_image_without_alternative_text_is_refused():
    from tests.hub_pages.test_hub_page import make_image

    hub = HubPage(title="T", slug="t", summary="S", lead_government="G", hero_image=make_image(), **HUB_DEFAULTS)
    with pytest.raises(ValidationError) as caught:
        hub.clean()
    assert caught.value.message_dict == {"hero_image_alt": ["Describe the hero image for people who cannot see it."]}


def test_a_hub_connected_to_itself_is_refused(editor, hub_indexes):
    hub = build_hub(hub_indexes, "bilbao", languages=("en",))["en"]
    other = build_hub(hub_indexes, "xian", languages=("en",))["en"]
    url = reverse("wagtailadmin_pages:edit", args=(hub.pk,))
    data = hub_form_data(title=hub.title, slug=hub.slug, connected_hubs=[str(hub.pk), str(other.pk)])
    response = editor.post(url, data)
    assert field_errors(response, "connected_hubs") == ["A HUB cannot be connected to itself."]
    # The checkboxes never offer the page itself.
    html = editor.get(url).content.decode()
    assert f'name="connected_hubs" value="{other.pk}"' in html
    assert f'name="connected_hubs" value="{hub.pk}"' not in html


RESULT = {
    "title": "Trained facilitators",
    "indicator": "People trained",
    "baseline": "0",
    "target": "40",
    "unit": "",
    "reports": reports_form({"value": {"date": "2024-05-01", "value": "12", "note": "", "reported_by": ""}}),
}


def test_reports_without_unit_are_refused_in_the_admin(editor, hub_indexes):
    response = add_hub(editor, hub_indexes["en"], expected_results=streamfield([("result", RESULT)]))
    assert response.status_code == 200
    error = response.context["form"].errors["expected_results"].as_data()[0]
    block_error = error.block_errors[0]
    assert [str(message) for message in block_error.block_errors["unit"].messages] == [
        "Give the unit of the reported values, e.g. “people” or “%”."
    ]
    assert not HubPage.objects.filter(slug="water-for-all").exists()


def clean_result(**changes):
    block = ExpectedResultBlock()
    value = block.to_python(
        {
            **RESULT,
            "unit": "people",
            "baseline": Decimal("0"),
            "target": Decimal("40"),
            "reports": [{"date": "2024-05-01", "value": "12", "note": "", "reported_by": ""}],
            **changes,
        }
    )
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    return caught.value.block_errors


def messages(errors):
    return {name: [str(m) for m in error.messages] for name, error in errors.items()}


def test_reports_without_unit_are_refused_by_the_block():
    assert messages(clean_result(unit="  ")) == {
        "unit": ["Give the unit of the reported values, e.g. “people” or “%”."]
    }


def test_a_report_without_its_date_or_value_is_refused():
    errors = clean_result(reports=[{"date": None, "value": None, "note": "", "reported_by": ""}])
    report_errors = errors["reports"].block_errors[0].block_errors
    assert set(report_errors) == {"date", "value"}


def test_a_report_dated_in_the_future_is_refused():
    tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    errors = clean_result(reports=[{"date": tomorrow, "value": "3", "note": "", "reported_by": ""}])
    assert messages(errors["reports"].block_errors[0].block_errors) == {
        "date": ["A report cannot be dated in the future."]
    }


def test_a_target_equal_to_the_baseline_is_refused():
    assert messages(clean_result(baseline=Decimal("40"))) == {"target": ["The target must differ from the baseline."]}


def test_a_result_without_reports_needs_no_unit():
    block = ExpectedResultBlock()
    # As a proposal's result is written: no reports at all.
    value = block.to_python({name: value for name, value in RESULT.items() if name != "reports"})
    assert list(value["reports"]) == []
    assert block.clean(value)["target"] == Decimal("40")
