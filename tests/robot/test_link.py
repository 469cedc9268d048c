"""The controller's link against the simulator over a real broker, and without one."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from valkky.controller.link import RobotLink
from valkky.protocol.broker import EmbeddedBroker
from valkky.robot.sim import start_sim
from valkky.testing.broker import MosquittoBroker, free_port
from valkky.testing.probe import Probe
from valkky.testing.wait import wait_until


def _quiet(_text: str) -> None:
    pass


def test_link_drives_the_simulator(mosquitto: MosquittoBroker, fast_hw: Path) -> None:
    sim = start_sim(mosquitto.url, "linked", headless=True, say=_quiet, hardware_dir=fast_hw)
    watcher = Probe(mosquitto.url, "linked", subscribe=("controller/status",))
    link = RobotLink.from_url(f"{mosquitto.url}/linked")
    try:
        link.start()
        assert link.wait_connected(5)
        watcher.wait_for(lambda t, m: m == b'"online"')
        gid = link.gesture("nod")
        bad = link.gesture("no_such_gesture")
        assert gid and bad
        assert link.wait_outstanding(5)
        acks = [(a.id, a.status) for a in link.take_acks()]
        assert [s for i, s in acks if i == gid] == ["accepted", "started", "done"]
        assert [s for i, s in acks if i == bad] == ["rejected"]
        assert link.take_acks() == []
        assert link.robot_status == "online"
        assert link.show("moppi", gloss="mop") and link.speech("start", "Tämä on moppi.")
        screen = wait_until(lambda: sim.runner.snapshot()["screen"], 5, "the robot's screen")
        assert screen["text"] == "moppi"
        assert sim.core.controller == "ok"  # the link's heartbeat
    finally:
        link.stop()
        watcher.wait_for(lambda t, m: m == b'"offline"')
        sim.stop()
        watcher.clear_retained("controller/status", "status", "state")


def test_no_broker_never_blocks_the_lesson() -> None:
    link = RobotLink.from_url(f"mqtt://127.0.0.1:{free_port()}/alone")
    started = time.monotonic()
    link.start()
    assert link.gesture("nod") is None
    assert not link.show("moppi")
    assert link.wait_outstanding(5)
    link.stop()
    assert time.monotonic() - started < 1.5
    assert link.dropped == ["gesture nod", "show"]


def test_link_comes_back_after_the_broker_restarts(monkeypatch: pytest.MonkeyPatch,
                                                   fast_hw: Path) -> None:
    # paho's first reconnect after a lost connection waits the backoff's minimum (1 s in
    # production); the same backoff, shorter
    monkeypatch.setattr("valkky.protocol.mqtt.RECONNECT_MIN_S", 0.05)
    with MosquittoBroker() as broker:
        sim = start_sim(broker.url, "phoenix", headless=True, say=_quiet,
                        hardware_dir=fast_hw)
        link = RobotLink.from_url(f"{broker.url}/phoenix", heartbeat_s=0.1)
        try:
            link.start()
            assert link.wait_connected(5)
            broker.kill()
            wait_until(lambda: not link.connected, 5, "the link to notice the broker gone")
            assert link.gesture("nod") is None  # dropped, not queued to arrive late
            broker.start()  # same port; no persistence: nothing retained survives
            watcher = Probe(broker.url, "phoenix", subscribe=("status", "controller/status"))
            try:
                # Both sides re-announce themselves after re-subscribing (in order on each
                # connection), so once both are seen the link hears acks and the robot
                # hears commands.
                watcher.wait_for(lambda t, m: t == watcher.topics.status
                                 and m == b'"online"', timeout=10)
                watcher.wait_for(lambda t, m: t == watcher.topics.controller_status
                                 and m == b'"online"', timeout=10)
            finally:
                watcher.close()
            assert link.connected and sim.runner.connection == "connected"
            wait_until(lambda: sim.core.controller == "ok", 5, "the robot to hear the link")
            gid = link.gesture("nod")
            assert gid and link.wait_outstanding(5), link.take_acks()
            assert [a.status for a in link.take_acks() if a.id == gid] == \
                ["accepted", "started", "done"]
        finally:
            link.stop()
            sim.stop()


def test_commands_carry_a_message_expiry_over_mqtt5(mosquitto: MosquittoBroker) -> None:
    """docs/protocol.md: where the broker speaks MQTT 5, commands expire (a gesture delivered
    later than the robot's staleness limit is worthless)."""
    import threading

    import paho.mqtt.client as mqtt

    from valkky.controller.link import COMMAND_EXPIRY_S

    got: list[mqtt.MQTTMessage] = []
    arrived, subscribed = threading.Event(), threading.Event()
    sub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5)
    sub.on_subscribe = lambda *_: subscribed.set()
    sub.on_message = lambda _c, _u, msg: (got.append(msg), arrived.set())
    sub.connect(mosquitto.host, mosquitto.port)
    sub.loop_start()
    sub.subscribe("valkky/exp/cmd/gesture", qos=1)
    link = RobotLink.from_url(f"{mosquitto.url}/exp")
    try:
        assert subscribed.wait(5)
        link.start()
        assert link.wait_connected(5)
        assert link.protocol == mqtt.MQTTv5
        assert link.gesture("nod")
        assert arrived.wait(5)
        expiry = got[0].properties.MessageExpiryInterval
        assert 0 < expiry <= COMMAND_EXPIRY_S
    finally:
        link.stop()
        sub.disconnect()  # first: a loop stopped first waits out its select() (1 s)
        sub.loop_stop()
        Probe(mosquitto.url, "exp", subscribe=()).clear_retained("controller/status")


def test_a_311_only_broker_gets_311(embedded_broker: EmbeddedBroker) -> None:
    """The embedded broker (amqtt) speaks 3.1.1 only: the link falls back and works."""
    import paho.mqtt.client as mqtt

    # amqtt never answers an MQTT 5 CONNECT with a will: the link's wait for a CONNACK
    # (1 s in production) decides, here shorter
    link = RobotLink.from_url(f"{embedded_broker.url}/old", connack_wait_s=0.3)
    try:
        link.start()
        assert link.wait_connected(5)
        assert link.protocol == mqtt.MQTTv311
        assert link.gesture("nod")
    finally:
        link.stop()
        Probe(embedded_broker.url, "old", subscribe=()).clear_retained("controller/status")


def test_a_broker_known_to_speak_311_is_not_tried_with_5(embedded_broker: EmbeddedBroker,
                                                          caplog: pytest.LogCaptureFixture
                                                          ) -> None:
    """The demo knows its embedded broker speaks 3.1.1 only (settings.broker_mqtt5): the
    link connects with 3.1.1 at once, with no MQTT 5 try to wait out."""
    import paho.mqtt.client as mqtt

    caplog.set_level(logging.INFO, logger="valkky.controller.link")
    link = RobotLink.from_url(f"{embedded_broker.url}/known311", mqtt5=False)
    try:
        assert link.protocol == mqtt.MQTTv311
        link.start()
        assert link.wait_connected(5)
        assert link.protocol == mqtt.MQTTv311
        assert link.gesture("nod")
        assert "did not answer an MQTT 5 CONNECT" not in caplog.text  # no fallback
    finally:
        link.stop()
        Probe(embedded_broker.url, "known311", subscribe=()).clear_retained(
            "controller/status")


def test_a_second_controller_for_a_robot_is_refused(mosquitto: MosquittoBroker,
                                                    fast_hw: Path) -> None:
    """Two `valkky run` on one robot once threw each other off the broker (a fixed client
    id), silently dropping gestures; now the second stays silent and says why."""
    sim = start_sim(mosquitto.url, "twice", headless=True, say=_quiet, hardware_dir=fast_hw)
    first = RobotLink.from_url(f"{mosquitto.url}/twice")
    second = RobotLink.from_url(f"{mosquitto.url}/twice")
    try:
        first.start()
        assert first.wait_connected(5) and first.conflict is None
        second.start()
        assert not second.wait_connected(5)
        assert second.conflict and "already has a controller" in second.conflict
        assert second.gesture("nod") is None  # never sent
        gid = first.gesture("nod")  # the first one was not thrown off
        assert gid and first.wait_outstanding(8)
        assert [a.status for a in first.take_acks() if a.id == gid][-1] == "done"
        assert first.connected
    finally:
        second.stop()
        first.stop()
        sim.stop()
        Probe(mosquitto.url, "twice", subscribe=()).clear_retained(
            "controller/status", "status", "state")


def test_a_controller_after_a_clean_stop_is_welcome(mosquitto: MosquittoBroker) -> None:
    link = RobotLink.from_url(f"{mosquitto.url}/again")
    link.start()
    assert link.wait_connected(5)
    link.stop()  # says "offline" (retained)
    again = RobotLink.from_url(f"{mosquitto.url}/again")
    again.start()
    try:
        assert again.wait_connected(5) and again.conflict is None
    finally:
        again.stop()
        Probe(mosquitto.url, "again", subscribe=()).clear_retained("controller/status")


def test_no_answer_to_the_first_gesture_says_what_to_check(
        mosquitto: MosquittoBroker, caplog: pytest.LogCaptureFixture) -> None:
    link = RobotLink.from_url(f"{mosquitto.url}/nobody-home", first_ack_wait_s=0.2)
    link.start()
    try:
        assert link.wait_connected(5)
        with caplog.at_level(logging.WARNING, logger="valkky.controller.link"):
            assert link.gesture("nod") is not None
            wait_until(lambda: "robot nobody-home is not online" in caplog.text, 5,
                       "the link's warning")
    finally:
        link.stop()
        Probe(mosquitto.url, "nobody-home", subscribe=()).clear_retained("controller/status")
