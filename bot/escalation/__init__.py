"""Deadlines: the pure escalation policy (policy.py)."""
