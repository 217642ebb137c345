#!/usr/bin/env bash
# Regenerates the synthetic Xi'an demo fleet, config/xian/fleet.yaml, with
# org.sanhe.gis.station.DemoFleetGenerator (fixed seed, stations placed inside config/xian/districts.geojson).
# Synthetic demo data, not real station locations. Deterministic: reproduces the committed files byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One reactor run, so that dispatch-core resolves from the reactor; gis (built last) writes the classpath file last.
# The generator is a developer tool that knows the demo city, so it lives in gis's test sources.
mvn -B -ntp -q -pl gis -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=test
java -cp "gis/target/test-classes:gis/target/classes:dispatch-core/target/classes:$(cat "$tmp/classpath.txt")" \
  org.sanhe.gis.station.DemoFleetGenerator config/xian
