from .pages import HomePage, StandardPage
from .site_settings import FooterText, SiteSettings
from .snippets import SDG, PartnerOrganisation, Theme

__all__ = ["SDG", "FooterText", "HomePage", "PartnerOrganisation", "SiteSettings", "StandardPage", "Theme"]
