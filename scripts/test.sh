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

exec mvn -B -ntp verify "$@"
