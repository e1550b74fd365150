"""The admin in the UCLG brand: Wagtail's colour custom properties set from
the palette (site_core/brand.py), so a palette change reaches the admin too.
The logo, favicon and titles are in templates/wagtailadmin/ (Wagtail's
branding blocks)."""

import colorsys

from django.templatetags.static import static
from django.utils.html import format_html

from site_core.brand import PALETTE

# Wagtail's "primary" colours the sidebar and headings, "secondary" the buttons
# and links; both carry white text (the contrast test checks these pairs).
ADMIN_COLOURS = {"primary": "dark", "secondary": "red"}


def hsl_parts(hex_colour):
    digits = hex_colour.lstrip("#")
    red, green, blue = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    return round(hue * 360, 1), round(saturation * 100, 1), round(lightness * 100, 1)


def admin_colour_css():
    declarations = []
    for role, token in ADMIN_COLOURS.items():
        hue, saturation, lightness = hsl_parts(PALETTE[token])
        declarations += [
            f"--w-color-{role}-hue: {hue};",
            f"--w-color-{role}-saturation: {saturation}%;",
            f"--w-color-{role}-lightness: {lightness}%;",
        ]
    return ":root { " + " ".join(declarations) + " }"


def admin_branding_css():
    """For Wagtail's insert_global_admin_css hook (every admin page, sign-in included)."""
    return format_html(
        '<link rel="stylesheet" href="{}"><style>{}</style>', static("css/admin/branding.css"), admin_colour_css()
    )
