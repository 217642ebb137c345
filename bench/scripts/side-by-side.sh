#!/usr/bin/env bash
# Two builds of the server measured one after the other in the same run, on the same machine: the console API's
# reads under wrk (one incident and the list, with 100 open incidents; requests/s and the server's CPU per 1,000
# requests), the WebSocket fan-out to 1,000 consoles at 200 events/s, and the end-to-end load at 200 calls/s (with
# the core thread's CPU per command and the CPU per 1,000 calls). Also checks that both builds answer the same JSON
# (field names, order, nulls; times and tokens masked). Each tree must be built first:
#   mvn -B -ntp -q -DskipTests package -pl bench -am            (in each tree)
#   bash bench/scripts/side-by-side.sh BEFORE_TREE AFTER_TREE [wrk seconds] [out dir]
# PARTS=http,fanout,e2e (the default: all three) runs only the parts named.
# Ports 18750 (before) and 18751 (after). The machine is shared: `uptime` is printed before each part; compare the
# two builds by their ratio, not by absolute figures.
set -euo pipefail
before=$(cd "$1" && pwd)
after=$(cd "$2" && pwd)
seconds=${3:-15}
out=${4:-$(mktemp -d)}
parts=${PARTS:-http,fanout,e2e}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
flags=$(grep -o '<chronicle.jvm.args>[^<]*' "$after/pom.xml" | sed 's/<chronicle.jvm.args>//')

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# http TREE NAME PORT: starts the server, opens 100 incidents, wrk on one and on the list, saves the JSON it serves
http() {
  local tree=$1 name=$2 port=$3 work
  work=$(mktemp -d)
  cat > "$work/load.yaml" <<YAML
server: { port: $port }
journal: { dir: "$work/journal", snapshotDir: "$work/snapshots" }
gis: { roads: { cacheDir: "$out/roads-cache" } }
demoFleet: { drive: false }
telephony:
  simulator: { port: 0, callsPerMinute: 0 }
YAML
  java -Xmx1g -jar "$tree/server/target/dispatch-server.jar" --config "$work/load.yaml" > "$out/$name-server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  local base="http://127.0.0.1:$port/api/v1" token id
  token=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"dispatcher","password":"demo"}' \
    "$base/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  for i in $(seq 1 100); do
    id=$(curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
      -d "{\"type\":\"ROBBERY\",\"location\":{\"lat\":34.26$((10 + i % 80)),\"lon\":108.94$((10 + i % 70))},\"address\":\"No. $i\"}" \
      "$base/incidents" | sed 's/^{"id":\([0-9]*\).*/\1/')
  done
  curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d '{"unitId":"P-0101"}' \
    "$base/incidents/$id/assignments" > "$out/$name-assign.json" || true
  for path in "incidents/$id" incidents units calls stations incident-types targets "incidents/$id/recommendations"; do
    curl -sf -H "Authorization: Bearer $token" "$base/$path" > "$out/$name-$(echo "$path" | tr '/' '_').json" || true
  done
  local hz ticks0 ticks1 line
  hz=$(getconf CLK_TCK)
  for path in "incidents/$id" incidents; do
    echo "== $name: GET /api/v1/$path ($(uptime | sed 's/.*load/load/'))"
    ticks0=$(cpu_ticks "$pid")
    line=$(wrk -t2 -c64 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/$path" | tee "$out/$name-wrk-$(echo "$path" | tr '/' '_').txt")
    ticks1=$(cpu_ticks "$pid")
    echo "$line" | grep -E 'Requests/sec|50%|99%'
    local requests
    requests=$(echo "$line" | grep -Eo '^ *[0-9]+ requests' | grep -Eo '[0-9]+')
    awk -v t=$((ticks1 - ticks0)) -v hz="$hz" -v n="$requests" \
      'BEGIN { printf "   server CPU: %.2f s for %d requests = %.1f ms per 1,000 requests\n", t / hz, n, 1e6 * t / hz / n }'
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}

if [[ $parts == *http* ]]; then
echo "## HTTP reads, 100 open incidents, wrk -t2 -c64 -d${seconds}s"
http "$before" before 18750
http "$after" after 18751
python3 - "$out" <<'PY'
import json, re, sys, glob, os
out = sys.argv[1]
iso = re.compile(r'^\d{4}-\d\d-\d\dT')
def shape(v):
    if isinstance(v, dict):
        return {k: shape(x) for k, x in v.items()}
    if isinstance(v, list):
        return [shape(x) for x in v[:3]]
    if isinstance(v, str) and iso.match(v):
        return "<time>"
    return v
same = True
for b in sorted(glob.glob(os.path.join(out, 'before-*.json'))):
    a = b.replace('before-', 'after-')
    try:
        jb, ja = json.load(open(b)), json.load(open(a))
    except Exception as e:
        print('   cannot compare', os.path.basename(b), e); same = False; continue
    sb, sa = json.dumps(shape(jb)), json.dumps(shape(ja))
    if sb != sa:
        same = False
        print('   DIFFERENT:', os.path.basename(b)[7:]); print('     before', sb[:300]); print('     after ', sa[:300])
print('   JSON of both builds: ' + ('the same (names, order, nulls, values; times masked)' if same else 'differs'))
PY
fi

if [[ $parts == *fanout* ]]; then
echo "## WebSocket fan-out: 1,000 consoles, 200 events/s, 20 s"
for tree in "$before" "$after"; do
  echo "== $(basename "$tree") ($(uptime | sed 's/.*load/load/'))"
  java $flags -Xmx3g -cp "$tree/bench/target/benchmarks.jar" org.sanhe.bench.console.StreamFanOut 1000 200 20 \
    2>/dev/null | grep -E '^FANOUT' || true
done
fi

if [[ $parts == *e2e* ]]; then
echo "## End to end: 200 calls/s, 100 consoles, 30 s (after a 20 s warm-up step)"
for tree in "$before" "$after"; do
  echo "== $(basename "$tree") ($(uptime | sed 's/.*load/load/'))"
  (cd "$tree" && java $flags -Xmx3g -cp bench/target/benchmarks.jar org.sanhe.bench.server.EndToEndLoad \
    --rates 200 --consoles 100 --seconds 30 --out "$out/e2e-$(basename "$tree")" 2>/dev/null \
    | grep -E '^\||cpu:|API per kind' || true)
done
fi
echo "(outputs in $out)"
