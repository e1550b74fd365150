"""Every document keeps its size from the moment it is saved.

Wagtail's upload form stores it, but a document made in code (the demo, the
seed, an import) has none, and `get_file_size()` would then save the
document while a page renders: a save that renews the page cache's
generation on the first visit. Pages read the stored `file_size` only."""

from django.db.models.signals import pre_save
from wagtail.documents import get_document_model


def store_file_size(sender, instance, **kwargs):
    if instance.file_size is None and instance.file:
        try:
            instance.file_size = instance.file.size
        except OSError:  # a missing file: no size shown, as Wagtail does
            pass


def connect():
    pre_save.connect(store_file_size, sender=get_document_model(), dispatch_uid="site_core.document_sizes")
