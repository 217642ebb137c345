#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need when it is missing (see below), lints the API document,
# then builds every module and runs every test. Exit code 0 only when all tests pass. CI runs exactly this (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

need_java() {
  if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "JDK 17 and Maven 3.8+ are required (apt-get install openjdk-17-jdk maven)" >&2
    exit 2
  fi
}
need_java

# The web console's tests drive Debian's Chromium through its chromedriver (ConsoleInBrowserTest); the screenshots
# need a CJK font. Installed with apt-get when missing (as root, or through sudo).
need_browser() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "The browser tests need ${missing[*]}: run 'apt-get install ${missing[*]}' as root" >&2
      exit 2
    fi
  fi
  echo "Installing ${missing[*]} for the browser tests" >&2
  if ! { "${sudo[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q \
      --no-install-recommends "${missing[@]}"; }; then
    echo "Could not install ${missing[*]} with apt-get; install them and run again" >&2
    exit 2
  fi
}
need_browser

# The API contract: Redocly's recommended rules must find nothing in the OpenAPI document, not even a warning (a
# generated client depends on it). Needs Node.js 20.19+ or 22.12+ with npx; npx keeps Redocly in npm's own cache.
REDOCLY_VERSION=2.77.0
OPENAPI=console-api/src/main/resources/org/sanhe/console/openapi/openapi.json
lint_api() {
  if ! command -v npx >/dev/null 2>&1 || ! node -e 'const [a, b] = process.versions.node.split(".").map(Number);
      process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "The API lint needs Node.js 20.19 or newer with npx (nodejs.org, or NodeSource's Debian packages)" >&2
    exit 2
  fi
  local totals
  totals=$(npx --yes "@redocly/cli@$REDOCLY_VERSION" lint --extends=recommended --format=json "$OPENAPI" 2>/dev/null \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s).totals;
        console.log(t.errors+" errors, "+t.warnings+" warnings")})') || totals="lint did not run"
  echo "Redocly $REDOCLY_VERSION lint (recommended) of $OPENAPI: $totals"
  if [ "$totals" != "0 errors, 0 warnings" ]; then
    npx --yes "@redocly/cli@$REDOCLY_VERSION" lint --extends=recommended "$OPENAPI" >&2 || true
    exit 1
  fi
}
lint_api

exec mvn -B -ntp verify "$@"
