"""A CTranslate2 ``model.bin`` with its weights quantised to int8 once, ahead of time.

The Whisper model ships in float16; loaded with ``compute_type="int8"``, CTranslate2
quantises every weight at each load, most of the load's time. ``quantize_model`` writes the
int8 file CTranslate2 would build in memory, so a load reads it as it is. It mirrors
CTranslate2 4.x's load-time rule (``Model::ensure_dtype`` with ``ops::Quantize``, and
``WhisperModel::is_quantizable``): every variable whose name ends in ``weight``, except the
convolutions', becomes int8 with one float32 scale a row, ``127 / max |row|`` (1 for a row
of zeros), each value scaled and rounded to the nearest (ties to even); everything else is
copied. The result loads bit for bit like the float16 file quantised at load (shown on real
answers by ``bench/bench_whisper_load.py``), and is deterministic: its sha256 is pinned.

The file format (CTranslate2's ``specs/model_spec.py``, binary version 4 and later): a
version, the spec's name and revision, the variables (name, shape, dtype, bytes), then the
aliases. Strings are a uint16 length with a trailing NUL; numbers little-endian.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from valkky.errors import ValkkyError

# CTranslate2's DataType enum (include/ctranslate2/types.h), in its order.
DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
ROWS_AT_ONCE = 4096  # the embeddings (51,865 rows) are quantised in chunks: less memory


@dataclass(frozen=True)
class Variable:
    name: str
    shape: tuple[int, ...]
    dtype: str
    offset: int  # of its bytes in the file
    nbytes: int


@dataclass(frozen=True)
class ModelFile:
    version: int
    spec: str
    revision: int
    variables: tuple[Variable, ...]
    aliases: tuple[tuple[str, str], ...]


class _Reader:
    def __init__(self, f: BinaryIO, path: Path):
        self.f, self.path = f, path

    def unpack(self, fmt: str) -> int:
        size = struct.calcsize(fmt)
        data = self.f.read(size)
        if len(data) != size:
            raise ValkkyError(f"{self.path} is not a CTranslate2 model: it ends too soon")
        return int(struct.unpack(fmt, data)[0])

    def string(self) -> str:
        length = self.unpack("<H")
        data = self.f.read(length)
        if len(data) != length or not data.endswith(b"\0"):
            raise ValkkyError(f"{self.path} is not a CTranslate2 model: a name is cut short")
        return data[:-1].decode("utf-8")


def read_index(path: Path) -> ModelFile:
    """Where every variable of ``path`` is, without reading the weights."""
    with path.open("rb") as f:
        r = _Reader(f, path)
        version = r.unpack("<I")
        if not 4 <= version <= 6:
            raise ValkkyError(f"{path}: CTranslate2 binary version {version}, not 4 to 6")
        spec, revision = r.string(), r.unpack("<I")
        variables = []
        for _ in range(r.unpack("<I")):
            name = r.string()
            shape = tuple(r.unpack("<I") for _ in range(r.unpack("<B")))
            type_id = r.unpack("<B")
            if type_id >= len(DTYPES):
                raise ValkkyError(f"{path}: {name} has an unknown data type ({type_id})")
            nbytes = r.unpack("<I")
            variables.append(Variable(name, shape, DTYPES[type_id], f.tell(), nbytes))
            f.seek(nbytes, 1)
        aliases = tuple((r.string(), r.string()) for _ in range(r.unpack("<I")))
        if f.read(1):
            raise ValkkyError(f"{path} is not a CTranslate2 model: bytes after its end")
    return ModelFile(version, spec, revision, tuple(variables), aliases)


def is_quantized_ahead(v: Variable) -> bool:
    """What CTranslate2 quantises when it loads a Whisper model as int8."""
    return (v.name.endswith("weight") and "conv" not in v.name
            and v.dtype in ("float16", "float32") and len(v.shape) == 2)


def quantize_rows(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 values and a float32 scale a row, as CTranslate2's ``ops::Quantize``."""
    x = np.asarray(weights, np.float32)
    amax = np.abs(x).max(axis=1)
    scale = np.ones_like(amax)
    nonzero = amax != 0
    scale[nonzero] = np.float32(127) / amax[nonzero]
    return np.rint(x * scale[:, None]).astype(np.int8), scale


class _Writer:
    def __init__(self, f: BinaryIO):
        self.f, self.digest = f, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.f.write(data)
        self.digest.update(data)

    def pack(self, fmt: str, value: int) -> None:
        self.write(struct.pack(fmt, value))

    def string(self, text: str) -> None:
        data = text.encode("utf-8") + b"\0"
        self.pack("<H", len(data))
        self.write(data)

    def header(self, name: str, shape: tuple[int, ...], dtype: str, nbytes: int) -> None:
        self.string(name)
        self.pack("<B", len(shape))
        for dim in shape:
            self.pack("<I", dim)
        self.pack("<B", DTYPES.index(dtype))
        self.pack("<I", nbytes)


def _chunks(f: BinaryIO, v: Variable) -> Iterator[np.ndarray]:
    rows, cols = v.shape
    f.seek(v.offset)
    for start in range(0, rows, ROWS_AT_ONCE):
        n = min(ROWS_AT_ONCE, rows - start)
        dtype = np.dtype(v.dtype).newbyteorder("<")
        yield np.frombuffer(f.read(n * cols * dtype.itemsize), dtype).reshape(n, cols)


def quantize_model(src: Path, dest: Path) -> str:
    """Write ``src`` with its weights quantised to int8 into ``dest``; its sha256."""
    model = read_index(src)
    quantized = [v for v in model.variables if is_quantized_ahead(v)]
    with src.open("rb") as f, dest.open("wb") as out:
        w = _Writer(out)
        w.pack("<I", model.version)
        w.string(model.spec)
        w.pack("<I", model.revision)
        w.pack("<I", len(model.variables) + len(quantized))
        # in the source's order, each scale just after its weights (CTranslate2 reads
        # them into a map: the order is only for a file that is always the same)
        for v in model.variables:
            if not is_quantized_ahead(v):
                w.header(v.name, v.shape, v.dtype, v.nbytes)
                f.seek(v.offset)
                w.write(f.read(v.nbytes))
                continue
            rows, cols = v.shape
            w.header(v.name, v.shape, "int8", rows * cols)
            scales = []
            for chunk in _chunks(f, v):
                values, scale = quantize_rows(chunk)
                w.write(values.tobytes())
                scales.append(scale)
            w.header(v.name + "_scale", (rows,), "float32", rows * 4)
            w.write(np.concatenate(scales).astype("<f4").tobytes())
        w.pack("<I", len(model.aliases))
        for alias, name in model.aliases:
            w.string(alias)
            w.string(name)
    return w.digest.hexdigest()
