from .pages import HomePage, StandardPage
from .snippets import SDG, PartnerOrganisation, Theme

__all__ = ["SDG", "HomePage", "PartnerOrganisation", "StandardPage", "Theme"]
