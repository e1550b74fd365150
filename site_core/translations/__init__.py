"""Translators' tools beyond wagtail-localize: the translation status report
and the delete/unpublish cascade that makes Wagtail warn about translations."""
