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
  xvfb webkit2gtk-driver dbus xdotool matchbox-window-manager
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

# Tauri's CLI, whose bundler makes the .deb (scripts/package).
install_tauri_cli() {
  if ! cargo tauri --version >/dev/null 2>&1; then
    say "Installing the Tauri CLI (it builds the .deb)"
    cargo install tauri-cli --locked --version "~2.12"
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

# PostgreSQL, for the head office's tests on a database server. Optional: a machine
# where it cannot be installed still runs every other test (scripts/test says so).
install_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "Installing PostgreSQL (for the head office's tests)"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  fi
}

# A throwaway PostgreSQL server on a free loopback port, in a new temporary folder,
# trusting local connections; extra arguments are server options (`-c fsync=off`).
# Sets GRAM_TEST_POSTGRES_URL; stop_test_postgres stops it and removes the folder.
start_test_postgres() {
  local bin port
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || return 1
  TEST_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gram-kiosk-postgres.XXXXXX")"
  TEST_PG_AS=()
  # PostgreSQL refuses to run as root: then it runs as the package's own user.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$TEST_PG_DIR"
    TEST_PG_AS=(runuser -u postgres --)
  fi
  for port in $(seq 55432 55531); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  TEST_PG_BIN="$bin"
  "${TEST_PG_AS[@]}" "$bin/initdb" -D "$TEST_PG_DIR/data" -U postgres -A trust -E UTF8 \
    --no-locale >"$TEST_PG_DIR/initdb.log" 2>&1 || { cat "$TEST_PG_DIR/initdb.log"; return 1; }
  "${TEST_PG_AS[@]}" "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $TEST_PG_DIR -c max_connections=200 $*" start >/dev/null \
    || { cat "$TEST_PG_DIR/server.log"; return 1; }
  export GRAM_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] || return 0
  "${TEST_PG_AS[@]}" "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  unset TEST_PG_DIR GRAM_TEST_POSTGRES_URL
}

# The app as people run it: the UI built and embedded in the binary, debug profile.
build_app() {
  say "Building the UI and the app"
  (cd "$ROOT/ui" && npm run build)
  (cd "$ROOT" && cargo build -p gram-kiosk)
}
