#!/usr/bin/env bash
# Install the Debian 12 packages that building and testing herald need.
#
# Installs only what is missing, so a second run does nothing and prints
# nothing. Needs root (or sudo) when something is missing. npm is installed
# from Debian only when no npm is on PATH already.
set -euo pipefail

packages=(
    build-essential cmake pkg-config python3
    libuv1-dev zlib1g-dev liblz4-dev libzstd-dev libsnappy-dev
    librdkafka-dev libcmocka-dev libjansson-dev libssl-dev
    kcat python3-kafka python3-snappy python3-lz4 python3-zstandard
    clang libclang-rt-14-dev
    nodejs
    mount util-linux procps
)
if ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >/dev/null
