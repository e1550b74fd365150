"""E-mail subscriptions in the reader's language, with double opt-in.

The pages live under each language's news index (`subscribe/…` routes of
NewsIndexPage): the form, the "check your inbox" page, and the pages behind
the signed links every e-mail carries (confirm, manage topics, unsubscribe).
Nothing is sent before the address is confirmed; unconfirmed requests are
forgotten after SUBSCRIPTION_CONFIRM_DAYS. `send_digests` (digest.py) sends
each confirmed subscriber what was published since their last digest."""
