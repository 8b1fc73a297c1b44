#!/usr/bin/env bash
# Installs what Glean needs besides Swift: the PCRE2 library and pkg-config (Debian/Ubuntu).
# Safe to run again: it does nothing when they are already there. Needs no input (CI runs it with no stdin).
set -euo pipefail
if pkg-config --exists libpcre2-8 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
pkg-config --exists libpcre2-8 || { echo "setup: libpcre2-8 still not found by pkg-config" >&2; exit 1; }
