"""A follow-up on an orange ticket, told as an ordinary fault, is scored as the ticket's problem (orange)."""
from bot.replay import run_replay
from tests.support import make_settings


def test_a_yellow_follow_up_on_an_orange_ticket_is_orange(tmp_path):  # type: ignore[no-untyped-def]
    settings = make_settings(f"sqlite:///{tmp_path}/unused.db", "http://127.0.0.1:9/send")
    recs = [
        {"id": "f1", "chat": "b3", "sender": "r1", "t": 0, "text": "3号楼一单元楼门的门锁坏了 谁都能推门进来"},
        {"id": "f2", "chat": "b3", "sender": "r2", "t": 3, "text": "对 门吸也掉了 风一吹就响"},
    ]
    preds, _ = run_replay(recs, settings, workdir=str(tmp_path))
    assert preds[0]["color"] == "orange" and preds[1]["ticket"] == preds[0]["ticket"], preds
    assert preds[1]["merged"] and preds[1]["color"] == "orange", preds
