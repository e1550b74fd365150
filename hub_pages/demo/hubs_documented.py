"""HUBs led by real governments: only facts from the public record
(../shared/seeds/context.md). No figures, results or quotes are invented for
them, so they have no expected results; milestones are documented dates."""

import datetime

COMMON_SYNC = {
    "en": "<p>It shares its work with the other HUBs through the UCLG network and meets them every year at the "
    "Venice City Solutions 2030 forum.</p>",
    "es": "<p>Comparte su trabajo con los demás HUBs a través de la red de CGLU y se reúne con ellos cada año en el "
    "foro Venice City Solutions 2030.</p>",
    "fr": "<p>Il partage son travail avec les autres HUBs au sein du réseau de CGLU et les retrouve chaque année au "
    "forum Venice City Solutions 2030.</p>",
}

DOCUMENTED_HUBS = [
    {
        "slug": "xian",
        "slugs": {"es": "xian", "fr": "xian"},
        "fields": {
            "lead_government_kind": "city",
            "country": "CN",
            "region": "asia-pacific",
            "latitude": "34.34157",
            "longitude": "108.93977",
            "status": "active",
            "start_date": datetime.date(2021, 8, 1),
        },
        "sdgs": [4, 5, 8, 17],
        "themes": ["youth", "equality"],
        "partners": [],
        "connected": [],
        "image": ("dots", "dark", "orange"),
        "text": {
            "en": {
                "title": "Xi'an: youth education and dialogue",
                "summary": "A HUB led by the city of Xi'an on education and dialogue among young people, linked to "
                "SDGs 4, 5, 8 and 17. It was launched in August 2021.",
                "lead_government": "City of Xi'an",
                "local_global_link": "<p>It ties the global goals on quality education, gender equality, decent "
                "work and partnerships to the city's work with young people.</p>",
                "acceleration": "<p>It puts young people at the centre of the conversation on localising the "
                "2030 Agenda.</p>",
            },
            "es": {
                "title": "Xi'an: educación y diálogo de la juventud",
                "summary": "Un HUB liderado por la ciudad de Xi'an sobre la educación y el diálogo entre jóvenes, "
                "vinculado a los ODS 4, 5, 8 y 17. Se puso en marcha en agosto de 2021.",
                "lead_government": "Ciudad de Xi'an",
                "local_global_link": "<p>Vincula los objetivos globales de educación de calidad, igualdad de "
                "género, trabajo decente y alianzas con el trabajo de la ciudad con la juventud.</p>",
                "acceleration": "<p>Sitúa a la juventud en el centro de la conversación sobre la localización de "
                "la Agenda 2030.</p>",
            },
            "fr": {
                "title": "Xi'an : éducation et dialogue des jeunes",
                "summary": "Un HUB porté par la ville de Xi'an sur l'éducation et le dialogue entre les jeunes, "
                "lié aux ODD 4, 5, 8 et 17. Il a été lancé en août 2021.",
                "lead_government": "Ville de Xi'an",
                "local_global_link": "<p>Il relie les objectifs mondiaux d'éducation de qualité, d'égalité entre "
                "les sexes, de travail décent et de partenariat au travail de la ville avec les jeunes.</p>",
                "acceleration": "<p>Il place les jeunes au cœur du dialogue sur la localisation de l'Agenda 2030.</p>",
            },
        },
        "results": [],
        "milestones": [
            (
                datetime.date(2021, 8, 1),
                True,
                {"en": "HUB launched", "es": "Puesta en marcha del HUB", "fr": "Lancement du HUB"},
            ),
        ],
    },
    {
        "slug": "bilbao-city-of-values",
        "slugs": {"es": "bilbao-ciudad-de-valores", "fr": "bilbao-ville-des-valeurs"},
        "fields": {
            "lead_government_kind": "city",
            "country": "ES",
            "region": "europe",
            "latitude": "43.26271",
            "longitude": "-2.92528",
            "status": "completed",
            "start_date": datetime.date(2021, 6, 1),
            "end_date": datetime.date(2023, 3, 31),
        },
        "sdgs": [11, 16],
        "themes": ["culture", "open-government"],
        "partners": [],
        "connected": [],
        "image": ("circles", "red", "white"),
        "text": {
            "en": {
                "title": "Bilbao: City of Values",
                "summary": "Bilbao's HUB treated shared values as drivers of sustainable urban development, "
                "through forums leading to a manifesto, a charter and an agenda of values "
                "(June 2021 – March 2023).",
                "lead_government": "Bilbao City Council",
                "local_global_link": "<p>It links the global agendas to the values a city lives by, and asks how "
                "those values can guide urban development.</p>",
                "acceleration": "<p>Its forums turned a shared discussion into three written products: a "
                "manifesto, a charter and an agenda of values.</p>",
            },
            "es": {
                "title": "Bilbao: Ciudad de Valores",
                "summary": "El HUB de Bilbao abordó los valores compartidos como motores del desarrollo urbano "
                "sostenible, con foros que desembocaron en un manifiesto, una carta y una agenda de valores "
                "(junio de 2021 – marzo de 2023).",
                "lead_government": "Ayuntamiento de Bilbao",
                "local_global_link": "<p>Vincula las agendas globales con los valores con los que vive una ciudad "
                "y se pregunta cómo esos valores pueden orientar el desarrollo urbano.</p>",
                "acceleration": "<p>Sus foros convirtieron un debate compartido en tres productos escritos: un "
                "manifiesto, una carta y una agenda de valores.</p>",
            },
            "fr": {
                "title": "Bilbao : Ville des valeurs",
                "summary": "Le HUB de Bilbao a fait des valeurs partagées un moteur du développement urbain "
                "durable, à travers des forums qui ont abouti à un manifeste, une charte et un agenda des "
                "valeurs (juin 2021 – mars 2023).",
                "lead_government": "Mairie de Bilbao",
                "local_global_link": "<p>Il relie les agendas mondiaux aux valeurs qui font vivre une ville et "
                "se demande comment ces valeurs peuvent guider le développement urbain.</p>",
                "acceleration": "<p>Ses forums ont transformé un débat commun en trois documents : un manifeste, "
                "une charte et un agenda des valeurs.</p>",
            },
        },
        "results": [],
        "milestones": [
            (
                datetime.date(2021, 6, 1),
                True,
                {"en": "HUB launched", "es": "Puesta en marcha del HUB", "fr": "Lancement du HUB"},
            ),
            (
                datetime.date(2023, 3, 31),
                True,
                {
                    "en": "HUB process completed",
                    "es": "Cierre del proceso del HUB",
                    "fr": "Clôture du processus du HUB",
                },
            ),
        ],
    },
    {
        "slug": "diputacion-de-barcelona",
        "slugs": {"es": "diputacion-de-barcelona", "fr": "diputation-de-barcelone"},
        "fields": {
            "lead_government_kind": "region",
            "country": "ES",
            "region": "europe",
            "latitude": "41.38879",
            "longitude": "2.15899",
            "status": "active",
        },
        "sdgs": [5],
        "themes": ["equality"],
        "partners": [],
        "connected": [],
        "image": ("bars", "green-deep", "white"),
        "text": {
            "en": {
                "title": "Diputació de Barcelona: women's political leadership",
                "summary": "A HUB of the Barcelona Provincial Council on women's political leadership at local "
                "level, developed with Moroccan partners.",
                "lead_government": "Barcelona Provincial Council (Diputació de Barcelona)",
                "local_global_link": "<p>It brings the global commitment to gender equality to the level where "
                "many women first take on political responsibility: local government.</p>",
                "acceleration": "<p>It works across the Mediterranean, with partners in Morocco.</p>",
            },
            "es": {
                "title": "Diputación de Barcelona: liderazgo político de las mujeres",
                "summary": "Un HUB de la Diputación de Barcelona sobre el liderazgo político de las mujeres en el "
                "ámbito local, desarrollado con socios marroquíes.",
                "lead_government": "Diputación de Barcelona",
                "local_global_link": "<p>Lleva el compromiso global con la igualdad de género al nivel en el que "
                "muchas mujeres asumen por primera vez responsabilidades políticas: el gobierno local.</p>",
                "acceleration": "<p>Trabaja de una orilla a otra del Mediterráneo, con socios en Marruecos.</p>",
            },
            "fr": {
                "title": "Députation de Barcelone : leadership politique des femmes",
                "summary": "Un HUB de la Députation de Barcelone sur le leadership politique des femmes à "
                "l'échelle locale, mené avec des partenaires marocains.",
                "lead_government": "Députation de Barcelone (Diputació de Barcelona)",
                "local_global_link": "<p>Il porte l'engagement mondial pour l'égalité entre les sexes là où de "
                "nombreuses femmes exercent leurs premières responsabilités politiques : le gouvernement "
                "local.</p>",
                "acceleration": "<p>Il travaille d'une rive à l'autre de la Méditerranée, avec des partenaires au "
                "Maroc.</p>",
            },
        },
        "results": [],
        "milestones": [],
    },
    {
        "slug": "venice-city-solutions-2030",
        "slugs": {"es": "venice-city-solutions-2030", "fr": "venice-city-solutions-2030"},
        "fields": {
            "lead_government_kind": "association",
            "country": "IT",
            "region": "europe",
            "latitude": "45.43713",
            "longitude": "12.33265",
            "status": "active",
        },
        "sdgs": [17],
        "themes": ["partnerships"],
        "partners": ["aiccre", "uclg", "undp", "un-habitat", "sdg-action-campaign"],
        "connected": ["xian", "bilbao-city-of-values", "diputacion-de-barcelona"],
        "image": ("waves", "dark", "green"),
        "text": {
            "en": {
                "title": "Venice City Solutions 2030: the Hub of the Local4Action Hubs",
                "summary": "Around the yearly Venice City Solutions 2030 forum, AICCRE, UCLG's Italian section, "
                "runs a HUB on SDG 17 that calls itself the “Hub of the Local4Action Hubs”.",
                "lead_government": "AICCRE, UCLG's Italian section",
                "local_global_link": "<p>The forum brings local governments together with UCLG, UNDP, UN-Habitat "
                "and the UN SDG Action Campaign.</p>",
                "acceleration": "<p>Each edition takes up one question of localising the SDGs, from financing "
                "them locally (2018) to citizenship (2019) and rethinking the city (2021).</p>",
                "synchronisation": "<p>It gathers the Local4Action HUBs at least once a year, at the forum.</p>",
            },
            "es": {
                "title": "Venice City Solutions 2030: el HUB de los Local4Action HUBs",
                "summary": "En torno al foro anual Venice City Solutions 2030, AICCRE, la sección italiana de "
                "CGLU, impulsa un HUB sobre el ODS 17 que se presenta como el «HUB de los Local4Action HUBs».",
                "lead_government": "AICCRE, sección italiana de CGLU",
                "local_global_link": "<p>El foro reúne a gobiernos locales con CGLU, el PNUD, ONU-Hábitat y la "
                "Campaña de Acción de la ONU para los ODS.</p>",
                "acceleration": "<p>Cada edición aborda una cuestión de la localización de los ODS, desde su "
                "financiación local (2018) hasta la ciudadanía (2019) y la manera de repensar la ciudad (2021).</p>",
                "synchronisation": "<p>Reúne a los Local4Action HUBs al menos una vez al año, en el foro.</p>",
            },
            "fr": {
                "title": "Venice City Solutions 2030 : le HUB des Local4Action HUBs",
                "summary": "Autour du forum annuel Venice City Solutions 2030, l'AICCRE, section italienne de "
                "CGLU, anime un HUB consacré à l'ODD 17 qui se présente comme le « HUB des Local4Action HUBs ».",
                "lead_government": "AICCRE, section italienne de CGLU",
                "local_global_link": "<p>Le forum réunit des gouvernements locaux avec CGLU, le PNUD, ONU-Habitat "
                "et la Campagne d'action des Nations unies pour les ODD.</p>",
                "acceleration": "<p>Chaque édition traite une question de la localisation des ODD, de leur "
                "financement local (2018) à la citoyenneté (2019) et à la manière de repenser la ville (2021).</p>",
                "synchronisation": "<p>Il réunit les Local4Action HUBs au moins une fois par an, lors du forum.</p>",
            },
        },
        "results": [],
        "milestones": [
            (
                datetime.date(2020, 11, 26),
                True,
                {
                    "en": "Online forum “Visualizing Agenda 2030 in the City”, celebrating the new HUBs",
                    "es": "Foro en línea «Visualizing Agenda 2030 in the City», que celebró los nuevos HUBs",
                    "fr": "Forum en ligne « Visualizing Agenda 2030 in the City », qui a célébré les nouveaux HUBs",
                },
            ),
            (
                datetime.date(2021, 12, 2),
                True,
                {
                    "en": "Forum “SDGs Solutions to Rethink the City” (2–3 December)",
                    "es": "Foro «SDGs Solutions to Rethink the City» (2 y 3 de diciembre)",
                    "fr": "Forum « SDGs Solutions to Rethink the City » (2 et 3 décembre)",
                },
            ),
        ],
    },
]
