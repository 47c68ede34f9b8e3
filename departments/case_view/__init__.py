"""The case view: the page and its composer (detail), the panel of what the user may do (panel),
the actions behind it (actions), replies (replies), and the reads and forms they use."""
