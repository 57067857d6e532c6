#!/usr/bin/env bash
# Makes sure the tests have what they drive besides Node: a Chromium for the end-to-end tests
# (Debian's, installed with apt-get when missing and we may, or the one
# PLAYWRIGHT_CHROMIUM_EXECUTABLE names, or, where the network allows, Playwright's own
# download), and python3 for the fidelity scorers (scripts/fidelity.mjs).
set -euo pipefail

missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
has_browser=false
if [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && [ -x "$PLAYWRIGHT_CHROMIUM_EXECUTABLE" ]; then has_browser=true; fi
if [ -x /usr/bin/chromium ]; then has_browser=true; fi
$has_browser || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing Debian's ${missing[*]} for the tests..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

if ! $has_browser; then
  echo "No /usr/bin/chromium: asking Playwright for its own browser."
  npx playwright install chromium
fi
command -v python3 >/dev/null 2>&1 || { echo "python3 is needed for scripts/fidelity.mjs and could not be installed"; exit 1; }
