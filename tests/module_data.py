"""Pages built once for a test module rather than for each test."""

import contextlib

from django.db import transaction


@contextlib.contextmanager
def rolled_back_after_the_module(django_db_blocker):
    """For a module-scoped fixture that builds pages its module's tests share:
    what it builds is rolled back after the module, and each test runs in a
    nested savepoint, so a test's own changes do not reach the next one."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
