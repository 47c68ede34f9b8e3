"""The access log: who opened which case and when, kept for settings.ACCESS_LOG_RETENTION_DAYS,
and the managers' audit view over it (filters, pages, CSV)."""
