"""Thin chat handlers, composed into one router."""
from bot.router import Router

from . import broadcasts, requests, tickets, workflow


def build_router() -> Router:
    root = Router("root")
    root.include_router(tickets.router)
    root.include_router(workflow.router)
    root.include_router(broadcasts.router)
    root.include_router(requests.router)  # free text last
    return root
