"""The console's MQTT side over a real mosquitto: hostile payloads on every topic it
reads are dropped and counted (its thread lives on); a good record still lands after
them; controls and the e-stop go out as the protocol says; no broker never blocks."""

from __future__ import annotations

import time

from valkky import events as ev
from valkky.console.livefeed import LiveFeed
from valkky.protocol import messages as p
from valkky.protocol import mqtt as m
from valkky.protocol.session import SessionCtl, SessionEvt
from valkky.testing.broker import MosquittoBroker, free_port
from valkky.testing.probe import Probe
from valkky.testing.wait import wait_until

GOOD = SessionEvt(session="s1", seq=0, at=1.0, lesson="l", title="Siivous", learner="AB12",
                  steps=3, record=ev.Ask(step="a", kind="ask", text="Mikä tämä on?"))
HOSTILE = [b"", b"not json", b"\xff\xfe\x00", b"[" * 50000, b'{"v":1}', b'"online"',
           b'{"v":1,"session":"s","seq":0,"at":1,"lesson":"l","title":"","learner":"",'
           b'"steps":3,"record":{"type":"ask","step":"a","kind":"ask","text":"\\ud800"}}',
           b'{"v":1,"session":"s","seq":1e400,"at":1,"lesson":"l","title":"","learner":"",'
           b'"steps":3,"record":{"type":"end","reason":"x"}}']


def wait_subscribed(feed: LiveFeed, probe: Probe) -> None:
    """Until the feed's subscriptions are in place (it subscribes on connecting, in one
    request): it has read a retained status, which it can only read once subscribed."""
    ready = f"valkky/{probe.topics.robot_id}-ready/controller/status"
    probe.publish(ready, p.encode_status(p.ONLINE), retain=True)
    try:
        wait_until(lambda: f"{probe.topics.robot_id}-ready" in {r.robot for r in feed.robots()},
                   5, "the feed to subscribe")
    finally:
        probe.publish(ready, b"", retain=True)


def test_hostile_payloads_are_dropped_and_the_feed_lives_on(mosquitto: MosquittoBroker
                                                            ) -> None:
    feed = LiveFeed.from_url(mosquitto.url)
    feed.start()
    robot = "feed-hostile"
    probe = Probe(mosquitto.url, robot, subscribe=())
    try:
        wait_subscribed(feed, probe)  # a message sent before then would never reach it
        for kind in ("session/events", "session/error", "controller/status", "state"):
            for payload in HOSTILE:
                probe.publish(f"valkky/{robot}/{kind}", payload)
        probe.publish("valkky/NOT_A_ROBOT/session/events", GOOD)
        probe.publish(f"valkky/{robot}/session/events", GOOD)
        wait_until(lambda: any(r.sessions for r in feed.robots() if r.robot == robot), 5,
                   "the good record")
        assert m.loop_alive(feed.client)
        (view,) = [r for r in feed.robots() if r.robot == robot]
        assert view.sessions[0].turns[0].question == "Mikä tämä on?"
        assert feed.dropped >= len(HOSTILE) * 3  # the empty status and state are no news
        assert "NOT_A_ROBOT" not in {r.robot for r in feed.robots()}
    finally:
        feed.stop()
        probe.close()


def test_controls_and_the_estop_go_out_as_the_protocol_says(mosquitto: MosquittoBroker
                                                             ) -> None:
    robot = "feed-controls"
    feed = LiveFeed.from_url(mosquitto.url)
    feed.start()
    probe = Probe(mosquitto.url, robot, subscribe=("session/control", "estop"))
    try:
        wait_until(lambda: feed.connected, 5, "the feed to connect")
        assert feed.control(robot, "pause", "s1", by="Maija")
        assert feed.estop(robot)
        ctl = SessionCtl.from_payload(probe.wait_for(lambda t, _m: t.endswith("control"))[2])
        assert (ctl.action, ctl.session, ctl.by) == ("pause", "s1", "Maija")
        _, _, payload, _ = probe.wait_for(lambda t, _m: t.endswith("/estop"))
        assert p.EStop.from_payload(payload) == p.EStop(engaged=True, by="console")
        # retained, as an operator's: a robot that connects later learns it at once
        late = Probe(mosquitto.url, robot, subscribe=("estop",))
        _, _, again, retained = late.wait_for(lambda t, _m: t.endswith("/estop"))
        late.close()
        assert (again, retained) == (payload, True)
    finally:
        feed.stop()
        probe.clear_retained("estop")


def test_no_broker_never_blocks_a_page() -> None:
    feed = LiveFeed.from_url(f"mqtt://127.0.0.1:{free_port()}")
    started = time.monotonic()
    feed.start()
    assert not feed.control("r1", "stop", "s1") and not feed.estop("r1")
    assert feed.robots() == []
    feed.stop()
    assert time.monotonic() - started < 1.5
