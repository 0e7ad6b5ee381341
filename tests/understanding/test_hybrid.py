"""The rules and the statistical model together: who decides what, and why."""
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.understanding import Context, classify, classify_rules
from bot.understanding.text_model import TextModel, doc_text, shipped_model

ROOT = Path(__file__).resolve().parents[2]


def tiny_model() -> TextModel:
    """A hand-made model over single characters: 危 reads as danger, 闲 as chatter, 问 as a question."""
    vocab = ["危", "闲", "问", "修"]
    def head(classes, rows, intercept):  # rows: one weight row per vocab entry
        return {"classes": classes, "coef": rows, "intercept": intercept}
    return TextModel({
        "ngram_max": 1, "vocab": vocab, "idf": [1.0, 1.0, 1.0, 1.0],
        "heads": {
            "request": head(["false", "true"], [[6.0], [-9.0], [3.0], [3.0]], [0.0]),
            "color": head(["blue", "orange", "red", "yellow"],
                          [[-3, 0, 6, 0], [0, 0, 0, 0], [6, 0, -3, 0], [0, 2, -3, 4]], [0, 0, 0, 0]),
            "category": head(["affairs", "facility", "safety"],
                             [[-2, 0, 6], [0, 0, 0], [6, 0, -2], [0, 6, 0]], [0, 0, 0]),
        }})


def test_a_danger_only_the_model_reads_is_filed_red():
    m = tiny_model()
    u = classify("危危危", Context(), model=m)
    assert u.request and u.color == "red" and u.category == "safety" and u.model_only
    assert any("danger" in r for r in u.reasons)


def test_a_rules_red_stays_red_whatever_the_model_says():
    m = tiny_model()
    text = "3号楼电梯里困着人 闲闲闲闲"
    assert classify_rules(text, Context()).color == "red"
    u = classify(text, Context(), model=m)
    assert u.request and u.color == "red" and not u.model_only


def test_the_model_overrules_a_weak_cue_it_finds_very_unlikely():
    m = tiny_model()
    text = "楼道灯坏了 闲闲闲闲闲闲"
    assert classify_rules(text, Context()).request
    u = classify(text, Context(), model=m)
    assert not u.request and u.color is None and "overrules" in u.reasons[-1]


def test_a_question_only_the_model_sees_gets_its_colour_and_category():
    m = tiny_model()
    u = classify("问问问", Context(), model=m)
    assert u.request and u.model_only and u.color == "blue" and u.category == "affairs"


def test_an_already_fixed_report_is_left_to_the_rules():
    m = tiny_model()
    u = classify("电梯修好了 危危危", Context(), model=m)
    assert not u.request and u.fixed_report


def test_the_shipped_model_loads_and_reads_the_role():
    m = shipped_model()
    assert m is not None and m.trained_on
    resident = m.opinion("明天上午九点停水检修，请大家提前储水", "resident")
    staff = m.opinion("明天上午九点停水检修，请大家提前储水", "staff")
    assert staff.p_request < resident.p_request  # a staff notice is an announcement, not a request


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn (train extra) not installed")
def test_numpy_inference_matches_scikit_learn():
    sys.path.insert(0, str(ROOT / "bench"))
    from train_model import train
    rows = [json.loads(x) for x in (ROOT / "tests/understanding/heldout_b/messages.jsonl").read_text().splitlines()]
    model, vec, clfs = train(rows)
    ours = TextModel(json.loads(json.dumps(model)))
    for r in rows[:40]:
        doc = doc_text(r["text"], r["role"])
        op = ours.opinion(r["text"], r["role"])
        X = vec.transform([doc])
        assert op.p_request == pytest.approx(clfs["request"].predict_proba(X)[0][1], abs=2e-3)
        want = dict(zip(clfs["color"].classes_, clfs["color"].predict_proba(X)[0]))
        for c, p in want.items():
            assert op.color[c] == pytest.approx(p, abs=2e-3)
        assert np.isclose(sum(op.category.values()), 1.0)


def test_a_very_sure_model_overrules_a_thanks_the_rules_set_aside():
    m = tiny_model()
    text = "谢谢大家 修修修修"
    assert "thanks" in classify_rules(text, Context()).reasons[0]
    u = classify(text, Context(), model=m)
    assert u.request and u.model_only and u.color == "yellow" and "overrules the rules" in u.reasons[-1]


@pytest.mark.parametrize("text, role", [
    ("我停一下咋了 修修修修", "resident"),                 # a retort between neighbours stays chatter
    ("明天上午停水 请大家储水 修修修修", "staff"),        # a staff notice stays a notice
])
def test_firm_rule_decisions_are_not_overruled(text, role):
    u = classify(text, Context(sender_role=role), model=tiny_model())
    assert not u.request, u.reasons


def test_a_sure_model_names_the_category_of_a_rules_request():
    u = classify("楼下垃圾没人收 修修修修", Context(), model=tiny_model())
    assert u.request and u.category == "facility" and "category facility" in u.reasons[-1]


def test_the_model_raises_a_colour_when_sure_but_lowers_it_only_when_very_sure():
    m = tiny_model()
    raised = classify("小区能不能多装几个长椅 修修", Context(), model=m)   # a wish; the model reads more urgent
    assert classify_rules("小区能不能多装几个长椅", Context()).color == "blue"
    assert raised.request and raised.color == "yellow", raised.reasons
    lowered = classify("家里停水了 修", Context(), model=m)            # the model very sure it is ordinary
    assert lowered.color == "yellow"
    kept = classify("家里停水了 修危", Context(), model=m)             # less sure: the rules' orange stands
    assert kept.color == "orange", kept.reasons


def test_replay_and_classify_can_use_another_model_file(tmp_path):
    import gzip
    import os
    import subprocess

    model = tmp_path / "tiny.json.gz"
    t = tiny_model()
    data = {"ngram_max": 1, "vocab": sorted(t.index, key=t.index.get), "idf": t.idf.tolist(),
            "heads": {name: {"classes": classes, "coef": t.coef[:, cols].tolist(), "intercept": t.intercept[cols].tolist()}
                      for name, classes, cols in t.heads}}
    with gzip.open(model, "wt", encoding="utf-8") as f:
        json.dump(data, f)
    line = json.dumps({"id": 1, "text": "问问问"}, ensure_ascii=False) + "\n"
    run = lambda env: subprocess.run([sys.executable, "run_bot.py", "classify"], input=line, text=True, cwd=ROOT,  # noqa: E731
                                     env={**os.environ, **env}, capture_output=True, timeout=120)
    out = json.loads(run({"LINLI_TEXT_MODEL": str(model)}).stdout)
    assert out["request"] and out["color"] == "blue"
    missing = run({"LINLI_TEXT_MODEL": str(tmp_path / "absent.json.gz")})
    assert missing.returncode != 0 and "LINLI_TEXT_MODEL" in missing.stderr
