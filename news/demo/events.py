"""Demo events. Documented editions of Venice City Solutions 2030 and the
Durban congress state only their documented dates and themes (their clock
times are indicative and say so); upcoming events are plainly illustrative."""

import datetime
import zoneinfo

from news.demo.news_items import _p

ROME = zoneinfo.ZoneInfo("Europe/Rome")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
JOHANNESBURG = zoneinfo.ZoneInfo("Africa/Johannesburg")
BOGOTA = zoneinfo.ZoneInfo("America/Bogota")

INDICATIVE = {
    "en": "The clock times shown are indicative: check the organisers' own programme.",
    "es": "Los horarios indicados son orientativos: consulte el programa de los organizadores.",
    "fr": "Les horaires indiqués sont approximatifs : consultez le programme des organisateurs.",
}
ILLUSTRATIVE = {
    "en": "This is an illustrative listing for the demonstration site: dates, venue and links are placeholders, not an announcement.",
    "es": "Este es un anuncio ilustrativo del sitio de demostración: las fechas, el lugar y los enlaces son provisionales y no constituyen un anuncio oficial.",
    "fr": "Ceci est une annonce illustrative du site de démonstration : dates, lieu et liens sont provisoires et ne constituent pas une annonce officielle.",
}

EVENTS = [
    {
        "key": "venice-2021",
        "start": datetime.datetime(2021, 12, 2, 9, 30, tzinfo=ROME),
        "end": datetime.datetime(2021, 12, 3, 17, 0, tzinfo=ROME),
        "timezone": "Europe/Rome",
        "attendance": "in_person",
        "hubs": ["venice-city-solutions-2030"],
        "en": {
            "title": "Venice City Solutions 2030: SDGs Solutions to Rethink the City",
            "slug": "venice-city-solutions-2030-2021",
            "intro": "The 2021 edition of the HUBs' yearly gathering, on 2 and 3 December 2021.",
            "venue": "Venice",
            "address": "Venice, Italy",
            "organiser": "AICCRE with UCLG, UNDP, UN-Habitat and the UN SDG Action Campaign",
            "body": [_p("The edition looked for SDG solutions to rethink the city."), _p(INDICATIVE["en"])],
        },
        "es": {
            "title": "Venice City Solutions 2030: soluciones ODS para repensar la ciudad",
            "slug": "venice-city-solutions-2030-2021-es",
            "intro": "La edición de 2021 del encuentro anual de los HUBs, el 2 y 3 de diciembre de 2021.",
            "venue": "Venecia",
            "address": "Venecia, Italia",
            "organiser": "AICCRE con CGLU, el PNUD, ONU-Hábitat y la Campaña de Acción por los ODS de la ONU",
            "body": [_p("La edición buscó soluciones de los ODS para repensar la ciudad."), _p(INDICATIVE["es"])],
        },
        "fr": {
            "title": "Venice City Solutions 2030 : des solutions ODD pour repenser la ville",
            "slug": "venice-city-solutions-2030-2021-fr",
            "intro": "L'édition 2021 du rendez-vous annuel des HUBs, les 2 et 3 décembre 2021.",
            "venue": "Venise",
            "address": "Venise, Italie",
            "organiser": "L'AICCRE avec CGLU, le PNUD, ONU-Habitat et la Campagne d'action des Nations unies pour les ODD",
            "body": [_p("L'édition a cherché des solutions ODD pour repenser la ville."), _p(INDICATIVE["fr"])],
        },
    },
    {
        "key": "venice-2020",
        "start": datetime.datetime(2020, 11, 26, 10, 0, tzinfo=ROME),
        "end": datetime.datetime(2020, 11, 26, 17, 0, tzinfo=ROME),
        "timezone": "Europe/Rome",
        "attendance": "online",
        "hubs": ["venice-city-solutions-2030"],
        "en": {
            "title": "Venice City Solutions 2030: Visualizing Agenda 2030 in the City",
            "slug": "venice-city-solutions-2030-2020",
            "intro": "Held online on 26 November 2020, this edition celebrated the new Local4Action HUBs.",
            "venue": "",
            "address": "",
            "organiser": "AICCRE with UCLG, UNDP, UN-Habitat and the UN SDG Action Campaign",
            "body": [
                _p("The forum moved online in 2020 and welcomed the HUBs that had just joined the programme."),
                _p(INDICATIVE["en"]),
            ],
        },
        "es": {
            "title": "Venice City Solutions 2030: visualizar la Agenda 2030 en la ciudad",
            "slug": "venice-city-solutions-2030-2020-es",
            "intro": "Celebrada en línea el 26 de noviembre de 2020, esta edición dio la bienvenida a los nuevos Local4Action HUBs.",
            "venue": "",
            "address": "",
            "organiser": "AICCRE con CGLU, el PNUD, ONU-Hábitat y la Campaña de Acción por los ODS de la ONU",
            "body": [
                _p("El foro se celebró en línea en 2020 y recibió a los HUBs que acababan de sumarse al programa."),
                _p(INDICATIVE["es"]),
            ],
        },
        "fr": {
            "title": "Venice City Solutions 2030 : visualiser l'Agenda 2030 dans la ville",
            "slug": "venice-city-solutions-2030-2020-fr",
            "intro": "Tenue en ligne le 26 novembre 2020, cette édition a accueilli les nouveaux Local4Action HUBs.",
            "venue": "",
            "address": "",
            "organiser": "L'AICCRE avec CGLU, le PNUD, ONU-Habitat et la Campagne d'action des Nations unies pour les ODD",
            "body": [
                _p(
                    "Le forum s'est tenu en ligne en 2020 et a accueilli les HUBs qui venaient de rejoindre le programme."
                ),
                _p(INDICATIVE["fr"]),
            ],
        },
    },
    {
        "key": "durban-2019",
        "start": datetime.datetime(2019, 11, 11, 9, 0, tzinfo=JOHANNESBURG),
        "end": datetime.datetime(2019, 11, 15, 18, 0, tzinfo=JOHANNESBURG),
        "timezone": "Africa/Johannesburg",
        "attendance": "in_person",
        "hubs": [],
        "en": {
            "title": "6th UCLG World Congress, Durban: where the HUBs began",
            "slug": "uclg-world-congress-durban-2019",
            "intro": "The first Local4Action HUB was a networking space at the congress, which adopted the Durban Political Declaration and ten manifestos.",
            "venue": "Durban",
            "address": "Durban, South Africa",
            "organiser": "UCLG",
            "body": [
                _p(
                    "The idea of the HUBs started here, as a meeting space inside the congress. It became a programme in 2020, mandated by the UCLG Executive Bureau."
                ),
                _p(INDICATIVE["en"]),
            ],
        },
        "es": {
            "title": "6.º Congreso Mundial de CGLU, Durban: donde nacieron los HUBs",
            "slug": "congreso-mundial-cglu-durban-2019",
            "intro": "El primer Local4Action HUB fue un espacio de trabajo en red en el congreso, que adoptó la Declaración Política de Durban y diez manifiestos.",
            "venue": "Durban",
            "address": "Durban, Sudáfrica",
            "organiser": "CGLU",
            "body": [
                _p(
                    "La idea de los HUBs nació aquí, como un espacio de encuentro dentro del congreso. En 2020 se convirtió en un programa, por mandato del Bureau Ejecutivo de CGLU."
                ),
                _p(INDICATIVE["es"]),
            ],
        },
        "fr": {
            "title": "6e Congrès mondial de CGLU, Durban : là où sont nés les HUBs",
            "slug": "congres-mondial-cglu-durban-2019",
            "intro": "Le premier Local4Action HUB était un espace de mise en réseau au sein du congrès, qui a adopté la Déclaration politique de Durban et dix manifestes.",
            "venue": "Durban",
            "address": "Durban, Afrique du Sud",
            "organiser": "CGLU",
            "body": [
                _p(
                    "L'idée des HUBs est née ici, comme un espace de rencontre au sein du congrès. Elle est devenue un programme en 2020, sur mandat du Bureau exécutif de CGLU."
                ),
                _p(INDICATIVE["fr"]),
            ],
        },
    },
    {
        "key": "venice-next",
        "start": datetime.datetime(2026, 12, 3, 9, 30, tzinfo=ROME),
        "end": datetime.datetime(2026, 12, 4, 17, 30, tzinfo=ROME),
        "timezone": "Europe/Rome",
        "attendance": "hybrid",
        "online_url": "https://example.org/venice-city-solutions-2030/live",
        "registration_url": "https://example.org/venice-city-solutions-2030/register",
        "hubs": ["venice-city-solutions-2030"],
        "en": {
            "title": "Venice City Solutions 2030: next edition (illustrative listing)",
            "slug": "venice-city-solutions-2030-next-edition",
            "intro": "An illustrative listing of the HUBs' yearly gathering: the dates and venue are placeholders until AICCRE and UCLG announce the next edition.",
            "venue": "Venice (venue to be confirmed)",
            "address": "Venice, Italy",
            "organiser": "AICCRE with UCLG",
            "body": [_p(ILLUSTRATIVE["en"])],
        },
        "es": {
            "title": "Venice City Solutions 2030: próxima edición (anuncio ilustrativo)",
            "slug": "venice-city-solutions-2030-proxima-edicion",
            "intro": "Un anuncio ilustrativo del encuentro anual de los HUBs: las fechas y el lugar son provisionales hasta que AICCRE y CGLU anuncien la próxima edición.",
            "venue": "Venecia (lugar por confirmar)",
            "address": "Venecia, Italia",
            "organiser": "AICCRE con CGLU",
            "body": [_p(ILLUSTRATIVE["es"])],
        },
        "fr": {
            "title": "Venice City Solutions 2030 : prochaine édition (annonce illustrative)",
            "slug": "venice-city-solutions-2030-prochaine-edition",
            "intro": "Une annonce illustrative du rendez-vous annuel des HUBs : dates et lieu sont provisoires jusqu'à ce que l'AICCRE et CGLU annoncent la prochaine édition.",
            "venue": "Venise (lieu à confirmer)",
            "address": "Venise, Italie",
            "organiser": "L'AICCRE avec CGLU",
            "body": [_p(ILLUSTRATIVE["fr"])],
        },
    },
    {
        "key": "proposal-workshop",
        "start": datetime.datetime(2026, 12, 10, 15, 0, tzinfo=MADRID),
        "end": datetime.datetime(2026, 12, 10, 16, 30, tzinfo=MADRID),
        "timezone": "Europe/Madrid",
        "attendance": "online",
        "online_url": "https://example.org/hub-proposal-workshop",
        "registration_url": "https://example.org/hub-proposal-workshop/register",
        "hubs": [],
        "en": {
            "title": "Online workshop: preparing a HUB proposal (illustrative)",
            "slug": "online-workshop-preparing-a-hub-proposal",
            "intro": "Ninety minutes on what the proposal form asks: the results you agree in advance, the one-to-three-year timeline and the partners.",
            "venue": "",
            "address": "",
            "organiser": "UCLG World Secretariat",
            "body": [_p(ILLUSTRATIVE["en"])],
        },
        "es": {
            "title": "Taller en línea: preparar una propuesta de HUB (ilustrativo)",
            "slug": "taller-en-linea-preparar-una-propuesta-de-hub",
            "intro": "Noventa minutos sobre lo que pide el formulario de propuestas: los resultados que se acuerdan de antemano, el calendario de uno a tres años y los socios.",
            "venue": "",
            "address": "",
            "organiser": "Secretariado Mundial de CGLU",
            "body": [_p(ILLUSTRATIVE["es"])],
        },
        "fr": {
            "title": "Atelier en ligne : préparer une proposition de HUB (illustratif)",
            "slug": "atelier-en-ligne-preparer-une-proposition-de-hub",
            "intro": "Quatre-vingt-dix minutes sur ce que demande le formulaire de proposition : les résultats convenus à l'avance, le calendrier d'un à trois ans et les partenaires.",
            "venue": "",
            "address": "",
            "organiser": "Secrétariat mondial de CGLU",
            "body": [_p(ILLUSTRATIVE["fr"])],
        },
    },
    {
        "key": "results-exchange",
        "start": datetime.datetime(2027, 2, 17, 9, 0, tzinfo=BOGOTA),
        "end": datetime.datetime(2027, 2, 17, 11, 0, tzinfo=BOGOTA),
        "timezone": "America/Bogota",
        "attendance": "online",
        "online_url": "https://example.org/hub-results-exchange",
        "registration_url": "",
        "hubs": [],
        "en": {
            "title": "HUB exchange: reporting results across regions (illustrative)",
            "slug": "hub-exchange-reporting-results",
            "intro": "An online exchange, hosted from the Americas, on how HUBs follow their indicators and share what they learn.",
            "venue": "",
            "address": "",
            "organiser": "UCLG World Secretariat",
            "body": [_p(ILLUSTRATIVE["en"])],
        },
        "es": {
            "title": "Intercambio de HUBs: comunicar resultados entre regiones (ilustrativo)",
            "slug": "intercambio-de-hubs-comunicar-resultados",
            "intro": "Un intercambio en línea, desde las Américas, sobre cómo los HUBs siguen sus indicadores y comparten lo aprendido.",
            "venue": "",
            "address": "",
            "organiser": "Secretariado Mundial de CGLU",
            "body": [_p(ILLUSTRATIVE["es"])],
        },
        "fr": {
            "title": "Échange entre HUBs : rendre compte des résultats entre régions (illustratif)",
            "slug": "echange-entre-hubs-rendre-compte-des-resultats",
            "intro": "Un échange en ligne, organisé depuis les Amériques, sur la façon dont les HUBs suivent leurs indicateurs et partagent ce qu'ils apprennent.",
            "venue": "",
            "address": "",
            "organiser": "Secrétariat mondial de CGLU",
            "body": [_p(ILLUSTRATIVE["fr"])],
        },
    },
]
