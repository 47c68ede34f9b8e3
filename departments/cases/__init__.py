"""A case's life: a case for each citizen post (intake), what people do to it (actions, along the
statuses of workflow), the reminders its clocks send, who may see it (selectors) and finding it
(search)."""
