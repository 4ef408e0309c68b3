# Two commands do everything on a fresh machine (each installs what is missing first):
#   make serve   build and serve the app at http://127.0.0.1:8080/
#   make test    run every test: native, in-browser (wasm-bindgen-test) and end to end
# Also: make dist (release build for any static host), make bench (the performance benchmark,
# not part of make test: timings are noisy; see the README).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: setup serve dist dist-subpath test test-html lint test-native test-wasm test-wasm-firefox test-e2e test-firefox test-sizes bench clean

setup:
	@.ci/setup

# The site as a static host serves it: every page prerendered.
serve: dist
	node tests/e2e/server.mjs dist 8080

# Trunk builds the client; the prerender step writes a file for every page and the downloads.
dist: setup
	trunk build --release
	cargo run -q --features prerender --bin prerender -- dist /
	node build/sw.mjs dist /

test: setup lint test-native test-wasm test-wasm-firefox dist dist-subpath test-html test-e2e test-firefox test-sizes

# Formatting and lints, for the native build and the browser build alike.
lint:
	cargo fmt --check
	cargo clippy --all-targets --features prerender -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

# The same build for a site served under /policy/ (the e2e tests check it works there too).
dist-subpath: setup
	trunk build --release --public-url /policy/ --dist target/dist-subpath
	cargo run -q --features prerender --bin prerender -- target/dist-subpath /policy/
	node build/sw.mjs target/dist-subpath /policy/

test-native:
	cargo test --all-targets

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web

# The same tests in Firefox ESR (wasm-bindgen-test-runner takes GECKODRIVER before CHROMEDRIVER).
test-wasm-firefox:
	GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown --test web

# Every prerendered page through the W3C Nu Html Checker (offline: npm vnu-jar and the machine's Java).
test-html:
	java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only $$(find dist target/dist-subpath -name '*.html')

test-e2e:
	node tests/e2e/run.mjs

# A second engine: every kind of page in Firefox ESR (puppeteer-core over WebDriver BiDi).
test-firefox:
	node tests/e2e/firefox.mjs

# Bundle sizes after brotli, checked against a budget (bytes are repeatable, timings are not).
test-sizes:
	@node tests/bench/sizes.mjs

# The performance benchmark (tests/bench/bench.mjs): first-view bytes, Lighthouse against a plain
# HTML page of the same text, interaction latency; tables on stdout, bench-output/bench.json and
# report.md. Lighthouse is heavy, so it is installed here on demand (pinned) into .bench-tools/,
# never by setup. About 9 minutes on 2 cores once the build is warm.
LIGHTHOUSE_VERSION := 12.2.3
bench: dist
	@test "$$(node -p "require('./.bench-tools/node_modules/lighthouse/package.json').version" 2>/dev/null)" = $(LIGHTHOUSE_VERSION) \
	  || npm install --prefix .bench-tools --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)
	node tests/bench/bench.mjs

clean:
	cargo clean
	rm -rf dist test-output bench-output
