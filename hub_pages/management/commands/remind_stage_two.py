import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from hub_pages.models import HubProposal, ProposalStatus
from hub_pages.proposals.emails import send_stage_two_reminder

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "E-mail the proposers whose stage 2 is open and not submitted, when its deadline (validation + "
        "PROPOSALS_STAGE_TWO_DAYS) is at most --days away. Once per validation: run it daily (cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.PROPOSALS_STAGE_TWO_REMINDER_DAYS,
            help="how many days before the deadline (default: PROPOSALS_STAGE_TWO_REMINDER_DAYS)",
        )

    def handle(self, *args, days, **options):
        now = timezone.now()
        validity = datetime.timedelta(days=settings.PROPOSALS_STAGE_TWO_DAYS)
        due = HubProposal.objects.filter(
            status=ProposalStatus.STAGE_TWO_OPEN,
            stage_two_reminded_at__isnull=True,
            stage_two_opened_at__gt=now - validity,  # the deadline is still ahead
            stage_two_opened_at__lte=now - validity + datetime.timedelta(days=days),
        ).select_related("locale")
        sent = 0
        for proposal in due:
            # Claimed before sending: two runs at once never send it twice.
            claimed = HubProposal.objects.filter(pk=proposal.pk, stage_two_reminded_at__isnull=True).update(
                stage_two_reminded_at=now
            )
            if not claimed:
                continue
            try:
                send_stage_two_reminder(proposal)
            except Exception:  # noqa: BLE001 - any SMTP/network error: the next run tries again
                logger.exception("Could not send the stage 2 reminder for proposal %s", proposal.pk)
                HubProposal.objects.filter(pk=proposal.pk).update(stage_two_reminded_at=None)
                continue
            sent += 1
        self.stdout.write(f"{sent} reminder(s) sent.")
