"""The back-office queue: the page (views) with its filters, query and rows, the left pane of
views and counts (sidebar), saved filters, and the bulk bar (bulk, forms)."""
