"""Scheduled broadcasts and digests: pure time rules, targets, chat time phrases, runtime."""
