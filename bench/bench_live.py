"""The console's Live page: how fast a session record reaches the page's model, and what
folding and rendering cost, as ratios against a baseline measured in the same run.

1. Runtime → console: a record published by the runtime's session feed (through the
   robot link's connection, as `valkky run` does) until the console's LiveFeed has folded
   it into its board, over a real mosquitto on 127.0.0.1. Baseline: a bare paho
   publish → receive of the same payload between two plain clients, interleaved.
   Goal: median ≤ 20 ms, ratio ≤ 3.
2. Folding: records per second into one session of ``MAX_RECORDS`` records (each record
   refolds its session from its records, so order and repeats cannot matter).
3. Rendering the Live panel for a fleet of 32 robots with a session each, and for a full
   board (``MAX_ROBOTS``): the time per render, against rendering an empty board. One
   render per change serves every open page (live.py). Goal: 32 robots ≤ 50 ms.

    python bench/bench_live.py
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from typing import Any

import jinja2
import paho.mqtt.client as mqtt

from valkky import events as ev
from valkky.console import learner, live
from valkky.console import livestate as ls
from valkky.console.i18n import Text
from valkky.console.livefeed import LiveFeed
from valkky.console.livestate import LiveBoard
from valkky.controller.feed import SessionFeed
from valkky.controller.link import RobotLink
from valkky.protocol.session import SessionEvt
from valkky.testing.broker import MosquittoBroker
from valkky.testing.wait import wait_until

ROUNDS = 200


def record(seq: int, session: str = "bench") -> SessionEvt:
    return SessionEvt(session=session, seq=seq, at=1.0, lesson="l", title="Siivous",
                      learner="AB12", steps=9, record=ev.Ask(step=f"s{seq}", kind="ask",
                                                            text="Mikä tämä on?"))


def transport(broker: MosquittoBroker) -> tuple[list[float], list[float]]:
    robot = "bench-live"
    link = RobotLink.from_url(f"{broker.url}/{robot}")
    feed = SessionFeed(link, ev.SessionOpened(lesson="l"), title="Siivous", learner="AB12",
                       steps=9)
    link.start()
    console = LiveFeed.from_url(broker.url)
    console.start()
    got = threading.Event()
    seen: list[float] = []
    plain_out = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    plain_in = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)

    def on_plain(*_: Any) -> None:
        seen.append(time.perf_counter())
        got.set()

    plain_in.on_message = on_plain
    for c in (plain_out, plain_in):
        c.connect(broker.host, broker.port)
        c.loop_start()
    plain_in.subscribe("bench/plain", 1)
    try:
        assert link.wait_connected(5)
        wait_until(lambda: console.connected, 5, "the console feed")
        time.sleep(0.3)  # both SUBACKs
        fed, plain = [], []
        payload = record(0).to_payload()
        for i in range(ROUNDS):
            version = console.version
            t0 = time.perf_counter()
            feed.handle(ev.Ask(step=f"s{i}", kind="ask", text="Mikä tämä on?"))
            wait_until(lambda v=version: console.version > v, 5, "the record on the board",
                       poll_s=0.0002)
            fed.append(time.perf_counter() - t0)
            got.clear()
            t0 = time.perf_counter()
            plain_out.publish("bench/plain", payload, 1)
            assert got.wait(5)
            plain.append(seen[-1] - t0)
        return fed, plain
    finally:
        for c in (plain_out, plain_in):
            c.disconnect()
            c.loop_stop()
        console.stop()
        link.stop()


def folding() -> float:
    board = LiveBoard()
    t0 = time.perf_counter()
    for seq in range(ls.MAX_RECORDS):
        board.record("r", record(seq), now=1.0)
    return ls.MAX_RECORDS / (time.perf_counter() - t0)


def rendering(robots: int) -> tuple[float, float]:
    from valkky.console.app import HERE

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.get_template("live_panel.html")

    words = Text()
    for module in (live, learner):
        words.add(module.text, module.__name__)
    t = words.translator("en")

    full = LiveBoard()
    for i in range(robots):
        for seq in range(40):
            full.record(f"robot-{i}", record(seq, session=f"s{i}"), now=1.0)

    def render(board: LiveBoard) -> float:
        robots = board.robots()
        t0 = time.perf_counter()
        template.render(t=t, lang="en", robots=robots, connected=True, configured=True,
                        refusal=lambda why: why, csrf="x")
        return time.perf_counter() - t0

    empty = LiveBoard()
    fulls, empties = [], []
    for _ in range(20):
        fulls.append(render(full))
        empties.append(render(empty))
    return statistics.median(fulls), statistics.median(empties)


def ms(values: list[float], q: float) -> float:
    return 1000 * sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    if not MosquittoBroker.find_executable():
        print("mosquitto is not installed: skipped")
        return 0
    with MosquittoBroker() as broker:
        fed, plain = transport(broker)
    ratio = statistics.median(fed) / statistics.median(plain)
    print(f"runtime → console board, {ROUNDS} records: median {ms(fed, .5):.2f} ms, "
          f"p95 {ms(fed, .95):.2f} ms; bare paho publish → receive: median "
          f"{ms(plain, .5):.2f} ms; ratio {ratio:.1f}")
    print(f"folding: {folding():,.0f} records/s into a session of {ls.MAX_RECORDS}")
    for robots in (32, ls.MAX_ROBOTS):
        full, empty = rendering(robots)
        print(f"Live panel, {robots} robots with a session each: {1000 * full:.1f} ms per "
              f"render; empty board {1000 * empty:.2f} ms; ratio {full / empty:.0f}")
        if robots == 32:
            fleet = full
    ok = ms(fed, .5) <= 20 and fleet <= 0.05
    print("goals met" if ok else "GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
