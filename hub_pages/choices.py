"""Fixed vocabularies of a HUB. Stored as short codes, so they are
synchronised (not translated) across languages; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GovernmentKind(models.TextChoices):
    CITY = "city", _("City or local government")
    REGION = "region", _("Region or province")
    ASSOCIATION = "association", _("Association of local or regional governments")


class WorldRegion(models.TextChoices):
    """UCLG's seven world regions (its regional sections)."""

    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")
    EURASIA = "eurasia", _("Eurasia")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin-america", _("Latin America")
    MEWA = "middle-east-west-asia", _("Middle East & West Asia")
    NORTH_AMERICA = "north-america", _("North America")


class HubStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
