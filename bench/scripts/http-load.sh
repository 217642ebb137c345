#!/usr/bin/env bash
# HTTP load on the console API with wrk (Debian package `wrk`): GET /api/v1/incidents/{id} with a token, against
# GET /api/v1/openapi.json (no token, no core read) as the baseline in the same run. Starts the server jar on a
# scratch directory with the PBX simulator idle, opens one incident, runs wrk, stops the server.
#   bash bench/scripts/http-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-64}
port=18080
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
mvn -B -q -DskipTests package -pl server -am
work=$(mktemp -d)
cat > "$work/load.yaml" <<YAML
server: { port: $port }
journal: { dir: "$work/journal", snapshotDir: "$work/snapshots" }
demoFleet: { drive: false }
telephony:
  simulator: { port: 0, callsPerMinute: 0 }
YAML
java -jar server/target/dispatch-server.jar --config "$work/load.yaml" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
token=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"dispatcher","password":"demo"}' \
  "http://127.0.0.1:$port/api/v1/sessions" | sed 's/.*"token":"\([^"]*\)".*/\1/')
id=$(curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  -d '{"type":"ROBBERY","location":{"lat":34.2611,"lon":108.9423},"address":"Bell Tower"}' \
  "http://127.0.0.1:$port/api/v1/incidents" | sed 's/^{"id":\([0-9]*\).*/\1/')
echo "incident $id; wrk -t2 -c$connections -d${seconds}s"
echo "== GET /api/v1/incidents/$id (token, read from the core)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/incidents/$id"
echo "== baseline: GET /api/v1/openapi.json (no token, no core read)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/v1/openapi.json"
