#!/bin/sh
# Installs what building, testing and running Cutline needs on Debian 12 (run as root or via sudo).
set -eu
packages="
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libgl-dev
  libboost-graph-dev libsqlite3-dev sqlite3
  coinor-cbc graphviz poppler-utils xvfb xauth clang-format clang libclang-rt-14-dev
  desktop-file-utils appstream
  qt6-websockets-dev libqrencode-dev chromium
"
if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $packages
