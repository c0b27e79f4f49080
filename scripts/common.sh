# Shared by scripts/*: where caches live, and how to install what a fresh Debian 12 lacks.
# Caches stay outside the clone so that later runs (and CI) are incremental.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${GRAM_KIOSK_CACHE:-$HOME/.cache/gram-kiosk}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE/target}"
export npm_config_cache="${npm_config_cache:-$CACHE/npm}"
export PATH="$HOME/.cargo/bin:$PATH"

APT_PACKAGES=(
  build-essential pkg-config curl file git
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb webkit2gtk-driver dbus
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

install_rust_tools() {
  if ! command -v cargo >/dev/null; then
    say "Installing the Rust toolchain (rustup, stable)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  fi
  if command -v rustup >/dev/null; then
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
    rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  fi
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver"
    cargo install tauri-driver --locked
  fi
}

# `npm ci` is not used: the npm here rejects its own lock file, which records no other
# platforms' optional packages. `npm install` follows the same lock file.
install_npm_packages() {
  say "Installing UI packages"
  (cd "$ROOT/ui" && npm install --no-audit --no-fund --prefer-offline)
}

install_all() {
  install_system_packages
  install_rust_tools
  install_npm_packages
}

# The app as people run it: the UI built and embedded in the binary, debug profile.
build_app() {
  say "Building the UI and the app"
  (cd "$ROOT/ui" && npm run build)
  (cd "$ROOT" && cargo build -p gram-kiosk)
}
