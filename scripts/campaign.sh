#!/usr/bin/env bash
# Runs one reliability campaign against the real server jar and prints its result as JSON on the last line; exit
# code 0 only when it passed. Campaigns, what they check and their measured results: docs/reliability.md.
#
#   bash scripts/campaign.sh crash [cycles=20] [seed]   SIGKILL under load, then verify / export / replay offline
#   bash scripts/campaign.sh disk-full [rounds=5]       the journal's volume (a tmpfs; needs root) fills up, then frees
#   bash scripts/campaign.sh pbx-faults [seconds=120]   dropped, silent and garbage-spewing AMI links under load
#   bash scripts/campaign.sh websocket [acks=20000]     slow and vanishing stream clients under load
#   bash scripts/campaign.sh fuzz [requests=1000000] [seed]  random and mutated requests to every route, long
#   bash scripts/campaign.sh cluster-failover [kills=10] [seed]  SIGKILL of a 3-node cluster's leader under load
#
# Work files (journals, logs) go under ${CAMPAIGN_DIR:-target/campaigns}/<campaign>-<time>. cluster-failover's ports
# start at ${CAMPAIGN_PORT_BASE:-24300} (cluster base..base+24, consoles base+101..103, PBX base+151).
set -euo pipefail
cd "$(dirname "$0")/.."

campaign=${1:-}
shift || true
mvn -B -ntp -q -DskipTests package
jar=server/target/dispatch-server.jar
work=${CAMPAIGN_DIR:-target/campaigns}/${campaign}-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$work"
flags="$(sed -n 's:.*<chronicle.jvm.args>\(.*\)</chronicle.jvm.args>.*:\1:p' pom.xml) \
  $(sed -n 's:.*<aeron.jvm.args>\(.*\)</aeron.jvm.args>.*:\1:p' pom.xml)"
run() {
  # shellcheck disable=SC2086
  exec java $flags -Xmx2g -cp bench/target/benchmarks.jar "org.sanhe.bench.reliability.$1" "${@:2}"
}
case "$campaign" in
  crash) run CrashCampaign "${1:-20}" "$jar" "$work" ${2:+"$2"} ;;
  disk-full) run DiskFullCampaign "${1:-5}" "$jar" "$work" ;;
  pbx-faults) run PbxFaultCampaign "${1:-120}" "$work" ;;
  websocket) run WebSocketCampaign "${1:-20000}" "$jar" "$work" ;;
  fuzz) run FuzzCampaign "${1:-1000000}" "$jar" "$work" ${2:+"$2"} ;;
  cluster-failover) run ClusterFailoverCampaign "${1:-10}" "$jar" "$work" ${2:+"$2"} ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
