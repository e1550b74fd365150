"""Parsing helpers shared by the multilingual tests."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def hreflangs(response):
    return {link["hreflang"]: link["href"] for link in soup(response).select('head link[rel="alternate"][hreflang]')}


def canonical(response):
    link = soup(response).select_one('head link[rel="canonical"]')
    return link["href"] if link else None
