"""Why a red cue hit is no danger now: every red reading (red_readings.py, fall_readings.py,
red_readings_more.py, red_readings_late.py) in the order tried, with what each says and whether the risk
it names stays stated.

Reads the scan and the cue hit through each reading; red.py drops the hit with the first reading's reason.
Split out of red_readings.py.
"""
from __future__ import annotations

from collections.abc import Callable

from .fall_readings import fall_unharmed, fall_wondered, grazed_only, pit_wondered
from .red_readings import (animals_fighting, condition_named, knock_after_answer, long_standing, nobody_under,
                           struck_a_thing, swallowed_apart, thrown_missed, vehicle_struck)
from .red_readings_late import anyone_asked, car_under_tree, nobody_passes, past_spark
from .red_readings_more import (after_effects, banging_habit, crush_feared, gap_left, grit_falling, head_exploding,
                                hung_down, plant_drooping, smoke_left)
from .scan import Hit, Scan


# Each reading (red_readings' and fall_readings', then red_readings_more's), in the order tried: the words it reports, what it says,
# whether the risk it names stays stated.
_READINGS: tuple[tuple[Callable[[Scan, Hit], str | None], str, bool], ...] = (
    (fall_wondered, "a fall only wondered about ('{}'): the risk it shows stays", True),
    (struck_a_thing, "a thing struck and broken ('{}'), nobody below", False),
    (long_standing, "an illness of long standing ('{}'), nothing happening now", False),
    (fall_unharmed, "a fall that did no harm ('{}'): the risk it shows stays", True),
    (grazed_only, "a fall that only grazed someone ('{}'), a repair asked: the risk it shows stays", True),
    (swallowed_apart, "no poisoning: {}", False),
    (pit_wondered, "a fall into a pit only wondered about ('{}'): the risk it shows stays", True),
    (knock_after_answer, "the no-answer said of something before the knock ('{}')", False),
    (animals_fighting, "animals fighting ('{}'), nobody hurt", False),
    (condition_named, "a condition the person has ('{}'), nothing acute told: the risk it shows stays", True),
    (vehicle_struck, "a vehicle struck ('{}'), nobody below", False),
    (thrown_missed, "something thrown down that missed ('{}'): the behaviour is the matter, its risk stays", True),
    (nobody_under, "hanging with nobody named below ('{}'): the risk it shows stays", True),
    # (red_readings_more's)
    (crush_feared, "a collapse under a load feared ('{}'): the risk it shows stays", True),
    (head_exploding, "a head 'exploding' ('{}'): a nuisance told at its worst, no blast", False),
    (hung_down, "a thing hung down ('{}'), not self-harm", False),
    (after_effects, "an illness's after-effects ('{}'), nothing acute now: the care it needs stays", True),
    (banging_habit, "door-banging told as a habit ('{}'), no blow or threat: a dispute", False),
    (grit_falling, "grit or dust crumbling off ('{}'), no part falling", False),
    (gap_left, "a part already fallen, its bare patch to mend ('{}')", False),
    (plant_drooping, "branches reaching the roof ('{}'), nothing breaking", False),
    (smoke_left, "a smell left from a burning on a past day ('{}'), nothing burning now", False),
    # (red_readings_late's)
    (anyone_asked, "someone asked for ('{}'), nobody named below", False),
    (car_under_tree, "a tree's fruit or twigs striking a vehicle ('{}'), nobody below", False),
    (past_spark, "a spark told of a past time ('{}'), nothing arcing now", False),
    (nobody_passes, "over a place nobody goes ('{}'): a repair, nobody below", False),
)


def set_aside(scan: Scan, h: Hit) -> tuple[str, bool] | None:
    """Why a red cue hit is no danger now, and whether the risk it names stays stated (a fall wondered
    about), or None."""
    for reading, says, risk_stays in _READINGS:
        if found := reading(scan, h):
            return f"'{h.cue}' " + says.format(found), risk_stays
    return None
