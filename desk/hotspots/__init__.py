"""Problem hotspots (问题清单, issue 16 §1): where the same problem keeps coming back (desk.hotspots.service)."""
