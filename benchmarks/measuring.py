"""Measuring a whole process: wall time, CPU time and peak memory.

Shared by the benchmark scripts that compare `biblio` with other tools
(``convert.py``, ``tugboat.py``), so that every figure is taken the same way.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

# Runs a command and prints its figures.  A small Python process stands
# between us and the command: the command's peak RSS is read from
# RUSAGE_CHILDREN, and ru_maxrss starts from the parent's size (it is kept
# across fork and exec), so the parent must be small, not this script with
# biblio imported.
_WRAPPER = """\
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_mib": usage.ru_maxrss / 1024}))
"""


def run_command(argv: Sequence[str]) -> dict[str, float]:
    """One run of `argv`, start-up included: wall and CPU seconds, peak MiB.

    A run that fails stops the benchmark: its figures would mean nothing.
    """
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *argv],
                          capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout)
    if figures["code"] != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {figures['code']:.0f}")
    return figures


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run least disturbed by other work on the machine (shortest wall time)."""
    return min(runs, key=lambda run: run["wall"])


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's median over the runs."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def peak_mib() -> float:
    """This process's peak RSS, for a child that measures itself.

    /proc's VmHWM starts afresh at exec, unlike ru_maxrss (see `_WRAPPER`).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
