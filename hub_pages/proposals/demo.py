"""Demo content of the call for proposals (order 50): the call page in
en/es/fr, open over the demo's "today" (a second, illustrative call), and
three sample proposals from plainly illustrative places, in three languages
and three statuses. Registered from hub_pages/demo_content.py."""

import datetime
import zoneinfo

from wagtail.models import Locale

from hub_pages.models import HubProposal, HubProposalStatusChange, ProposalPage, ProposalStatus
from site_core.demo import demo_loader
from site_core.demo.translation import page_in_all_languages
from site_core.models import SDG, Theme

MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
OPENS = datetime.datetime(2026, 10, 1, 9, 0, tzinfo=MADRID)
CLOSES = datetime.datetime(2027, 1, 31, 23, 59, tzinfo=MADRID)

CALL = {
    "en": {
        "title": "Propose a HUB",
        "slug": "propose-a-hub",
        "intro": [
            ("heading", {"text": "Second call for proposals (illustrative)", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Is your city, region or association leading an initiative that connects global agendas "
                "with local action? Tell us about it. A Local4Action HUB agrees its results in advance with "
                "its partners and delivers them within one to three years.</p>",
            ),
        ],
    },
    "es": {
        "title": "Proponer un HUB",
        "slug": "proponer-un-hub",
        "intro": [
            ("heading", {"text": "Segunda convocatoria de propuestas (ilustrativa)", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>¿Su ciudad, región o asociación lidera una iniciativa que conecta las agendas globales con "
                "la acción local? Cuéntenosla. Un Local4Action HUB acuerda sus resultados de antemano con sus "
                "socios y los alcanza en un plazo de uno a tres años.</p>",
            ),
        ],
    },
    "fr": {
        "title": "Proposer un HUB",
        "slug": "proposer-un-hub",
        "intro": [
            ("heading", {"text": "Deuxième appel à propositions (illustratif)", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Votre ville, votre région ou votre association porte-t-elle une initiative qui relie les "
                "agendas mondiaux à l'action locale ? Présentez-la-nous. Un Local4Action HUB convient de ses "
                "résultats à l'avance avec ses partenaires et les obtient en un à trois ans.</p>",
            ),
        ],
    },
}

SAMPLES = [
    {
        "language": "es",
        "status": ProposalStatus.RECEIVED,
        "sdgs": (2, 12),
        "themes": ("ecology",),
        "fields": {
            "title": "Mercados de barrio sin desperdicio (ejemplo ilustrativo)",
            "lead_government": "Ciudad Ejemplo (ciudad ilustrativa)",
            "lead_government_kind": "city",
            "country": "CL",
            "region": "latin-america",
            "contact_name": "Persona de contacto ilustrativa",
            "contact_email": "propuesta.es@example.org",
            "summary": "Ejemplo ilustrativo: los mercados de barrio redistribuyen los alimentos no vendidos "
            "a comedores comunitarios y compostan el resto.",
            "local_global_link": "Conecta la meta 12.3 de los ODS con el plan municipal de residuos.",
            "acceleration": "Cada mercado se suma con un acuerdo sencillo y un punto de recogida.",
            "synchronisation": "Aprovecha la experiencia de otras redes de bancos de alimentos.",
            "expected_results": [
                {
                    "title": "Mercados adheridos",
                    "indicator": "Mercados con punto de recogida",
                    "baseline": "0",
                    "target": "25",
                    "unit": "mercados",
                }
            ],
            "partners": "Asociación ilustrativa de comerciantes\nRed ilustrativa de comedores",
            "start_date": datetime.date(2027, 3, 1),
            "end_date": datetime.date(2029, 2, 28),
        },
    },
    {
        "language": "fr",
        "status": ProposalStatus.UNDER_REVIEW,
        "sdgs": (2, 4),
        "themes": ("equality",),
        "fields": {
            "title": "Cantines scolaires approvisionnées localement (exemple illustratif)",
            "lead_government": "Ville-Exemple (ville illustrative)",
            "lead_government_kind": "city",
            "country": "SN",
            "region": "africa",
            "contact_name": "Personne de contact illustrative",
            "contact_email": "proposition.fr@example.org",
            "summary": "Exemple illustratif : les cantines des écoles publiques achètent leurs produits aux "
            "coopératives agricoles de la commune.",
            "local_global_link": "Relie les ODS 2 et 4 au projet éducatif de la commune.",
            "acceleration": "Un contrat type permet à chaque école de rejoindre le programme en un mois.",
            "synchronisation": "S'inspire des HUBs consacrés à l'alimentation durable.",
            "expected_results": [
                {
                    "title": "Repas issus de produits locaux",
                    "indicator": "Part des repas servis",
                    "baseline": "10",
                    "target": "60",
                    "unit": "%",
                }
            ],
            "partners": "Coopérative agricole illustrative",
            "start_date": datetime.date(2027, 1, 15),
            "end_date": datetime.date(2029, 7, 15),
        },
    },
    {
        "language": "en",
        "status": ProposalStatus.DECLINED,
        "sdgs": (11, 16),
        "themes": (),
        "fields": {
            "title": "Open budgets for every neighbourhood (illustrative example)",
            "lead_government": "Sampletown (illustrative municipality)",
            "lead_government_kind": "city",
            "country": "CA",
            "region": "north-america",
            "contact_name": "Illustrative contact person",
            "contact_email": "proposal.en@example.org",
            "summary": "Illustrative example: each neighbourhood sees and discusses its share of the "
            "municipal budget online and in public meetings.",
            "local_global_link": "Links SDG target 16.7 to the municipal budget cycle.",
            "acceleration": "A reusable open-data template for small municipalities.",
            "synchronisation": "Builds on participatory budgeting work across the network.",
            "expected_results": [
                {
                    "title": "Neighbourhood budget meetings",
                    "indicator": "Meetings held per year",
                    "baseline": None,
                    "target": "12",
                    "unit": "meetings",
                }
            ],
            "partners": "",
            "start_date": datetime.date(2027, 2, 1),
            "end_date": datetime.date(2028, 2, 1),
        },
    },
]


def _sample_proposal(sample, call_pages):
    locale = Locale.objects.get(language_code=sample["language"])
    fields = sample["fields"]
    proposal = HubProposal.objects.filter(contact_email=fields["contact_email"], title=fields["title"]).first()
    if proposal is not None:
        return proposal
    proposal = HubProposal.objects.create(
        locale=locale, call_page=call_pages[sample["language"]], consent_to_contact=True, **fields
    )
    proposal.sdgs.set(SDG.objects.filter(locale=locale, number__in=sample["sdgs"]))
    proposal.themes.set(Theme.objects.filter(locale=locale, slug__in=sample["themes"]))
    HubProposalStatusChange.objects.create(proposal=proposal, from_status="", to_status=ProposalStatus.RECEIVED)
    if sample["status"] == ProposalStatus.DECLINED:
        proposal.change_status(ProposalStatus.UNDER_REVIEW)
    if sample["status"] != ProposalStatus.RECEIVED:
        proposal.change_status(sample["status"])
    return proposal


@demo_loader(order=50)
def load_call_for_proposals(context):
    call_pages = page_in_all_languages(context.pages["home"], ProposalPage, CALL, opens_at=OPENS, closes_at=CLOSES)
    context.pages["proposals"] = call_pages
    proposals = [_sample_proposal(sample, call_pages) for sample in SAMPLES]
    context.objects["hub_proposals"] = proposals
    context.log(f"Call for proposals ready in en, es, fr, with {len(proposals)} sample proposals.")
