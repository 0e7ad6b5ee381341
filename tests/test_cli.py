"""classify and replay from the command line, in the formats score.py reads."""
import json
import subprocess
import sys
from pathlib import Path

import yaml

from tests.support import community

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def write_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(community(), allow_unicode=True))
    return cfg


def test_classify_reads_json_lines_and_explains(tmp_path):
    lines = [{"id": "a", "text": "5栋三单元有人被困电梯里了 快来人", "chat": "b3"},
             {"id": "b", "text": "好的 谢谢", "chat": "b3"}]
    r = run(["classify", "--config", str(write_config(tmp_path)), "--explain"],
            "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n")
    assert r.returncode == 0, r.stderr
    a, b = [json.loads(x) for x in r.stdout.splitlines()]
    assert a["request"] is True and a["color"] == "red" and a["category"] == "elevator"
    assert a["location"] == {"building": "5", "unit": "3", "floor": None, "room": None}
    assert a["reasons"]
    assert b["request"] is False and b["color"] is None and b["location"] is None
    assert "line 3" in r.stderr


def test_replay_files_merges_and_writes_outbox(tmp_path):
    recs = [{"id": "1", "chat": "b3", "sender": "r1", "t": 0, "text": "2单元的电梯停了 按了没反应"},
            {"id": "2", "chat": "b3", "sender": "r2", "t": 3, "text": "二单元电梯确实坏了 我也坐不了"},
            {"id": "3", "chat": "b3", "sender": "r3", "t": 5, "text": "谢谢大家"},
            {"id": "4", "chat": "b5", "sender": "r4", "t": 6, "text": "2单元的电梯停了 按了没反应"}]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs))
    out, box = tmp_path / "pred.jsonl", tmp_path / "out.jsonl"
    r = run(["replay", str(inp), "--config", str(write_config(tmp_path)), "--out", str(out), "--outbox", str(box)])
    assert r.returncode == 0, r.stderr
    p = {x["id"]: x for x in map(json.loads, out.read_text().splitlines())}
    assert p["1"]["ticket"] == 1 and p["1"]["merged"] is False
    assert p["2"]["ticket"] == 1 and p["2"]["merged"] is True
    assert p["3"]["ticket"] is None and p["3"]["request"] is False
    assert p["4"]["ticket"] == 2  # same symptom, other building: another ticket
    sent = [json.loads(x) for x in box.read_text().splitlines()]
    assert any(m["to"] == {"chat_id": "b3"} and "#1" in m["text"] and "2 人" in m["text"] for m in sent)
    assert all({"t", "to", "text", "ticket"} <= m.keys() for m in sent)


def test_replay_over_the_shared_corpus_is_scored(tmp_path):
    if not (EVAL / "messages.jsonl").exists():
        import pytest
        pytest.skip("shared corpus not present")
    inp = tmp_path / "in.jsonl"
    with open(EVAL / "messages.jsonl", encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as o:
        for line in f:
            r = json.loads(line)
            o.write(json.dumps({k: r[k] for k in ("id", "chat", "sender", "t", "text")}, ensure_ascii=False) + "\n")
    out = tmp_path / "pred.jsonl"
    r = run(["replay", str(inp), "--config", str(EVAL / "community.yaml"), "--out", str(out)])
    assert r.returncode == 0, r.stderr
    s = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "messages.jsonl"), str(out)],
                       capture_output=True, text=True, timeout=60)
    assert s.returncode == 0, s.stderr
    figures = json.loads(s.stdout.splitlines()[-1])
    assert figures["predicted"] == figures["messages"]
    assert figures["request_f1"] >= 0.9 and figures["location_exact"] >= 0.9
