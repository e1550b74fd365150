"""More illustrative HUBs (see hubs_illustrative.py): fictional examples
with figures, clearly labelled, never attributed to a real government."""

import datetime

from .hubs_illustrative import _result

MORE_ILLUSTRATIVE_HUBS = [
    {
        "slug": "example-water-sharing-association",
        "slugs": {"es": "ejemplo-asociacion-agua-compartida", "fr": "exemple-association-partage-eau"},
        "fields": {
            "lead_government_kind": "association",
            "country": "JO",
            "region": "middle-east-west-asia",
            "status": "active",
            "start_date": datetime.date(2024, 9, 1),
            "end_date": datetime.date(2027, 8, 31),
            "contact_email": "hub@water-sharing.example",
        },
        "sdgs": [6, 17],
        "themes": ["resilience", "partnerships"],
        "partners": ["example-cooperative", "example-university"],
        "connected": ["example-river-basin-region", "example-coastal-city-network"],
        "image": ("circles", "dark", "orange"),
        "text": {
            "en": {
                "title": "Illustrative example: a municipal water-sharing association",
                "summary": "A fictional association of municipalities that share water and cut losses from "
                "leaking pipes. It shows a result whose target is lower than its baseline.",
                "lead_government": "Illustrative: an association of municipalities",
                "local_global_link": "<p>Puts the goal of clean water for all into a written agreement between "
                "neighbouring towns.</p>",
                "acceleration": "<p>Towns that join start from a common agreement and a shared leak survey.</p>",
                "synchronisation": "<p>It exchanges data with the river-basin region and the coastal network.</p>",
                "contact_name": "Illustrative HUB coordination team",
            },
            "es": {
                "title": "Ejemplo ilustrativo: una asociación municipal para compartir el agua",
                "summary": "Una asociación ficticia de municipios que comparten agua y reducen las pérdidas por "
                "fugas. Muestra un resultado cuya meta es inferior a su valor de partida.",
                "lead_government": "Ilustrativo: una asociación de municipios",
                "local_global_link": "<p>Plasma el objetivo de agua limpia para todas las personas en un acuerdo "
                "escrito entre localidades vecinas.</p>",
                "acceleration": "<p>Las localidades que se suman parten de un acuerdo común y de un estudio de "
                "fugas compartido.</p>",
                "synchronisation": "<p>Intercambia datos con la región de cuenca fluvial y con la red costera.</p>",
                "contact_name": "Equipo de coordinación del HUB ilustrativo",
            },
            "fr": {
                "title": "Exemple fictif : une association de communes pour le partage de l'eau",
                "summary": "Une association fictive de communes qui partagent l'eau et réduisent les pertes dues "
                "aux fuites. Il montre un résultat dont la cible est inférieure à la valeur de départ.",
                "lead_government": "Fictif : une association de communes",
                "local_global_link": "<p>Il inscrit l'objectif d'une eau propre pour tous dans un accord écrit "
                "entre communes voisines.</p>",
                "acceleration": "<p>Les communes qui adhèrent partent d'un accord commun et d'un relevé des "
                "fuites partagé.</p>",
                "synchronisation": "<p>Il échange des données avec la région de bassin versant et le réseau "
                "côtier.</p>",
                "contact_name": "Équipe de coordination du HUB fictif",
            },
        },
        "results": [
            _result(
                "4",
                "16",
                "9",
                datetime.date(2026, 6, 30),
                {
                    "en": ("Municipalities in the agreement", "Signatory municipalities", "municipalities"),
                    "es": ("Municipios en el acuerdo", "Municipios firmantes", "municipios"),
                    "fr": ("Communes parties à l'accord", "Communes signataires", "communes"),
                },
            ),
            _result(
                "35",
                "20",
                "29",
                datetime.date(2026, 6, 30),
                {
                    "en": ("Less water lost to leaks", "Share of water lost in the network", "%"),
                    "es": ("Menos agua perdida por fugas", "Porcentaje de agua perdida en la red", "%"),
                    "fr": ("Moins d'eau perdue par les fuites", "Part de l'eau perdue dans le réseau", "%"),
                },
            ),
        ],
        "milestones": [
            (
                datetime.date(2024, 9, 1),
                True,
                {
                    "en": "Agreement signed by four towns",
                    "es": "Acuerdo firmado por cuatro localidades",
                    "fr": "Accord signé par quatre communes",
                },
            ),
            (
                datetime.date(2025, 10, 1),
                True,
                {
                    "en": "Shared leak survey completed",
                    "es": "Estudio de fugas compartido terminado",
                    "fr": "Relevé des fuites commun achevé",
                },
            ),
            (
                datetime.date(2027, 6, 1),
                False,
                {
                    "en": "Agreement renewed for the whole region",
                    "es": "Acuerdo renovado para toda la región",
                    "fr": "Accord renouvelé pour toute la région",
                },
            ),
        ],
    },
    {
        "slug": "example-inclusive-transport-city",
        "slugs": {"es": "ejemplo-ciudad-transporte-inclusivo", "fr": "exemple-ville-transport-inclusif"},
        "fields": {
            "lead_government_kind": "city",
            "country": "KZ",
            "region": "eurasia",
            "status": "proposed",
            "start_date": datetime.date(2027, 3, 1),
            "end_date": datetime.date(2028, 9, 1),
            "contact_email": "hub@inclusive-transport-city.example",
        },
        "sdgs": [10, 11],
        "themes": ["mobility", "equality"],
        "partners": ["example-youth-network"],
        "connected": ["example-clean-energy-city"],
        "image": ("dots", "red", "white"),
        "text": {
            "en": {
                "title": "Illustrative example: a city's step-free buses",
                "summary": "A fictional city proposing to make its bus stops step-free, planned with young "
                "people and people with disabilities. It shows a proposed HUB.",
                "lead_government": "Illustrative: a capital city",
                "local_global_link": "<p>Brings the goals on reduced inequalities and sustainable cities to the "
                "bus stop on the corner.</p>",
                "acceleration": "<p>Stops are rebuilt in the order chosen by the people who use them.</p>",
                "synchronisation": "<p>It would reuse the clean-energy city's way of financing works.</p>",
                "contact_name": "Illustrative HUB coordination team",
            },
            "es": {
                "title": "Ejemplo ilustrativo: autobuses sin escalones en una ciudad",
                "summary": "Una ciudad ficticia que propone eliminar los escalones de sus paradas de autobús, con "
                "un plan elaborado junto a jóvenes y personas con discapacidad. Muestra un HUB propuesto.",
                "lead_government": "Ilustrativo: una ciudad capital",
                "local_global_link": "<p>Lleva los objetivos de reducción de las desigualdades y ciudades "
                "sostenibles a la parada de autobús de la esquina.</p>",
                "acceleration": "<p>Las paradas se reforman en el orden que eligen quienes las usan.</p>",
                "synchronisation": "<p>Reutilizaría la forma de financiar obras de la ciudad de energía limpia.</p>",
                "contact_name": "Equipo de coordinación del HUB ilustrativo",
            },
            "fr": {
                "title": "Exemple fictif : des bus sans marche dans une ville",
                "summary": "Une ville fictive qui propose de rendre ses arrêts de bus accessibles de plain-pied, "
                "avec un plan conçu avec des jeunes et des personnes handicapées. Il montre un HUB proposé.",
                "lead_government": "Fictif : une capitale",
                "local_global_link": "<p>Il apporte les objectifs de réduction des inégalités et de villes "
                "durables jusqu'à l'arrêt de bus du coin de la rue.</p>",
                "acceleration": "<p>Les arrêts sont réaménagés dans l'ordre choisi par celles et ceux qui les "
                "utilisent.</p>",
                "synchronisation": "<p>Il reprendrait la façon de financer les travaux de la ville de l'énergie "
                "propre.</p>",
                "contact_name": "Équipe de coordination du HUB fictif",
            },
        },
        "results": [
            _result(
                "0",
                "150",
                None,
                None,
                {
                    "en": ("Step-free bus stops", "Bus stops rebuilt step-free", "bus stops"),
                    "es": ("Paradas de autobús sin escalones", "Paradas reformadas sin escalones", "paradas"),
                    "fr": ("Arrêts de bus de plain-pied", "Arrêts réaménagés de plain-pied", "arrêts"),
                },
            ),
        ],
        "milestones": [
            (
                datetime.date(2027, 3, 1),
                False,
                {
                    "en": "Walk-through of the bus network with residents",
                    "es": "Recorrido de la red de autobuses con vecinos y vecinas",
                    "fr": "Parcours du réseau de bus avec les habitants",
                },
            ),
        ],
    },
]
