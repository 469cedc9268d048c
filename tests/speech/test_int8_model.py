"""model.bin quantised to int8 ahead of time (speech/int8_model.py) on small CTranslate2
files written here: what is quantised and how, what is copied, bad files one clear error.
That the real model's copy loads bit for bit like CTranslate2's own load-time quantisation
is shown by bench/bench_whisper_load.py; the install pins the copy's sha256."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from tests.speech.ct2_files import values, write_model
from valkky.errors import ValkkyError
from valkky.speech.int8_model import quantize_model, quantize_rows, read_index

RNG = np.random.default_rng(5)
SMALL = {
    "decoder/embeddings/weight": RNG.normal(size=(5000, 8)).astype(np.float16),  # chunked
    "decoder/layer_0/ffn/linear_0/weight": np.vstack([
        RNG.normal(size=(3, 6)), np.zeros((1, 6)), [[0.5, -1.0, 0.25, 0, 1.0, -0.5]]]
    ).astype(np.float16),  # a row of zeros, and a row with exact halves to round
    "decoder/layer_0/ffn/linear_0/bias": RNG.normal(size=5).astype(np.float16),
    "encoder/conv1/weight": RNG.normal(size=(4, 3, 3)).astype(np.float16),
    "encoder/num_heads": np.array(8, np.int16),
}


def test_weights_become_int8_with_a_scale_a_row_and_the_rest_is_copied(
        tmp_path: Path) -> None:
    src = write_model(tmp_path / "model.bin", SMALL,
                      aliases=(("decoder/projection/weight", "decoder/embeddings/weight"),))
    digest = quantize_model(src, tmp_path / "int8.bin")
    assert digest == hashlib.sha256((tmp_path / "int8.bin").read_bytes()).hexdigest()
    out = values(tmp_path / "int8.bin")
    for name in ("decoder/embeddings/weight", "decoder/layer_0/ffn/linear_0/weight"):
        weights = SMALL[name].astype(np.float32)
        scale = out[name + "_scale"]
        assert out[name].dtype == np.int8 and scale.dtype == np.float32
        amax = np.abs(weights).max(1)
        assert np.array_equal(scale, np.float32(127) / np.where(amax == 0, np.float32(127),
                                                                amax))
        # each value within half a step of the weight it stands for
        assert np.abs(out[name] / scale[:, None] - weights).max() <= 0.5 / scale.min() + 1e-6
    linear = out["decoder/layer_0/ffn/linear_0/weight"]
    assert not linear[3].any()  # a row of zeros stays zeros, scale 1
    assert linear[4].tolist() == [64, -127, 32, 0, 127, -64]  # 63.5 and 31.75: to the nearest
    # not quantised: the convolutions (CTranslate2 keeps them in float), biases, scalars
    for name in ("encoder/conv1/weight", "decoder/layer_0/ffn/linear_0/bias",
                 "encoder/num_heads"):
        assert out[name].dtype == SMALL[name].dtype and np.array_equal(out[name], SMALL[name])
    assert read_index(tmp_path / "int8.bin").aliases == (
        ("decoder/projection/weight", "decoder/embeddings/weight"),)
    assert quantize_model(src, tmp_path / "again.bin") == digest  # the same file every time


@pytest.mark.skipif(importlib.util.find_spec("ctranslate2") is None,
                    reason="needs .[whisper] (make test)")
def test_the_rows_are_quantised_as_ctranslate2s_own_converter_does() -> None:
    from ctranslate2.specs import common_spec

    weights = RNG.normal(scale=0.05, size=(64, 32)).astype(np.float16)
    spec = common_spec.LinearSpec()
    spec.weight, spec.bias = weights, np.zeros(64, np.float16)
    spec.validate()
    spec._quantize("int8")
    ours, scale = quantize_rows(weights)
    assert np.array_equal(ours, spec.weight.numpy())
    assert np.array_equal(scale, spec.weight_scale.numpy())


@pytest.mark.parametrize("case", ["cut short", "version", "dtype", "trailing", "empty"])
def test_a_file_that_is_not_a_ctranslate2_model_is_one_clear_error(case: str,
                                                                   tmp_path: Path) -> None:
    path = write_model(tmp_path / "model.bin", SMALL, version=99 if case == "version" else 6)
    data = path.read_bytes()
    if case == "cut short":
        path.write_bytes(data[:-5000])
    elif case == "dtype":
        name = b"encoder/num_heads\0"
        at = data.index(name) + len(name) + 1  # past the rank (0: a scalar)
        path.write_bytes(data[:at] + b"\x09" + data[at + 1:])
    elif case == "trailing":
        path.write_bytes(data + b"x")
    elif case == "empty":
        path.write_bytes(b"")
    with pytest.raises(ValkkyError) as error:
        quantize_model(path, tmp_path / "out.bin")
    assert "\n" not in str(error.value) and str(path) in str(error.value)
