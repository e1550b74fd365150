"""Where HUB pages may live in the tree (docs/decisions.md, Page tree)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from hub_pages.models import HubIndexPage, HubPage, ProposalPage, ResultsPage
from news.models import EventIndexPage, NewsIndexPage, NewsPage, PublicationIndexPage
from site_core.models import HomePage, StandardPage


class HubTreeRulesTest(WagtailPageTestCase):
    def test_the_directory_lives_only_under_a_home_page(self):
        self.assertAllowedParentPageTypes(HubIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, HubIndexPage)
        self.assertCanNotCreateAt(StandardPage, HubIndexPage)
        self.assertCanNotCreateAt(Page, HubIndexPage)

    def test_the_directory_holds_its_hub_pages_and_one_results_page(self):
        self.assertAllowedSubpageTypes(HubIndexPage, {HubPage, ResultsPage})
        self.assertAllowedParentPageTypes(ResultsPage, {HubIndexPage})
        self.assertAllowedSubpageTypes(ResultsPage, set())
        home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="results-home"))
        directory = home.add_child(instance=HubIndexPage(title="HUBs", slug="hubs"))
        self.assertCanNotCreateAt(HomePage, ResultsPage)
        self.assertTrue(ResultsPage.can_create_at(directory))
        directory.add_child(instance=ResultsPage(title="Results", slug="results"))
        self.assertFalse(ResultsPage.can_create_at(directory))

    def test_a_hub_page_lives_only_in_the_directory(self):
        self.assertAllowedParentPageTypes(HubPage, {HubIndexPage})
        self.assertCanNotCreateAt(HomePage, HubPage)
        self.assertCanNotCreateAt(StandardPage, HubPage)

    def test_a_hub_page_holds_only_its_city_stories(self):
        self.assertAllowedSubpageTypes(HubPage, {NewsPage})
        self.assertCanNotCreateAt(HubPage, HubPage)
        self.assertCanNotCreateAt(HubPage, StandardPage)

    def test_the_home_page_offers_the_directory(self):
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, HubIndexPage, NewsIndexPage, EventIndexPage, PublicationIndexPage, ProposalPage}
        )

    def test_one_directory_per_home_page(self):
        home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="tree-home"))
        self.assertTrue(HubIndexPage.can_create_at(home))
        home.add_child(instance=HubIndexPage(title="HUBs", slug="hubs"))
        self.assertFalse(HubIndexPage.can_create_at(home))
