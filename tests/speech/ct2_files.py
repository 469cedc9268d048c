"""Small CTranslate2 model files for tests, written as CTranslate2's converters write them."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from valkky.speech.int8_model import DTYPES, read_index


def write_model(path: Path, variables: dict[str, np.ndarray],
                aliases: tuple[tuple[str, str], ...] = (), version: int = 6) -> Path:
    """A model.bin as CTranslate2's specs/model_spec.py writes one."""
    def string(text: str) -> bytes:
        data = text.encode() + b"\0"
        return struct.pack("<H", len(data)) + data

    out = struct.pack("<I", version) + string("WhisperSpec") + struct.pack("<I", 3)
    out += struct.pack("<I", len(variables))
    for name, value in sorted(variables.items()):
        out += string(name) + struct.pack("<B", value.ndim)
        out += b"".join(struct.pack("<I", d) for d in value.shape)
        out += struct.pack("<BI", DTYPES.index(value.dtype.name), value.nbytes) + value.tobytes()
    out += struct.pack("<I", len(aliases)) + b"".join(string(a) + string(b) for a, b in aliases)
    path.write_bytes(out)
    return path


def values(path: Path) -> dict[str, np.ndarray]:
    model = read_index(path)
    data = path.read_bytes()
    return {v.name: np.frombuffer(data[v.offset:v.offset + v.nbytes], v.dtype).reshape(v.shape)
            for v in model.variables}
