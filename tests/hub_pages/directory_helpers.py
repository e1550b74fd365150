"""Reading the HUB directory as a visitor sees it."""


def listed(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    titles = [part.split(">", 1)[1].split("<", 1)[0] for part in html.split('class="hub-card__title"><a href="')[1:]]
    return titles, html
