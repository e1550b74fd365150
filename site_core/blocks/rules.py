"""Save-time rules shared by several blocks."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from site_core.brand import surface_contrast_problems


def check_surface(value, field):
    """Refuse a named surface whose text/background pairs fail WCAG AA. Every
    surface passes today; this keeps a palette change from publishing
    unreadable text (the contrast test fails first, the save refuses too)."""
    problems = surface_contrast_problems(value[field])
    if problems:
        message = _("This colour scheme is not readable enough: %(problems)s.") % {"problems": "; ".join(problems)}
        raise StructBlockValidationError({field: ErrorList([message])})
    return value
