"""The poster's own words in a message that carries other people's words.

Two WeChat / WeCom forms repeat someone else's text inside a message:

- a quote reply: the quoted message in corner brackets (「name：…」), a separator line
  (- - - - -, ——————) between it and what the poster writes; the quote may come first or last;
- a sign-up chain (#接龙): each poster copies the whole list and adds one numbered line at the
  end (2. 3-2-301 王 1份), often with a remark on the same line or below it.

Only the poster's part says what they ask: the quoted notice and the other entries of the list
must not make a request, a colour or a place. For a chain the remark under the newest entry names
the place of what it asks ("9幢一单元楼道灯坏了"); without one, the entry's address is the place.
A list the poster wrote themselves (1. …；2. …；3. …) is no chain: only a list under a 接龙 marker is
read as one. An unmarked list of short address-led lines may as well be the poster's own reports, one
problem a line ("1. 3栋楼道有煤气味\n2. 5栋垃圾没收"), and setting its earlier lines aside would drop a danger.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a separator line of a quote reply: - - - - -, -----, ——————, ＿＿＿ (three or more dashes)
_SEPARATOR = re.compile(r"^\s*(?:[-—－_＿~～=]\s*){3,}$")
# the quoted message: 「…」 (may span lines); the separator stands beside it
_QUOTE = re.compile(r"「[^「」]*」", re.S)
# a numbered entry of a list: "3. 6-1-102 朱", "3、16幢 江", "３．…"
_ENTRY = re.compile(r"^\s*(\d{1,3})\s*[.、．)）]\s*\S")
_CHAIN_MARK = "接龙"


@dataclass(frozen=True, slots=True)
class OwnWords:
    text: str                  # what the poster wrote themselves
    remark: str | None         # a chain's remark on lines after the newest entry (its place comes first)
    reason: str
    quoted: str | None = None  # a quote reply's quoted message


def own_words(text: str) -> OwnWords | None:
    """The poster's own part of a quote reply or a sign-up chain, None for any other message."""
    if not text or "\n" not in text:
        return None
    return _quote_reply(text) or _chain(text)


def _quote_reply(text: str) -> OwnWords | None:
    if "「" not in text:
        return None
    lines = text.split("\n")
    seps = [i for i, line in enumerate(lines) if _SEPARATOR.match(line)]
    if not seps:
        return None
    quote = _QUOTE.search(text)
    if quote is None:
        return None
    # the quote must stand next to the separator: it ends on the line before it or starts on the line after
    q_first, q_last = text.count("\n", 0, quote.start()), text.count("\n", 0, quote.end())
    if not any(i in (q_last + 1, q_first - 1) for i in seps):
        return None
    rest = text[:quote.start()] + text[quote.end():]
    own = "\n".join(line for line in rest.split("\n") if not _SEPARATOR.match(line)).strip()
    if not own:
        return None
    return OwnWords(own, None, "own words: a quote reply, the quoted message set aside", quote.group(0))


def _chain(text: str) -> OwnWords | None:
    if _CHAIN_MARK not in text:
        return None   # the poster's own numbered points (one problem a line), not a copied sign-up list
    lines = text.split("\n")
    entries = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _ENTRY.match(line))]
    if not entries:
        return None
    last_at, last_no = entries[-1]
    if last_no < 2:
        return None   # the chain's first post: its notice is the poster's own too
    numbers = [n for _, n in entries]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None   # not one numbered list
    own = "\n".join(lines[last_at:]).strip()
    remark = "\n".join(lines[last_at + 1:]).strip() or None
    return OwnWords(own, remark, f"own words: the newest entry ({last_no}.) of a sign-up chain"
                                 + (" and the remark under it" if remark else "") + ", the list above set aside")


# the end of a forwarded neighbour's words: a closing quote mark (“…”, 「…」, "…")
_QUOTE_END = re.compile(r"[”」』\"]")


def forwarded_ask(text: str, addressees: tuple[str, ...], asks: tuple[str, ...]) -> str | None:
    """A forward (转发一下…：“…”) whose poster, after the quoted words, asks someone of the office to act on them
    ("…”网格员能不能让把门锁上"): the ask, else None (a forward alone is news passed on)."""
    ends = list(_QUOTE_END.finditer(text))
    if not ends:
        return None
    own = text[ends[-1].end():]
    if not any(a in own for a in addressees):
        return None
    return next((a for a in asks if a in own), None)
