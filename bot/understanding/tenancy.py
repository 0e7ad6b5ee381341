"""Money between a tenant and a landlord, asked to be settled: a dispute, not the thing it was paid for.

"房东 我的押金什么时候退 说好一个礼拜退的", "合同没到期就涨房租", "房东一度电收一块五 比外面贵一半": GUIDELINES'
dispute covers conflicts with tenants that need mediation; over the labelled corpora a deposit kept or rent raised
is a dispute about fourteen times in eighteen (the rest are questions whether it is allowed: affairs, blue, left
as read). A meter's fault named (是不是水表坏了) stays the supply's. Runs on a non-blue request reading, whatever
cue read it (a door, a fee, a power trip beside it). Pure function.
"""
from __future__ import annotations

from .matter import Matter, first_of
from .vocab_sources import (DEPOSIT, DEPOSIT_KEPT, LANDLORD, METER_FAULT, OVERCHARGED, RENT_RAISED, SUPPLY_FEE,
                            TENANCY)


def landlord_money(t: str, color: str | None, category: str | None) -> Matter | None:
    """Dispute when a deposit is kept, rent raised, or a supply overcharged by a landlord (`t`: normalised)."""
    if color in (None, "blue", "red") or category in (None, "dispute", "affairs"):
        return None
    deposit = first_of(DEPOSIT, t)
    kept = first_of(DEPOSIT_KEPT, t) if deposit and first_of(TENANCY, t) else None   # not a renovation deposit
    if kept:
        return Matter("dispute", f"a deposit kept ('{deposit}', '{kept}'): tenant and landlord → dispute")
    raised = first_of(RENT_RAISED, t)
    if raised:
        return Matter("dispute", f"rent raised ('{raised}'): tenant and landlord → dispute")
    landlord = first_of(LANDLORD, t)
    fee = first_of(SUPPLY_FEE, t) if landlord else None
    over = first_of(OVERCHARGED, t) if fee else None
    if over and not first_of(METER_FAULT, t):
        return Matter("dispute", f"a landlord charging a supply above its price ('{fee}', '{over}') → dispute")
    return None
