"""Demo city stories, each under its HubPage. Real governments appear with
documented facts only (../shared/seeds/context.md): no figure, result or
quote is attributed to them."""

import datetime

from news.demo.news_items import _h, _p

STORIES = [
    {
        "key": "xian-youth-dialogue",
        "hub": "xian",
        "date": datetime.date(2026, 4, 22),
        "sdgs": [4, 5, 8, 17],
        "hubs": ["xian"],
        "image": ("dots", "red", "white"),
        "tags": {"en": ["youth", "education"], "es": ["juventud", "educación"], "fr": ["jeunesse", "éducation"]},
        "en": {
            "title": "Youth education and dialogue at the heart of Xi'an's HUB",
            "slug": "xian-youth-education-and-dialogue",
            "authors": "UCLG Communications Team",
            "intro": "Launched in August 2021, the Xi'an HUB works on youth education and dialogue, connecting four Sustainable Development Goals.",
            "body": [
                _p(
                    "The HUB brings together quality education (SDG 4), gender equality (SDG 5), decent work and economic growth (SDG 8) and partnerships for the goals (SDG 17), with young people as its focus."
                ),
                _h("Why it matters for the network", "why-it-matters"),
                _p(
                    "Youth and education run through many local agendas. A HUB that documents its approach lets other cities in the network build on it rather than start again, which is the synchronisation the programme asks for."
                ),
            ],
        },
        "es": {
            "title": "Educación y diálogo de la juventud, en el centro del HUB de Xi'an",
            "slug": "xian-educacion-y-dialogo-de-la-juventud",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Lanzado en agosto de 2021, el HUB de Xi'an trabaja sobre la educación y el diálogo de la juventud y conecta cuatro Objetivos de Desarrollo Sostenible.",
            "body": [
                _p(
                    "El HUB reúne la educación de calidad (ODS 4), la igualdad de género (ODS 5), el trabajo decente y el crecimiento económico (ODS 8) y las alianzas para lograr los objetivos (ODS 17), con la juventud como eje."
                ),
                _h("Por qué importa para la red", "why-it-matters"),
                _p(
                    "La juventud y la educación están presentes en muchas agendas locales. Un HUB que documenta su enfoque permite a otras ciudades de la red partir de él en lugar de empezar de cero: es la sincronización que pide el programa."
                ),
            ],
        },
        "fr": {
            "title": "Éducation et dialogue de la jeunesse au cœur du HUB de Xi'an",
            "slug": "xian-education-et-dialogue-de-la-jeunesse",
            "authors": "Équipe communication de CGLU",
            "intro": "Lancé en août 2021, le HUB de Xi'an travaille sur l'éducation et le dialogue de la jeunesse et relie quatre Objectifs de développement durable.",
            "body": [
                _p(
                    "Le HUB réunit l'éducation de qualité (ODD 4), l'égalité entre les sexes (ODD 5), le travail décent et la croissance économique (ODD 8) et les partenariats pour la réalisation des objectifs (ODD 17), avec les jeunes pour priorité."
                ),
                _h("Pourquoi c'est important pour le réseau", "why-it-matters"),
                _p(
                    "La jeunesse et l'éducation traversent de nombreux agendas locaux. Un HUB qui documente sa démarche permet à d'autres villes du réseau de s'en inspirer plutôt que de repartir de zéro : c'est la synchronisation que demande le programme."
                ),
            ],
        },
    },
    {
        "key": "bilbao-city-of-values",
        "hub": "bilbao-city-of-values",
        "date": datetime.date(2026, 6, 10),
        "sdgs": [11, 16],
        "hubs": ["bilbao-city-of-values"],
        "image": ("waves", "orange", "white"),
        "tags": {
            "en": ["values", "urban development"],
            "es": ["valores", "desarrollo urbano"],
            "fr": ["valeurs", "développement urbain"],
        },
        "en": {
            "title": "Bilbao, City of Values: from forums to a manifesto, a charter and an agenda",
            "slug": "bilbao-city-of-values-forums-manifesto-charter-agenda",
            "authors": "UCLG Communications Team",
            "intro": "From June 2021 to March 2023, Bilbao's HUB treated values as drivers of sustainable urban development.",
            "body": [
                _p(
                    "The HUB was organised as a series of forums. Their outcome was to be a manifesto, a charter and an agenda of values: three documents that other cities can read, discuss and adapt."
                ),
                _p(
                    "Its timeline fits the programme's rule of a process lasting one to three years, with results defined at the start."
                ),
            ],
        },
        "es": {
            "title": "Bilbao, Ciudad de Valores: de los foros a un manifiesto, una carta y una agenda",
            "slug": "bilbao-ciudad-de-valores-foros-manifiesto-carta-agenda",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "De junio de 2021 a marzo de 2023, el HUB de Bilbao abordó los valores como motores del desarrollo urbano sostenible.",
            "body": [
                _p(
                    "El HUB se organizó como una serie de foros. Su resultado debía ser un manifiesto, una carta y una agenda de valores: tres documentos que otras ciudades pueden leer, debatir y adaptar."
                ),
                _p(
                    "Su calendario encaja con la regla del programa de un proceso de uno a tres años, con resultados definidos desde el inicio."
                ),
            ],
        },
        "fr": {
            "title": "Bilbao, Ville des valeurs : des forums à un manifeste, une charte et un agenda",
            "slug": "bilbao-ville-des-valeurs-forums-manifeste-charte-agenda",
            "authors": "Équipe communication de CGLU",
            "intro": "De juin 2021 à mars 2023, le HUB de Bilbao a traité les valeurs comme moteurs du développement urbain durable.",
            "body": [
                _p(
                    "Le HUB s'est organisé en une série de forums. Ils devaient déboucher sur un manifeste, une charte et un agenda des valeurs : trois documents que d'autres villes peuvent lire, discuter et adapter."
                ),
                _p(
                    "Son calendrier respecte la règle du programme d'un processus d'un à trois ans, avec des résultats définis dès le départ."
                ),
            ],
        },
    },
    {
        "key": "barcelona-women-leadership",
        "hub": "diputacion-de-barcelona",
        "date": datetime.date(2026, 2, 18),
        "sdgs": [5, 16],
        "hubs": ["diputacion-de-barcelona"],
        "image": ("circles", "dark", "orange"),
        "tags": {
            "en": ["gender equality", "local leadership"],
            "es": ["igualdad de género", "liderazgo local"],
            "fr": ["égalité femmes-hommes", "leadership local"],
        },
        "en": {
            "title": "Women's political leadership in local government, with Moroccan partners",
            "slug": "womens-political-leadership-moroccan-partners",
            "authors": "UCLG Communications Team",
            "intro": "The HUB led by the Diputación de Barcelona works on women's political leadership at local level together with partners in Morocco.",
            "body": [
                _p(
                    "Its theme links gender equality (SDG 5) with effective and inclusive institutions (SDG 16), and it is built as a partnership between local governments on both shores of the Mediterranean."
                ),
                _p("This page will carry the HUB's own updates as its team publishes them."),
            ],
        },
        "es": {
            "title": "Liderazgo político de las mujeres en el gobierno local, con socios marroquíes",
            "slug": "liderazgo-politico-de-las-mujeres-socios-marroquies",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "El HUB que lidera la Diputación de Barcelona trabaja sobre el liderazgo político de las mujeres en el ámbito local junto con socios de Marruecos.",
            "body": [
                _p(
                    "Su tema une la igualdad de género (ODS 5) con instituciones eficaces e inclusivas (ODS 16), y se construye como una alianza entre gobiernos locales de las dos orillas del Mediterráneo."
                ),
                _p("Esta página recogerá las novedades del propio HUB a medida que su equipo las publique."),
            ],
        },
        "fr": {
            "title": "Le leadership politique des femmes dans les gouvernements locaux, avec des partenaires marocains",
            "slug": "leadership-politique-des-femmes-partenaires-marocains",
            "authors": "Équipe communication de CGLU",
            "intro": "Le HUB porté par la Diputación de Barcelona travaille sur le leadership politique des femmes au niveau local avec des partenaires au Maroc.",
            "body": [
                _p(
                    "Son thème relie l'égalité entre les sexes (ODD 5) à des institutions efficaces et inclusives (ODD 16), et il se construit comme un partenariat entre gouvernements locaux des deux rives de la Méditerranée."
                ),
                _p("Cette page accueillera les nouvelles du HUB au fur et à mesure que son équipe les publiera."),
            ],
        },
    },
    {
        "key": "venice-hub-of-hubs",
        "hub": "venice-city-solutions-2030",
        "date": datetime.date(2026, 1, 27),
        "sdgs": [17],
        "hubs": ["venice-city-solutions-2030"],
        "image": ("waves", "dark", "green"),
        "tags": {
            "en": ["Venice City Solutions 2030", "partnerships"],
            "es": ["Venice City Solutions 2030", "alianzas"],
            "fr": ["Venice City Solutions 2030", "partenariats"],
        },
        "en": {
            "title": "The “Hub of the Local4Action Hubs”",
            "slug": "the-hub-of-the-local4action-hubs",
            "authors": "UCLG Communications Team",
            "intro": "Venice City Solutions 2030, hosted by AICCRE, UCLG's Italian section, calls itself the Hub of the Local4Action Hubs.",
            "body": [
                _p(
                    "Its HUB is about partnerships for the goals (SDG 17). The yearly forum is where the HUBs meet, present their work and connect with each other and with UCLG, UNDP, UN-Habitat and the UN SDG Action Campaign."
                ),
            ],
        },
        "es": {
            "title": "El «HUB de los Local4Action HUBs»",
            "slug": "el-hub-de-los-local4action-hubs",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Venice City Solutions 2030, organizado por AICCRE, la sección italiana de CGLU, se presenta como el HUB de los Local4Action HUBs.",
            "body": [
                _p(
                    "Su HUB trata de las alianzas para lograr los objetivos (ODS 17). El foro anual es donde los HUBs se encuentran, presentan su trabajo y se conectan entre sí y con CGLU, el PNUD, ONU-Hábitat y la Campaña de Acción por los ODS de la ONU."
                ),
            ],
        },
        "fr": {
            "title": "Le « HUB des Local4Action HUBs »",
            "slug": "le-hub-des-local4action-hubs",
            "authors": "Équipe communication de CGLU",
            "intro": "Venice City Solutions 2030, organisé par l'AICCRE, la section italienne de CGLU, se présente comme le HUB des Local4Action HUBs.",
            "body": [
                _p(
                    "Son HUB porte sur les partenariats pour la réalisation des objectifs (ODD 17). Le forum annuel est le lieu où les HUBs se retrouvent, présentent leur travail et se connectent entre eux ainsi qu'avec CGLU, le PNUD, ONU-Habitat et la Campagne d'action des Nations unies pour les ODD."
                ),
            ],
        },
    },
]
