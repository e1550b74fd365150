"""Demo home and About pages, in our own words from the 2020 brochure."""

from wagtail.models import Page, Site

from site_core.demo import demo_loader
from site_core.demo.translation import page_in_all_languages
from site_core.models import HomePage, StandardPage

HOME = {
    "en": {
        "title": "Local4Action HUBs",
        "slug": "home",
        "intro": (
            "Local and regional governments turning the 2030 Agenda into results on the ground, "
            "recognised and connected by UCLG."
        ),
        "body": [
            ("heading", {"text": "Local experiences changing global policies", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>A Local4Action HUB is an initiative, approach or policy for sustainable development led by "
                "a local or regional government, or by one of their associations. Each HUB agrees its results "
                "in advance, delivers them within one to three years, and shares what it learns with the rest "
                "of the UCLG network.</p>",
            ),
        ],
    },
    "es": {
        "title": "Local4Action HUBs",
        "slug": "inicio",
        "intro": (
            "Gobiernos locales y regionales que convierten la Agenda 2030 en resultados sobre el terreno, "
            "con el reconocimiento y la red de CGLU."
        ),
        "body": [
            (
                "heading",
                {"text": "Experiencias locales que cambian las políticas globales", "level": "h2", "anchor": ""},
            ),
            (
                "paragraph",
                "<p>Un Local4Action HUB es una iniciativa, un enfoque o una política de desarrollo sostenible "
                "que lidera un gobierno local o regional, o una de sus asociaciones. Cada HUB acuerda sus "
                "resultados de antemano, los alcanza en un plazo de uno a tres años y comparte lo aprendido "
                "con el resto de la red de CGLU.</p>",
            ),
        ],
    },
    "fr": {
        "title": "Local4Action HUBs",
        "slug": "accueil",
        "intro": (
            "Des gouvernements locaux et régionaux qui traduisent l'Agenda 2030 en résultats concrets, "
            "reconnus et mis en réseau par CGLU."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "Des expériences locales qui transforment les politiques mondiales",
                    "level": "h2",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                "<p>Un Local4Action HUB est une initiative, une démarche ou une politique de développement "
                "durable portée par un gouvernement local ou régional, ou par l'une de leurs associations. "
                "Chaque HUB convient de ses résultats à l'avance, les obtient en un à trois ans et partage "
                "ce qu'il apprend avec le reste du réseau de CGLU.</p>",
            ),
        ],
    },
}

ABOUT = {
    "en": {
        "title": "About Local4Action HUBs",
        "slug": "about",
        "intro": ("Why UCLG recognises HUBs, what makes an initiative a HUB, and what comes next."),
        "body": [
            ("heading", {"text": "Why HUBs", "level": "h2", "anchor": "why"}),
            (
                "paragraph",
                "<p>The idea grew inside UCLG as a meeting and networking space at its gatherings, to help "
                "localise the Sustainable Development Goals. Endorsed by the UCLG Executive Bureau, the HUBs "
                "give visibility to what members already do on the ground, strengthen the link between local "
                "and global, and make sure the World Organisation's policy recommendations rest on real "
                "local action.</p>",
            ),
            ("heading", {"text": "Three key components", "level": "h2", "anchor": "components"}),
            (
                "paragraph",
                "<ul><li><b>Local–global link:</b> the initiative connects global policies with local action.</li>"
                "<li><b>Acceleration:</b> it speeds up the localisation of the global agendas.</li>"
                "<li><b>Synchronisation:</b> it is connected with the other HUBs and builds on earlier work "
                "in the network to multiply its impact.</li></ul>",
            ),
            ("heading", {"text": "Six characteristics", "level": "h2", "anchor": "characteristics"}),
            (
                "paragraph",
                "<ol><li><b>Local drive:</b> led by a local or regional government or one of their associations.</li>"
                "<li><b>Development time:</b> results agreed in advance with the stakeholders and delivered "
                "within one to three years.</li>"
                "<li><b>UCLG identity:</b> consistent with UCLG's values and visual identity throughout, "
                "whether the HUB is physical or virtual.</li>"
                "<li><b>Actionable, scalable results:</b> defined up front with the partners, and monitored "
                "along the way to measure acceleration and synchronisation.</li>"
                "<li><b>Theme:</b> priorities in line with the political manifestos of the Durban Congress, "
                "the global agendas and the 2030 Agenda, possibly with an innovative approach.</li>"
                "<li><b>Communication:</b> a strategy to share the initiative, with an agenda, a roadmap, "
                "activities and reference documents.</li></ol>",
            ),
            ("heading", {"text": "Next steps", "level": "h2", "anchor": "next-steps"}),
            (
                "paragraph",
                "<ol><li><b>A call for proposals</b> to the membership to define new HUBs.</li>"
                "<li><b>Following each HUB's process:</b> publications, events and joint products, supported "
                "by UCLG's consultation mechanisms and an advisory council.</li>"
                "<li><b>A digital platform</b> with information on the initiatives in each territory and a "
                "space for exchange. This website is its first part.</li></ol>"
                "<p>HUBs are presented at international forums and meet at least once a year, at the Venice "
                "City Solutions 2030 forum.</p>",
            ),
        ],
    },
    "es": {
        "title": "Acerca de los Local4Action HUBs",
        "slug": "acerca-de",
        "intro": "Por qué CGLU reconoce los HUBs, qué hace de una iniciativa un HUB y cuáles son los próximos pasos.",
        "body": [
            ("heading", {"text": "Por qué los HUBs", "level": "h2", "anchor": "why"}),
            (
                "paragraph",
                "<p>La idea nació dentro de CGLU como un espacio de encuentro y trabajo en red en sus reuniones, "
                "para ayudar a localizar los Objetivos de Desarrollo Sostenible. Con el respaldo del Bureau "
                "Ejecutivo de CGLU, los HUBs dan visibilidad a lo que los miembros ya hacen sobre el terreno, "
                "refuerzan el vínculo entre lo local y lo global y garantizan que las recomendaciones políticas "
                "de la Organización Mundial se apoyen en acciones locales reales.</p>",
            ),
            ("heading", {"text": "Tres componentes clave", "level": "h2", "anchor": "components"}),
            (
                "paragraph",
                "<ul><li><b>Vínculo local-global:</b> la iniciativa conecta las políticas globales con la acción local.</li>"
                "<li><b>Aceleración:</b> acelera la localización de las agendas globales.</li>"
                "<li><b>Sincronización:</b> está conectada con los demás HUBs y aprovecha el trabajo previo "
                "de la red para multiplicar su impacto.</li></ul>",
            ),
            ("heading", {"text": "Seis características", "level": "h2", "anchor": "characteristics"}),
            (
                "paragraph",
                "<ol><li><b>Impulso local:</b> la lidera un gobierno local o regional o una de sus asociaciones.</li>"
                "<li><b>Tiempo de desarrollo:</b> resultados acordados de antemano con las partes interesadas "
                "y alcanzados en un plazo de uno a tres años.</li>"
                "<li><b>Identidad de CGLU:</b> coherente con los valores y la identidad visual de CGLU en todo "
                "momento, tanto si el HUB es físico como virtual.</li>"
                "<li><b>Resultados accionables y escalables:</b> definidos desde el principio con los socios y "
                "seguidos durante el proceso para medir la aceleración y la sincronización.</li>"
                "<li><b>Tema:</b> prioridades alineadas con los manifiestos políticos del Congreso de Durban, "
                "las agendas globales y la Agenda 2030, con un enfoque que puede ser innovador.</li>"
                "<li><b>Comunicación:</b> una estrategia para difundir la iniciativa, con una agenda, una hoja "
                "de ruta, actividades y documentos de referencia.</li></ol>",
            ),
            ("heading", {"text": "Próximos pasos", "level": "h2", "anchor": "next-steps"}),
            (
                "paragraph",
                "<ol><li><b>Una convocatoria de propuestas</b> dirigida a la membresía para definir nuevos HUBs.</li>"
                "<li><b>Seguimiento del proceso de cada HUB:</b> publicaciones, eventos y productos conjuntos, "
                "con el apoyo de los mecanismos de consulta de CGLU y de un consejo asesor.</li>"
                "<li><b>Una plataforma digital</b> con información sobre las iniciativas de cada territorio y "
                "un espacio de intercambio. Este sitio web es su primera parte.</li></ol>"
                "<p>Los HUBs se presentan en foros internacionales y se reúnen al menos una vez al año, en el "
                "foro Venice City Solutions 2030.</p>",
            ),
        ],
    },
    "fr": {
        "title": "À propos des Local4Action HUBs",
        "slug": "a-propos",
        "intro": "Pourquoi CGLU reconnaît les HUBs, ce qui fait d'une initiative un HUB et les prochaines étapes.",
        "body": [
            ("heading", {"text": "Pourquoi des HUBs", "level": "h2", "anchor": "why"}),
            (
                "paragraph",
                "<p>L'idée est née au sein de CGLU comme un espace de rencontre et de mise en réseau lors de ses "
                "réunions, pour aider à localiser les Objectifs de développement durable. Approuvés par le "
                "Bureau exécutif de CGLU, les HUBs donnent de la visibilité à ce que les membres font déjà sur "
                "le terrain, renforcent le lien entre le local et le mondial et garantissent que les "
                "recommandations politiques de l'Organisation mondiale reposent sur une action locale réelle.</p>",
            ),
            ("heading", {"text": "Trois composantes clés", "level": "h2", "anchor": "components"}),
            (
                "paragraph",
                "<ul><li><b>Lien local-mondial :</b> l'initiative relie les politiques mondiales à l'action locale.</li>"
                "<li><b>Accélération :</b> elle accélère la localisation des agendas mondiaux.</li>"
                "<li><b>Synchronisation :</b> elle est connectée aux autres HUBs et s'appuie sur le travail "
                "déjà mené dans le réseau pour démultiplier son impact.</li></ul>",
            ),
            ("heading", {"text": "Six caractéristiques", "level": "h2", "anchor": "characteristics"}),
            (
                "paragraph",
                "<ol><li><b>Impulsion locale :</b> portée par un gouvernement local ou régional ou l'une de leurs associations.</li>"
                "<li><b>Durée de développement :</b> des résultats convenus à l'avance avec les parties "
                "prenantes et obtenus en un à trois ans.</li>"
                "<li><b>Identité CGLU :</b> cohérente avec les valeurs et l'identité visuelle de CGLU tout au "
                "long du projet, que le HUB soit physique ou virtuel.</li>"
                "<li><b>Des résultats concrets et reproductibles :</b> définis dès le départ avec les "
                "partenaires et suivis en cours de route pour mesurer l'accélération et la synchronisation.</li>"
                "<li><b>Thème :</b> des priorités alignées sur les manifestes politiques du Congrès de Durban, "
                "les agendas mondiaux et l'Agenda 2030, avec une approche éventuellement innovante.</li>"
                "<li><b>Communication :</b> une stratégie pour faire connaître l'initiative, avec un agenda, "
                "une feuille de route, des activités et des documents de référence.</li></ol>",
            ),
            ("heading", {"text": "Prochaines étapes", "level": "h2", "anchor": "next-steps"}),
            (
                "paragraph",
                "<ol><li><b>Un appel à propositions</b> adressé aux membres pour définir de nouveaux HUBs.</li>"
                "<li><b>Le suivi du processus de chaque HUB :</b> publications, événements et produits "
                "communs, avec l'appui des mécanismes de consultation de CGLU et d'un conseil consultatif.</li>"
                "<li><b>Une plateforme numérique</b> réunissant l'information sur les initiatives de chaque "
                "territoire et un espace d'échange. Ce site en est la première pièce.</li></ol>"
                "<p>Les HUBs sont présentés lors de forums internationaux et se réunissent au moins une fois "
                "par an, au forum Venice City Solutions 2030.</p>",
            ),
        ],
    },
}


def _english_home(spec):
    """The English home, replacing Wagtail's placeholder "Welcome" page."""
    root = Page.get_first_root_node()
    placeholders = Page.objects.child_of(root).filter(content_type__model="page", content_type__app_label="wagtailcore")
    placeholders.update(slug="wagtail-placeholder")  # frees the "home" slug
    home = HomePage.objects.child_of(root).filter(locale__language_code="en").first()
    if home is None:
        home = HomePage(**spec["en"])
        root.add_child(instance=home)
        home.save_revision().publish()
        home.refresh_from_db()
    site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80)
    site.root_page = home
    site.site_name = "Local4Action HUBs by UCLG"
    site.is_default_site = True
    site.save()
    for placeholder in placeholders:
        placeholder.delete()
    return home


@demo_loader(order=10)
def load_home_and_about(context):
    from site_core.demo.block_content import demo_assets, with_blocks
    from site_core.demo.translation import translate

    home_spec, about_spec = with_blocks(HOME, ABOUT, demo_assets())
    home = _english_home(home_spec)
    homes = {"en": home, "es": translate(home, home_spec, "es"), "fr": translate(home, home_spec, "fr")}
    context.pages["home"] = homes
    context.pages["about"] = page_in_all_languages(homes, StandardPage, about_spec, show_in_menus=True)
    context.log("Home and About pages ready in en, es, fr.")


FOOTER = {
    "en": {
        "description": (
            "An initiative of United Cities and Local Governments (UCLG) connecting local action with the "
            "2030 Agenda and the Sustainable Development Goals."
        ),
        "address": "UCLG World Secretariat, Barcelona",
    },
    "es": {
        "description": (
            "Una iniciativa de Ciudades y Gobiernos Locales Unidos (CGLU) que conecta la acción local con la "
            "Agenda 2030 y los Objetivos de Desarrollo Sostenible."
        ),
        "address": "Secretariado Mundial de CGLU, Barcelona",
    },
    "fr": {
        "description": (
            "Une initiative de Cités et Gouvernements Locaux Unis (CGLU) qui relie l'action locale à "
            "l'Agenda 2030 et aux Objectifs de développement durable."
        ),
        "address": "Secrétariat mondial de CGLU, Barcelone",
    },
}


@demo_loader(order=12)
def load_site_settings(context):
    """The footer text in three languages and the site's contact e-mail
    (an illustrative address: the communications team sets the real one)."""
    from site_core.demo.translation import snippet_in_all_languages
    from site_core.models import FooterText, SiteSettings

    footers = snippet_in_all_languages(FooterText, FOOTER, {"address": FOOTER["en"]["address"]})
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_text = footers["en"]
    site_settings.contact_email = site_settings.contact_email or "local4action@example.org"
    site_settings.save()
    context.objects["footer_text"] = footers
    context.log("Site settings and footer text ready in en, es, fr.")
