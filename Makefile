# Blackline — quick start: `make demo` and `make test`. Both install missing Debian packages.
SHELL := /bin/bash
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# On 2 cores a debug build is the fastest way to a tested binary.
SWIFT_BUILD_FLAGS ?=
RELEASE_BIN := .build/release/blackline
DEBUG_BIN := .build/debug/blackline

.PHONY: all deps test-deps build release demo test bench samples clean check-swift

all: build

check-swift:
	@test -x "$(SWIFT)" || { echo "Swift 6 toolchain not found: put swift on PATH or set SWIFT=/path/to/swift" >&2; exit 1; }

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh build test browser

build: deps check-swift
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

release: deps check-swift
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

## The main job on the bundled sample.
demo: release
	@scripts/demo.sh $(RELEASE_BIN)

## Every test: unit, end-to-end (runs the built binary), corpus and browser tests.
test: test-deps check-swift
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	$(SWIFT) test --skip-build $(SWIFT_BUILD_FLAGS)

## Benchmarks in release mode; writes BENCHMARKS.md.
bench: release
	@scripts/install-deps.sh bench
	@scripts/bench.sh $(RELEASE_BIN)

## Regenerates samples/ with the fixture generator.
samples: deps check-swift
	$(SWIFT) run blackline-fixtures samples samples

clean:
	rm -rf .build
