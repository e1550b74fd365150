"""wagtail-localize actions that change what is live need publish permission
on the object. wagtail-localize checks only edit permission (or
submit_translation) for them, so a HUB contributor, who may edit but not
publish their HUB's pages, could put content live without review:

* "Convert to alias" puts the source's content live in the translation's
  place and deletes the translation;
* stopping or restarting a synced translation decides whether the next sync
  overwrites the page;
* "Sync translated pages" with "Publish immediately" publishes every
  translation (and is refused here for a translation that breaks a content
  rule, instead of skipping it without a word).

The translation editor's own "Publish" already checks publish permission;
its content check is in site_core.translations.validation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation, update_translations

from site_core.translations.validation import publish_refusal

RESTART_TRANSLATION = "localize-restart-translation"
CONVERT_TO_ALIAS = "localize-convert-to-alias"


def can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    # A snippet without drafts is live as soon as it is saved.
    return user.has_perm(get_permission_name("change", type(instance)))


def _require_publish_permission(user, instance):
    if not can_publish(user, instance):
        raise PermissionDenied


def convert_to_alias(request, page_id):
    _require_publish_permission(request.user, get_object_or_404(Page, id=page_id))
    return convert.convert_to_alias(request, page_id)


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    _require_publish_permission(request.user, translation.get_target_instance())
    return edit_translation.stop_translation(request, translation_id)


def _refuse_restart_without_publish_permission(request, instance):
    # wagtail-localize restarts a stopped translation from the edit view's POST.
    if request.method == "POST" and RESTART_TRANSLATION in request.POST:
        _require_publish_permission(request.user, instance)


hooks.register("before_edit_page", _refuse_restart_without_publish_permission, order=-1)
hooks.register("before_edit_snippet", _refuse_restart_without_publish_permission, order=-1)


@hooks.register("construct_page_action_menu")
def hide_live_changing_actions_from_non_publishers(menu_items, request, context):
    page = context.get("page")
    if page is not None and not can_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name not in (RESTART_TRANSLATION, CONVERT_TO_ALIAS)]


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """A sync ("Sync translated pages"): publishing needs publish permission on every
    translation, and a translation that breaks a content rule stays as it was
    with a message saying which one and why."""

    @transaction.atomic
    def form_valid(self, form):
        if not form.cleaned_data["publish_translations"]:
            return super().form_valid(form)
        translations = list(self.object.translations.filter(enabled=True).select_related("target_locale"))
        for translation in translations:
            _require_publish_permission(self.request.user, translation.get_target_instance())
        # Sync without publishing (wagtail-localize's own steps), then publish
        # each translation that passes the content rules.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        for translation in translations:
            refusal = publish_refusal(translation)
            if refusal:
                messages.error(self.request, refusal)
            else:
                translation.save_target(user=self.request.user, publish=True)
        return response
