"""The controller's link against the simulator over a real broker, and without one."""

from __future__ import annotations

import time

from tests.robot.probe import Probe
from valkky.controller.link import RobotLink
from valkky.robot.sim import start_sim
from valkky.testing.broker import MosquittoBroker, free_port


def _quiet(_text: str) -> None:
    pass


def test_link_drives_the_simulator(mosquitto: MosquittoBroker) -> None:
    sim = start_sim(mosquitto.url, "linked", headless=True, say=_quiet)
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
        deadline = time.monotonic() + 5
        while sim.runner.snapshot()["screen"] is None and time.monotonic() < deadline:
            time.sleep(0.01)  # polling the simulator's view; bounded
        assert sim.runner.snapshot()["screen"]["text"] == "moppi"
        assert sim.core.controller == "ok"  # the link's heartbeat
    finally:
        link.stop()
        watcher.wait_for(lambda t, m: m == b'"offline"')
        for topic in ("controller/status", "status", "state"):
            watcher.publish(watcher.topics.prefix + topic, b"", retain=True)
        watcher.close()
        sim.stop()


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


def test_link_comes_back_after_the_broker_restarts() -> None:
    with MosquittoBroker() as broker:
        sim = start_sim(broker.url, "phoenix", headless=True, say=_quiet)
        link = RobotLink.from_url(f"{broker.url}/phoenix")
        try:
            link.start()
            assert link.wait_connected(5)
            broker.kill()
            deadline = time.monotonic() + 5
            while link.connected and time.monotonic() < deadline:
                time.sleep(0.01)  # until the link notices; bounded
            assert link.gesture("nod") is None  # dropped, not queued to arrive late
            broker.start()
            assert link.wait_connected(10)
            deadline = time.monotonic() + 10
            while sim.runner.connection != "connected" and time.monotonic() < deadline:
                time.sleep(0.01)
            deadline = time.monotonic() + 5
            gid = None
            while sim.core.controller != "ok" and time.monotonic() < deadline:
                time.sleep(0.01)
            gid = link.gesture("nod")
            assert gid and link.wait_outstanding(5)
            assert [a.status for a in link.take_acks() if a.id == gid][-1] == "done"
        finally:
            link.stop()
            sim.stop()


def test_commands_carry_a_message_expiry_over_mqtt5(mosquitto: MosquittoBroker) -> None:
    """PROTOCOL.md: where the broker speaks MQTT 5, commands expire (a gesture delivered
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
        sub.loop_stop()
        sub.disconnect()


def test_a_311_only_broker_gets_311() -> None:
    """The embedded broker (amqtt) speaks 3.1.1 only: the link falls back and works."""
    import paho.mqtt.client as mqtt

    from valkky.protocol.broker import start_embedded_broker

    with start_embedded_broker() as broker:
        link = RobotLink.from_url(f"{broker.url}/old")
        try:
            link.start()
            assert link.wait_connected(5)
            assert link.protocol == mqtt.MQTTv311
            assert link.gesture("nod")
        finally:
            link.stop()
