"""hub_pages 0001–0004 in one migration, written with the StreamFields of 0005
(site_core.fields.StreamField, no block definitions): the replaced files held
every block definition of their day. 0005 only changes the field class, not
the database column (JSON either way), so a database that applied 0001–0004
one by one and then 0005 ends in the same state as a new one."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import django_countries.fields
import modelcluster.fields
import site_core.fields
import site_core.url_safety
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('hub_pages', '0001_initial'), ('hub_pages', '0002_alter_hubindexpage_body_alter_hubpage_body'), ('hub_pages', '0003_proposals'), ('hub_pages', '0004_link_safety_and_block_library')]

    initial = True

    dependencies = [
        ('site_core', '0002_locales_and_sdgs'),
        ('site_core', '0004_homefeaturedhub'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HubPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('summary', models.TextField(help_text='Two or three sentences, shown in the HUB directory and in search.', max_length=500, verbose_name='summary')),
                ('hero_image_alt', models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it. Required with an image.', max_length=250, verbose_name='hero image alternative text')),
                ('body', site_core.fields.StreamField(blank=True, verbose_name='body')),
                ('lead_government', models.CharField(help_text='The city, region or association that leads the HUB.', max_length=200, verbose_name='lead government')),
                ('lead_government_kind', models.CharField(choices=[('city', 'City or local government'), ('region', 'Region or province'), ('association', 'Association of local or regional governments')], default='city', max_length=20, verbose_name='kind of lead government')),
                ('country', django_countries.fields.CountryField(help_text="The lead government's country (ISO 3166).", max_length=2, verbose_name='country')),
                ('region', models.CharField(choices=[('africa', 'Africa'), ('asia-pacific', 'Asia-Pacific'), ('eurasia', 'Eurasia'), ('europe', 'Europe'), ('latin-america', 'Latin America'), ('middle-east-west-asia', 'Middle East & West Asia'), ('north-america', 'North America')], help_text='The UCLG regional section.', max_length=30, verbose_name='UCLG world region')),
                ('latitude', models.DecimalField(blank=True, decimal_places=5, help_text='Decimal degrees, north positive, e.g. 43.26271 for Bilbao.', max_digits=8, null=True, validators=[django.core.validators.MinValueValidator(-90, 'Latitude must be between -90 and 90 degrees.'), django.core.validators.MaxValueValidator(90, 'Latitude must be between -90 and 90 degrees.')], verbose_name='latitude')),
                ('longitude', models.DecimalField(blank=True, decimal_places=5, help_text='Decimal degrees, east positive, e.g. -2.92528 for Bilbao.', max_digits=8, null=True, validators=[django.core.validators.MinValueValidator(-180, 'Longitude must be between -180 and 180 degrees.'), django.core.validators.MaxValueValidator(180, 'Longitude must be between -180 and 180 degrees.')], verbose_name='longitude')),
                ('status', models.CharField(choices=[('proposed', 'Proposed'), ('active', 'Active'), ('completed', 'Completed')], default='proposed', max_length=20, verbose_name='status')),
                ('start_date', models.DateField(blank=True, null=True, verbose_name='start date')),
                ('end_date', models.DateField(blank=True, help_text='A HUB delivers its results in one to three years.', null=True, verbose_name='end date')),
                ('local_global_link', wagtail.fields.RichTextField(blank=True, help_text='How the initiative connects global policies with local action.', validators=[site_core.url_safety.validate_rich_text_links], verbose_name='local–global link')),
                ('acceleration', wagtail.fields.RichTextField(blank=True, help_text='How it speeds up the localisation of the global agendas.', validators=[site_core.url_safety.validate_rich_text_links], verbose_name='acceleration')),
                ('synchronisation', wagtail.fields.RichTextField(blank=True, help_text='How it builds on, and connects with, other work in the network.', validators=[site_core.url_safety.validate_rich_text_links], verbose_name='synchronisation')),
                ('expected_results', site_core.fields.StreamField(blank=True, help_text='Results agreed in advance with the partners, with an indicator to follow progress.', verbose_name='expected results')),
                ('roadmap', site_core.fields.StreamField(blank=True, verbose_name='roadmap')),
                ('contact_name', models.CharField(blank=True, max_length=200, verbose_name='contact name')),
                ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact e-mail')),
                ('contact_url', models.URLField(blank=True, validators=[site_core.url_safety.validate_web_url], verbose_name='contact web page')),
                ('connected_hubs', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Other HUBs this one builds on or works with. Both HUB pages show the link.', related_name='connected_from', to='hub_pages.hubpage', verbose_name='connected HUBs')),
                ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='hero image')),
                ('partners', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='hub_pages', to='site_core.partnerorganisation', verbose_name='partners')),
                ('sdgs', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='hub_pages', to='site_core.sdg', verbose_name='SDGs')),
                ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='hub_pages', to='site_core.theme', verbose_name='themes')),
            ],
            options={
                'verbose_name': 'HUB page',
                'verbose_name_plural': 'HUB pages',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ProposalPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', site_core.fields.StreamField(blank=True, verbose_name='introduction')),
                ('opens_at', models.DateTimeField(help_text='From this moment the form is shown and proposals are accepted.', verbose_name='opens at')),
                ('closes_at', models.DateTimeField(help_text='From this moment the page says the call is closed. Set it in the past to close the call now.', verbose_name='closes at')),
            ],
            options={
                'verbose_name': 'call for proposals page',
                'verbose_name_plural': 'call for proposals pages',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='HubProposal',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('received', 'Received'), ('under_review', 'Under review'), ('accepted', 'Accepted'), ('declined', 'Declined')], default='received', max_length=20, verbose_name='status')),
                ('submitted_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='submitted at')),
                ('lead_government', models.CharField(help_text='The city, region or association that would lead the HUB.', max_length=200, verbose_name='proposing government')),
                ('lead_government_kind', models.CharField(choices=[('city', 'City or local government'), ('region', 'Region or province'), ('association', 'Association of local or regional governments')], default='city', max_length=20, verbose_name='kind of government')),
                ('country', django_countries.fields.CountryField(max_length=2, verbose_name='country')),
                ('region', models.CharField(choices=[('africa', 'Africa'), ('asia-pacific', 'Asia-Pacific'), ('eurasia', 'Eurasia'), ('europe', 'Europe'), ('latin-america', 'Latin America'), ('middle-east-west-asia', 'Middle East & West Asia'), ('north-america', 'North America')], max_length=30, verbose_name='UCLG world region')),
                ('contact_name', models.CharField(max_length=200, verbose_name='contact person')),
                ('contact_email', models.EmailField(max_length=254, verbose_name='contact e-mail')),
                ('title', models.CharField(help_text='It becomes the title of the HUB page.', max_length=200, verbose_name='name of the initiative')),
                ('summary', models.TextField(help_text='Two or three sentences: what the initiative does and for whom.', max_length=500, verbose_name='summary')),
                ('local_global_link', models.TextField(help_text='How the initiative connects global policies with local action.', max_length=1500, verbose_name='local–global link')),
                ('acceleration', models.TextField(help_text='How it speeds up the localisation of the global agendas.', max_length=1500, verbose_name='acceleration')),
                ('synchronisation', models.TextField(help_text='How it builds on, and connects with, other work in the network.', max_length=1500, verbose_name='synchronisation')),
                ('expected_results', models.JSONField(blank=True, default=list, verbose_name='expected results')),
                ('partners', models.TextField(blank=True, help_text='The organisations you will work with, one per line.', max_length=1000, verbose_name='partners')),
                ('start_date', models.DateField(verbose_name='start date')),
                ('end_date', models.DateField(help_text='A HUB delivers its results in one to three years.', verbose_name='end date')),
                ('consent_to_contact', models.BooleanField(default=False, verbose_name='consents to be contacted')),
                ('hub_page', models.ForeignKey(blank=True, help_text='The draft HUB page created when the proposal was accepted.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='proposals', to='hub_pages.hubpage', verbose_name='HUB page')),
                ('locale', models.ForeignKey(help_text='The language the proposal was written in.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='language')),
                ('sdgs', models.ManyToManyField(related_name='+', to='site_core.sdg', verbose_name='SDGs')),
                ('themes', models.ManyToManyField(blank=True, related_name='+', to='site_core.theme', verbose_name='themes')),
                ('call_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='proposals', to='hub_pages.proposalpage', verbose_name='call for proposals')),
            ],
            options={
                'verbose_name': 'HUB proposal',
                'verbose_name_plural': 'HUB proposals',
                'ordering': ['-submitted_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='HubProposalStatusChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('from_status', models.CharField(blank=True, choices=[('received', 'Received'), ('under_review', 'Under review'), ('accepted', 'Accepted'), ('declined', 'Declined')], max_length=20, verbose_name='from')),
                ('to_status', models.CharField(choices=[('received', 'Received'), ('under_review', 'Under review'), ('accepted', 'Accepted'), ('declined', 'Declined')], max_length=20, verbose_name='to')),
                ('changed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='changed at')),
                ('note', models.TextField(blank=True, max_length=2000, verbose_name='note')),
                ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='changed by')),
                ('proposal', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='hub_pages.hubproposal', verbose_name='proposal')),
            ],
            options={
                'verbose_name': 'proposal status change',
                'verbose_name_plural': 'proposal status changes',
                'ordering': ['changed_at', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='HubIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown under the title and in listings.', max_length=500, verbose_name='introduction')),
                ('body', site_core.fields.StreamField(blank=True, verbose_name='body')),
            ],
            options={
                'verbose_name': 'HUB directory',
                'verbose_name_plural': 'HUB directories',
            },
            bases=('wagtailcore.page', models.Model),
        ),
    ]
