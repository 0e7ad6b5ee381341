"""Messages the model reads as a danger that tell none: its red is not taken (hybrid.py).

The model learnt red from words that go with danger: an old parent living alone (the welfare danger of
someone not answering), water coming in (water reaching the electrics). Two calm forms of them:

- a routine need of a vulnerable person asked for: "我在外地回不来，我妈一个人住，麻烦帮我登记一下，这几天
  多去看看她", "老父亲的助餐到现在没送来", "空调开不起来 好冷 麻烦去看看" — a person named, a routine or
  comfort need (CALM_NEEDS, a care service, heating or cooling out), and no sign of danger to them
  (not answering, not seen, taken ill, fallen, a hazard: DANGER_SIGNS). Orange or lower (vulnerable.py);
- (both read in the writer's own words: hybrid reads a quote reply or a #接龙 chain by own_words.py);
- a person only grazed or cut by a thing at fault ("滑梯的裂口把孩子的手划破了"), nothing worse told: the
  fault's risk stated (orange), nobody down now;
- water coming into a basement, a garage or a yard, with nothing electrical and nobody named in it:
  flooding in a common space (orange), not water reaching power or people;
- smoke or a fire already stopped at its source (插头拔掉了，烟没了): the burnt fitting is left to check.
- tap water discoloured or gritty (烧开了还有渣子沉在底下), nothing electrical, nobody in trouble: a water-quality
  fault (lesser_fault.discoloured_water).

Word lists: vocab_calm.py.
"""
from __future__ import annotations


from .vocab_calm import CALM_NEEDS, DANGER_SIGNS, ELECTRICS, HOME_POURED, PERSON_IN_TROUBLE, POURED_NOT_WATER, PUT_OUT, \
    SOMEONE_IN_WATER, STILL_BURNING, WATER_IN
from .calm_more import calm_more, someone_named
from .lesser_fault import discoloured_water
from .fall_readings import grazed
from .vocabulary import Vocabulary


def _calm_need(text: str, vocab: Vocabulary) -> str | None:
    return (next((w for w in CALM_NEEDS if w in text), None) or vocab.first_in("care_service", text)
            or vocab.first_in("home_comfort_out", text))


def calm_welfare(text: str, vocab: Vocabulary) -> str | None:
    """Why a message about a vulnerable person's routine need tells no danger, or None."""
    person = vocab.first_in("vulnerable", text)
    if person is None or any(s in text for s in DANGER_SIGNS):
        return None
    need = _calm_need(text, vocab)
    return f"a routine need of '{person}' ('{need}'), no sign of danger" if need else None


def person_in_trouble(text: str) -> str | None:
    """The word telling a person in trouble now (lying still, not answering, crying for help, broken in on), or None."""
    return next((w for w in PERSON_IN_TROUBLE if w in text), None)


def _poured_in(text: str) -> str | None:
    """Water told pouring into a home ("水已经往一楼家里灌了"): a home's 里灌 with water named and no smoke or gas,
    which pour in through the same words (a garage or a basement poured into is another place: people may be down
    there)."""
    said = next((w for w in HOME_POURED if w in text), None)
    if said and "水" in text and not any(w in text for w in POURED_NOT_WATER):
        return said
    return None


def calm_water(text: str, vocab: Vocabulary) -> str | None:
    """Why water coming into a space tells no danger (no electrics, nobody in it), or None."""
    water = next((w for w in WATER_IN if w in text), None) or _poured_in(text)
    if water is None or any(e in text for e in ELECTRICS) or someone_named(text, vocab) \
            or any(s in text for s in SOMEONE_IN_WATER + DANGER_SIGNS):
        return None
    return f"water coming in ('{water}') with nothing electrical and nobody in it"


def calm_reading(text: str, vocab: Vocabulary) -> str | None:
    """Why the model's danger reading is not taken, or None (`text`: the writer's own words, own_words.py)."""
    graze = grazed(text)
    return calm_welfare(text, vocab) or calm_water(text, vocab) or (graze and f"only a graze told ('{graze}')") \
        or put_out(text) or tap_water(text) or calm_more(text, vocab)


def tap_water(text: str) -> str | None:
    """Why tap water told discoloured or gritty tells no danger (nothing electrical, nobody in trouble), or None."""
    seen = discoloured_water(text)
    if seen is None or any(e in text for e in ELECTRICS) or any(s in text for s in DANGER_SIGNS):
        return None
    return f"tap water discoloured or gritty ('{seen}'), a water-quality fault"


def put_out(text: str) -> str | None:
    """Why smoke or a burn told as already stopped at its source tells no danger now, or None."""
    out = next((w for w in PUT_OUT if w in text), None)
    if out is None or any(s in text for s in STILL_BURNING):
        return None
    if any(w in text[text.find(out) + len(out):] for w in ("烟", "火", "味")):   # smoke or a smell told after it
        return None
    return f"the smoke or fire is already stopped at its source ('{out}')"
