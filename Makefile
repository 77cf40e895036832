# Kassa — the two commands (and a few helpers). The real build is CMake.
#   make run    install what is missing, build, start the console
#   make test   install what is missing, build, run the whole suite
#   make e2e    the end-to-end proof on the demo network (1,000 orders, 10 payouts, reconciled)

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CTEST_JOBS ?= 2
CMAKE_ARGS ?=

.PHONY: all run test e2e deps configure build lint format screenshots demo-screenshots bench fuzz package package-test appimage clean

all: build

deps:
	@bash packaging/install-deps.sh
	@bash tests/node/install.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DKASSA_WERROR=ON \
		$$(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	@bash packaging/run-gui.sh $(BUILD_DIR)/app/kassa $(ARGS)

test: build
	cd $(BUILD_DIR) && bash ../tests/support/with-services.sh \
		ctest --output-on-failure --timeout 600 -j $(CTEST_JOBS)

# The end-to-end proof on the demo network (doc/demo.md); also run by `make test`.
# with-services: the demo's payout wallet needs a key store (a private keyring).
e2e: build
	cd $(BUILD_DIR) && bash ../tests/support/with-services.sh ctest -L e2e --output-on-failure --timeout 600

lint: configure
	python3 tests/lint/kassa_lint.py --root .

format: configure
	cmake --build $(BUILD_DIR) --target format

screenshots: build
	bash tests/gui/screenshots.sh $(BUILD_DIR) $(BUILD_DIR)/screenshots

# The demo in every language: startup window, dashboard with paid demo orders,
# and the time to the first paid order (doc/demo.md).
demo-screenshots: build
	bash tests/gui/demo-screenshots.sh $(BUILD_DIR) $(BUILD_DIR)/screenshots

bench: build
	cmake --build $(BUILD_DIR) --target benchmarks
	python3 tests/bench/bench_report.py --build $(BUILD_DIR) $(BENCH_ARGS)

FUZZ_DIR ?= build-fuzz
fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DKASSA_FUZZ=ON \
		$$(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
	cmake --build $(FUZZ_DIR) --target run_fuzzers

package: build
	cd $(BUILD_DIR) && cpack -G DEB

package-test: build
	bash tests/packaging/test-deb.sh $(BUILD_DIR)
	bash tests/packaging/test-appdir.sh $(BUILD_DIR)

appimage: build
	bash packaging/appimage/build-appdir.sh $(BUILD_DIR) $(BUILD_DIR)/appimage

clean:
	rm -rf $(BUILD_DIR)
