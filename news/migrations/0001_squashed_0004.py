"""news 0001–0004 in one migration, written with the StreamFields of 0005
(site_core.fields.StreamField, no block definitions): the replaced files held
every block definition of their day. 0005 only changes the field class, not
the database column (JSON either way), so a database that applied 0001–0004
one by one and then 0005 ends in the same state as a new one."""

import django.core.validators
import django.db.models.deletion
import modelcluster.contrib.taggit
import modelcluster.fields
import news.timezones
import site_core.fields
import site_core.url_safety
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('news', '0001_initial'), ('news', '0002_homepage_featured_news_event'), ('news', '0003_link_safety_and_block_library'), ('news', '0004_hero_image_mixin')]

    initial = True

    dependencies = [
        ('hub_pages', '0001_squashed_0004'),
        ('site_core', '0003_alter_homepage_body_alter_standardpage_body'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.CreateModel(
            name='NewsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown under the title and in listings.', max_length=500, verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 3), ('paragraph', 4), ('image', 11), ('quote', 15), ('call_to_action', 23), ('key_figures', 30), ('sdg_badges', 33), ('video', 37), ('document', 40), ('accordion', 46), ('timeline', 53), ('partner_logos', 56), ('section', 59)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 120 characters.', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading (level 2)'), ('h3', 'Sub-heading (level 3)'), ('h4', 'Minor heading (level 4)')], 'help_text': 'The first heading is level 2; a heading goes at most one level below the one before it.'}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Optional: lets other pages link straight to this heading. Unique on the page.', 'max_length': 60, 'required': False, 'validators': [django.core.validators.RegexValidator('^[a-z][a-z0-9-]*$', 'Use lower-case letters, digits and hyphens, starting with a letter.')]}), 3: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1), ('anchor', 2)]], {}), 4: ('site_core.blocks.text.ParagraphBlock', (), {}), 5: ('wagtail.images.blocks.ImageChooserBlock', (), {}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the image shows for people who cannot see it.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds no information (it is then hidden from screen readers).', 'required': False}), 8: ('wagtail.blocks.CharBlock', (), {'max_length': 250, 'required': False}), 9: ('wagtail.blocks.CharBlock', (), {'max_length': 120, 'required': False}), 10: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('original', 'Original proportions'), ('wide', 'Wide (16:9, cropped around the focal point)')], 'help_text': 'Wide images are cropped around the focal point set on the image.'}), 11: ('wagtail.blocks.StructBlock', [[('image', 5), ('alt_text', 6), ('decorative', 7), ('caption', 8), ('credit', 9), ('format', 10)]], {}), 12: ('wagtail.blocks.TextBlock', (), {'help_text': 'At most 600 characters.', 'max_length': 600}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who said it.', 'max_length': 120}), 14: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example: Mayor of Durban.', 'label': 'Role and city', 'max_length': 120, 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('text', 12), ('attribution', 13), ('role', 14)]], {}), 16: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 80 characters.', 'max_length': 80}), 17: ('wagtail.blocks.TextBlock', (), {'help_text': 'Optional: one or two sentences, at most 300 characters.', 'max_length': 300, 'required': False}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': 'The words on the button, saying where it leads: at most 40 characters.', 'max_length': 40}), 19: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'A page of this site…', 'required': False}), 20: ('wagtail.blocks.CharBlock', (), {'help_text': '…or a web address (https://…) or an e-mail address (mailto:…). Not both.', 'label': 'Web address', 'max_length': 500, 'required': False}), 21: ('wagtail.blocks.StructBlock', [[('label', 18), ('page', 19), ('url', 20)]], {}), 22: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('brand', 'UCLG red'), ('green', 'Deep green'), ('dark', 'Dark grey'), ('white', 'White')], 'help_text': 'Brand styles only; each one passes the contrast rules.'}), 23: ('wagtail.blocks.StructBlock', [[('heading', 16), ('text', 17), ('link', 21), ('style', 22)]], {}), 24: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'max_digits': 12, 'min_value': 0}), 25: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 60 characters.', 'max_length': 60}), 26: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 5 characters.', 'max_length': 5, 'required': False}), 27: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example % or +. At most 5 characters.', 'max_length': 5, 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('number', 24), ('label', 25), ('prefix', 26), ('suffix', 27)]], {}), 29: ('wagtail.blocks.ListBlock', (28,), {'label': 'Figures (2 to 4)', 'max_num': 4, 'min_num': 2}), 30: ('wagtail.blocks.StructBlock', [[('figures', 29)]], {}), 31: ('wagtail.snippets.blocks.SnippetChooserBlock', ('site_core.SDG',), {}), 32: ('wagtail.blocks.ListBlock', (31,), {'help_text': "Shown with their numbers and names in the page's language, whatever language you pick them in.", 'label': 'Goals', 'max_num': 17, 'min_num': 1}), 33: ('wagtail.blocks.StructBlock', [[('goals', 32)]], {}), 34: ('wagtail.blocks.CharBlock', (), {'help_text': 'The address of a YouTube or Vimeo video.', 'label': 'Video address', 'max_length': 300}), 35: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the video is about: shown on the play button. At most 120 characters.', 'max_length': 120}), 36: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'An image from the media library: nothing loads from the video host until a visitor clicks.'}), 37: ('wagtail.blocks.StructBlock', [[('url', 34), ('title', 35), ('thumbnail', 36), ('caption', 8)]], {}), 38: ('wagtail.documents.blocks.DocumentChooserBlock', (), {}), 39: ('wagtail.blocks.CharBlock', (), {'help_text': "Optional: the link text; the document's title when empty. At most 120 characters.", 'max_length': 120, 'required': False}), 40: ('wagtail.blocks.StructBlock', [[('document', 38), ('label', 39)]], {}), 41: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 200 characters.', 'max_length': 200}), 42: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul']}), 43: ('wagtail.blocks.StructBlock', [[('question', 41), ('answer', 42)]], {}), 44: ('wagtail.blocks.ListBlock', (43,), {'label': 'Questions', 'min_num': 1}), 45: ('wagtail.blocks.BooleanBlock', (), {'default': True, 'help_text': 'Tick when these are questions and answers: search engines then show them as an FAQ.', 'label': 'Frequently asked questions', 'required': False}), 46: ('wagtail.blocks.StructBlock', [[('items', 44), ('faq', 45)]], {}), 47: ('wagtail.blocks.DateBlock', (), {}), 48: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('day', 'Day'), ('month', 'Month'), ('year', 'Year')], 'help_text': 'Show the full date, only the month and year, or only the year.', 'label': 'Show'}), 49: ('wagtail.blocks.CharBlock', (), {'help_text': 'At most 100 characters.', 'max_length': 100}), 50: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'required': False}), 51: ('wagtail.blocks.StructBlock', [[('date', 47), ('precision', 48), ('title', 49), ('text', 50)]], {}), 52: ('wagtail.blocks.ListBlock', (51,), {'label': 'Milestones', 'min_num': 2}), 53: ('wagtail.blocks.StructBlock', [[('milestones', 52)]], {}), 54: ('wagtail.snippets.blocks.SnippetChooserBlock', ('site_core.PartnerOrganisation',), {}), 55: ('wagtail.blocks.ListBlock', (54,), {'help_text': 'Partners without a logo are shown by name.', 'label': 'Partners', 'min_num': 1}), 56: ('wagtail.blocks.StructBlock', [[('partners', 55)]], {}), 57: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('white', 'White'), ('light', 'Light grey'), ('brand', 'UCLG red'), ('green', 'Deep green'), ('orange', 'Orange'), ('dark', 'Dark grey')], 'help_text': 'Brand backgrounds only; text and links take the matching readable colours.'}), 58: ('wagtail.blocks.StreamBlock', [[('heading', 3), ('paragraph', 4), ('image', 11), ('quote', 15), ('call_to_action', 23), ('key_figures', 30), ('sdg_badges', 33), ('video', 37), ('document', 40), ('accordion', 46), ('timeline', 53), ('partner_logos', 56)]], {}), 59: ('wagtail.blocks.StructBlock', [[('background', 57), ('content', 58)]], {})}, verbose_name='body')),
                ('date', models.DateField(help_text='The publication date shown to visitors.', verbose_name='date')),
                ('authors', models.CharField(blank=True, help_text='Names separated by commas, e.g. “UCLG Communications Team”.', max_length=255, verbose_name='authors')),
                ('hero_image_alt', models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it (translated with the page).', max_length=250, verbose_name='hero image alternative text')),
                ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='hero image')),
                ('related_hubs', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='related_news', to='hub_pages.hubpage', verbose_name='related HUBs')),
                ('sdgs', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='news_pages', to='site_core.sdg', verbose_name='SDGs')),
            ],
            options={
                'verbose_name': 'news page',
                'verbose_name_plural': 'news pages',
            },
            bases=('wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='NewsPageTag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('content_object', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_items', to='news.newspage')),
                ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s_items', to='taggit.tag')),
            ],
            options={
                'abstract': False,
            },
        ),
        migrations.AddField(
            model_name='newspage',
            name='tags',
            field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text="Words in this page's language; each translation keeps its own tags.", through='news.NewsPageTag', to='taggit.Tag', verbose_name='tags'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='hero_image_alt',
            field=models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it. Required with an image.', max_length=250, verbose_name='hero image alternative text'),
        ),
        migrations.CreateModel(
            name='EventIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown under the title and in listings.', max_length=500, verbose_name='introduction')),
                ('body', site_core.fields.StreamField(blank=True, verbose_name='body')),
            ],
            options={
                'verbose_name': 'event index page',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='EventPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown under the title and in listings.', max_length=500, verbose_name='introduction')),
                ('body', site_core.fields.StreamField(blank=True, verbose_name='body')),
                ('start', models.DateTimeField(verbose_name='starts')),
                ('end', models.DateTimeField(verbose_name='ends')),
                ('timezone', models.CharField(default='Europe/Madrid', help_text='Where the event takes place (or is hosted, if online). Start and end are read in this zone.', max_length=64, validators=[news.timezones.validate_timezone_name], verbose_name='time zone')),
                ('attendance', models.CharField(choices=[('in_person', 'In person'), ('online', 'Online'), ('hybrid', 'In person and online')], default='in_person', max_length=20, verbose_name='attendance')),
                ('venue', models.CharField(blank=True, max_length=200, verbose_name='venue')),
                ('address', models.TextField(blank=True, max_length=500, verbose_name='address')),
                ('online_url', models.URLField(blank=True, help_text='Where online participants join.', validators=[site_core.url_safety.validate_web_url], verbose_name='online link')),
                ('registration_url', models.URLField(blank=True, validators=[site_core.url_safety.validate_web_url], verbose_name='registration link')),
                ('organiser', models.CharField(blank=True, max_length=200, verbose_name='organiser')),
                ('related_hubs', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='related_events', to='hub_pages.hubpage', verbose_name='related HUBs')),
            ],
            options={
                'verbose_name': 'event page',
                'verbose_name_plural': 'event pages',
            },
            bases=('wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='NewsIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences shown under the title and in listings.', max_length=500, verbose_name='introduction')),
                ('body', site_core.fields.StreamField(blank=True, verbose_name='body')),
            ],
            options={
                'verbose_name': 'news index page',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='body',
            field=site_core.fields.StreamField(blank=True, verbose_name='body'),
        ),
    ]
