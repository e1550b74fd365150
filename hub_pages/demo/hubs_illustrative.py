"""Illustrative HUBs: fictional examples that show every feature (results
with figures, progress, roadmaps, partners). Titles, lead governments and
summaries say plainly that they are examples; no real government is named.
Their public contact is a team and its shared address, never a person's own."""

import datetime


def _result(baseline, target, latest, updated_on, text):
    return {"baseline": baseline, "target": target, "latest_value": latest, "updated_on": updated_on, "text": text}


ILLUSTRATIVE_HUBS = [
    {
        "slug": "example-coastal-city-network",
        "slugs": {"es": "ejemplo-red-de-ciudades-costeras", "fr": "exemple-reseau-de-villes-cotieres"},
        "fields": {
            "lead_government_kind": "association",
            "country": "SN",
            "region": "africa",
            "status": "active",
            "start_date": datetime.date(2025, 3, 1),
            "end_date": datetime.date(2027, 3, 1),
            "contact_email": "hubs@coastal-network.example",
        },
        "sdgs": [11, 13, 14],
        "themes": ["resilience", "ecology"],
        "partners": ["example-university", "example-cooperative"],
        "connected": [],
        "image": ("waves", "green-deep", "white"),
        "text": {
            "en": {
                "title": "Illustrative example: a coastal city network",
                "summary": "A fictional network of coastal towns preparing neighbourhoods for floods and "
                "restoring mangroves. It shows how a HUB reports its results.",
                "lead_government": "Illustrative: an association of coastal municipalities",
                "local_global_link": "<p>Turns the global goals on climate action and life below water into "
                "neighbourhood flood plans.</p>",
                "acceleration": "<p>Each town adapts a shared plan template instead of starting from zero.</p>",
                "synchronisation": "<p>Its plan template is offered to the other illustrative HUBs.</p>",
                "contact_name": "Illustrative HUB coordination team",
            },
            "es": {
                "title": "Ejemplo ilustrativo: una red de ciudades costeras",
                "summary": "Una red ficticia de localidades costeras que prepara sus barrios ante las "
                "inundaciones y restaura manglares. Muestra cómo un HUB informa de sus resultados.",
                "lead_government": "Ilustrativo: una asociación de municipios costeros",
                "local_global_link": "<p>Convierte los objetivos globales de acción por el clima y vida submarina "
                "en planes de barrio frente a las inundaciones.</p>",
                "acceleration": "<p>Cada localidad adapta una plantilla de plan común en lugar de empezar de cero.</p>",
                "synchronisation": "<p>Su plantilla de plan se ofrece a los demás HUBs ilustrativos.</p>",
                "contact_name": "Equipo de coordinación del HUB ilustrativo",
            },
            "fr": {
                "title": "Exemple fictif : un réseau de villes côtières",
                "summary": "Un réseau fictif de villes côtières qui prépare ses quartiers aux inondations et "
                "restaure des mangroves. Il montre comment un HUB rend compte de ses résultats.",
                "lead_government": "Fictif : une association de communes côtières",
                "local_global_link": "<p>Il traduit les objectifs mondiaux sur le climat et la vie aquatique en "
                "plans de quartier face aux inondations.</p>",
                "acceleration": "<p>Chaque ville adapte un modèle de plan commun au lieu de partir de zéro.</p>",
                "synchronisation": "<p>Son modèle de plan est proposé aux autres HUBs fictifs.</p>",
                "contact_name": "Équipe de coordination du HUB fictif",
            },
        },
        "results": [
            _result(
                "0",
                "12",
                "5",
                datetime.date(2026, 9, 30),
                {
                    "en": ("Neighbourhoods with a flood plan", "Neighbourhood plans adopted", "neighbourhoods"),
                    "es": ("Barrios con un plan frente a inundaciones", "Planes de barrio aprobados", "barrios"),
                    "fr": ("Quartiers dotés d'un plan inondation", "Plans de quartier adoptés", "quartiers"),
                },
            ),
            _result(
                "0",
                "40",
                "18",
                datetime.date(2026, 9, 30),
                {
                    "en": ("Mangroves restored", "Area replanted", "hectares"),
                    "es": ("Manglares restaurados", "Superficie replantada", "hectáreas"),
                    "fr": ("Mangroves restaurées", "Surface replantée", "hectares"),
                },
            ),
        ],
        "milestones": [
            (
                datetime.date(2025, 3, 1),
                True,
                {"en": "Kick-off workshop", "es": "Taller de arranque", "fr": "Atelier de lancement"},
            ),
            (
                datetime.date(2025, 11, 15),
                True,
                {
                    "en": "First neighbourhood plans adopted",
                    "es": "Primeros planes de barrio aprobados",
                    "fr": "Premiers plans de quartier adoptés",
                },
            ),
            (
                datetime.date(2026, 12, 15),
                False,
                {"en": "Mid-term review", "es": "Revisión intermedia", "fr": "Bilan à mi-parcours"},
            ),
            (
                datetime.date(2027, 2, 28),
                False,
                {
                    "en": "Final exchange with the network",
                    "es": "Intercambio final con la red",
                    "fr": "Échange final avec le réseau",
                },
            ),
        ],
    },
    {
        "slug": "example-river-basin-region",
        "slugs": {"es": "ejemplo-region-de-cuenca-fluvial", "fr": "exemple-region-de-bassin-versant"},
        "fields": {
            "lead_government_kind": "region",
            "country": "CO",
            "region": "latin-america",
            "status": "proposed",
            "start_date": datetime.date(2027, 1, 15),
            "end_date": datetime.date(2029, 1, 15),
            "contact_email": "hub@river-basin-region.example",
        },
        "sdgs": [6, 15],
        "themes": ["biodiversity", "ecology"],
        "partners": ["example-cooperative"],
        "connected": ["example-coastal-city-network"],
        "image": ("dots", "white", "green-deep"),
        "text": {
            "en": {
                "title": "Illustrative example: a river-basin region",
                "summary": "A fictional regional government proposing that all the municipalities of one river "
                "basin share water-quality data. It shows a HUB at the proposal stage.",
                "lead_government": "Illustrative: a regional government",
                "local_global_link": "<p>Links the goals on clean water and life on land to the way a river is "
                "managed, from source to mouth.</p>",
                "acceleration": "<p>Shared data lets every municipality act on the same picture.</p>",
                "synchronisation": "<p>It would build on the coastal network's plan template.</p>",
                "contact_name": "Illustrative HUB coordination team",
            },
            "es": {
                "title": "Ejemplo ilustrativo: una región de cuenca fluvial",
                "summary": "Un gobierno regional ficticio que propone que todos los municipios de una cuenca "
                "compartan datos sobre la calidad del agua. Muestra un HUB en fase de propuesta.",
                "lead_government": "Ilustrativo: un gobierno regional",
                "local_global_link": "<p>Vincula los objetivos de agua limpia y vida terrestre con la gestión de "
                "un río, desde su nacimiento hasta su desembocadura.</p>",
                "acceleration": "<p>Los datos compartidos permiten que cada municipio actúe sobre la misma "
                "realidad.</p>",
                "synchronisation": "<p>Se apoyaría en la plantilla de plan de la red costera.</p>",
                "contact_name": "Equipo de coordinación del HUB ilustrativo",
            },
            "fr": {
                "title": "Exemple fictif : une région de bassin versant",
                "summary": "Un gouvernement régional fictif qui propose que toutes les communes d'un bassin "
                "versant partagent leurs données sur la qualité de l'eau. Il montre un HUB au stade de la "
                "proposition.",
                "lead_government": "Fictif : un gouvernement régional",
                "local_global_link": "<p>Il relie les objectifs sur l'eau propre et la vie terrestre à la gestion "
                "d'un fleuve, de sa source à son embouchure.</p>",
                "acceleration": "<p>Des données partagées permettent à chaque commune d'agir sur la même réalité.</p>",
                "synchronisation": "<p>Il s'appuierait sur le modèle de plan du réseau côtier.</p>",
                "contact_name": "Équipe de coordination du HUB fictif",
            },
        },
        "results": [
            _result(
                "0",
                "20",
                None,
                None,
                {
                    "en": (
                        "Municipalities sharing water data",
                        "Municipalities publishing monthly readings",
                        "municipalities",
                    ),
                    "es": (
                        "Municipios que comparten datos del agua",
                        "Municipios que publican mediciones mensuales",
                        "municipios",
                    ),
                    "fr": (
                        "Communes partageant leurs données sur l'eau",
                        "Communes publiant des relevés mensuels",
                        "communes",
                    ),
                },
            ),
        ],
        "milestones": [
            (
                datetime.date(2027, 1, 15),
                False,
                {
                    "en": "Basin-wide launch meeting",
                    "es": "Reunión de lanzamiento de la cuenca",
                    "fr": "Réunion de lancement du bassin",
                },
            ),
        ],
    },
    {
        "slug": "example-clean-energy-city",
        "slugs": {"es": "ejemplo-ciudad-de-energia-limpia", "fr": "exemple-ville-energie-propre"},
        "fields": {
            "lead_government_kind": "city",
            "country": "CA",
            "region": "north-america",
            "status": "completed",
            "start_date": datetime.date(2022, 1, 10),
            "end_date": datetime.date(2024, 12, 15),
            "contact_email": "hub@clean-energy-city.example",
        },
        "sdgs": [7, 13],
        "themes": ["ecology", "local-finance"],
        "partners": ["example-energy-agency"],
        "connected": ["example-coastal-city-network"],
        "image": ("bars", "orange", "dark"),
        "text": {
            "en": {
                "title": "Illustrative example: a mid-sized city's clean-energy plan",
                "summary": "A fictional city that put solar panels on its public buildings and helped households "
                "save energy. It shows a completed HUB that reached its targets.",
                "lead_government": "Illustrative: a mid-sized city",
                "local_global_link": "<p>Brings the goal of affordable and clean energy to the city's own roofs "
                "and to people's homes.</p>",
                "acceleration": "<p>Savings on the city's energy bills paid for the next round of panels.</p>",
                "synchronisation": "<p>It shared its financing model with the coastal network.</p>",
                "contact_name": "Illustrative HUB coordination team",
            },
            "es": {
                "title": "Ejemplo ilustrativo: el plan de energía limpia de una ciudad mediana",
                "summary": "Una ciudad ficticia que instaló paneles solares en sus edificios públicos y ayudó a "
                "los hogares a ahorrar energía. Muestra un HUB finalizado que alcanzó sus metas.",
                "lead_government": "Ilustrativo: una ciudad mediana",
                "local_global_link": "<p>Lleva el objetivo de energía asequible y no contaminante a los tejados "
                "municipales y a los hogares.</p>",
                "acceleration": "<p>El ahorro en las facturas energéticas municipales financió la siguiente "
                "tanda de paneles.</p>",
                "synchronisation": "<p>Compartió su modelo de financiación con la red costera.</p>",
                "contact_name": "Equipo de coordinación del HUB ilustrativo",
            },
            "fr": {
                "title": "Exemple fictif : le plan d'énergie propre d'une ville moyenne",
                "summary": "Une ville fictive qui a posé des panneaux solaires sur ses bâtiments publics et aidé "
                "les ménages à économiser l'énergie. Il montre un HUB achevé qui a atteint ses cibles.",
                "lead_government": "Fictif : une ville moyenne",
                "local_global_link": "<p>Il apporte l'objectif d'une énergie propre et abordable sur les toits de "
                "la ville et dans les foyers.</p>",
                "acceleration": "<p>Les économies sur les factures d'énergie de la ville ont financé la série "
                "suivante de panneaux.</p>",
                "synchronisation": "<p>Il a partagé son modèle de financement avec le réseau côtier.</p>",
                "contact_name": "Équipe de coordination du HUB fictif",
            },
        },
        "results": [
            _result(
                "0",
                "30",
                "30",
                datetime.date(2024, 12, 1),
                {
                    "en": ("Public buildings with solar panels", "Buildings connected", "buildings"),
                    "es": ("Edificios públicos con paneles solares", "Edificios conectados", "edificios"),
                    "fr": ("Bâtiments publics équipés de panneaux solaires", "Bâtiments raccordés", "bâtiments"),
                },
            ),
            _result(
                "0",
                "2000",
                "2350",
                datetime.date(2024, 12, 1),
                {
                    "en": ("Households saving energy", "Households in the energy-saving programme", "households"),
                    "es": ("Hogares que ahorran energía", "Hogares en el programa de ahorro energético", "hogares"),
                    "fr": (
                        "Ménages économisant l'énergie",
                        "Ménages inscrits au programme d'économies d'énergie",
                        "ménages",
                    ),
                },
            ),
        ],
        "milestones": [
            (
                datetime.date(2022, 1, 10),
                True,
                {
                    "en": "Plan adopted by the city council",
                    "es": "Plan aprobado por el pleno municipal",
                    "fr": "Plan adopté par le conseil municipal",
                },
            ),
            (
                datetime.date(2023, 6, 1),
                True,
                {
                    "en": "First 15 buildings connected",
                    "es": "Primeros 15 edificios conectados",
                    "fr": "15 premiers bâtiments raccordés",
                },
            ),
            (
                datetime.date(2024, 12, 15),
                True,
                {"en": "Final report published", "es": "Informe final publicado", "fr": "Rapport final publié"},
            ),
        ],
    },
]
