"""A StreamField whose block definitions stay out of migrations.

The database column is JSON whatever the blocks are, so a change to the block
library changes nothing in the database. Wagtail's own StreamField still writes
every block definition into each migration (tens of kilobytes per app for every
new help text or limit). This one writes only the field's options, so a block
change needs no migration at all.

The trade-off: in a migration, the historical model's field knows no blocks,
and StreamBlock.to_python drops unknown block types. A data migration that
reads or rewrites stream content must therefore work on the raw JSON
(`Model.objects.values_list("body", flat=True)` gives it parsed), never
through the historical model's StreamValue (see docs/decisions.md)."""

from django.db import models
from wagtail import fields as wagtail_fields


class StreamField(wagtail_fields.StreamField):
    def __init__(self, block_types=(), **kwargs):
        # Migrations construct the field without its blocks (see deconstruct).
        super().__init__(block_types or [], **kwargs)

    def deconstruct(self):
        name, path, _args, kwargs = models.Field.deconstruct(self)
        return name, path, [], kwargs
