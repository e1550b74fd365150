"""Reading a news listing as a visitor sees it."""

from bs4 import BeautifulSoup


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".news-card__title a")]
