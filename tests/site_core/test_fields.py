"""The site's StreamField keeps block definitions out of migrations."""

from wagtail import blocks

from hub_pages.models import HubPage
from site_core.blocks import BodyBlock
from site_core.fields import StreamField
from site_core.models import StandardPage


def test_deconstruct_carries_options_but_no_blocks():
    name, path, args, kwargs = StreamField(BodyBlock(), blank=True, verbose_name="body").deconstruct()
    assert path == "site_core.fields.StreamField"
    assert args == []
    assert kwargs == {"blank": True, "verbose_name": "body"}


def test_the_model_field_keeps_its_blocks():
    assert "heading" in StandardPage._meta.get_field("body").stream_block.child_blocks
    assert "result" in HubPage._meta.get_field("expected_results").stream_block.child_blocks


def test_a_block_change_needs_no_migration():
    """The autodetector writes a migration when a field's deconstruction changes."""
    before = blocks.StreamBlock([("heading", blocks.CharBlock(max_length=120))])
    after = blocks.StreamBlock([("heading", blocks.CharBlock(max_length=80, help_text="Shorter."))])
    assert StreamField(before, blank=True).deconstruct() == StreamField(after, blank=True).deconstruct()
