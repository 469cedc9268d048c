"""The wheel carries the bundled data: the lesson library, the hardware files, the
simulator's page and the lesson schema. In a checkout they stay where people look for
them (lessons/, hardware/, simulators/, schema/); the build copies them into the package
as ``valkky/bundled/…``, which ``valkky.paths`` falls back to when installed from a wheel.
All other settings are in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("lessons", "hardware", "simulators", "schema")  # keep in step with valkky.paths


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout itself
            return
        target = Path(self.build_lib) / "valkky" / "bundled"
        for name in BUNDLED:
            shutil.copytree(Path(name), target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
