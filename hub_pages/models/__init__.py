from .hub import HubPage
from .index import HubIndexPage

__all__ = ["HubIndexPage", "HubPage"]
