"""Intake: what comes in besides a clerk's typing. ``imports/`` reads 12345 work-order exports,
``repeats/`` proposes and merges repeat complaints (重复件), ``attachments/`` keeps photos and documents."""
