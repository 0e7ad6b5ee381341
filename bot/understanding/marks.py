"""Marks: named facts the rules establish about a message, for the later steps that decide on them.

A reason is a sentence for people (the explain output, a ticket's log); a mark is what code reads. Each mark
is set at the place its reason is written, so rewording a reason never changes a decision. They travel on
`Understanding.marks` (and, inside the rules, on `responders.Speaker.marks`); `replace` keeps them.
"""
from __future__ import annotations

from enum import StrEnum


class Mark(StrEnum):
    # what the rules set aside or found nothing in
    SET_ASIDE = "set_aside"        # cue words set aside: negated, hypothetical, a joke, a drill, inside a harmless word
    TOLD_ELSEWHERE = "told_elsewhere"  # ...and only as told of another place (Understanding.story), nothing else
    NO_CUE = "no_cue"              # no problem or ask cue at all (silent, not a verdict)
    NO_OBJECT = "no_object"        # only a vague fault that names no object and asks no one (silent to the model)
    # the rules' "not a request" for a stated reason
    DECLINED = "declined"          # any such verdict but NO_CUE: the message reports nothing, not even a "me too"
    FIRM = "firm"                  # ...one the model may not overrule (a staff notice, a quote, forwarded news, chatter)
    CHATTER = "chatter"            # ...chatter beside a problem (chatter.py, a lament, coping): joins no ticket
    RESIGNED = "resigned"          # ...a resigned remark: firm, but the model's danger reading is still heard
    NOTICE = "notice"              # ...a responder's notice to the residents (responders.speaker)
    # who speaks (responders.speaker)
    RELAYED = "relayed"            # a responder passes a problem up to the office: the rules decided deliberately
    QUESTIONS_RELAYED = "questions_relayed"  # ...what is passed up is the residents' questions (a 问 word)
    ADDRESSED = "addressed"        # a question or need put to an official by title (official_named.py): the model keeps it
    PATROL = "patrol"              # staff pass up what a patrol found and ask a service to act (patrol_found.py)
    IN_HAND = "in_hand"            # a responder has the danger or emergency in hand and passes the rest up
    # what was told
    RELAPSED = "relapsed"          # a fix told, then the fault back: it did not last (not_over.relapsed)
    VAGUE_ME_TOO = "vague_me_too"  # a vague "me too" fault: the ticket it joins says what it is (topics.py)
