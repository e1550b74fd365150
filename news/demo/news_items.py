"""Demo news items for the news index, in our own words. They state only the
documented facts in ../shared/seeds/context.md about UCLG and the HUBs."""

import datetime


def _p(text):
    return ("paragraph", f"<p>{text}</p>")


def _h(text, anchor=""):
    return ("heading", {"text": text, "level": "h2", "anchor": anchor})


NEWS = [
    {
        "key": "platform-launch",
        "date": datetime.date(2026, 11, 24),
        "sdgs": [17],
        "hubs": [],
        "image": ("circles", "red", "white"),
        "tags": {"en": ["platform", "network"], "es": ["plataforma", "red"], "fr": ["plateforme", "réseau"]},
        "en": {
            "title": "A digital home for the Local4Action HUBs",
            "slug": "digital-home-for-the-hubs",
            "authors": "UCLG Communications Team",
            "intro": "The platform announced among the programme's next steps opens with a HUB directory, news, city stories and events in English, Spanish and French.",
            "body": [
                _p(
                    "When the HUBs programme set out its next steps, it named a digital platform with information on the initiatives in each territory and a space for exchange. This website is its first part."
                ),
                _h("What you can do here", "what-you-can-do"),
                _p(
                    "Browse the HUBs by Sustainable Development Goal, theme, world region, country and status; read the stories the cities write about their own work; and follow the events where HUBs meet. Everything is available in UCLG's three working languages."
                ),
            ],
        },
        "es": {
            "title": "Un espacio digital para los Local4Action HUBs",
            "slug": "un-espacio-digital-para-los-hubs",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "La plataforma anunciada entre los próximos pasos del programa abre con un directorio de HUBs, noticias, historias de ciudades y eventos en español, inglés y francés.",
            "body": [
                _p(
                    "Cuando el programa de HUBs definió sus próximos pasos, mencionó una plataforma digital con información sobre las iniciativas de cada territorio y un espacio de intercambio. Este sitio web es su primera parte."
                ),
                _h("Qué se puede hacer aquí", "what-you-can-do"),
                _p(
                    "Explorar los HUBs por Objetivo de Desarrollo Sostenible, tema, región del mundo, país y estado; leer las historias que las ciudades escriben sobre su propio trabajo; y seguir los eventos donde se encuentran los HUBs. Todo está disponible en los tres idiomas de trabajo de CGLU."
                ),
            ],
        },
        "fr": {
            "title": "Un espace numérique pour les Local4Action HUBs",
            "slug": "un-espace-numerique-pour-les-hubs",
            "authors": "Équipe communication de CGLU",
            "intro": "La plateforme annoncée parmi les prochaines étapes du programme ouvre avec un annuaire des HUBs, des actualités, des récits de villes et des événements en français, anglais et espagnol.",
            "body": [
                _p(
                    "Lorsque le programme des HUBs a fixé ses prochaines étapes, il a cité une plateforme numérique réunissant l'information sur les initiatives de chaque territoire et un espace d'échange. Ce site en est la première pièce."
                ),
                _h("Ce que vous pouvez faire ici", "what-you-can-do"),
                _p(
                    "Parcourir les HUBs par Objectif de développement durable, thème, région du monde, pays et statut ; lire les récits que les villes écrivent sur leur propre travail ; et suivre les événements où les HUBs se retrouvent. Tout est disponible dans les trois langues de travail de CGLU."
                ),
            ],
        },
    },
    {
        "key": "first-call",
        "date": datetime.date(2026, 10, 12),
        "sdgs": [17, 11],
        "hubs": [],
        "image": ("dots", "dark", "orange"),
        "tags": {
            "en": ["call for proposals", "history"],
            "es": ["convocatoria", "historia"],
            "fr": ["appel à propositions", "histoire"],
        },
        "en": {
            "title": "Looking back at the first call for proposals",
            "slug": "first-call-for-proposals",
            "authors": "UCLG Communications Team",
            "intro": "The first call opened on 21 July 2020 and closed on 5 September 2020, with proposals accepted in English, French or Spanish.",
            "body": [
                _p(
                    "The call was addressed to UCLG's membership. Proposals could be written in any of the organisation's three working languages, and a second set of questions followed a first validation of each proposal."
                ),
                _p(
                    "About ten initiatives had joined the programme after its first year. Their experience shapes the proposal form on this platform."
                ),
            ],
        },
        "es": {
            "title": "Una mirada a la primera convocatoria de propuestas",
            "slug": "primera-convocatoria-de-propuestas",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "La primera convocatoria se abrió el 21 de julio de 2020 y se cerró el 5 de septiembre de 2020; se aceptaban propuestas en inglés, francés o español.",
            "body": [
                _p(
                    "La convocatoria se dirigió a la membresía de CGLU. Las propuestas podían redactarse en cualquiera de los tres idiomas de trabajo de la organización, y una segunda serie de preguntas seguía a una primera validación de cada propuesta."
                ),
                _p(
                    "Cerca de diez iniciativas se habían sumado al programa tras su primer año. Su experiencia inspira el formulario de propuestas de esta plataforma."
                ),
            ],
        },
        "fr": {
            "title": "Retour sur le premier appel à propositions",
            "slug": "premier-appel-a-propositions",
            "authors": "Équipe communication de CGLU",
            "intro": "Le premier appel s'est ouvert le 21 juillet 2020 et s'est clos le 5 septembre 2020 ; les propositions étaient acceptées en anglais, en français ou en espagnol.",
            "body": [
                _p(
                    "L'appel s'adressait aux membres de CGLU. Les propositions pouvaient être rédigées dans l'une des trois langues de travail de l'organisation, et une seconde série de questions suivait une première validation de chaque proposition."
                ),
                _p(
                    "Une dizaine d'initiatives avaient rejoint le programme après sa première année. Leur expérience a inspiré le formulaire de proposition de cette plateforme."
                ),
            ],
        },
    },
    {
        "key": "venice-meeting-point",
        "date": datetime.date(2026, 9, 30),
        "sdgs": [17],
        "hubs": ["venice-city-solutions-2030"],
        "image": ("waves", "green-deep", "white"),
        "tags": {
            "en": ["Venice City Solutions 2030", "forum"],
            "es": ["Venice City Solutions 2030", "foro"],
            "fr": ["Venice City Solutions 2030", "forum"],
        },
        "en": {
            "title": "Venice City Solutions 2030, the HUBs' yearly meeting point",
            "slug": "venice-city-solutions-2030-yearly-meeting-point",
            "authors": "UCLG Communications Team",
            "intro": "Hosted by AICCRE with UCLG, UNDP, UN-Habitat and the UN SDG Action Campaign, the forum gathers the HUBs at least once a year.",
            "body": [
                _p(
                    "The editions so far have each taken a theme: financing the SDGs locally (2018), the SDGs and citizenship (2019), “Visualizing Agenda 2030 in the City”, held online on 26 November 2020, which celebrated the new HUBs, and “SDGs Solutions to Rethink the City” on 2 and 3 December 2021."
                ),
                _p(
                    "The events page lists the editions and will announce the next one when its organisers publish the dates."
                ),
            ],
        },
        "es": {
            "title": "Venice City Solutions 2030, el punto de encuentro anual de los HUBs",
            "slug": "venice-city-solutions-2030-punto-de-encuentro-anual",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Organizado por AICCRE con CGLU, el PNUD, ONU-Hábitat y la Campaña de Acción por los ODS de la ONU, el foro reúne a los HUBs al menos una vez al año.",
            "body": [
                _p(
                    "Cada edición ha tenido su tema: la financiación local de los ODS (2018), los ODS y la ciudadanía (2019), «Visualizing Agenda 2030 in the City», celebrada en línea el 26 de noviembre de 2020, que dio la bienvenida a los nuevos HUBs, y «SDGs Solutions to Rethink the City», el 2 y 3 de diciembre de 2021."
                ),
                _p(
                    "La página de eventos recoge las ediciones y anunciará la próxima cuando sus organizadores publiquen las fechas."
                ),
            ],
        },
        "fr": {
            "title": "Venice City Solutions 2030, le rendez-vous annuel des HUBs",
            "slug": "venice-city-solutions-2030-rendez-vous-annuel",
            "authors": "Équipe communication de CGLU",
            "intro": "Organisé par l'AICCRE avec CGLU, le PNUD, ONU-Habitat et la Campagne d'action des Nations unies pour les ODD, le forum réunit les HUBs au moins une fois par an.",
            "body": [
                _p(
                    "Chaque édition a eu son thème : le financement local des ODD (2018), les ODD et la citoyenneté (2019), « Visualizing Agenda 2030 in the City », tenue en ligne le 26 novembre 2020, qui a accueilli les nouveaux HUBs, et « SDGs Solutions to Rethink the City », les 2 et 3 décembre 2021."
                ),
                _p(
                    "La page des événements recense les éditions et annoncera la prochaine lorsque ses organisateurs en publieront les dates."
                ),
            ],
        },
    },
    {
        "key": "political-frame",
        "date": datetime.date(2026, 7, 15),
        "sdgs": [11, 16, 17],
        "hubs": [],
        "image": ("bars", "orange", "white"),
        "tags": {
            "en": ["Durban manifestos", "Pact for the Future"],
            "es": ["manifiestos de Durban", "Pacto para el Futuro"],
            "fr": ["manifestes de Durban", "Pacte pour l'avenir"],
        },
        "en": {
            "title": "From Durban to the Pact for the Future: the HUBs' political frame",
            "slug": "from-durban-to-the-pact-for-the-future",
            "authors": "UCLG Communications Team",
            "intro": "HUB themes follow the Durban manifestos, the global agendas and the 2030 Agenda, and the programme serves UCLG's Pact for the Future of Humanity.",
            "body": [
                _p(
                    "The 6th UCLG World Congress in Durban (11–15 November 2019) adopted the Durban Political Declaration and ten manifestos: the futures of local finance, equality, mobility, culture, ecology, housing, biodiversity, transparency and open government, migration and resilience."
                ),
                _p(
                    "The Pact for the Future of Humanity, adopted in Daejeon on 14 October 2022, organises UCLG's priorities for 2022–2028 around three axes: People, Planet and Government."
                ),
            ],
        },
        "es": {
            "title": "De Durban al Pacto para el Futuro: el marco político de los HUBs",
            "slug": "de-durban-al-pacto-para-el-futuro",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Los temas de los HUBs siguen los manifiestos de Durban, las agendas globales y la Agenda 2030, y el programa contribuye al Pacto para el Futuro de la Humanidad de CGLU.",
            "body": [
                _p(
                    "El 6.º Congreso Mundial de CGLU en Durban (11-15 de noviembre de 2019) adoptó la Declaración Política de Durban y diez manifiestos: los futuros de las finanzas locales, la igualdad, la movilidad, la cultura, la ecología, la vivienda, la biodiversidad, la transparencia y el gobierno abierto, la migración y la resiliencia."
                ),
                _p(
                    "El Pacto para el Futuro de la Humanidad, adoptado en Daejeon el 14 de octubre de 2022, organiza las prioridades de CGLU para 2022-2028 en tres ejes: Personas, Planeta y Gobierno."
                ),
            ],
        },
        "fr": {
            "title": "De Durban au Pacte pour l'avenir : le cadre politique des HUBs",
            "slug": "de-durban-au-pacte-pour-l-avenir",
            "authors": "Équipe communication de CGLU",
            "intro": "Les thèmes des HUBs suivent les manifestes de Durban, les agendas mondiaux et l'Agenda 2030, et le programme sert le Pacte pour l'avenir de l'humanité de CGLU.",
            "body": [
                _p(
                    "Le 6e Congrès mondial de CGLU à Durban (11-15 novembre 2019) a adopté la Déclaration politique de Durban et dix manifestes : les avenirs de la finance locale, de l'égalité, de la mobilité, de la culture, de l'écologie, du logement, de la biodiversité, de la transparence et du gouvernement ouvert, des migrations et de la résilience."
                ),
                _p(
                    "Le Pacte pour l'avenir de l'humanité, adopté à Daejeon le 14 octobre 2022, organise les priorités de CGLU pour 2022-2028 autour de trois axes : les personnes, la planète et le gouvernement."
                ),
            ],
        },
    },
    {
        "key": "what-makes-a-hub",
        "date": datetime.date(2026, 5, 20),
        "sdgs": [17],
        "hubs": [],
        "image": ("circles", "green", "white"),
        "tags": {"en": ["network", "how it works"], "es": ["red", "cómo funciona"], "fr": ["réseau", "mode d'emploi"]},
        "en": {
            "title": "Three components, six characteristics: what makes a HUB",
            "slug": "what-makes-a-hub",
            "authors": "UCLG Communications Team",
            "intro": "A HUB links local and global, accelerates the localisation of the global agendas and connects with the rest of the network.",
            "body": [
                _p(
                    "Every HUB is led by a local or regional government or one of their associations, agrees its results in advance and delivers them within one to three years. It carries UCLG's identity, defines actionable and scalable results with its partners, works on a theme in line with the Durban manifestos and the 2030 Agenda, and communicates with an agenda, a roadmap and reference documents."
                ),
            ],
        },
        "es": {
            "title": "Tres componentes y seis características: qué hace de una iniciativa un HUB",
            "slug": "que-hace-de-una-iniciativa-un-hub",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Un HUB vincula lo local y lo global, acelera la localización de las agendas globales y se conecta con el resto de la red.",
            "body": [
                _p(
                    "Cada HUB lo lidera un gobierno local o regional o una de sus asociaciones, acuerda sus resultados de antemano y los alcanza en uno a tres años. Lleva la identidad de CGLU, define con sus socios resultados accionables y escalables, trabaja un tema alineado con los manifiestos de Durban y la Agenda 2030, y comunica con una agenda, una hoja de ruta y documentos de referencia."
                ),
            ],
        },
        "fr": {
            "title": "Trois composantes, six caractéristiques : ce qui fait un HUB",
            "slug": "ce-qui-fait-un-hub",
            "authors": "Équipe communication de CGLU",
            "intro": "Un HUB relie le local et le mondial, accélère la localisation des agendas mondiaux et se connecte au reste du réseau.",
            "body": [
                _p(
                    "Chaque HUB est porté par un gouvernement local ou régional ou l'une de leurs associations, convient de ses résultats à l'avance et les obtient en un à trois ans. Il porte l'identité de CGLU, définit avec ses partenaires des résultats concrets et reproductibles, travaille un thème aligné sur les manifestes de Durban et l'Agenda 2030, et communique avec un agenda, une feuille de route et des documents de référence."
                ),
            ],
        },
    },
    {
        "key": "reporting-results",
        "date": datetime.date(2026, 3, 10),
        "sdgs": [11, 17],
        "hubs": [],
        "image": ("bars", "green-deep", "white"),
        "tags": {
            "en": ["results", "how it works"],
            "es": ["resultados", "cómo funciona"],
            "fr": ["résultats", "mode d'emploi"],
        },
        "en": {
            "title": "How a HUB shows its progress",
            "slug": "how-a-hub-shows-its-progress",
            "authors": "UCLG Communications Team",
            "intro": "Each HUB page lists its expected results with a baseline, a target and the latest value, so progress can be followed over the one to three years of the process.",
            "body": [
                _p(
                    "Results are agreed with the partners before the work starts. For each one the HUB names an indicator, a baseline and a target, and updates the latest value as the work advances. The HUB page turns these figures into a progress bar with a text equivalent, and its roadmap shows which milestones are done."
                ),
                _p(
                    "The figures on the demonstration HUBs of this site are illustrative examples, not results reported by any government."
                ),
            ],
        },
        "es": {
            "title": "Cómo muestra un HUB sus avances",
            "slug": "como-muestra-un-hub-sus-avances",
            "authors": "Equipo de Comunicación de CGLU",
            "intro": "Cada página de HUB enumera sus resultados esperados con un valor de partida, una meta y el último valor, para seguir los avances durante el proceso de uno a tres años.",
            "body": [
                _p(
                    "Los resultados se acuerdan con los socios antes de empezar. Para cada uno, el HUB define un indicador, un valor de partida y una meta, y actualiza el último valor a medida que avanza el trabajo. La página del HUB convierte estas cifras en una barra de progreso con un equivalente en texto, y su hoja de ruta muestra qué hitos se han cumplido."
                ),
                _p(
                    "Las cifras de los HUBs de demostración de este sitio son ejemplos ilustrativos, no resultados comunicados por ningún gobierno."
                ),
            ],
        },
        "fr": {
            "title": "Comment un HUB montre ses progrès",
            "slug": "comment-un-hub-montre-ses-progres",
            "authors": "Équipe communication de CGLU",
            "intro": "Chaque page de HUB liste ses résultats attendus avec une valeur de départ, une cible et la dernière valeur, pour suivre les progrès pendant le processus d'un à trois ans.",
            "body": [
                _p(
                    "Les résultats sont convenus avec les partenaires avant le début des travaux. Pour chacun, le HUB définit un indicateur, une valeur de départ et une cible, et met à jour la dernière valeur au fil du travail. La page du HUB transforme ces chiffres en barre de progression accompagnée d'un équivalent textuel, et sa feuille de route indique les jalons atteints."
                ),
                _p(
                    "Les chiffres des HUBs de démonstration de ce site sont des exemples illustratifs, et non des résultats communiqués par un gouvernement."
                ),
            ],
        },
    },
]
