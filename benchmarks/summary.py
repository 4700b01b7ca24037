"""Print one table of every figure recorded by the benchmarks (JSON lines, see timing.py).

Run: ``.venv/bin/python -m benchmarks.summary RESULTS.jsonl``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _number(value: Any, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{float(value):.3f} s"
    return f"{float(value):.1f} {unit}"


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def table(results: list[dict[str, Any]]) -> str:
    header = ("benchmark", "figure", "measured", "baseline", "ratio", "target", "verdict")
    lines: list[tuple[str, ...]] = [header]
    for r in results:
        unit, kind = str(r["unit"]), str(r["kind"])
        ratio = "-" if r.get("ratio") is None else f"{float(r['ratio']):.2f}x"
        if kind == "ratio":
            target = "-" if r["target"] is None else f"<= {float(r['target']):g}x"
        elif kind == "stall":
            target = f"<= {float(r['target']):g} ms worst, <= 50 ms median"
        else:
            target = "-" if r["target"] is None else f"<= {float(r['target']):g} {unit}"
        baseline = _number(r["baseline"], unit)
        if kind == "stall":
            baseline = f"median {float(r['baseline']):.1f} ms"
        lines.append(
            (
                str(r["benchmark"]),
                str(r["figure"]),
                _number(r["measured"], unit),
                baseline,
                ratio,
                target,
                str(r["verdict"]),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    missed = sum(1 for r in results if r["verdict"] == "MISSED")
    judged = sum(1 for r in results if r["verdict"] != "info")
    out.append(f"\n{judged - missed} of {judged} targets met ({missed} MISSED)")
    return "\n".join(out)


def main() -> None:
    path = Path(sys.argv[1])
    print(table(rows(path)))


if __name__ == "__main__":
    main()
