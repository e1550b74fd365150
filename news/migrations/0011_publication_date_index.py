from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0010_event_and_news_date_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="publicationpage",
            index=models.Index(fields=["date"], name="news_publicationpage_date"),
        ),
    ]
