"""Writes bench/adoption.sh's figures as the "Adoption analytics (issue 6)" section of docs/benchmarks.md, in place
(appended when the file has no such section yet), and prints the section.
usage: adoption-report.py BENCHMARKS.md --command CMD --events N --simulation TEXT --killed-at N --catch-up SECONDS
           --rebuild TEXT --kpis JSON --full JSON --rss TEXT
--kpis and --full are bench/graphql-latency.mjs's JSON lines (rps, p50, p99, errors)."""
import argparse
import json
import os
import re
from datetime import datetime, timezone

HEADING = "## Adoption analytics (issue 6)"

parser = argparse.ArgumentParser()
parser.add_argument("doc")
parser.add_argument("--command", required=True)
parser.add_argument("--events", type=int, required=True)
parser.add_argument("--simulation", required=True)
parser.add_argument("--killed-at", type=int, required=True)
parser.add_argument("--catch-up", type=float, required=True)
parser.add_argument("--rebuild", required=True)
parser.add_argument("--kpis", type=json.loads, required=True)
parser.add_argument("--full", type=json.loads, required=True)
parser.add_argument("--rss", required=True)
args = parser.parse_args()


def cpu_model():
    with open("/proc/cpuinfo") as cpuinfo:
        return next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "unknown CPU")


def latency(result):
    return f"{result['rps']} req/s, p50 {result['p50']} ms, p99 {result['p99']} ms, {result['errors']} errors"


section = f"""{HEADING}

`{args.command}` on {os.cpu_count()} cores ({cpu_model()}), {datetime.now(timezone.utc).date().isoformat()}:
Samarinda, 12 months, {args.events} events.

| what | figure |
|---|---|
| simulator (through the request commands) | {args.simulation} |
| projection catch-up, killed with kill -9 at event {args.killed_at} and restarted | {args.events} events in {args.catch_up} s ({round(args.events / args.catch_up)} events/s, restart included) |
| projection rebuild | {args.rebuild} |
| adoption by WEEK over 12 months, counts and KPIs | {latency(args.kpis)} |
| the same with active and new digital citizens, time saved and IKM | {latency(args.full)} |
| API resident memory after the load | {args.rss} |

Answers after the kill and restart equal those after a rebuild; the projected counts equal the events' counts.
"""

try:
    with open(args.doc) as doc:
        text = doc.read()
except FileNotFoundError:
    text = "# Benchmarks\n\nFigures move with the machine; each section names its command.\n"

existing = re.compile(re.escape(HEADING) + r"\n.*?(?=\n## |\Z)", flags=re.S)
if existing.search(text):
    text = existing.sub(lambda _: section.rstrip("\n") + "\n", text, count=1)
else:
    text = text.rstrip() + "\n\n" + section
with open(args.doc, "w") as doc:
    doc.write(text)
print(section)
