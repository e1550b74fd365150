"""Documents saved before sizes were stored on save (site_core/document_sizes.py)
get theirs now: pages read the stored size only, so without it they would
show a document without its size."""

from django.db import migrations


def store_missing_file_sizes(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    for document in Document.objects.filter(file_size__isnull=True).exclude(file=""):
        try:
            size = document.file.size
        except OSError:  # a missing file: no size shown, as Wagtail does
            continue
        Document.objects.filter(pk=document.pk).update(file_size=size)


class Migration(migrations.Migration):
    dependencies = [
        ("site_core", "0013_page_url_path_index"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(store_missing_file_sizes, migrations.RunPython.noop)]
