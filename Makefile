# pith -- build, test and check.
#   make            build build/pith (installs missing build dependencies first)
#   make run        build, then start the REPL
#   make test       build, then run every test; ends with "N passed, N failed"
#   make check-asan the whole suite under -fsanitize=address,undefined (build-asan/)
#   make check-valgrind  the whole suite under valgrind memcheck, pools bypassed (PITH_NO_POOLS=1)
#   make V=1        show the full commands
BUILD   ?= build
CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= -std=c11 -Wall -Wextra -Werror $(OPT) -g -MMD -MP -I. -I$(BUILD)/gen -D_GNU_SOURCE
LDFLAGS ?=
LDLIBS  ?= -lreadline -lm

ifeq ($(V),1)
Q :=
else
Q := @
endif

SRC_DIRS := gc runtime vm stdlib cli
SRCS := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c))
OBJS := $(patsubst %.c,$(BUILD)/obj/%.o,$(SRCS))

.PHONY: all deps run test check-asan check-valgrind stress clean
all: deps $(BUILD)/pith

deps:
	$(Q)tools/deps.sh

include grammar/grammar.mk

$(BUILD)/pith: $(OBJS) $(GRAMMAR_OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c | $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS) -c -o $@ $<

# Built-in modules written in pith itself, embedded into the binary.
$(BUILD)/gen/stdlib_lib.h: $(wildcard stdlib/lib/*.py) $(wildcard stdlib/lib) tools/embed.sh
	@mkdir -p $(dir $@)
	$(Q)tools/embed.sh $(wildcard stdlib/lib/*.py) > $@
$(BUILD)/obj/stdlib/embedded.o: $(BUILD)/gen/stdlib_lib.h

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/%,$(UNIT_SRCS))
LIB_OBJS  := $(filter-out $(BUILD)/obj/cli/%,$(OBJS)) $(GRAMMAR_OBJS)
$(BUILD)/test_%: tests/unit/test_%.c $(LIB_OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

run: all
	$(BUILD)/pith

test: all $(UNIT_BINS) $(BUILD)/astdump
	PITH_BUILD_DIR=$(BUILD) tests/run.sh $(BUILD)/pith

check-asan: deps
	$(MAKE) BUILD=build-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" build-asan/pith
	$(MAKE) BUILD=build-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" test

# Every block goes to malloc (PITH_NO_POOLS=1) so memcheck sees each one; any error or
# definite/indirect leak makes valgrind exit 99, which fails the test.  "Possibly lost" is
# not counted: a forked child leaving by os._exit() keeps its whole heap by design, and
# GC objects are pointed to past their GCHead, which valgrind calls "possible".  Children
# are silent for the same reason.  PITH_TEST_CATEGORIES etc. pass through.
VALGRIND ?= valgrind -q --error-exitcode=99 --leak-check=full --child-silent-after-fork=yes \
    --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect
check-valgrind: all $(UNIT_BINS) $(BUILD)/astdump
	PITH_WRAPPER="$(VALGRIND)" PITH_NO_POOLS=1 PITH_TIMEOUT=$${PITH_TIMEOUT:-600} PITH_JOBS=$${PITH_JOBS:-2} \
	    PITH_BUILD_DIR=$(BUILD) tests/run.sh $(BUILD)/pith

# The collector's randomized proof (tests/unit/test_gc.c and tests/lang/gc/gc_random_graphs.py),
# longer and with fresh random seeds; a failing seed is printed so it can be replayed.
stress: all $(BUILD)/test_gc
	for i in 1 2 3 4 5 6 7 8; do seed=$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '); echo "seed $$seed"; \
	    PITH_GC_SEED=$$seed PITH_GC_ROUNDS=300 $(BUILD)/test_gc || exit 1; \
	    $(BUILD)/pith tests/lang/gc/gc_random_graphs.py $$seed 30 > /dev/null || exit 1; \
	    PITH_GC_STRESS=2 $(BUILD)/pith tests/lang/gc/gc_random_graphs.py $$seed 3 > /dev/null || exit 1; done

clean:
	rm -rf build build-asan build-valgrind build-debug

-include $(OBJS:.o=.d) $(GRAMMAR_OBJS:.o=.d)
