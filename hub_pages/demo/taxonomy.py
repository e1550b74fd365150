"""Themes (the ten Durban manifestos plus two cross-cutting topics) and
partner organisations of the demo HUBs. Real organisations appear only where
the public record links them to a HUB (the Venice City Solutions 2030
forum's organisers); the partners of illustrative HUBs are illustrative too."""

THEMES = [
    # slug, en, es, fr
    (
        "local-finance",
        "The future of local finance",
        "El futuro de las finanzas locales",
        "L'avenir des finances locales",
    ),
    ("equality", "The future of equality", "El futuro de la igualdad", "L'avenir de l'égalité"),
    ("mobility", "The future of mobility", "El futuro de la movilidad", "L'avenir de la mobilité"),
    ("culture", "The future of culture", "El futuro de la cultura", "L'avenir de la culture"),
    ("ecology", "The future of ecology", "El futuro de la ecología", "L'avenir de l'écologie"),
    ("housing", "The future of housing", "El futuro de la vivienda", "L'avenir du logement"),
    ("biodiversity", "The future of biodiversity", "El futuro de la biodiversidad", "L'avenir de la biodiversité"),
    (
        "open-government",
        "The future of transparency and open government",
        "El futuro de la transparencia y el gobierno abierto",
        "L'avenir de la transparence et du gouvernement ouvert",
    ),
    ("migration", "The future of migration", "El futuro de la migración", "L'avenir des migrations"),
    ("resilience", "The future of resilience", "El futuro de la resiliencia", "L'avenir de la résilience"),
    ("youth", "Youth and education", "Juventud y educación", "Jeunesse et éducation"),
    ("partnerships", "Partnerships for the SDGs", "Alianzas para los ODS", "Partenariats pour les ODD"),
]

DURBAN_DESCRIPTION = {
    "en": "One of the ten political manifestos adopted at the UCLG World Congress in Durban (2019).",
    "es": "Uno de los diez manifiestos políticos aprobados en el Congreso Mundial de CGLU en Durban (2019).",
    "fr": "L'un des dix manifestes politiques adoptés au Congrès mondial de CGLU à Durban (2019).",
}
CROSS_CUTTING_DESCRIPTION = {
    "en": "A cross-cutting topic of the Local4Action HUBs.",
    "es": "Un tema transversal de los Local4Action HUBs.",
    "fr": "Un thème transversal des Local4Action HUBs.",
}

# key: (name per language, url, initials, logo colour)
PARTNERS = {
    "aiccre": (
        {
            "en": "AICCRE (Italian Association for the Council of European Municipalities and Regions)",
            "es": "AICCRE (Asociación Italiana del Consejo de Municipios y Regiones de Europa)",
            "fr": "AICCRE (Association italienne du Conseil des communes et régions d'Europe)",
        },
        "https://www.aiccre.it/",
        "AI",
        "green-deep",
    ),
    "uclg": (
        {
            "en": "United Cities and Local Governments (UCLG)",
            "es": "Ciudades y Gobiernos Locales Unidos (CGLU)",
            "fr": "Cités et Gouvernements Locaux Unis (CGLU)",
        },
        "https://www.uclg.org/",
        "UC",
        "red",
    ),
    "undp": (
        {
            "en": "United Nations Development Programme (UNDP)",
            "es": "Programa de las Naciones Unidas para el Desarrollo (PNUD)",
            "fr": "Programme des Nations unies pour le développement (PNUD)",
        },
        "https://www.undp.org/",
        "UN",
        "dark",
    ),
    "un-habitat": (
        {"en": "UN-Habitat", "es": "ONU-Hábitat", "fr": "ONU-Habitat"},
        "https://unhabitat.org/",
        "UH",
        "dark",
    ),
    "sdg-action-campaign": (
        {
            "en": "UN SDG Action Campaign",
            "es": "Campaña de Acción de la ONU para los ODS",
            "fr": "Campagne d'action des Nations unies pour les ODD",
        },
        "https://sdgactioncampaign.org/",
        "SA",
        "orange",
    ),
    "example-university": (
        {
            "en": "Illustrative partner: a regional university",
            "es": "Socio ilustrativo: una universidad regional",
            "fr": "Partenaire fictif : une université régionale",
        },
        "",
        "RU",
        "orange",
    ),
    "example-cooperative": (
        {
            "en": "Illustrative partner: a community water cooperative",
            "es": "Socio ilustrativo: una cooperativa comunitaria de agua",
            "fr": "Partenaire fictif : une coopérative communautaire de l'eau",
        },
        "",
        "WC",
        "green",
    ),
    "example-youth-network": (
        {
            "en": "Illustrative partner: a national youth network",
            "es": "Socio ilustrativo: una red nacional de juventud",
            "fr": "Partenaire fictif : un réseau national de jeunes",
        },
        "",
        "YN",
        "red",
    ),
    "example-energy-agency": (
        {
            "en": "Illustrative partner: a municipal energy agency",
            "es": "Socio ilustrativo: una agencia municipal de energía",
            "fr": "Partenaire fictif : une agence municipale de l'énergie",
        },
        "",
        "EA",
        "green-deep",
    ),
}
