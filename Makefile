# The two commands of the README: `make run` (build, then the walkthrough) and `make test`.
BUILD ?= build
ASAN_BUILD ?= build-asan
PY312 := $(shell pyenv prefix 3.12.1 2>/dev/null)/bin/python3.12
JOBS ?= $(shell nproc)

.PHONY: all build run test asan test-asan deps bench clean regen

all: build

deps:
	@tools/install_deps.sh

$(BUILD)/build.ninja: CMakeLists.txt
	@$(MAKE) --no-print-directory deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@tools/walkthrough.sh $(BUILD)/ginger

test: build
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

$(ASAN_BUILD)/build.ninja: CMakeLists.txt
	@$(MAKE) --no-print-directory deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGINGER_SANITIZE=ON

asan: $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)

# (faulthandler's case crashes a child on purpose: under ASan, ASan's own SIGSEGV handler reports it instead.)
test-asan: asan
	cd $(ASAN_BUILD) && ctest -j $(JOBS) --output-on-failure -E 'case/faulthandler/'

bench: build
	python3 bench/run.py --ginger $(BUILD)/ginger

regen:
	$(PY312) tools/regen_expected.py
	$(PY312) tools/regen_cmdline.py

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
