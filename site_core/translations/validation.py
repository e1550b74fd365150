"""Translations obey the rules the source editor obeys.

wagtail-localize writes translated text into StreamFields without running
the blocks' validation (lengths, heading rules, links), so a 224-character
heading could go live in Spanish. Here the translated object is built as it
would be published (wagtail-localize's ephemeral translation) and checked
like the source editor checks it: each StreamField's blocks, then the
model's own validation. A broken rule is reported on the value that causes
it, with wagtail-localize's own error fields (`has_error`, `field_error`),
which the translation editor shows on the segment and which keep the value
out of what is published. So:

* saving a segment in the translation editor answers with the rule it
  breaks, shown on that segment; what the translator typed is kept;
* a PO upload says how many of its entries wagtail-localize skipped;
* after a PO upload or a machine translation, the values that break a rule
  are marked the same way and a message says how many; opening the editor
  marks them too (a sync may have brought them in);
* publishing (the editor's "Publish", a sync with "Publish immediately")
  is refused while any value of the translation is marked, with a message."""

import tempfile
from collections import defaultdict

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models, transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.rich_text import RichTextMaxLengthValidator
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import SegmentOverrideSerializer, StringTranslationSerializer

from site_core.link_overrides import unsafe_link_error

# wagtail-localize makes the translated slug valid and unique when it saves.
UNCHECKED_FIELDS = ("slug",)


def _messages(error_list):
    return [message for error in error_list.as_data() for message in error.messages]


def _collect(error, value, path, errors):
    """Flatten a block validation error into {content path: [message]}, the
    paths wagtail-localize gives segments: field.block-id.child.item-id…"""
    if isinstance(error, StreamBlockValidationError):
        for index, child_error in error.block_errors.items():
            child = value[index]
            _collect(child_error, child.value, f"{path}.{child.id}", errors)
        errors[path].extend(_messages(error.non_block_errors))
    elif isinstance(error, StructBlockValidationError):
        for name, child_error in error.block_errors.items():
            _collect(child_error, value.get(name), f"{path}.{name}", errors)
        errors[path].extend(_messages(error.non_block_errors))
    elif isinstance(error, ListBlockValidationError):
        for index, child_error in error.block_errors.items():
            item = value.bound_blocks[index]
            _collect(child_error, item.value, f"{path}.{item.id}", errors)
        errors[path].extend(_messages(error.non_block_errors))
    else:
        errors[path].extend(error.messages)


def rule_errors(instance):
    """{content path: [message]} for every rule `instance` breaks."""
    errors = defaultdict(list)
    stream_fields = [field for field in instance._meta.fields if isinstance(field, StreamField)]
    for field in stream_fields:
        value = getattr(instance, field.name)
        try:
            field.stream_block.clean(value)
        except ValidationError as error:
            _collect(error, value, field.name, errors)
    for field in instance._meta.fields:
        # Django checks a TextField's max_length only in forms, as the source editor does.
        if isinstance(field, models.TextField) and field.max_length:
            validator = RichTextMaxLengthValidator if isinstance(field, RichTextField) else MaxLengthValidator
            try:
                validator(field.max_length)(getattr(instance, field.name) or "")
            except ValidationError as error:
                errors[field.name].extend(error.messages)
    try:
        instance.full_clean(exclude=[field.name for field in stream_fields] + list(UNCHECKED_FIELDS))
    except ValidationError as error:
        for path, field_messages in error.message_dict.items():
            if path not in UNCHECKED_FIELDS:
                errors[path].extend(field_messages)
    return {path: field_messages for path, field_messages in errors.items() if field_messages}


def _concerns(error_path, value_path):
    """An error on a block concerns every value inside it."""
    return value_path == error_path or value_path.startswith(f"{error_path}.")


def _translated_instance(translation):
    return translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)


def errors_at(translation, path):
    """The rules the translated object breaks at `path`, or in a block holding it."""
    return [
        message
        for error_path, error_messages in rule_errors(_translated_instance(translation)).items()
        if _concerns(error_path, path)
        for message in error_messages
    ]


def _entered_values(translation):
    """The StringTranslations and SegmentOverrides of `translation`."""
    source, locale = translation.source, translation.target_locale
    strings = StringTranslation.objects.filter(
        locale=locale,
        context__object_id=source.object_id,
        translation_of_id__in=StringSegment.objects.filter(source=source).values("string_id"),
    )
    overrides = SegmentOverride.objects.filter(
        locale=locale, context_id__in=OverridableSegment.objects.filter(source=source).values("context_id")
    )
    return [*strings.select_related("context"), *overrides.select_related("context")]


def _mark(value, error_messages):
    value.has_error = bool(error_messages)
    value.field_error = " ".join(error_messages)
    value.save(update_fields=["has_error", "field_error"])


def _own_errors(value):
    """What is wrong with a value whatever the rest of the translation says."""
    if isinstance(value, SegmentOverride):
        error = unsafe_link_error(value)
        return [error] if error else []
    return []


def mark_rule_errors(translation):
    """Judge every value of `translation` again: mark the ones that make it
    break a rule, unmark the ones that no longer do. Returns (how many values
    are marked, the messages of rules broken where nothing is translated).
    Text with broken markup keeps wagtail-localize's mark (no message stored)."""
    values = _entered_values(translation)
    for value in values:
        if value.field_error:
            _mark(value, _own_errors(value))
    errors = rule_errors(_translated_instance(translation))
    unexplained = []
    for error_path, error_messages in errors.items():
        culprits = [value for value in values if not value.has_error and _concerns(error_path, value.context.path)]
        for value in culprits:
            _mark(value, error_messages)
        if not culprits:
            unexplained.extend(error_messages)
    return sum(value.has_error for value in values), unexplained


def publish_refusal(translation):
    """Why `translation` may not be published now, or None."""
    marked, unexplained = mark_rule_errors(translation)
    if not marked and not unexplained:
        return None
    names = {"object": str(translation.get_target_instance()), "language": translation.target_locale.get_display_name()}
    if marked:
        return ngettext(
            "“%(object)s” in %(language)s was not published: %(count)d translated value breaks the content rules. "
            "It is marked in the translation editor: correct it or clear it.",
            "“%(object)s” in %(language)s was not published: %(count)d translated values break the content rules. "
            "They are marked in the translation editor: correct them or clear them.",
            marked,
        ) % {**names, "count": marked}
    return _("“%(object)s” in %(language)s was not published: %(errors)s") % {**names, "errors": " ".join(unexplained)}


def _check_translation_in_editor(request, instance):
    """Opening the translation editor shows every value that breaks a rule
    (text a sync or a machine translation brought in too); publishing from
    it is refused while one does."""
    if not isinstance(instance, TranslatableMixin):
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    if request.method == "GET":
        mark_rule_errors(translation)
    elif request.method == "POST" and request.POST.get("action") == "publish":
        refusal = publish_refusal(translation)
        if refusal:
            messages.error(request, refusal)
            return redirect(request.path)
    return None


# Before wagtail-localize's own hooks, which open the translation editor.
hooks.register("before_edit_page", _check_translation_in_editor, order=-1)
hooks.register("before_edit_snippet", _check_translation_in_editor, order=-1)


def _answer_with_rule_errors(response, value, serializer_class, translation):
    """Mark the value the editor just saved with the rules it breaks, and
    answer with it: the editor shows the message on the segment."""
    errors = _own_errors(value)
    if not errors:
        _mark(value, [])  # an earlier mark would keep the value out of the check
        errors = errors_at(translation, value.context.path)
    _mark(value, errors)
    # The answer is rendered after this view returns: its data can still change.
    response.data = serializer_class(value, context={"translation_source": translation.source}).data
    return response


def edit_string_translation(request, translation_id, string_segment_id):
    response = edit_translation.edit_string_translation(request, translation_id, string_segment_id)
    if request.method != "PUT" or response.status_code not in (200, 201):
        return response
    translation = get_object_or_404(Translation, id=translation_id)
    segment = get_object_or_404(StringSegment, id=string_segment_id)
    value = StringTranslation.objects.select_related("context").get(
        translation_of_id=segment.string_id, locale_id=translation.target_locale_id, context_id=segment.context_id
    )
    if value.has_error:  # wagtail-localize's own check (markup, links) failed and says why
        return response
    return _answer_with_rule_errors(response, value, StringTranslationSerializer, translation)


def edit_override(request, translation_id, overridable_segment_id):
    response = edit_translation.edit_override(request, translation_id, overridable_segment_id)
    if request.method != "PUT" or response.status_code not in (200, 201):
        return response
    translation = get_object_or_404(Translation, id=translation_id)
    segment = get_object_or_404(OverridableSegment, id=overridable_segment_id)
    value = SegmentOverride.objects.select_related("context").get(
        locale_id=translation.target_locale_id, context_id=segment.context_id
    )
    return _answer_with_rule_errors(response, value, SegmentOverrideSerializer, translation)


def _report_marked_values(request, translation_id):
    marked, unexplained = mark_rule_errors(get_object_or_404(Translation, id=translation_id))
    if marked:
        messages.warning(
            request,
            ngettext(
                "%(count)d translated value breaks the content rules: it is marked below. "
                "Correct it or clear it before publishing.",
                "%(count)d translated values break the content rules: they are marked below. "
                "Correct them or clear them before publishing.",
                marked,
            )
            % {"count": marked},
        )
    if unexplained:
        messages.warning(request, " ".join(unexplained))


def _po_entries_not_imported(request, translation):
    """How many translated entries of the uploaded PO file wagtail-localize
    will skip (their text or its place is no longer in the source), which it
    does without a word: found by importing once and rolling back."""
    upload = request.FILES.get("file")
    if upload is None:
        return 0
    # polib reads a path or a file's contents; given contents naming a file it
    # would read that file, so the upload goes through a file of ours.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        copy.write(upload.read())
        copy.flush()
        upload.seek(0)
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError):
            return 0  # wagtail-localize says the file is not a PO file
    with transaction.atomic():
        warnings = translation.import_po(po)
        transaction.set_rollback(True)
    return sum(1 for warning in warnings if po[warning.index].msgstr)


def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not edit_translation.user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    skipped = _po_entries_not_imported(request, translation) if request.method == "POST" else 0
    response = edit_translation.upload_pofile(request, translation_id)
    if request.method == "POST":
        if skipped:
            messages.warning(
                request,
                ngettext(
                    "%(count)d translation in the PO file was not imported: "
                    "its text is no longer in the original, or no longer in that place.",
                    "%(count)d translations in the PO file were not imported: "
                    "their text is no longer in the original, or no longer in that place.",
                    skipped,
                )
                % {"count": skipped},
            )
        _report_marked_values(request, translation_id)
    return response


def machine_translate(request, translation_id):
    response = edit_translation.machine_translate(request, translation_id)
    if request.method == "POST":
        _report_marked_values(request, translation_id)
    return response
