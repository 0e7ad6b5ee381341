"""How the compiled cue lists are filed for the scan's lookups (`Vocabulary` builds these on itself).

Reads the vocabulary's combo index (first part -> combos), its "A+B" word entries per kind and its
directly read word lists; files each combo under its two rarest parts, each "A+B" entry under its rarest
part, and groups a list's words by their first part, so a message tries only entries whose rare parts
it holds.
"""
from __future__ import annotations

# a combo as Scan looks it up: (first part, position in combo_index[first part], family, parts, all parts)
ComboEntry = tuple[str, int, str, tuple[str, ...], frozenset[str]]


def word_combos_by_rare_part(entries: tuple[tuple[str, frozenset[str]], ...]
                             ) -> dict[str, tuple[tuple[int, str, frozenset[str]], ...]]:
    """Each "A+B" entry filed once, under its part found in the fewest entries of the list."""
    count: dict[str, int] = {}
    for _w, parts in entries:
        for p in parts:
            count[p] = count.get(p, 0) + 1
    out: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for i, (w, parts) in enumerate(entries):
        out.setdefault(min(sorted(parts), key=count.__getitem__), []).append((i, w, parts))
    return {k: tuple(v) for k, v in out.items()}


def by_rare_parts(combo_index: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]]
                  ) -> dict[str, dict[str, tuple[ComboEntry, ...]]]:
    """Every combo filed once, under its two parts found in the fewest combos (a common first part such
    as 电梯 starts hundreds): a message then tries only combos with both of those parts in it."""
    in_combos: dict[str, int] = {}
    for entries in combo_index.values():
        for _name, parts, _rest in entries:
            for p in set(parts):
                in_combos[p] = in_combos.get(p, 0) + 1
    out: dict[str, dict[str, list[ComboEntry]]] = {}
    for first, entries in combo_index.items():
        for i, (name, parts, _rest) in enumerate(entries):
            rare = sorted(dict.fromkeys(parts), key=lambda p: in_combos[p])
            other = rare[1] if len(rare) > 1 else rare[0]
            out.setdefault(rare[0], {}).setdefault(other, []).append((first, i, name, parts, frozenset(parts)))
    return {k: {o: tuple(es) for o, es in v.items()} for k, v in out.items()}


def group_by_first_part(words: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[int, str, tuple[str, ...]], ...]], ...]:
    """A directly read list's words grouped by their first part, each with its position and other parts."""
    groups: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for i, w in enumerate(words):
        parts = [p for p in w.split("+") if p] if "+" in w.strip("+") else [w]
        if parts:
            groups.setdefault(parts[0], []).append((i, w, tuple(parts[1:])))
    return tuple((head, tuple(entries)) for head, entries in groups.items())
