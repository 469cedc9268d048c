"""mqtts:// on both sides of the link: a mosquitto TLS listener on 127.0.0.1 with a CA made
for the test, the robot side and the controller's link (once refused: `valkky run
--robot mqtts://…` said "unknown --robot"), with and without a client certificate."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.controller.link import RobotLink
from valkky.errors import AdapterError
from valkky.launch import ROBOT_CHOICES, _choose
from valkky.robot.sim import start_sim
from valkky.testing.broker import MosquittoBroker
from valkky.testing.wait import wait_until


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=30)


@pytest.fixture(scope="module")
def certs() -> Iterator[Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    # readable by the user mosquitto drops to when started as root (a test CA only)
    d = Path(tempfile.mkdtemp(prefix="valkky-certs-"))
    d.chmod(0o755)
    # EC keys: made in milliseconds, where RSA 2048 takes most of a second each
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1")
    _openssl("req", "-x509", *ec, "-nodes", "-days", "2", "-subj",
             "/CN=valkky test CA", "-keyout", "ca.key", "-out", "ca.crt", cwd=d)
    for name, cn in (("broker", "127.0.0.1"), ("client", "valkky-controller")):
        _openssl("req", *ec, "-nodes", "-subj", f"/CN={cn}",
                 "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", f"{name}.key",
                 "-out", f"{name}.csr", cwd=d)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                 "-CAcreateserial", "-days", "2", "-copy_extensions", "copy",
                 "-out", f"{name}.crt", cwd=d)
    for f in d.iterdir():
        f.chmod(0o644)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def _tls_broker(certs: Path, require_cert: bool) -> MosquittoBroker:
    config = ("listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
              f"cafile {certs}/ca.crt\ncertfile {certs}/broker.crt\n"
              f"keyfile {certs}/broker.key\n"
              f"require_certificate {'true' if require_cert else 'false'}\n"
              "log_dest stderr\n")
    return MosquittoBroker(config=config)


@pytest.fixture
def tls_env(certs: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VALKKY_MQTT_CA", str(certs / "ca.crt"))
    return certs


def _gesture_round_trip(port: int, robot_id: str, hardware_dir: Path) -> None:
    sim = start_sim(f"mqtts://127.0.0.1:{port}", robot_id, headless=True,
                    say=lambda _line: None, hardware_dir=hardware_dir)
    # a heartbeat every 0.1 s, not every second: the robot hears one soon after it is up
    link = RobotLink.from_url(f"mqtts://127.0.0.1:{port}/{robot_id}", heartbeat_s=0.1)
    try:
        link.start()
        assert link.wait_connected(5), "the controller's link did not connect over TLS"
        wait_until(lambda: sim.core.controller == "ok", 5,
                   "the robot to hear the link's first heartbeat")
        gid = link.gesture("nod")
        assert gid is not None and link.wait_outstanding(8)
        assert [a.status for a in link.take_acks() if a.id == gid][-1] == "done"
    finally:
        link.stop()
        sim.stop()


def test_the_controller_takes_an_mqtts_url() -> None:
    assert _choose("--robot", "mqtts://robot.example:8883/valkky-1", ROBOT_CHOICES)


def test_both_sides_over_tls(tls_env: Path, fast_hw: Path) -> None:
    with _tls_broker(tls_env, require_cert=False) as broker:
        _gesture_round_trip(broker.port, "tls-1", fast_hw)


def test_a_client_certificate_where_the_broker_asks_for_one(
        tls_env: Path, monkeypatch: pytest.MonkeyPatch, fast_hw: Path) -> None:
    monkeypatch.setenv("VALKKY_MQTT_CERT", str(tls_env / "client.crt"))
    monkeypatch.setenv("VALKKY_MQTT_KEY", str(tls_env / "client.key"))
    with _tls_broker(tls_env, require_cert=True) as broker:
        _gesture_round_trip(broker.port, "tls-2", fast_hw)


def test_a_missing_ca_file_is_one_clear_error(tls_env: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VALKKY_MQTT_CA", str(tls_env / "nope.crt"))
    with pytest.raises(AdapterError, match=r"TLS for mqtts://127\.0\.0\.1:1: cannot use"):
        RobotLink.from_url("mqtts://127.0.0.1:1/tls-3")
