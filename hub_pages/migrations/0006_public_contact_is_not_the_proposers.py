"""The HUB page's contact is public: accepting a proposal no longer copies
the proposer's contact person and e-mail into it. Pages made by earlier
accepts (and their translations and revisions) lose those copies; the
proposer's details stay in the proposal, and a contact an editor has since
changed is kept."""

from django.db import migrations, models

CONTACT_FIELDS = ("contact_name", "contact_email")


def _is_proposers(value, proposers):
    return bool(value) and value.strip().casefold() == proposers.strip().casefold()


def clear_proposer_contacts(apps, schema_editor):
    HubProposal = apps.get_model("hub_pages", "HubProposal")
    HubPage = apps.get_model("hub_pages", "HubPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    hub_type = ContentType.objects.filter(app_label="hub_pages", model="hubpage").first()
    for proposal in HubProposal.objects.exclude(hub_page=None).select_related("hub_page"):
        proposers = {"contact_name": proposal.contact_name, "contact_email": proposal.contact_email}
        for page in HubPage.objects.filter(translation_key=proposal.hub_page.translation_key):
            cleared = [name for name in CONTACT_FIELDS if _is_proposers(getattr(page, name), proposers[name])]
            for name in cleared:
                setattr(page, name, "")
            if cleared:
                page.save(update_fields=cleared)
            for revision in Revision.objects.filter(content_type=hub_type, object_id=str(page.pk)):
                content = revision.content
                cleared = [name for name in CONTACT_FIELDS if _is_proposers(content.get(name) or "", proposers[name])]
                for name in cleared:
                    content[name] = ""
                if cleared:
                    revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('hub_pages', '0005_streamfields_without_block_definitions'),
        ('wagtailcore', '0098_apitoken'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AlterField(
            model_name='hubpage',
            name='contact_email',
            field=models.EmailField(blank=True, help_text="An organisation's shared address, e.g. hub@city.example; never a person's own e-mail.", max_length=254, verbose_name='public contact e-mail'),
        ),
        migrations.AlterField(
            model_name='hubpage',
            name='contact_name',
            field=models.CharField(blank=True, help_text='A team or office, e.g. “HUB coordination team, City of Example”.', max_length=200, verbose_name='public contact'),
        ),
        migrations.RunPython(clear_proposer_contacts, migrations.RunPython.noop),
    ]
