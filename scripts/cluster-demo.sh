#!/usr/bin/env bash
# Runs the demo as a three-member cluster on this machine: one PBX simulator (AMI on 127.0.0.1:$PBX_PORT, 5038 by
# default, 20 calls a minute) and three servers, members 0, 1 and 2 of one Aeron Cluster, configured by
# config/cluster-demo/node-{0,1,2}.yaml (consoles on http://127.0.0.1:8081, 8082 and 8083; cluster ports
# 20000-20004, 20010-20014 and 20020-20024; each member's journal, cluster directory and road cache under
# data/cluster/node-N/). Builds the jar first when it is missing or older than a source file. Each process logs to
# data/cluster/<name>.log. Ctrl-C (or SIGTERM) stops all four.
#
#   bash scripts/cluster-demo.sh            start, and wait for Ctrl-C
#   CLUSTER_DEMO_CONFIG=DIR PBX_PORT=N ...   other node files (node-0.yaml ...), another simulator port
set -euo pipefail
cd "$(dirname "$0")/.."

configs=${CLUSTER_DEMO_CONFIG:-config/cluster-demo}
pbx_port=${PBX_PORT:-5038}
jar=server/target/dispatch-server.jar
logs=data/cluster

if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src config -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar ..."
  mvn -B -ntp -q -DskipTests package
fi
mkdir -p "$logs"

pids=()
stop() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo "Stopping the cluster demo ..."
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop INT TERM EXIT

# The jar's manifest opens the JDK packages Chronicle Queue and Aeron need (Add-Opens/Add-Exports): java -jar is
# enough.
java -jar "$jar" simulate-pbx --port "$pbx_port" --rate 0.333 >"$logs/pbx.log" 2>&1 &
pids+=($!)
for i in 0 1 2; do
  SANHE_TELEPHONY_AMI_PORT=$pbx_port java -jar "$jar" --config "$configs/node-$i.yaml" >"$logs/node-$i.log" 2>&1 &
  pids+=($!)
done

ports=()
for i in 0 1 2; do
  ports+=("$(sed -n 's/^  port: \([0-9]*\).*/\1/p' "$configs/node-$i.yaml" | head -1)")
done
echo "Starting: a PBX simulator on 127.0.0.1:$pbx_port and members 0, 1, 2 (logs in $logs/) ..."
for i in 0 1 2; do
  until curl -fsS "http://127.0.0.1:${ports[$i]}/health" >/dev/null 2>&1; do
    for pid in "${pids[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "A process of the demo stopped; see $logs/*.log" >&2
        exit 1
      fi
    done
    sleep 1
  done
done
echo
for i in 0 1 2; do
  health=$(curl -fsS "http://127.0.0.1:${ports[$i]}/health")
  role=$(echo "$health" | sed -n 's/.*"role":"\([a-z]*\)".*/\1/p')
  echo "  member $i, $role, pid ${pids[$((i + 1))]}: console http://127.0.0.1:${ports[$i]}/" \
    " health http://127.0.0.1:${ports[$i]}/health"
done
echo
echo "Sign in on any of them (calltaker, dispatcher, auditor, supervisor; password demo). Stop the leader (kill its"
echo "pid) to watch another member take over; the others go on serving. Ctrl-C stops all."
wait "${pids[@]}" || true
