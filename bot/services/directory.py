"""Who is who and what is where, derived once from settings (pure lookups)."""
from __future__ import annotations

from dataclasses import dataclass

from bot.settings import Building, Grid, Settings


@dataclass(frozen=True, slots=True)
class Level:
    """One step of an escalation chain."""

    level: str              # leader / chief / office
    person: str | None      # who holds the ticket at this level (None: the office as a whole)
    chat: str | None        # that level's group chat, if any

    def as_dict(self) -> dict[str, str | None]:
        return {"level": self.level, "person": self.person, "chat": self.chat}


class Directory:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.people = settings.people
        self.staff = frozenset(settings.community.staff)
        self.buildings: dict[str, Building] = {}
        self.grid_of_building: dict[str, Grid] = {}
        self.chat_building: dict[str, str] = {}
        self.chat_grid: dict[str, Grid] = {}
        self.grids: dict[str, Grid] = {g.id: g for g in settings.grids}
        self.chiefs: dict[str, Grid] = {}
        self.leaders: dict[str, list[str]] = {}
        for g in settings.grids:
            if g.chief:
                self.chiefs[g.chief] = g
            for c in g.chats:
                self.chat_grid[c] = g
            for b in g.buildings:
                self.buildings[b.id] = b
                self.grid_of_building[b.id] = g
                if b.chat:
                    self.chat_building[b.chat] = b.id
                    self.chat_grid[b.chat] = g
                if b.leader:
                    self.leaders.setdefault(b.leader, []).append(b.id)
        self.office_chat = settings.community.chat
        self.units = settings.units
        self.unit_people = frozenset(p for u in settings.units.values() for p in u.people)
        self.unit_chats = frozenset(u.chat for u in settings.units.values() if u.chat)
        self.default_platform = self._default_platform()

    def _default_platform(self) -> str:
        names = [k for k, v in self.settings.platforms.model_dump().items() if v]
        return names[0] if names else "generic"

    # who
    def role_of(self, person: str) -> str:
        if person in self.staff:
            return "staff"
        if person in self.chiefs:
            return "chief"
        if person in self.leaders:
            return "leader"
        return "resident"

    def is_responder(self, person: str) -> bool:
        return self.role_of(person) != "resident" or person in self.unit_people

    def name_of(self, person: str | None) -> str:
        if person is None:
            return "社区"
        p = self.people.get(person)
        return p.name if p else person

    def platform_for_person(self, person: str) -> str:
        p = self.people.get(person)
        return (p.platform if p and p.platform else None) or self.default_platform

    def platform_for_chat(self, chat: str) -> str:
        """The platform that posts to `chat` when no inbound message prompted it (escalations)."""
        cs = self.settings.chats.get(chat)
        return (cs.platform if cs and cs.platform else None) or self.default_platform

    # where
    def is_served_chat(self, chat: str) -> bool:
        return chat in self.chat_grid or chat == self.office_chat or chat in self.unit_chats

    def building_of_chat(self, chat: str | None) -> str | None:
        return self.chat_building.get(chat) if chat else None

    def grid_for(self, building: str | None, chat: str | None) -> Grid | None:
        if building and building in self.grid_of_building:
            return self.grid_of_building[building]
        return self.chat_grid.get(chat) if chat else None

    def chain_for(self, building: str | None, chat: str | None) -> list[Level]:
        """Building leader -> grid chief -> community office, skipping missing levels."""
        chain: list[Level] = []
        b = self.buildings.get(building) if building else None
        g = self.grid_for(building, chat)
        if b and b.leader:
            chain.append(Level("leader", b.leader, b.chat))
        if g and g.chief:
            chain.append(Level("chief", g.chief, g.chats[0] if g.chats else None))
        chain.append(Level("office", None, self.office_chat))
        return chain

    def buildings_led_by(self, person: str) -> list[str]:
        return self.leaders.get(person, [])
