#!/usr/bin/env python3
"""Throughput of classify on one core over a large synthetic message stream.

    python bench/classify_bench.py [--n 200000] [--seed 7]

Messages combine templates (places x problems x chatter x noise), so the stream
is varied and never repeats a cached answer. Prints messages/s and peak RSS
after warm-up vs at the end (memory must stay flat). Target: >= 5,000 msg/s.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.understanding import Context, classify, default_vocabulary  # noqa: E402

PLACES = ["", "3号楼", "二单元", "十二楼", "5-2-301", "7栋1单元602", "一楼", "三单元五楼", "21号楼三单元", "楼道里",
          "东门口", "地下室", "402门口", "十一楼"]
PROBLEMS = ["电梯坏了 停着不动", "电体又停了", "楼道灯不亮", "有股煤气味", "停水了 做饭都没水", "暖气一点都不热",
            "垃圾桶满了没人收", "楼上装修天天电钻", "车位被外面的车占了", "消防通道被堵了", "有人被困在电梯里了",
            "老人摔倒了起不来", "下水道反水了", "漏水漏到楼下了", "窗户玻璃要掉下来了", "单元门锁坏了", "老鼠特别多",
            "狗天天叫", "树枝挂在半空晃悠 底下有人", "请问老年卡在哪办", "建议多装几个充电桩", "电梯修好了 谢谢",
            "昨天停电了 今天好了", "要是着火了消防车都进不来", "电动车在楼道里充电"]
TAILS = ["", " 能不能管管", " @物业", " 麻烦来看看", "[流泪]", " 急死了", "!!!", " 谢谢", " 咋整啊", " 好几天了"]
CHATTER = ["收到", "好的 谢谢", "[强][强]", "新年快乐", "卖新鲜草莓 要的接龙", "谁家有梯子借我用一下", "哈哈哈",
           "今天天气真好", "我八十多了 屋里十三度", "尾号368的车是谁的", "晚上七点广场见"]
ROLES = ["resident"] * 8 + ["staff", "leader"]


def stream(n: int, seed: int):
    rnd = random.Random(seed)
    for i in range(n):
        if rnd.random() < 0.3:
            text = rnd.choice(CHATTER)
        else:
            text = rnd.choice(PLACES) + rnd.choice(PROBLEMS) + rnd.choice(TAILS)
        # vary every message a little so no two are the same string
        text += " " * (i % 3) + ("" if i % 5 else f" {i % 97}")
        yield text, Context(sender_role=rnd.choice(ROLES), chat_building=str(rnd.randint(1, 30)))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t0 = time.perf_counter()
    default_vocabulary()
    for text, ctx in stream(200, args.seed + 1):   # lazy tables (numerals, model) load here, not in the timing
        classify(text, ctx)
    print(f"vocabulary built and warmed up in {time.perf_counter() - t0:.2f}s")
    msgs = list(stream(args.n, args.seed))
    rss_start = peak_rss_mb()
    requests = 0
    t1, c1 = time.perf_counter(), time.process_time()
    for text, ctx in msgs:
        requests += classify(text, ctx).request
    dt, cpu = time.perf_counter() - t1, time.process_time() - c1
    rss_end = peak_rss_mb()
    print(f"{args.n} messages in {dt:.2f}s: {args.n / dt:,.0f} messages/s on one core ({requests} requests)")
    # (on a shared machine the process's own CPU time says more than the wall clock)
    print(f"CPU time {cpu:.2f}s: {args.n / cpu:,.0f} messages/s of CPU")
    print(f"peak RSS after warm-up {rss_start:.1f} MB, at end {rss_end:.1f} MB (growth {rss_end - rss_start:+.1f} MB)")


if __name__ == "__main__":
    main()
