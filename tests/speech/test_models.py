"""`valkky models install|list`: folders, zips and URLs (served on 127.0.0.1 only)."""

from __future__ import annotations

import hashlib
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from valkky.cli import main


def _fake_model(root: Path) -> Path:
    """The layout of a Vosk model (lookahead graph), with small stand-in files."""
    for rel in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLr.fst",
                "graph/Gr.fst", "ivector/final.ie"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x" * 1000)
    return root


def _zip(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w") as z:
        for p in folder.rglob("*"):
            if p.is_file():
                z.write(p, Path(folder.name) / p.relative_to(folder))
    return archive


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    root.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw) -> None:
            super().__init__(*a, directory=str(root), **kw)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    # a short poll: shutdown() waits for the loop to look (0.5 s by default)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_install_a_folder_and_list_it(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    model = _fake_model(tmp_path / "vosk-model-fi-test")
    assert main(["models", "install", str(model)]) == 0
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "vosk-model-fi-test" in out and "broken" not in out


def test_install_a_zip_wrapping_the_model(tmp_path: Path) -> None:
    archive = _zip(_fake_model(tmp_path / "vosk-fi"), tmp_path / "m.zip")
    assert main(["models", "install", str(archive), "--name", "fi-zip"]) == 0
    from valkky.settings import defaults
    from valkky.speech.models import installed, models_dir

    assert [(n, p) for n, _, p in installed(models_dir(defaults().data))] == [("fi-zip", None)]


def test_install_from_a_url_with_its_checksum(tmp_path: Path, server: str,
                                              capsys: pytest.CaptureFixture) -> None:
    archive = _zip(_fake_model(tmp_path / "vosk-fi"), tmp_path / "www" / "model.zip")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert main(["models", "install", f"{server}/model.zip", "--sha256", "0" * 64]) == 1
    assert "sha256 mismatch" in capsys.readouterr().err
    assert main(["models", "install", f"{server}/model.zip", "--sha256", digest]) == 0
    err = capsys.readouterr().err
    assert "100 %" in err  # progress was shown
    assert main(["models", "install", f"{server}/missing.zip"]) == 1
    assert "cannot download" in capsys.readouterr().err


@pytest.mark.parametrize("what", ["not-a-model-folder", "not-a-zip", "missing"])
def test_anything_else_is_refused_clearly(tmp_path: Path, what: str,
                                          capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / what
    if what == "not-a-model-folder":
        (path / "am").mkdir(parents=True)
    elif what == "not-a-zip":
        path.write_text("hello")
    assert main(["models", "install", str(path)]) == 1
    err = capsys.readouterr().err
    assert "valkky: error:" in err and "Traceback" not in err
