"""Photos and documents on a ticket and its dispatch steps, stored in the database (issue 15 §3)."""
