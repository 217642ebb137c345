#!/usr/bin/env bash
# Rebuilds config/xian/roads.osm.gz from the OpenStreetMap-derived road KML of central Xi'an (see config/README.md):
#   runs org.sanhe.gis.roads.KmlRoadImport on xian_road.kml (default: ../shared/data/xian-roads/xian_road.kml, or
#   the path given as the first argument), which writes gzipped OSM XML for GraphHopper.
# Needs JDK 17 and Maven. Deterministic: running it again reproduces the committed file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source_file=${1:-"$root/../shared/data/xian-roads/xian_road.kml"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One reactor run, so that dispatch-core resolves from the reactor (never from a shared ~/.m2 install).
classpath_file="$tmp/classpath.txt"
mvn -B -ntp -q -pl gis -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -cp "gis/target/classes:$(cat "$classpath_file")" \
  org.sanhe.gis.roads.KmlRoadImport "$source_file" "$root/config/xian/roads.osm.gz"
