"""12345 work-order import: files in, column mapping, category mapping, batches (issue 15 §1)."""
