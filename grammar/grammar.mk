# grammar/grammar.mk -- included by the top-level Makefile.
#
# Generates build/gen/lexer.c (re2c) and build/gen/parser.{c,h} (bison) and
# compiles grammar/ into $(GRAMMAR_OBJS).  Expects CC and CFLAGS from the
# includer; the generated files get a few extra -Wno flags, on their own.
# The generators wait for the includer's `deps` target (installs bison/re2c),
# so `make -j2` on a fresh machine does not race the installation.

BUILD ?= build
RE2C ?= re2c
BISON ?= bison

GRAMMAR_GEN := $(BUILD)/gen
GRAMMAR_OBJS := $(BUILD)/obj/grammar/lexer.o $(BUILD)/obj/grammar/parser.o $(BUILD)/obj/grammar/ast.o

# Extra flags for the two generated files only.  bison 3.8 and re2c 3.0 output
# compiles clean under -Wall -Wextra with gcc 12 and clang 14; other versions
# may need e.g. -Wno-unused-function here (never in CFLAGS).
GRAMMAR_GEN_CFLAGS ?=

$(GRAMMAR_GEN)/parser.c $(GRAMMAR_GEN)/parser.h &: grammar/parser.y | deps
	@mkdir -p $(GRAMMAR_GEN)
	$(BISON) -Wall -Werror --defines=$(GRAMMAR_GEN)/parser.h -o $(GRAMMAR_GEN)/parser.c $<

$(GRAMMAR_GEN)/lexer.c: grammar/lexer.re | deps
	@mkdir -p $(GRAMMAR_GEN)
	$(RE2C) -W --no-generation-date --no-version -o $@ $<

$(BUILD)/obj/grammar/parser.o: $(GRAMMAR_GEN)/parser.c $(GRAMMAR_GEN)/parser.h grammar/ast.h grammar/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(GRAMMAR_GEN_CFLAGS) -I$(GRAMMAR_GEN) -c -o $@ $<

$(BUILD)/obj/grammar/lexer.o: $(GRAMMAR_GEN)/lexer.c $(GRAMMAR_GEN)/parser.h grammar/ast.h grammar/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(GRAMMAR_GEN_CFLAGS) -I$(GRAMMAR_GEN) -c -o $@ $<

$(BUILD)/obj/grammar/ast.o: grammar/ast.c $(GRAMMAR_GEN)/parser.h grammar/ast.h grammar/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I$(GRAMMAR_GEN) -c -o $@ $<

$(BUILD)/obj/tests/unit/astdump.o: tests/unit/astdump.c grammar/ast.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/astdump: $(BUILD)/obj/tests/unit/astdump.o $(GRAMMAR_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^

.PHONY: grammar-test
grammar-test: $(BUILD)/astdump
	sh tests/grammar/run.sh $(BUILD)
