"""TeX Live's tugboat.bib to CSL-JSON: biblio and pandoc side by side.

4,839 entries of real-world BibTeX (journal macros such as ``\\acro`` and
``\\Dash``, accents, TeX logos, two entries that give a field twice).  Both
tools run as a user runs them, one whole process per run (start-up
included), several times in turn; prints the entries each keeps, the median
wall and CPU time, the ratio and the peak memory.

    .venv/bin/python benchmarks/tugboat.py [--repeat 5] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from measuring import median, run_command

TUGBOAT = Path("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/tugboat.bib")
BIBLIO = Path(sys.executable).with_name("biblio")  # the venv's console script
# An entry's head at the start of a line: what BibTeX, pandoc and biblio all take for one.
ENTRY = re.compile(r"^[ \t]*@(?!string|preamble|comment)[a-z]+[ \t]*[{(]", re.I | re.M)


def commands(source: Path, workdir: Path) -> dict[str, tuple[list[str], Path]]:
    """Each tool's command line for the same conversion, and the file it writes."""
    ours, theirs = workdir / "biblio.json", workdir / "pandoc.json"
    tools = {"biblio": ([str(BIBLIO), "convert", str(source), "--to", "csl-json",
                         "-o", str(ours)], ours)}
    if shutil.which("pandoc"):
        tools["pandoc"] = (["pandoc", "-f", "bibtex", "-t", "csljson", str(source),
                            "-o", str(theirs)], theirs)
    return tools


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=TUGBOAT)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each tool")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"{args.file} is missing: install texlive-bibtex-extra", file=sys.stderr)
        return 1
    entries = len(ENTRY.findall(args.file.read_text(encoding="utf-8")))
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as work:
        tools = commands(args.file, Path(work))
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in tools}
        for _ in range(args.repeat):  # in turn, so that a busy spell hits both alike
            for name, (argv, _) in tools.items():
                runs[name].append(run_command(argv))
        for name, (_, output) in tools.items():
            figures[name] = median(runs[name])
            figures[name]["kept"] = len(json.loads(output.read_text(encoding="utf-8")))
    print(f"{args.file.name}: {entries:,} entries; median of {args.repeat} whole-process runs")
    print(f"{'':8}{'kept':>7}{'wall s':>9}{'CPU s':>8}{'peak MiB':>10}")
    for name, got in figures.items():
        print(f"{name:8}{got['kept']:>7,.0f}{got['wall']:>9.2f}{got['cpu']:>8.2f}"
              f"{got['peak_mib']:>10.0f}")
    if "pandoc" not in figures:
        print("pandoc: not installed")
        return 0
    ours, theirs = figures["biblio"], figures["pandoc"]
    print(f"biblio is {theirs['wall'] / ours['wall']:.1f}x faster by wall time, "
          f"{theirs['cpu'] / ours['cpu']:.1f}x by CPU time, and uses "
          f"{theirs['peak_mib'] / ours['peak_mib']:.1f}x less memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
