"""Each person's choice of what they hear of, and how."""
