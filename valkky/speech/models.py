"""`valkky models`: install a Vosk model (a folder, a zip, or a URL) under the data dir,
and list the installed ones. Anything that is not a Vosk model is refused, clearly."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from valkky.errors import ValkkyError

Progress = Callable[[str, int, int | None], None]


def models_dir() -> Path:
    base = os.environ.get("VALKKY_DATA_DIR") or Path(
        os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "valkky"
    return Path(base) / "models"


def layout_problem(path: Path) -> str | None:
    """Why ``path`` is not a Vosk model, or None if it is one."""
    if not (path / "am" / "final.mdl").is_file():
        return "no am/final.mdl (the acoustic model)"
    if not (path / "conf" / "model.conf").is_file() and not (path / "conf" / "mfcc.conf"
                                                             ).is_file():
        return "no conf/model.conf or conf/mfcc.conf"
    graph = path / "graph"
    static = (graph / "HCLG.fst").is_file()
    lookahead = (graph / "HCLr.fst").is_file() and (graph / "Gr.fst").is_file()
    if not (static or lookahead):
        return "no graph/HCLG.fst, nor graph/HCLr.fst with graph/Gr.fst"
    return None


def find_model_root(path: Path) -> Path:
    """The model folder itself: ``path``, or the one folder a zip usually wraps it in."""
    if layout_problem(path) is None:
        return path
    children = [c for c in path.iterdir() if c.is_dir()] if path.is_dir() else []
    for child in children:
        if layout_problem(child) is None:
            return child
    raise ValkkyError(f"{path} is not a Vosk model: {layout_problem(path)} (a Vosk model has "
                      "am/, conf/ and graph/; a Kaldi nnet3 chain model in Vosk's layout works)")


def _progress_printer(what: str, done: int, total: int | None) -> None:
    if total:
        sys.stderr.write(f"\r{what}: {done * 100 // total:3d} % of {total / 1e6:.1f} MB")
    else:
        sys.stderr.write(f"\r{what}: {done / 1e6:.1f} MB")
    sys.stderr.flush()


def _download(url: str, dest: Path, progress: Progress) -> None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response, dest.open("wb") as out:
            total = int(response.headers.get("Content-Length") or 0) or None
            done = 0
            while chunk := response.read(1 << 16):
                out.write(chunk)
                done += len(chunk)
                progress("downloading", done, total)
    except (urllib.error.URLError, OSError) as exc:
        raise ValkkyError(f"cannot download {url}: {getattr(exc, 'reason', exc)}") from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def install(source: str, *, sha256: str | None = None, name: str | None = None,
            progress: Progress = _progress_printer, target: Path | None = None) -> Path:
    """Install a model from a folder, a .zip or an http(s) URL; returns where it went."""
    target = target or models_dir()
    with tempfile.TemporaryDirectory(prefix="valkky-model-") as tmp:
        work = Path(tmp)
        if source.startswith(("http://", "https://")):
            archive = work / "download.zip"
            _download(source, archive, progress)
            sys.stderr.write("\n")
        else:
            archive = Path(source)
            if not archive.exists():
                raise ValkkyError(f"no such file or folder: {source}")
        if sha256:
            if archive.is_dir():
                raise ValkkyError("--sha256 checks a zip or a download, not a folder")
            actual = _sha256(archive)
            if actual.lower() != sha256.lower():
                raise ValkkyError(f"sha256 mismatch for {source}: expected {sha256}, got "
                                  f"{actual}; nothing installed")
        if archive.is_dir():
            root = find_model_root(archive)
        else:
            if not zipfile.is_zipfile(archive):
                raise ValkkyError(f"{source} is neither a folder nor a zip archive")
            unpacked = work / "unpacked"
            with zipfile.ZipFile(archive) as z:
                for member in z.namelist():  # no paths that escape the folder
                    if member.startswith("/") or ".." in Path(member).parts:
                        raise ValkkyError(f"{source} has an unsafe path: {member}")
                z.extractall(unpacked)
            root = find_model_root(unpacked)
        default = root.name if root.name != "unpacked" else Path(source.rstrip("/")).stem
        dest = target / (name or default)
        if dest.exists():
            raise ValkkyError(f"{dest} already exists: remove it first, or give --name")
        target.mkdir(parents=True, exist_ok=True)
        files = [p for p in root.rglob("*") if p.is_file()]
        total = sum(p.stat().st_size for p in files)
        done = 0
        staging = target / f".{dest.name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        try:
            for p in files:
                out = staging / p.relative_to(root)
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(p, out)
                done += p.stat().st_size
                progress("installing", done, total)
            staging.rename(dest)  # all or nothing: a half-copied model is never "installed"
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise ValkkyError(f"cannot install into {target}: {exc.strerror}") from None
        sys.stderr.write("\n")
    return dest


def installed(target: Path | None = None) -> list[tuple[str, Path, str | None]]:
    """(name, path, problem) for every folder under the models dir."""
    target = target or models_dir()
    if not target.is_dir():
        return []
    return [(p.name, p, layout_problem(p)) for p in sorted(target.iterdir())
            if p.is_dir() and not p.name.startswith(".")]
