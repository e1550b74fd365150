"""The call for proposals: the public form, its spam guards, the e-mails,
and the admin review that turns an accepted proposal into a draft HubPage."""
