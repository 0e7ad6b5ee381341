"""Structural understanding: dialect folding, object x fault reports, safety first, office questions, repeats.

Sentences here are our own; held-out set B is only scored as a whole file through the replay path.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.understanding import TicketView, classify, match_repeat
from bot.understanding.dialect import to_mandarin

ROOT = Path(__file__).resolve().parents[2]
HELDOUT_B = ROOT / "tests" / "understanding" / "heldout_b"
HELDOUT_C = ROOT / "tests" / "understanding" / "heldout_c"
HELDOUT_D = ROOT / "tests" / "understanding" / "heldout_d"
SCORE = Path("/work/shared/eval/score.py")


@pytest.mark.parametrize("raw, folded", [
    ("水龍頭冇水啦", "水龙头没水"), ("我屋企部電梯唔郁", "我家里部电梯不动"), ("俺家木有电了 咋整", "我家没有电了 怎么办"),
    ("联系物业", "联系物业"), ("整天都在响", "整天都在响")])
def test_dialect_and_traditional_fold_to_mandarin(raw, folded):
    assert to_mandarin(raw) == folded


@pytest.mark.parametrize("text, color, category", [
    ("花园里那个单杠断了一根", "yellow", "facility"),          # object x fault state, no family phrase
    ("二号楼后面的宣传栏歪了", "yellow", "facility"),
    ("车库出口的道闸不动了", "yellow", "parking"),
    ("小区里那棵灌木挡路了", "yellow", "greenery"),
    ("电梯什么时候能修好 天天爬楼", "orange", "elevator"),      # a pending question about a broken lift
    ("屋企冇水 成日都系咁", "orange", "utilities"),              # Cantonese outage
])
def test_an_object_at_fault_is_a_request(text, color, category):
    u = classify(text)
    assert (u.request, u.color, u.category) == (True, color, category), u.reasons


@pytest.mark.parametrize("text", [
    "救命 我家老人手卡在暖气片后面了",        # cry for help about a person, with a request-suppressing word nearby
    "楼道里火都窜出来了",
    "阳台那块广告牌吊着晃 下面就是人行道",
])
def test_red_danger_stated_as_fact_is_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "救命哈哈哈 这视频笑死我了",              # joke
    "消防演练的时候能教教怎么用灭火器吗",     # drill: fire words are a lesson
    "楼下有人抽烟 一股烟味",                  # smoking: a nuisance, not a fire
])
def test_jokes_drills_and_smoking_are_not_red(text):
    u = classify(text)
    assert not (u.request and u.color == "red"), u.reasons


_EDGE = pytest.mark.xfail(reason="model retrained on b..v sits at the threshold edge here (category p=0.75, "
                                 "request p=0.18): a known gap, alerting when it closes", strict=True)


@pytest.mark.parametrize("text, category", [
    ("请问高龄老人的助餐点在哪", "care"), ("想问一下居住证明在哪办", "affairs"),   # care: vulnerable.care_service
    pytest.param("驿站搬走以后包裹往哪送啊", "other", marks=_EDGE)])
def test_questions_to_the_office_are_blue(text, category):
    u = classify(text)
    assert (u.request, u.color, u.category) == (True, "blue", category), u.reasons


@pytest.mark.parametrize("text", [
    "谁丢了一只橘猫 在我这 看到请联系我",
    "[链接] 专业上门除螨 首单八折 电话详询",
    "前天停了一上午水 昨天下午就来了",
    "> 楼顶又漏了\n估计是上次没补好",
])
def test_notices_adverts_past_events_and_quotes_are_not_requests(text):
    assert not classify(text).request


@pytest.mark.parametrize("text", ["每晚楼下划拳吵到半夜", "车库里一股霉味 好几天了"])
def test_ongoing_nuisances_are_requests_without_an_ask(text):
    assert classify(text).request


def _ticket(text: str, no: int = 1, floor: str | None = None) -> TicketView:
    from bot.understanding import Location

    u = classify(text)
    return TicketView(no=no, chat_id="c", reporter_id="a", category=u.category, color=u.color,
                      location=Location(floor=floor) if floor else u.location, building="4", text=text,
                      minutes_since_last_report=3, keywords=u.keywords)


@pytest.mark.parametrize("first, second", [
    ("三楼厨房下水道往上返脏水", "我们五楼也是 水池往上涌"),        # me-too from another floor
    ("家里没有水了", "俺家也木有"),                               # northern me-too
    ("二楼楼道一股煤气味", "那味越来越重了 快来人看看"),              # the smell after a gas report
    ("电梯停在六楼不动了", "电梯还没好吗 我住十楼"),                  # a lift question after a lift ticket
])
def test_me_too_and_follow_questions_join_the_open_ticket(first, second):
    u = classify(second)
    m = match_repeat(u, second, "b", "4", [_ticket(first)])
    assert m is not None and m.ticket_no == 1 and m.kind == "repeat"


def test_me_too_with_a_contrast_is_another_problem():
    first, second = "八楼卫生间漏水到楼下", "我家也漏 不过是阳台的暖气管 跟楼上没关系 五楼"
    u = classify(second)
    assert match_repeat(u, second, "b", "4", [_ticket(first, floor="8")]) is None


def _replay_and_score(corpus: Path, tmp_path: Path, bounds: list[str]) -> subprocess.CompletedProcess:
    inp, out = tmp_path / "in.jsonl", tmp_path / "pred.jsonl"
    with open(corpus / "messages.jsonl", encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as g:
        for r in map(json.loads, f):
            g.write(json.dumps({k: r[k] for k in ("id", "chat", "sender", "t", "text")}, ensure_ascii=False) + "\n")
    subprocess.run([sys.executable, "run_bot.py", "replay", str(inp), "--config", str(corpus / "community.yaml"),
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True, timeout=300)
    args = [a for b in bounds for a in (("--min", b[1:]) if b[0] == ">" else ("--max", b[1:]))]
    return subprocess.run([sys.executable, str(SCORE), str(corpus / "messages.jsonl"), str(out), *args],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not SCORE.exists(), reason="shared scorer not present")
def test_heldout_b_through_the_replay_path(tmp_path):
    """Set B (another writer) replayed through the bot: no red missed, requests found, repeats joined."""
    res = _replay_and_score(HELDOUT_B, tmp_path, [
        ">red_recall=1.0", ">request_f1=0.95", ">color_accuracy=0.90", ">location_exact=0.95", ">dup_precision=0.95",
        ">dup_f1=0.95", "<false_red_rate=0.03", "<under_triage_rate=0.04"])
    assert res.returncode == 0, res.stdout[-600:] + res.stderr


@pytest.mark.skipif(not SCORE.exists(), reason="shared scorer not present")
def test_heldout_c_through_the_replay_path(tmp_path):
    """Set C (a southern-city writer, blind when first scored) replayed: bounds at what is reached now."""
    res = _replay_and_score(HELDOUT_C, tmp_path, [
        ">red_recall=1.0", ">request_f1=0.96", ">color_accuracy=0.92", ">category_accuracy=0.88",
        ">location_exact=0.92", ">dup_precision=0.95", ">dup_f1=0.95", "<false_red_rate=0.03", "<under_triage_rate=0.07"])
    assert res.returncode == 0, res.stdout[-600:] + res.stderr


@pytest.mark.skipif(not SCORE.exists(), reason="shared scorer not present")
def test_heldout_d_through_the_replay_path(tmp_path):
    """Set D (a northern danwei compound, blind when first scored) replayed: bounds at what is reached now."""
    res = _replay_and_score(HELDOUT_D, tmp_path, [
        ">red_recall=1.0", ">request_f1=0.97", ">color_accuracy=0.92", ">category_accuracy=0.88",
        ">location_exact=0.90", ">dup_f1=0.87", "<false_red_rate=0.02", "<under_triage_rate=0.03"])
    assert res.returncode == 0, res.stdout[-600:] + res.stderr


@pytest.mark.skipif(not SCORE.exists(), reason="shared scorer not present")
@pytest.mark.parametrize("corpus, location", [
    ("heldout_e", 0.90), ("heldout_f", 0.90), ("heldout_g", 0.90), ("heldout_h", 0.90), ("heldout_i", 0.90),
    ("heldout_j", 0.90), ("heldout_k", 0.90), ("heldout_l", 0.90),
    # M's labeller leaves the place of non-requests null (GUIDELINES: as written, for every message);
    # nearly all its location misses are such messages, so its floor sits lower
    ("heldout_m", 0.88), ("heldout_n", 0.90), ("heldout_o", 0.90), ("heldout_p", 0.90),
    # northern courtyards (coal stoves, thaw), Wu-speaking high-rises, a Cantonese-writing small town
    ("heldout_q", 0.90), ("heldout_r", 0.90), ("heldout_s", 0.90),
    # north-western boilers and dust storms, a talent-apartment block's slang, a riverside flood week
    ("heldout_t", 0.90), ("heldout_u", 0.90), ("heldout_v", 0.90),
    ("heldout_w", 0.90), ("heldout_x", 0.90), ("heldout_y", 0.90),
    # a Cantonese urban village, a heatwave estate written formally (its labeller marks places of
    # answers and notices too), a Chongqing hillside
    ("heldout_za", 0.90), ("heldout_zb", 0.85), ("heldout_zc", 0.90),
    # retired university staff, a young renters' tech estate, a coastal typhoon township, a
    # mid-city estate (the four blind measures of the round before they joined)
    ("heldout_zd", 0.88), ("heldout_ze", 0.90), ("heldout_zf", 0.90), ("heldout_zg", 0.90),
    # a northern heating city in deep winter, a humid Hubei riverside, grown children writing for
    # elderly parents, a new high-rise estate's slang (scored blind once, at the start of round 8)
    ("heldout_zh", 0.90), ("heldout_zi", 0.90), ("heldout_zj", 0.90), ("heldout_zk", 0.90),
    # a Shanghai lane in Wu dialect, a Guizhou mountain town, a Beijing resettlement estate, a Pearl
    # River Delta industrial village (scored blind twice, at the start and end of round 9)
    ("heldout_zl", 0.90), ("heldout_zm", 0.88), ("heldout_zn", 0.85), ("heldout_zo", 0.90),
    # a Chongqing hillside, elderly voice-to-text in a Henan county town, seasonal retirees in
    # Hainan, a Jiangsu factory compound's 【】 notices (scored blind twice, in the fourth session)
    ("heldout_zp", 0.90), ("heldout_zq", 0.90), ("heldout_zr", 0.90), ("heldout_zs", 0.88),
    # a Harbin factory estate in deep winter, a Shenzhen high-rise's terse mixed typing, a Xi'an urban
    # village of landlords and lanes, a Xiamen estate in typhoon season (scored blind twice, in the
    # fifth session); ZT's and ZV's labellers fill the places of answers and notices too
    ("heldout_zt", 0.88), ("heldout_zu", 0.90), ("heldout_zv", 0.88), ("heldout_zw", 0.90),
    # a plateau town near Xining, a Suzhou canal quarter, a Tianjin estate's voice-to-text run-ons and
    # relayed repair forms, a Kunming rainy season of short-stay rentals (scored blind twice, in the
    # sixth session)
    ("heldout_zx", 0.90), ("heldout_zy", 0.90), ("heldout_zz", 0.85), ("heldout_zza", 0.90),
    # Hangzhou voice input, a Wuhan estate under renovation works, Guangzhou Cantonese, young renters'
    # net slang (scored blind at the start of the eighth session)
    ("heldout_zzf", 0.95), ("heldout_zzg", 0.95), ("heldout_zzh", 0.95), ("heldout_zzi", 0.95),
    # Chengdu Sichuanese, a villa estate's 排/号 addresses, a Nanjing compound's quoted notices and 接龙
    # chains, a Hunan ice storm (scored blind three times, opened in the ninth session)
    ("heldout_zzj", 0.95), ("heldout_zzk", 0.95), ("heldout_zzl", 0.90), ("heldout_zzm", 0.95),
    # Urumqi Mandarin as a second language, a Qingdao estate's quoted replies and forwarded notices,
    # a Hefei school-district compound of grandparents, a Zhengzhou block over restaurants (scored
    # blind three times, opened in the tenth session)
    ("heldout_zzn", 0.95), ("heldout_zzo", 0.85), ("heldout_zzp", 0.85), ("heldout_zzq", 0.95),
    # a Shanghai 石库门 lane, a Shenzhen super-high-rise in Chinese-English, Sanya snowbird retirees, a
    # Tianjin compound in a property-handover dispute (scored blind twice, opened in the eleventh session)
    ("heldout_zzr", 0.90), ("heldout_zzs", 0.88), ("heldout_zzt", 0.95), ("heldout_zzu", 0.95),
    # a Xiamen 城中村 of handshake rentals, a Lanzhou loess hillside, a Wuhan university staff compound,
    # a Baotou steelworks compound (scored blind twice, opened in the twelfth session)
    ("heldout_zzv", 0.95), ("heldout_zzw", 0.95), ("heldout_zzx", 0.95), ("heldout_zzy", 0.95),
    # a Harbin 老道外 courtyard quarter, a Nanning resettlement estate (its labeller writes basement
    # floors as -1, so its floor sits lower), a Zhengzhou hospital staff quarter, a Kashgar rebuilt old
    # town (scored blind three times, opened in the thirteenth session)
    ("heldout_ya", 0.95), ("heldout_yb", 0.85), ("heldout_yc", 0.95), ("heldout_yd", 0.95),
    # a Meizhou Hakka old town, a Xilinhot grassland estate, a Yangzhou canal quarter, a Suzhou Industrial
    # Park WeCom high-rise (its labeller writes a bare B1/B2 as floor -1/-2, which the bot leaves unread as
    # most labellers do; scored blind three times, opened in the fourteenth session)
    ("heldout_ye", 0.90), ("heldout_yf", 0.95), ("heldout_yg", 0.95), ("heldout_yh", 0.90),
    # a Kunming 城中村 of packed rentals, a Guangxi Zhuang county town, a Xiong'an resettlement estate,
    # a Shenyang factory workers' estate (scored blind three times, opened in the fifteenth session)
    ("heldout_yi", 0.95), ("heldout_yj", 0.95), ("heldout_yk", 0.95), ("heldout_yl", 0.95),
    # a Chongqing 渝中 hillside old-lane community (its labeller writes 负一楼 as -1 and fills the place of
    # non-requests too), a Dalian seaside estate, a Shenzhen 城中村 in written Cantonese, a Lhasa estate at
    # 3,650 m (scored blind twice, opened in the sixteenth session)
    ("heldout_ym", 0.95), ("heldout_yn", 0.95), ("heldout_yo", 0.95), ("heldout_yp", 0.95),
    # a Xi'an 回坊 Hui quarter in Shaanxi speech, a Wenchang fishing-village estate in a typhoon week, a
    # Guiyang hillside estate of Miao and Buyi families in a freeze, a Wenzhou urban village of workshop
    # houses (scored blind twice, opened in the seventeenth session)
    ("heldout_yq", 0.95), ("heldout_yr", 0.95), ("heldout_ys", 0.95), ("heldout_yt", 0.90),
    # a Harbin 道里 quarter in a cold snap, a Chengdu 高新区 renters' estate (sublet rooms written many ways),
    # a Yongding Hakka 土楼 village (its labeller writes a 土楼 named by its name as that building's id), an
    # Ürümqi 天山区 estate (scored blind twice, opened in the eighteenth session)
    ("heldout_yu", 0.90), ("heldout_yv", 0.80), ("heldout_yw", 0.85), ("heldout_yx", 0.95),
    # a Hohhot estate of Mongol, Han and Hui families in a sandstorm, a Qingdao 里院 quarter (its labeller
    # writes the street number as the building), a Beijing hutong of 大杂院 by 门牌, a Ganzhou 骑楼 old town
    # in the plum-rain floods (scored blind three times, opened in the nineteenth session)
    ("heldout_xa", 0.95), ("heldout_xb", 0.95), ("heldout_xc", 0.95), ("heldout_xd", 0.95),
    # a Changsha factory estate in 老旧小区改造, a Datong coal-subsidence resettlement estate with coal
    # stoves, a Hangzhou 未来社区 in WeCom (its labeller writes a garage level B1 as -1), Dali courtyards
    # after an earthquake (scored blind twice, opened in the twentieth session)
    ("heldout_xe", 0.95), ("heldout_xf", 0.95), ("heldout_xg", 0.95), ("heldout_xh", 0.95),
    # a Yanji estate of 朝鲜族 and Han families at the first snow, a Yiwu traders' rental estate, a Yan'an
    # hillside of 窑洞 cave yards (its labeller writes a cave 孔 as a room), an Anqing 村改居 estate in the
    # Yangtze floods (scored blind twice, opened in the twenty-first session)
    ("heldout_xi", 0.95), ("heldout_xj", 0.90), ("heldout_xk", 0.85), ("heldout_xl", 0.95)])
def test_every_labelled_community_replays_above_a_floor(corpus, location, tmp_path):
    """Each community we labelled (styles from Northeast dialect to a typhoon night, a 座 high-rise)
    stays above a floor: a regression guard, not the blind measure (that is in the README)."""
    res = _replay_and_score(ROOT / "tests" / "understanding" / corpus, tmp_path, [
        ">red_recall=0.85", ">request_f1=0.85", f">location_exact={location}", "<false_red_rate=0.04"])
    assert res.returncode == 0, res.stdout[-600:] + res.stderr
