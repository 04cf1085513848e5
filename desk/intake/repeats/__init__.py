"""Repeat complaints (重复件): proposals at intake, merge into a parent and split (issue 15 §2)."""
