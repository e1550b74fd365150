from .pages import HomePage, StandardPage
from .sign_ins import FailedSignIn
from .site_settings import FooterText, SiteSettings
from .snippets import SDG, PartnerOrganisation, Theme

__all__ = [
    "SDG",
    "FailedSignIn",
    "FooterText",
    "HomePage",
    "PartnerOrganisation",
    "SiteSettings",
    "StandardPage",
    "Theme",
]
