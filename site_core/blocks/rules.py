"""Save-time rules shared by several blocks."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.stream_block import StreamBlockValidationError
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


def merge_block_errors(first, second):
    """One error holding both `first` and `second`, nested the way Wagtail
    shows them (each message on its block, its field). Lets a block report
    its own rules on the same save as its children's errors."""
    for error_class in (StreamBlockValidationError, StructBlockValidationError):
        if isinstance(first, error_class) and isinstance(second, error_class):
            block_errors = dict(first.block_errors)
            for key, error in second.block_errors.items():
                block_errors[key] = merge_block_errors(block_errors[key], error) if key in block_errors else error
            return error_class(
                block_errors=block_errors,
                non_block_errors=[*first.non_block_errors.as_data(), *second.non_block_errors.as_data()],
            )
    return ValidationError([*_flat(first), *_flat(second)])


def _flat(error):
    if isinstance(error, (StreamBlockValidationError, StructBlockValidationError)):
        return [error]
    return error.error_list
