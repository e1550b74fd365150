from .pages import HomePage, StandardPage
from .reach import DEVICE_CLASSES, FlushedReachBucket, PageViews
from .sign_ins import FailedSignIn
from .site_settings import FooterText, SiteSettings
from .snippets import SDG, PartnerOrganisation, Theme

__all__ = [
    "DEVICE_CLASSES",
    "SDG",
    "FailedSignIn",
    "FlushedReachBucket",
    "FooterText",
    "HomePage",
    "PageViews",
    "PartnerOrganisation",
    "SiteSettings",
    "StandardPage",
    "Theme",
]
