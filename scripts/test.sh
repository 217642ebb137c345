#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need when it is missing (see below), then builds every module
# and runs every test. Exit code 0 only when all tests pass. CI runs exactly this (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

need_java() {
  if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "JDK 17 and Maven 3.8+ are required (apt-get install openjdk-17-jdk maven)" >&2
    exit 2
  fi
}
need_java

exec mvn -B -ntp verify "$@"
