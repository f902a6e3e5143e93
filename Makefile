# The two commands of the README: `make run` and `make test`.
# Each installs what it needs on a fresh machine and skips what is there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_LEPTOS_VERSION := 0.3.4
BINARYEN_VERSION := 132
# A real SMTP server for the mail tests (server/tests/api/mail.rs).
AIOSMTPD_VERSION := 1.4.6
# A real S3-compatible server for the shared document store tests (server/tests/api/several_servers.rs).
MOTO_VERSION := 5.2.5
# cargo-leptos needs the wasm-bindgen CLI of exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
TOOLS_DIR := $(CURDIR)/.tools
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
export PATH := $(TOOLS_DIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: help run test tools browser lint build compressed-site unit e2e robustness-full load load-short load-tools bench-pages bench-tools seo

help:
	@echo "make run   build in release and start the portal on http://127.0.0.1:3000 (demo mode)"
	@echo "make test  everything CI runs: format, clippy, unit and integration tests (SQLite and PostgreSQL), browser tests"
	@echo "make load  the HTTP load test: 200 connections for 60 s on SQLite, then PostgreSQL (load-short: 50 for 10 s)"
	@echo "make bench-pages  each page alone under wrk, side by side with nginx serving the same bytes (README, Page benchmark)"
	@echo "make seo   Lighthouse's SEO audit on the public pages in both languages (every score must be 100)"

## run: install tools, build in release, start with the embedded SQLite database and demo accounts.
run: tools
	@echo "→ building in release (first time: several minutes)"
	cargo leptos build --release
	$(MAKE) --no-print-directory compressed-site
	@echo "→ starting the portal on http://$${PORTAL_ADDR:-127.0.0.1:3000}"
	PORTAL_DEMO=$${PORTAL_DEMO:-true} PORTAL_SITE_ROOT=$${PORTAL_SITE_ROOT:-target/site} ./target/release/server

## test: the same as CI.
test: tools browser lint build unit load-short e2e
	@echo "✓ all checks passed"

tools:
	@if rustup target list --installed | grep -qx wasm32-unknown-unknown; then \
		echo "✓ Rust target wasm32-unknown-unknown"; \
	else \
		echo "→ adding the Rust target wasm32-unknown-unknown"; \
		rustup target add wasm32-unknown-unknown; \
	fi
	@if cargo leptos --version 2>/dev/null | grep -q " $(CARGO_LEPTOS_VERSION)$$"; then \
		echo "✓ cargo-leptos $(CARGO_LEPTOS_VERSION)"; \
	else \
		echo "→ installing cargo-leptos $(CARGO_LEPTOS_VERSION) (about 20 minutes on 2 cores, once)"; \
		cargo install cargo-leptos@$(CARGO_LEPTOS_VERSION) --locked --features no_downloads; \
	fi
	@if wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then \
		echo "✓ wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	else \
		echo "→ installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 4 minutes, once)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@if [ -x "$(TOOLS_DIR)/node_modules/.bin/wasm-opt" ]; then \
		echo "✓ wasm-opt (binaryen $(BINARYEN_VERSION)) in .tools"; \
	else \
		echo "→ installing wasm-opt from the npm package binaryen@$(BINARYEN_VERSION) into .tools"; \
		npm install --prefix "$(TOOLS_DIR)" --no-save --no-audit --no-fund binaryen@$(BINARYEN_VERSION); \
	fi
	@if [ -d "$(TOOLS_DIR)/python/aiosmtpd-$(AIOSMTPD_VERSION).dist-info" ]; then \
		echo "✓ aiosmtpd $(AIOSMTPD_VERSION) in .tools/python"; \
	else \
		echo "→ installing aiosmtpd $(AIOSMTPD_VERSION) from PyPI into .tools/python (SMTP server for the mail tests)"; \
		python3 -m pip install --quiet --disable-pip-version-check --upgrade --target "$(TOOLS_DIR)/python" aiosmtpd==$(AIOSMTPD_VERSION); \
	fi
	@if [ -d "$(TOOLS_DIR)/python/moto-$(MOTO_VERSION).dist-info" ]; then \
		echo "✓ moto $(MOTO_VERSION) in .tools/python"; \
	else \
		echo "→ installing moto[server] $(MOTO_VERSION) from PyPI into .tools/python (S3 server for the document store tests)"; \
		python3 -m pip install --quiet --disable-pip-version-check --upgrade --target "$(TOOLS_DIR)/python" "moto[server]==$(MOTO_VERSION)"; \
	fi

browser:
	@if command -v chromium >/dev/null; then \
		echo "✓ Chromium $$(chromium --version 2>/dev/null | awk '{print $$2}')"; \
	else \
		echo "→ installing Debian's Chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi
	@if [ -d end2end/node_modules/@playwright/test ]; then \
		echo "✓ end2end node modules"; \
	else \
		echo "→ installing end2end node modules (Playwright, axe-core; no browser download)"; \
		cd end2end && npm ci --no-audit --no-fund; \
	fi

lint:
	@echo "→ cargo fmt --check"
	cargo fmt --all --check
	@echo "→ clippy (server and pages)"
	cargo clippy --workspace --all-targets -- -D warnings
	@echo "→ clippy (islands, WebAssembly)"
	cargo clippy -p app --lib --no-default-features --features hydrate --target wasm32-unknown-unknown -- -D warnings

build:
	@echo "→ building the portal (debug) for the browser tests"
	cargo leptos build
	$(MAKE) --no-print-directory compressed-site

## compressed-site: gzip copies of the style sheet, script and WebAssembly, served to browsers that take them.
compressed-site:
	@echo "→ compressing target/site/pkg (gzip -9)"
	gzip -9 -k -f target/site/pkg/*.css target/site/pkg/*.js target/site/pkg/*.wasm

unit:
	@if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then \
		echo "→ unit and integration tests on SQLite and PostgreSQL ($(POSTGRES_URL))"; \
		PORTAL_TEST_POSTGRES_URL="$(POSTGRES_URL)" cargo test --workspace; \
	else \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!!! No PostgreSQL at 127.0.0.1:5432: PostgreSQL tests are SKIPPED (SQLite only) !!!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		cargo test --workspace; \
	fi

e2e:
	@echo "→ browser tests (Playwright + axe-core in Chromium)"
	cd end2end && npx playwright test

## robustness-full: the fault test with 10 kills and the fuzz pass with 5,000 requests per database.
robustness-full: tools
	@if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then export PORTAL_TEST_POSTGRES_URL="$(POSTGRES_URL)"; \
	else echo "!!! No PostgreSQL at 127.0.0.1:5432: SQLite only !!!"; fi; \
	PORTAL_FAULT_ROUNDS=10 cargo test -p server --test faults -- --nocapture; \
	PORTAL_FUZZ_CASES=5000 cargo test -p server --test api fuzz -- --nocapture

## load: the HTTP load test in full (server/benches/load): SQLite, then PostgreSQL at POSTGRES_URL.
load: load-tools
	LOAD_CONNECTIONS=200 LOAD_DURATION=60s POSTGRES_URL="$(POSTGRES_URL)" server/benches/load/run.sh

## load-short: the same, short enough for CI, on the debug build the tests already made
## (zero errors and zero 5xx is what it checks; its figures are not the release figures).
load-short: load-tools
	LOAD_PROFILE=$${LOAD_PROFILE:-debug} LOAD_CONNECTIONS=50 LOAD_DURATION=10s POSTGRES_URL="$(POSTGRES_URL)" server/benches/load/run.sh

load-tools:
	@if command -v wrk >/dev/null; then \
		echo "✓ wrk"; \
	else \
		echo "→ installing Debian's wrk for the load test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	fi

## bench-pages: each page alone under wrk, against nginx serving the same bytes (server/benches/pages).
bench-pages: bench-tools
	POSTGRES_URL="$(POSTGRES_URL)" server/benches/pages/run.sh

bench-tools: load-tools
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then \
		echo "✓ nginx"; \
	else \
		echo "→ installing Debian's nginx for the page benchmark (it is run unprivileged on its own port, not as a service)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; \
	fi

## seo: Lighthouse's SEO audit on the public pages, both languages (server/benches/seo/run.sh).
LIGHTHOUSE_VERSION := 12.8.2
seo: tools browser
	@if [ -d "$(TOOLS_DIR)/lighthouse/node_modules/lighthouse" ] && grep -q '"version": "$(LIGHTHOUSE_VERSION)"' "$(TOOLS_DIR)/lighthouse/node_modules/lighthouse/package.json"; then \
		echo "✓ Lighthouse $(LIGHTHOUSE_VERSION) in .tools"; \
	else \
		echo "→ installing Lighthouse $(LIGHTHOUSE_VERSION) from npm into .tools/lighthouse (its own folder: npm would prune wasm-opt)"; \
		npm install --prefix "$(TOOLS_DIR)/lighthouse" --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION); \
	fi
	server/benches/seo/run.sh
