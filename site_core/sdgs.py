"""The 17 Sustainable Development Goals: official UN colours and short names.

Source: UN Department of Global Communications, "Guidelines for the use of the
SDG logo including the colour wheel, and 17 icons". Loaded by a data migration
(and by test fixtures after a database flush) through `ensure_sdgs`."""

import uuid

GOALS = [
    {"number": 1, "colour": "#E5243B", "en": "No Poverty", "es": "Fin de la pobreza", "fr": "Pas de pauvreté"},
    {"number": 2, "colour": "#DDA63A", "en": "Zero Hunger", "es": "Hambre cero", "fr": "Faim « zéro »"},
    {
        "number": 3,
        "colour": "#4C9F38",
        "en": "Good Health and Well-being",
        "es": "Salud y bienestar",
        "fr": "Bonne santé et bien-être",
    },
    {
        "number": 4,
        "colour": "#C5192D",
        "en": "Quality Education",
        "es": "Educación de calidad",
        "fr": "Éducation de qualité",
    },
    {
        "number": 5,
        "colour": "#FF3A21",
        "en": "Gender Equality",
        "es": "Igualdad de género",
        "fr": "Égalité entre les sexes",
    },
    {
        "number": 6,
        "colour": "#26BDE2",
        "en": "Clean Water and Sanitation",
        "es": "Agua limpia y saneamiento",
        "fr": "Eau propre et assainissement",
    },
    {
        "number": 7,
        "colour": "#FCC30B",
        "en": "Affordable and Clean Energy",
        "es": "Energía asequible y no contaminante",
        "fr": "Énergie propre et d'un coût abordable",
    },
    {
        "number": 8,
        "colour": "#A21942",
        "en": "Decent Work and Economic Growth",
        "es": "Trabajo decente y crecimiento económico",
        "fr": "Travail décent et croissance économique",
    },
    {
        "number": 9,
        "colour": "#FD6925",
        "en": "Industry, Innovation and Infrastructure",
        "es": "Industria, innovación e infraestructura",
        "fr": "Industrie, innovation et infrastructure",
    },
    {
        "number": 10,
        "colour": "#DD1367",
        "en": "Reduced Inequalities",
        "es": "Reducción de las desigualdades",
        "fr": "Inégalités réduites",
    },
    {
        "number": 11,
        "colour": "#FD9D24",
        "en": "Sustainable Cities and Communities",
        "es": "Ciudades y comunidades sostenibles",
        "fr": "Villes et communautés durables",
    },
    {
        "number": 12,
        "colour": "#BF8B2E",
        "en": "Responsible Consumption and Production",
        "es": "Producción y consumo responsables",
        "fr": "Consommation et production responsables",
    },
    {
        "number": 13,
        "colour": "#3F7E44",
        "en": "Climate Action",
        "es": "Acción por el clima",
        "fr": "Mesures relatives à la lutte contre les changements climatiques",
    },
    {"number": 14, "colour": "#0A97D9", "en": "Life Below Water", "es": "Vida submarina", "fr": "Vie aquatique"},
    {
        "number": 15,
        "colour": "#56C02B",
        "en": "Life on Land",
        "es": "Vida de ecosistemas terrestres",
        "fr": "Vie terrestre",
    },
    {
        "number": 16,
        "colour": "#00689D",
        "en": "Peace, Justice and Strong Institutions",
        "es": "Paz, justicia e instituciones sólidas",
        "fr": "Paix, justice et institutions efficaces",
    },
    {
        "number": 17,
        "colour": "#19486A",
        "en": "Partnerships for the Goals",
        "es": "Alianzas para lograr los objetivos",
        "fr": "Partenariats pour la réalisation des objectifs",
    },
]


def ensure_sdgs(sdg_model, locale_model):
    """Create any missing goal in every existing locale; the three language
    versions of a goal share one translation key. Safe to run repeatedly."""
    locales = {locale.language_code: locale for locale in locale_model.objects.all()}
    for goal in GOALS:
        existing = sdg_model.objects.filter(number=goal["number"])
        translation_key = existing.values_list("translation_key", flat=True).first() or uuid.uuid5(
            uuid.NAMESPACE_URL, f"https://sdgs.un.org/goals/goal{goal['number']}"
        )
        for code, locale in locales.items():
            if code in goal:
                sdg_model.objects.get_or_create(
                    number=goal["number"],
                    locale=locale,
                    defaults={"name": goal[code], "colour": goal["colour"], "translation_key": translation_key},
                )
