"""The `understanding:` section of config.yaml: a community's own cue words.

Everything here is ADDED to the shipped defaults (bot/understanding/vocab_data.py);
`remove` drops default phrases that misfire in a community. Shape::

    understanding:
      cues:                      # colour -> category -> phrases; "A+B" = both words present
        red:    {safety: [电瓶车起火, 楼道+冒烟]}
        orange: {utilities: [没有热水+全楼]}
        yellow: {sanitation: [垃圾房满了]}
        blue:   {affairs: [居住登记]}
      families:                  # optional named problem families (also the repeat topic)
        pigeon_mess: {color: yellow, category: sanitation, cues: [鸽子粪], note: pigeon droppings}
        # keys: broad (repeats must share a cue), fallback, needs_ask, attaches (cordon-like
        # requests that join the urgent ticket just filed)
      fixed: [已经通了]           # "already fixed / over" phrases -> not a request, fixed_report
      not_request: [卖菜]         # adverts, greetings, chatter -> never a request
      reply: [你管得着吗]          # neighbour replies / retorts -> not a request unless the office is asked
      ack: [收悉]                 # acknowledgements / thanks
      ask: [劳驾]                 # asking the office to act or answer
      address: ["@小区管家"]       # words addressing the office
      masks: [火锅店]             # harmless longer readings that cancel a cue inside them
      hypothetical: [假设]         # a red cue after these (same clause) is not a fact
      hearsay: [群里看到]          # news / a story from elsewhere: problem words after it are not here
      law: [要罚款]                # a statement about the law: a danger word in its clause is no event
      risk_near: [快够着]          # a hazard near a danger ("快挨着电线"): orange, a stated risk
      on_scene: [抢险队到了]        # responders on site: a live update, not a new request
      still_asks: [快派人]          # ... unless it still asks for help
      goes_on: [压不住]             # ... or says after it that the danger goes on
      forwarded: ["(转载)"]        # a forwarded-message marker at the start of a message
      here: [咱胡同]              # the text turns back here after a story from elsewhere
      lucky: [得亏没]              # a past near miss that harmed no one ...
      past_day: [大前天]           # ... told with a past day ...
      now: [眼下]                  # ... unless something says it is there now
      warning_after: [闹不好要出人命]  # a serious consequence said after a danger: a warning, no event
      recovering: [刚做完手术]      # an injured person back home recovering: care, not an emergency
      precaution: [别往前凑]        # a responder keeping people away is not handling the danger
      reassured: [人都好好的]        # a reassurance: the model reads no danger into a non-request
      ignorant: [不太清楚]          # "I don't know" in a short message: an answer, no report (matched as written)
      not_report: [多谢告知]         # a reply that only thanks or answers is no repeat of the latest report
      lift_parts: [楼层显示]         # a lift that still runs with this part faulty: yellow, not out of service ...
      lift_stopped: [停摆]           # ... unless the message says the lift does not run
      ac_drip: [空调水]              # a neighbour's air conditioner dripping: yellow, not a leak into a home ...
      asked_neighbour: [打过招呼]     # ... a dispute once the neighbour has been asked
      roof_leak: [天沟]              # rain through the roof: the roof's (facility), not a pipe's ...
      pipe_source: [热水器]          # ... unless a pipe or a tank is named as the source
      door_closer: [自动关门器]       # an entrance door that still locks is yellow (vocab_doors) ...
      door_still_locks: [刷不上脸]    # ... a resident not recognised, the door locking still ...
      door_risk: [流浪汉]            # ... unless a risk is stated (anyone walks in, cold pours in)
      lift_goes: [才开]              # a lift whose door reopens but which goes in the end: yellow
      theft: [被人拿走]              # theft or vandalism of shared things told as yellow: safety (vocab_theft)
      lost_property: [送错门]         # lost or misdelivered property told among neighbours: never a request (vocab_lost)
      lost_pet: [鹦鹉飞了]            # a pet lost or found: a notice among neighbours unless the office is asked
      wish: [盼着能]                 # a wish beside thanks or a laugh: the model decides (vocab_wish)
      vulnerable: [老外婆]           # a particular vulnerable person; with a need today: orange (vocab_vulnerable) ...
      home_comfort_out: [地暖+不热]  # ... heat or cold at home with nothing to stop it
      fall_risk: [跌倒]              # ... a fall stated as the risk
      appointment: [打针]            # ... a hospital visit ...
      appointment_when: [中午]       # ... today
      life_support: [雾化机]         # ... a life-support machine facing a power cut
      care_service: [助洁]           # a service delivered to an old person: care, not affairs
      risk_young: [幼儿]             # the young and old; with a harm the fault could do them: orange (vocab_risk) ...
      risk_harm: [烫伤]              # ... the harm
      risk_warning: [要闯祸]         # a warning that something will happen, told as the reason to act: orange
      risk_fire_store: [柴油桶+楼道]  # a fire waiting to happen (gas cylinders left out, batteries charged indoors)
      negation: [并未]
      people_at_risk: [高龄老人]
      place_words: [连廊]          # parts of the building; differing ones mean different problems
      repeat_markers: [同上]
      corroborate: [俺也瞅见]      # a short "me too" that joins the ticket just filed
      agree: [中嘞]               # openers agreeing with the report just made ("是的，...")
      typo_words: [化粪池]         # words whose homophone typos are recognised
      remove: [蛇]                # default phrases (of any list) to drop

Colours: red, orange, yellow, blue. Categories: utilities, elevator, facility,
sanitation, safety, noise, dispute, parking, greenery, care, affairs,
suggestion, other. The settings model includes it as
``understanding: UnderstandingConfig = UnderstandingConfig()``; pass
``settings.understanding.model_dump()`` (or the model) to ``build_vocabulary``.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ColorName = Literal["red", "orange", "yellow", "blue"]
CategoryName = Literal["utilities", "elevator", "facility", "sanitation", "safety", "noise", "dispute",
                       "parking", "greenery", "care", "affairs", "suggestion", "other"]


class FamilyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    color: ColorName
    category: CategoryName
    cues: list[str] = Field(min_length=1)
    note: str = ""
    fallback: bool = False        # counts only when no other family matched
    needs_ask: bool = False       # counts only when the text also asks something
    broad: bool = False           # category-wide: a repeat must also share a cue word
    attaches: bool = False        # handling a hazard already reported (cordon, evacuate): joins the latest urgent ticket


class UnderstandingConfig(BaseModel):
    """Community additions to the understanding vocabulary (see module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    cues: dict[ColorName, dict[CategoryName, list[str]]] = {}
    families: dict[str, FamilyConfig] = {}
    fixed: list[str] = []
    not_request: list[str] = []
    reply: list[str] = []
    ack: list[str] = []
    ask: list[str] = []
    address: list[str] = []
    masks: list[str] = []
    hypothetical: list[str] = []
    hearsay: list[str] = []
    law: list[str] = []
    risk_near: list[str] = []
    on_scene: list[str] = []
    still_asks: list[str] = []
    goes_on: list[str] = []
    forwarded: list[str] = []
    here: list[str] = []
    lucky: list[str] = []
    past_day: list[str] = []
    now: list[str] = []
    warning_after: list[str] = []
    recovering: list[str] = []
    precaution: list[str] = []
    reassured: list[str] = []
    ignorant: list[str] = []
    not_report: list[str] = []
    lift_parts: list[str] = []
    lift_stopped: list[str] = []
    ac_drip: list[str] = []
    asked_neighbour: list[str] = []
    roof_leak: list[str] = []
    pipe_source: list[str] = []
    door_closer: list[str] = []
    door_still_locks: list[str] = []
    door_risk: list[str] = []
    lift_goes: list[str] = []
    theft: list[str] = []
    lost_property: list[str] = []
    lost_pet: list[str] = []
    wish: list[str] = []
    vulnerable: list[str] = []
    home_comfort_out: list[str] = []
    fall_risk: list[str] = []
    appointment: list[str] = []
    appointment_when: list[str] = []
    life_support: list[str] = []
    care_service: list[str] = []
    risk_young: list[str] = []
    risk_harm: list[str] = []
    risk_warning: list[str] = []
    risk_fire_store: list[str] = []
    negation: list[str] = []
    people_at_risk: list[str] = []
    place_words: list[str] = []
    repeat_markers: list[str] = []
    corroborate: list[str] = []
    agree: list[str] = []
    typo_words: list[str] = []
    remove: list[str] = []
