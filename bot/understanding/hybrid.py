"""Understanding = the rules, then the statistical model where the rules are unsure.

The rules (classifier.py) know the field's method and every danger cue; they are
authoritative for red and for "already fixed" reports. The character n-gram model
(text_model.py), trained on labelled building-group talk, carries recall on
phrasings no cue list foresaw. How they combine, each step named in `reasons`:

- request: a rules red or a fixed report decides; otherwise a request when the model
  is fairly sure (p >= P_REQUEST), or when the rules say so and the model does not strongly
  disagree (p >= P_KEEP_RULES);
- colour: rules red stays red; the model's colour is used (its red only when it is
  sure, p >= 0.6) and, alone, chosen at least expected cost with a too-calm colour costing more
  (COST_UNDER, triage_cost.py); when the rules also saw a request the model may raise their colour
  when sure of a more urgent one, or one step up when its summed weight on more urgent colours
  reaches P_RAISE_MASS — unsure between two colours errs toward the resident;
- category: the model's, except for a rules red (a danger names what must be dealt with);
- last, whoever read it: what the text itself says of colour and category (last_word.py).
"""
from __future__ import annotations

from dataclasses import replace

from .ask_then_risk import asked_before_consequence
from .calm import calm_reading, person_in_trouble
from .classifier import MAX_CHARS, classify as classify_rules, form_intake
from .last_word import last_word
from .location import parse_location
from .marks import Mark
from .news_elsewhere import danger_only_in_story, danger_told_here
from .own_words import own_words
from .repair_form import might_be_form, read_form
from .normalising import normalise
from .service_offered import service_offered
from .spaced_words import join_spaced_words
from .status_ask import asks_outcome
from .text_model import Opinion, TextModel, shipped_model
from .triage_cost import least_cost_color, one_step_up
from .types import COLOR_RANK, Context, Understanding
from .unanswered import nobody_behind_the_phone
from .vocabulary import Vocabulary, default_vocabulary

# Thresholds on the model's probabilities. Those marked (cal27) were re-fitted in round 27 by corpus-held-out folds
# (bench/calibrate_thresholds.py): 99 corpora in 5 folds, each read with a model trained on the other four, so the
# model is as unsure as it is on a community it never saw; classify over all 22,726 messages, mean of the
# per-corpus figures. Start (P_REQUEST .60, P_OVERRULE_SILENCE .65, P_RAISE .65, P_CAT_NAMED .30) -> cal27:
# request_f1 .9619 -> .9619, red_recall .9798 -> .9806, colour .8986 -> .9013, under-triage .0543 -> .0478,
# category .8629 -> .8659, false red .0123 unchanged. The danger bars (P_DANGER*), P_KEEP_RULES, P_LOWER and P_RED
# were swept too and are left where they were: each step either way traded red recall for false reds or
# request_f1 for colour.
P_REQUEST = 0.55   # (cal27; .60 before) the model alone makes a request
P_KEEP_RULES = 0.2
P_RED = 0.6
P_DANGER = 0.35
# a yellow / blue problem named by the rules: over 60 corpora (round 17) the truly red ones read p >= .65,
# while .40-.55 held 14 false reds (pests, a tree on a wall, notices) and no true one
P_DANGER_NAMED = 0.55
# ...unless a person is told in trouble beside it (lying still, not answering, crying for help): those read .41-.50
P_DANGER_PERSON = 0.4
# an orange problem named by the rules (a leak, a wasp nest, no gas): over 72 corpora (round 20) the truly red
# ones read p >= .71 (a lift with someone inside, water in a lamp), while .44-.61 held only false reds
P_DANGER_ORANGE = 0.65
P_DANGER_REQUEST = 0.35
P_SURE = 0.6
P_CAT_OVERRIDE = 0.65  # the model's category replaces the rules' when this sure (cal27: .55 lifted blind XE-XH
# category a further .015 but moved a door beside the lift to the lift: kept)
P_CAT_NAMED = 0.2   # (cal27; .30 before) the model names a category this surely: it replaces "other"
P_RAISE = 0.55     # (cal27; .65 before) the model may raise the rules' colour when this sure
P_LOWER = 0.8            # the model may lower the rules' colour only when this sure
P_SURE_OVER_ANSWER = 0.8  # "I don't know" with no problem named: the model must be this sure of a request
P_OVERRULE_SILENCE = 0.6  # (cal27; .65 before) the model overrules the rules' deliberate "not a request" when this
# sure; a little surer than for silence (P_REQUEST): .55 measured the same, and a verdict weighs more than no cue


# Erring toward the resident, fitted the same way in round 28 (103 corpora in 5 folds; triage_cost.py). Off (mass
# above 1, cost 1) -> adopted, with the round's final code: colour .8985 -> .8992, under-triage .0509 -> .0462,
# every other figure unchanged.
# (.60 / 1.3 gave under .0463 at colour .8977; .55 / 1.5 under .0448 at colour .8950: each step more trades colour.)
P_RAISE_MASS = 0.65   # the model's mass on colours more urgent than the rules' raises it one step
COST_UNDER = 1.3   # the model's colour alone: how much more a too-calm colour costs than a too-urgent one (1: argmax)


# A reassurance ("人没事", "里面没人") in a follow-up says the danger is not (or no longer) there;
# someone saying they do not know, in a short message naming no problem, answers a neighbour: it
# reports nothing ("我也不知道啊"). Word lists: vocab_telling REASSURED / IGNORANT (config-extendable).
_SHORT_ANSWER = 12  # characters, not counting spaces and punctuation

# What the rules established, read from their marks (marks.py), never from the wording of their reasons:
# - Mark.FIRM: a "not a request" the model may not overrule (a staff notice, a quote, forwarded news, someone
#   handling it, a retort, lost property, a favour or a deal, chatter set aside);
# - Mark.RESIGNED: ...but a resigned remark is never firm against the model's danger reading: what is put up with
#   may be a person in danger in words no list foresaw (safety first). (A bystander's is: the model reads the
#   incident they follow up as red; a person seen in trouble is kept from that reading by chatter.acts_oneself.);
# - Mark.NO_CUE, Mark.NO_OBJECT: the rules found nothing to read (silent, not a verdict);
# - Mark.IN_HAND: a responder who has the danger in hand and passes up what is left (responders.speaker, no_red):
#   the model's danger reading is the emergency already handled;
# - Mark.RELAYED: a responder passes a problem up to the office; Mark.RELAPSED: a fix followed by the fault back;
# - Mark.SET_ASIDE: danger words set aside (negated, hypothetical, a joke, a drill); Mark.VAGUE_ME_TOO (_named);
# - Mark.TOLD_ELSEWHERE: ...set aside only as told in a story of another place (Understanding.story): the model reads
#   the words said of here (news_elsewhere.py).
_SILENT = frozenset({Mark.NO_CUE, Mark.NO_OBJECT})
# Marks under which the rules' request stands against the model, with what each says: put to the office by name
# (official_named.py); "暖气修好了 又不热了", the model reads the fix as the news, the fault is back (not_over.relapsed);
# staff who saw a fault on their round and ask a service to act (patrol_found.py: over every corpus's 8,063 responder
# messages it reads only problems passed up, while the model reads a staff member's words as a notice)
_RULES_STAND = ((Mark.ADDRESSED, "put to an official by title"), (Mark.RELAPSED, "a fix that did not last"),
                (Mark.PATROL, "a fault seen on a round, a service asked to act"))


def _rules_silent(u: Understanding) -> bool:
    """The rules found no problem cue at all (as opposed to deciding it is no request)."""
    return not _SILENT.isdisjoint(u.marks)


def _overrulable(u: Understanding) -> bool:
    """A deliberate 'not a request' the model may overrule when very sure: chatter, thanks, a leader's
    or chief's remark, a past event. Never a staff notice, a quote, forwarded news, or someone handling it."""
    return Mark.FIRM not in u.marks


def _drill(text: str, vocab: Vocabulary) -> str | None:
    """A drill or lesson word that is not denied ("不是演练"), or someone smoking: smoke or alarms
    told around it are no fire (as red.py reads the rules' own cues)."""
    return next((w for kind in ("drill", "smoking") for w in vocab.words.get(kind, ())
                 if w in text and f"不是{w}" not in text), None)


def _named(u: Understanding, op: Opinion) -> Understanding:
    """'other' fits none of the categories: when the model names one of them fairly surely (a question
    about a service, an ask with no cue family), that one is the better guess. A vague me-too keeps
    'other' (the ticket it joins says what it is). Marked `category_guessed`: repeat linking still
    reads it as naming no problem of its own, and a follow-up joining a ticket is about the ticket's."""
    if u.category != "other" or Mark.VAGUE_ME_TOO in u.marks:
        return u
    category, p_cat = op.best("category", exclude=("other",))
    if p_cat < P_CAT_NAMED:
        return u
    return replace(u, category=category, category_guessed=True,
                   reasons=u.reasons + (f"'other' names nothing: {category} (model p={p_cat:.2f})",))


def classify(text: str, context: Context = Context(), vocab: Vocabulary | None = None,
             model: TextModel | None = None) -> Understanding:
    vocab = vocab or default_vocabulary()
    joined = join_spaced_words(text or "")
    if joined is not None:   # written word by word: every reading sees the usual form (spaced_words.py)
        u = classify(joined, context, vocab, model)
        return replace(u, reasons=("written word by word: read with the words joined",) + u.reasons)
    own = own_words(text or "")
    if own is None:
        return last_word(_combine(text, context, vocab, model), text, vocab)
    # a quote reply or a sign-up chain: only the poster's own part is read (own_words.py)
    u = last_word(_combine(own.text, context, vocab, model), own.text, vocab)
    if u.model_only:
        u = _in_reply_to(u, last_word(_combine(text, context, vocab, model), text, vocab))
    said = parse_location(normalise(own.remark, vocab), context.chat_building) if own.remark else None
    return replace(u, location=said or u.location, reasons=(own.reason,) + u.reasons)


def _in_reply_to(u: Understanding, whole: Understanding) -> Understanding:
    """Own words that name no problem (only the model read them) answer the quoted message or the chain's
    notice: read with it, a calmer colour and its category are kept; never a more urgent one."""
    if not whole.request or whole.color is None or u.color is None or COLOR_RANK[whole.color] <= COLOR_RANK[u.color]:
        return u
    return replace(u, color=whole.color, category=whole.category, reasons=u.reasons + (
        f"read with the message it answers: {whole.color}, {whole.category} (its own words name no problem)",))


def _danger_bar(u: Understanding, text: str) -> float:
    """The model's red p that reads `text` as a danger beside the rules' reading `u`: a problem the rules named as
    ordinary (yellow / blue / orange) needs a surer danger reading to turn red (not a blue that only says a question
    was put to an official by title: no problem named)."""
    if u.request and u.color in ("yellow", "blue", "orange") and not (u.color == "blue" and Mark.ADDRESSED in u.marks):
        named = P_DANGER_ORANGE if u.color == "orange" else P_DANGER_NAMED
        return P_DANGER_PERSON if person_in_trouble(text) else named
    return P_DANGER


def _calm_here(text: str, vocab: Vocabulary) -> str | None:
    """What says the model's danger reading of `text` is none: a reassurance, a drill or someone smoking, a phone
    unanswered with nobody behind it, a routine need (the checks _combine makes of a whole message)."""
    if said := vocab.first_in("reassured", text):
        return f"reassures ('{said}')"
    if said := _drill(text, vocab):
        return f"a drill, a lesson or smoking ('{said}')"
    if said := nobody_behind_the_phone(text, vocab):
        return f"a phone unanswered with nobody named behind it ('{said}')"
    return calm_reading(text, vocab)


def _red(u: Understanding, op: Opinion, note: str, p_red: float) -> Understanding:
    """Safety first: what the model reads as a danger to people is red even in words no cue foresaw."""
    category = u.category if u.request and u.category not in (None, "other") else op.best("category")[0]
    return replace(u, request=True, color="red", category=category, model_only=not u.request,
                   reasons=u.reasons + (f"{note}; reads as a danger (red p={p_red:.2f}): red, erring toward people",))


def _combine(text: str, context: Context, vocab: Vocabulary, model: TextModel | None) -> Understanding:
    # normalising twice (here and in the rules) costs every message: only one that might be a form pays
    form = read_form(normalise((text or "")[:MAX_CHARS], vocab)) if might_be_form(text or "") else None
    if form is not None and form.body:   # a repair form: its body read as its resident would write it
        return form_intake(form, _combine(form.body, replace(context, sender_role="resident"), vocab, model))
    u = classify_rules(text, context, vocab)
    model = model or shipped_model()
    if model is None or u.fixed_report or (u.request and u.color == "red"):
        return u
    # an ask, then the danger set aside only imagined after 不然 / 否则 (ask_then_risk.py): the model reads the ask
    asked = asked_before_consequence(text) if Mark.SET_ASIDE in u.marks and _rules_silent(u) else None
    if Mark.SET_ASIDE in u.marks and not asked:
        # danger words set aside (negated, hypothetical, a joke, a drill): the model parses none of that; set aside
        # only as told of another place, the words about here may still tell a danger here (news_elsewhere.py)
        story = u.story
        if story is None or (here := danger_told_here(u, model, context.sender_role, _danger_bar(u, story.here),
                                                      P_DANGER_REQUEST)) is None:
            return u
        if calm := _calm_here(story.here, vocab):   # as the whole text is read below
            return replace(u, reasons=u.reasons + (f"the words about here: {calm}, no danger read into them",))
        return _red(u, here, f"the danger told of another place ('{story.marker}') set aside; the words about here "
                             f"read by the model: request p={here.p_request:.2f}", here.color.get("red", 0.0))
    silent = _rules_silent(u)
    deliberate = not u.request and not silent
    danger_only = deliberate and Mark.RESIGNED in u.marks
    if deliberate and not _overrulable(u) and not danger_only:
        return u
    op = model.opinion(text, context.sender_role)
    note = f"model: request p={op.p_request:.2f}"
    if danger_only:
        p_red = op.color.get("red", 0.0)
        if p_red < P_DANGER or op.p_request < P_DANGER_REQUEST:
            return u
        return replace(u, request=True, color="red", category=op.best("category")[0], model_only=True,
                       reasons=u.reasons + (f"{note}; reads as a danger (red p={p_red:.2f}): red, erring toward people",))
    if deliberate:
        if op.p_request < P_OVERRULE_SILENCE:
            # chatter, thanks, a remark: the model fills only the gaps where it is very sure
            return u
        note += " (overrules the rules' 'not a request')"
    p_red = op.color.get("red", 0.0)
    reassured = vocab.first_in("reassured", text)
    if reassured and not u.request:
        return replace(u, reasons=u.reasons + (f"{note}; reassures ('{reassured}'): no danger read into it",))
    p_danger = _danger_bar(u, text)
    # smoke or alarms in a drill, a lesson or someone's smoking, in words no cue foresaw: the model reads
    # no danger into it (a question about the drill is still read as one)
    drill = _drill(text, vocab) if silent and p_red >= p_danger else None
    if drill:
        p_red, note = 0.0, note + f"; a drill, a lesson or smoking ('{drill}'): no danger read into it"
    unanswered = nobody_behind_the_phone(text, vocab) if p_red >= p_danger else None
    if unanswered:   # the office or a service out of reach: a complaint, nobody in danger named
        p_red, note = 0.0, note + f"; a phone unanswered with nobody named behind it ('{unanswered}'): no danger read into it"
    if asked and p_red >= p_danger:   # what would happen if nobody comes is no danger now
        p_red, note = 0.0, note + f"; asks first ('{asked}'), the danger only what may follow: no danger read into it"
    if p_red >= p_danger and Mark.IN_HAND in u.marks:
        p_red, note = 0.0, note + "; the danger is in hand: no danger read into it"
    calm = calm_reading(text, vocab) if p_red >= p_danger else None
    if calm:   # a routine need of a vulnerable person, water with nothing electrical: no danger told
        p_red, note = 0.0, note + f"; {calm}: no danger read into it"
    away = danger_only_in_story(u, model, context.sender_role) if p_red >= p_danger else None
    if away:   # the danger is in a story of another place; the words about here read none (news_elsewhere.py)
        calm, p_red, note = away, 0.0, note + f"; the danger told of another place ('{away}'): none read here"
    if p_red >= p_danger and (u.request or op.p_request >= P_DANGER_REQUEST):
        return _red(u, op, note, p_red)
    # (after the danger reading: saying "I don't know" never hides a danger)
    ignorant = vocab.first_in("ignorant", text) if silent else None
    if ignorant and op.p_request < P_SURE_OVER_ANSWER and sum(c.isalnum() for c in text) <= _SHORT_ANSWER:
        return replace(u, reasons=u.reasons + (f"{note}; says they do not know ('{ignorant}'): an answer, no report",))
    # the colours weighed for cost: a danger reading explained away above (p_red set to 0) weighs nothing
    weighed = op.color if p_red else {k: v for k, v in op.color.items() if k != "red"}
    relayed = Mark.RELAYED in u.marks   # a responder relaying up: the rules decided deliberately
    request = deliberate or op.p_request >= P_REQUEST or ((u.request or relayed) and op.p_request >= P_KEEP_RULES)
    outcome = asks_outcome(normalise(text, vocab)) if not request and u.request else None
    if outcome:   # asks whether a reported problem was dealt with: a question to the office (status_ask.py)
        request, note = True, note + f"; asks after the outcome ('{outcome}'): the rules' request stands"
    elif not request and u.request and (stands := next((n for m, n in _RULES_STAND if m in u.marks), None)):
        request, note = True, note + f"; {stands}: the rules' request stands"
    if not request:
        if u.request:
            return replace(u, request=False, color=None, category=None,
                           reasons=u.reasons + (f"{note}: the model overrules the cue",))
        return replace(u, reasons=u.reasons + (note,))
    if u.request:
        # the rules saw a request and their cue names the problem. Out of sample the model's
        # colour and category are the better guess when it is sure (measured by bench/loco.py):
        # it may raise the colour when sure, lower it only when very sure, and name the category.
        color, p_color = op.best("color", exclude=("red",))
        category, p_cat = op.best("category")
        changes = {}
        if color != u.color and u.color is not None:
            raise_ = COLOR_RANK[color] < COLOR_RANK[u.color]
            # (a question about a service for one's own home stays a consultation: service_offered.py)
            consulted = raise_ and service_offered(normalise(text, vocab), u.color)
            if p_color >= (P_RAISE if raise_ else P_LOWER) and not consulted:
                changes["color"] = color
        if "color" not in changes and u.color is not None and (step := one_step_up(weighed, u.color)) \
                and step[1] >= P_RAISE_MASS and not service_offered(normalise(text, vocab), u.color):
            # the model's weight on "more urgent than the rules' colour" as a whole: one step up
            changes["color"], p_color = step
            p_says = "model weight on it or more urgent"
        else:
            p_says = "model p"
        if category != u.category and (p_cat >= P_CAT_OVERRIDE or (p_cat >= P_SURE and u.category in (None, "other"))):
            changes["category"] = category
        if changes:
            note += "; " + ", ".join(f"{k} {v} ({p_says if k == 'color' else 'model p'}="
                                     f"{p_color if k == 'color' else p_cat:.2f})" for k, v in changes.items())
        return _named(replace(u, reasons=u.reasons + (note,), **changes), op)
    color, p_color = op.best("color")
    if color != "red" or p_color < P_RED or drill or calm:   # red only as above; else the least costly colour
        color, p_color = least_cost_color(weighed, COST_UNDER, exclude=("red",))
    category, p_cat = op.best("category")
    reasons = u.reasons + (f"{note}; colour {color} (model p={p_color:.2f}); category {category} (p={p_cat:.2f})",)
    return _named(replace(u, request=True, color=color, category=category, reasons=reasons, model_only=True), op)
