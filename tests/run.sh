#!/usr/bin/env bash
# The test command of README.md: installs what the tests need on a Debian machine that has only the .NET 10 SDK
# (Chromium and a CJK font, for the browser tests of the HTML pages), then runs every test of the solution.
#   tests/run.sh [dotnet test options…]
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  echo "== installing chromium and a CJK font (apt-get)"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if command -v apt-get >/dev/null; then
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null 2>&1 \
      || echo "apt-get could not install chromium and fonts-wqy-zenhei: the browser tests will say what is missing"
  else
    echo "no apt-get: install Chromium (at /usr/bin/chromium) and a CJK font yourself; the browser tests will say what is missing"
  fi
fi

exec dotnet test RulesKit.sln "$@"
