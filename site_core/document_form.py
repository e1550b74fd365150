"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail
checks WAGTAILDOCS_MAX_UPLOAD_SIZE; this states the limit and the accepted
formats in the editor's language before they choose a file, and keeps the
refusal to one clear message."""

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = _("Accepted formats: %(formats)s. Maximum file size: %(size)s.") % {
                "formats": ", ".join(settings.WAGTAILDOCS_EXTENSIONS).upper(),
                "size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
            }

    def _post_clean(self):
        # A new document whose file was refused (too big) has no file left:
        # Document.clean() would then add "the extension « » is not allowed"
        # under the real reason. The form is invalid either way.
        if self.has_error("file") and not self.instance.file:
            return
        super()._post_clean()
