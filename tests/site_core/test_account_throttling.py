"""Sign-in throttling (django-axes, database counts) and the password reset
limit, through the real Wagtail and Django admin forms."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from site_core.roles import COMMUNICATIONS_TEAM, ensure_roles

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_superuser=True, is_staff=True
    )


@pytest.fixture
def other_editor():
    return get_user_model().objects.create_user("other", "other@example.org", PASSWORD, is_superuser=True)


def sign_in(username, password, ip="203.0.113.1", language="en", url=LOGIN, **headers):
    client = Client(HTTP_ACCEPT_LANGUAGE=language, REMOTE_ADDR=ip, **headers)
    response = client.post(url, {"username": username, "password": password, "next": "/admin/"})
    return response, client


def signed_in(client):
    return "_auth_user_id" in client.session


def test_twenty_wrong_passwords_then_the_right_one_is_refused(editor):
    for _attempt in range(20):
        response, _client = sign_in("editor", "wrong")
    response, client = sign_in("editor", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "Please enter a correct username and password" not in response.content.decode()
    # The login page itself, with the message where Wagtail shows form errors.
    assert 'class="login-form"' in response.content.decode()


def test_the_lockout_starts_at_the_documented_limit(editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _attempt in range(4):
        response, _client = sign_in("editor", "wrong")
        assert response.status_code == 200
    response, _client = sign_in("editor", "wrong")
    assert response.status_code == 429


def test_one_username_is_locked_whatever_the_address(editor):
    for number in range(5):
        sign_in("editor", "wrong", ip=f"198.51.100.{number}")
    response, client = sign_in("editor", PASSWORD, ip="192.0.2.200")
    assert response.status_code == 429
    assert not signed_in(client)


def test_one_address_is_locked_across_usernames(editor, other_editor):
    for number in range(5):
        sign_in(f"guess-{number}", "wrong", ip="203.0.113.9")
    response, client = sign_in("other", PASSWORD, ip="203.0.113.9")
    assert response.status_code == 429
    assert not signed_in(client)
    # The same account from another address is not affected.
    response, client = sign_in("other", PASSWORD, ip="203.0.113.10")
    assert response.status_code == 302
    assert signed_in(client)


def test_the_address_behind_the_trusted_proxy_is_the_one_counted(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(5):
        # The proxy is always 10.0.0.1; the client (and what it forges) changes.
        sign_in(f"guess-{number}", "wrong", ip="10.0.0.1", HTTP_X_FORWARDED_FOR=f"1.2.3.{number}, 203.0.113.7")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
    response, _client = sign_in("editor", PASSWORD, ip="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert response.status_code == 429
    response, _client = sign_in("editor", PASSWORD, ip="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert response.status_code == 302


@pytest.mark.parametrize(
    "language, message",
    [
        ("es", "Demasiados intentos fallidos de inicio de sesión"),
        ("fr", "Trop de tentatives de connexion échouées"),
    ],
)
def test_the_lockout_message_is_in_the_visitors_language(editor, language, message):
    for _attempt in range(5):
        response, _client = sign_in("editor", "wrong", language=language)
    assert response.status_code == 429
    assert message in response.content.decode()
    assert "15" in response.content.decode()


def test_the_django_admin_sign_in_is_throttled_too(editor):
    for _attempt in range(5):
        response, _client = sign_in("editor", "wrong", language="fr", url="/django-admin/login/")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    response, client = sign_in("editor", PASSWORD, url="/django-admin/login/")
    assert response.status_code == 429
    assert not signed_in(client)


@pytest.mark.parametrize("command, argument", [("axes_reset_username", "editor"), ("axes_reset", None)])
def test_a_command_unlocks(editor, command, argument):
    for _attempt in range(5):
        sign_in("editor", "wrong")
    assert sign_in("editor", PASSWORD)[0].status_code == 429
    call_command(command, *([argument] if argument else []), stdout=None)
    response, client = sign_in("editor", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_a_superuser_unlocks_from_the_wagtail_admin(other_editor):
    for _attempt in range(5):
        sign_in("other", "wrong")
    # Made in Wagtail's user admin: a superuser without Django's is_staff.
    superuser = get_user_model().objects.create_user("chief", "chief@example.org", "x", is_superuser=True)
    admin = Client(HTTP_ACCEPT_LANGUAGE="fr")
    admin.force_login(superuser)
    listing = admin.get(reverse("failed_sign_ins:index")).content.decode()
    assert "Connexions échouées" in listing and "203.0.113.1" in listing
    assert reverse("failed_sign_ins:index") in admin.get(reverse("wagtailadmin_home")).content.decode()  # menu
    attempt = AccessAttempt.objects.get(username="other")
    assert admin.post(reverse("failed_sign_ins:delete", args=[attempt.pk])).status_code == 302
    assert sign_in("other", PASSWORD)[0].status_code == 302
    assert ModelLogEntry.objects.filter(action="wagtail.delete", user=superuser, object_id=str(attempt.pk)).exists()


def test_only_superusers_see_the_failed_sign_ins(editor):
    sign_in("editor", "wrong")
    team_member = get_user_model().objects.create_user("comms-member", "c@example.org", "x")
    ensure_roles()
    team_member.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    client = Client()
    client.force_login(team_member)
    assert client.get(reverse("failed_sign_ins:index")).status_code == 302  # refused: back to the dashboard
    assert reverse("failed_sign_ins:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
    attempt = AccessAttempt.objects.get()
    client.post(reverse("failed_sign_ins:delete", args=[attempt.pk]))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_failed_sign_ins_cannot_be_added_or_edited_in_the_admin(editor):
    sign_in("editor", "wrong")
    client = Client()
    client.force_login(editor)
    attempt = AccessAttempt.objects.get()
    assert client.get(reverse("failed_sign_ins:add")).status_code == 302
    assert client.get(reverse("failed_sign_ins:edit", args=[attempt.pk])).status_code == 302


def test_the_django_admin_unlocks_too(editor, other_editor):
    for _attempt in range(5):
        sign_in("other", "wrong")
    admin = Client()
    admin.force_login(editor)
    attempt = AccessAttempt.objects.get(username="other")
    url = f"/django-admin/axes/accessattempt/{attempt.pk}/delete/"
    assert admin.post(url, {"post": "yes"}).status_code == 302
    assert sign_in("other", PASSWORD)[0].status_code == 302


def reset(address, ip="203.0.113.1", language="en"):
    return Client(HTTP_ACCEPT_LANGUAGE=language, REMOTE_ADDR=ip).post(RESET, {"email": address})


def test_password_reset_requests_are_limited_per_address(editor, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    assert reset("editor@example.org", ip="198.51.100.1").status_code == 302
    assert reset("Editor@Example.org", ip="198.51.100.2").status_code == 302
    response = reset("editor@example.org", ip="198.51.100.3")
    assert response.status_code == 429
    assert "Too many password reset requests" in response.content.decode()
    assert len(mail.outbox) == 2


def test_password_reset_requests_are_limited_per_address_of_the_client(editor, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    assert reset("a@example.org").status_code == 302
    assert reset("b@example.org").status_code == 302
    response = reset("editor@example.org", language="es")
    assert response.status_code == 429
    assert "Demasiadas solicitudes de restablecimiento de contraseña" in response.content.decode()
    assert not mail.outbox


def test_the_reset_limit_does_not_tell_whether_an_account_exists(editor, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 1
    answers = []
    for address in ("editor@example.org", "nobody@example.org"):
        reset(address, ip="198.51.100.1")
        response = reset(address, ip="198.51.100.2", language="fr")
        answers.append((response.status_code, response.content.decode().count("Trop de demandes")))
    assert answers[0] == answers[1] == (429, 1)
