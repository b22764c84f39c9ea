# smelt -- plain GNU Make, no configure step.
#
#   make            library (build/libsmelt.a), generator, CLI (build/smelt)
#   make run        the main demonstration: seed 000's 3B3-Le-2Lmu benchmark
#   make check      everything: tests (double, float, sanitizers), tables
#                   regenerated and compared byte for byte
#   make tables     regenerate tables/ from tools/data/ (commit the result)
#   make bench      chi^2 evaluations per second, footprint
#   make port-check Cortex-M4 build + QEMU run (see ports/cortex-m4)
#
# Options: CC=clang, GREATEST_H=/path/to/upstream/greatest.h,
#          FF_BK=GKvD2018 (B->K form factors of arXiv:1811.00983 instead of
#          the default GRvDV2023 fit; builds into build/ff-gkvd2018),
#          NONLOCAL=PDD (seed 003's data-driven non-local hadronic model
#          instead of flavio's nuisances; builds into build/nonlocal-pdd),
#          NONLOCAL=PDD-fit (the same model's h_lambda as fit parameters
#          nl_*; build/nonlocal-pdd-fit, compiled with SMELT_NL_EXPOSED=1)

CC      ?= cc
AR      ?= ar
OPT     ?= -O2
WARN    = -std=c99 -Wall -Wextra -Wpedantic -Werror -Wshadow \
          -Wstrict-prototypes -Wmissing-prototypes -Wcast-align
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = $(WARN) $(CFLAGS) $(NL_FLAGS) -Iinclude -Isrc
LDLIBS  = -lm

# Table sets behind the b->s likelihood, each committed and reproducible:
# the B -> K form-factor fit (issue 3) and the model of the non-local
# (charm-loop) hadronic terms of B -> V l l (issue 4).  The alternatives
# are one at a time, each against the defaults.
FF_BK    ?= GRvDV2023
NONLOCAL ?= flavio
ifneq ($(filter-out GRvDV2023 GKvD2018,$(FF_BK)),)
$(error FF_BK must be GRvDV2023 or GKvD2018, not '$(FF_BK)')
endif
ifneq ($(filter-out flavio PDD PDD-fit,$(NONLOCAL)),)
$(error NONLOCAL must be flavio, PDD or PDD-fit, not '$(NONLOCAL)')
endif
ifeq ($(FF_BK)$(NONLOCAL),GRvDV2023flavio)
B       = build
SMELT_TABLE_DIR = tables
else ifeq ($(FF_BK)$(NONLOCAL),GKvD2018flavio)
B       = build/ff-gkvd2018
SMELT_TABLE_DIR = tables/ff-gkvd2018
else ifeq ($(FF_BK)$(NONLOCAL),GRvDV2023PDD)
B       = build/nonlocal-pdd
SMELT_TABLE_DIR = tables/nonlocal-pdd
else ifeq ($(FF_BK)$(NONLOCAL),GRvDV2023PDD-fit)
B       = build/nonlocal-pdd-fit
SMELT_TABLE_DIR = tables/nonlocal-pdd-fit
# the nl_* nuisances are parameters: 16 more (prior) observables
NL_FLAGS = -DSMELT_NL_EXPOSED=1
else
$(error no table set for FF_BK=$(FF_BK) with NONLOCAL=$(NONLOCAL))
endif
include src/sources.mk

GREATEST_H ?= tests/greatest.h
TEST_SRC   = tests/main.c tests/test_wc.c tests/test_lep2.c tests/test_chi2.c \
             tests/test_zprime.c tests/test_stats.c tests/test_ff.c \
             tests/test_wet.c tests/test_bsll.c tests/test_bvll.c \
             tests/test_rge.c
# generator modules the tests link to cross-check the tables
GEN_LIB_SRC = tools/gen_util.c tools/ew.c tools/lep2.c tools/rng.c tools/ff.c \
              tools/wet_sm.c tools/match.c tools/bsll.c tools/ff_bv.c \
              tools/bvll.c tools/bsgamma.c tools/qcdf.c tools/rge.c \
              tools/smeft_beta_lep.c tools/smeft_beta_had.c
GEN_SRC    = tools/gen_tables.c $(GEN_LIB_SRC)

.PHONY: all run check test test-float test-sanitize check-tables tables \
        test-ff-gkvd2018 test-nonlocal \
        bench clean port-check check-clang check-cli

all: $(B)/libsmelt.a $(B)/gen_tables $(B)/smelt

# ---- library: double (default) and float builds ----------------------
$(B)/double/%.o: %.c include/smelt.h include/smelt_config.h src/smelt_internal.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/float/%.o: %.c include/smelt.h include/smelt_config.h src/smelt_internal.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DSMELT_SINGLE=1 -c $< -o $@

LIB_OBJ = $(SMELT_SRC:.c=.o) $(SMELT_TABLES:.c=.o)

$(B)/libsmelt.a: $(addprefix $(B)/double/,$(LIB_OBJ))
	$(AR) rcs $@ $^

$(B)/libsmelt_float.a: $(addprefix $(B)/float/,$(LIB_OBJ))
	$(AR) rcs $@ $^

# ---- generator and CLI (host tools, always double) -------------------
$(B)/gen_tables: $(GEN_SRC) $(wildcard tools/*.h) include/smelt.h
	@mkdir -p $(B)
	$(CC) $(ALL_CFLAGS) -Itools $(GEN_SRC) -o $@ $(LDLIBS)

$(B)/smelt: tools/smelt.c $(B)/libsmelt.a
	$(CC) $(ALL_CFLAGS) tools/smelt.c $(B)/libsmelt.a -o $@ $(LDLIBS)

# every table set; the alternative sets share tables/lep2.c.  ALT_SETS:
# directory under tables/ and the generator options that make it
ALT_SETS = ff-gkvd2018:--ff-bk:GKvD2018 nonlocal-pdd:--nonlocal:PDD \
           nonlocal-pdd-fit:--nonlocal:PDD-fit
alt_dir = $(word 1,$(subst :, ,$(1)))
alt_opt = $(word 2,$(subst :, ,$(1))) $(word 3,$(subst :, ,$(1)))

tables: $(B)/gen_tables
	./$(B)/gen_tables tools/data tables
	@set -e; for a in $(ALT_SETS); do \
	  d=$${a%%:*}; o=$$(echo $${a#*:} | tr : ' '); \
	  mkdir -p $(B)/tables-$$d tables/$$d; \
	  echo "./$(B)/gen_tables --no-rge $$o tools/data $(B)/tables-$$d"; \
	  ./$(B)/gen_tables --no-rge $$o tools/data $(B)/tables-$$d; \
	  cp $(B)/tables-$$d/registry.c $(B)/tables-$$d/bsll.c tables/$$d/; \
	done

check-tables: $(B)/gen_tables
	@rm -rf $(B)/tables-check && mkdir -p $(B)/tables-check
	./$(B)/gen_tables tools/data $(B)/tables-check
	@tail -n +2 tables/lep2.c >$(B)/tables-check/lep2.body
	@set -e; for a in $(ALT_SETS); do \
	  d=$${a%%:*}; o=$$(echo $${a#*:} | tr : ' '); \
	  mkdir -p $(B)/tables-check/$$d; \
	  echo "./$(B)/gen_tables --no-rge $$o tools/data $(B)/tables-check/$$d"; \
	  ./$(B)/gen_tables --no-rge $$o tools/data $(B)/tables-check/$$d; \
	  tail -n +2 $(B)/tables-check/$$d/lep2.c >$(B)/tables-check/lep2-$$d.body; \
	  cmp $(B)/tables-check/lep2.body $(B)/tables-check/lep2-$$d.body || \
	    { echo "check-tables: the $$d run's lep2.c differs from tables/lep2.c"; exit 1; }; \
	  for f in registry.c bsll.c; do \
	    cmp tables/$$d/$$f $(B)/tables-check/$$d/$$f || \
	      { echo "check-tables: tables/$$d/$$f differs from a fresh generation"; exit 1; }; \
	  done; \
	done
	@for f in lep2.c registry.c bsll.c rge.c; do \
	  cmp tables/$$f $(B)/tables-check/$$f || \
	    { echo "check-tables: tables/$$f differs from a fresh generation"; exit 1; }; \
	done
	@echo "check-tables: committed tables (every table set) are reproducible"

# ---- tests ------------------------------------------------------------
TEST_FLAGS = -Itools -DSMELT_GREATEST_H=\"$(abspath $(GREATEST_H))\" \
             -DSMELT_DATA_DIR=\"$(abspath tools/data)\" \
             -DSMELT_TEST_FF_BK=\"$(FF_BK)\" \
             -DSMELT_TEST_NONLOCAL=\"$(NONLOCAL)\"

$(B)/test_smelt: $(TEST_SRC) $(GEN_LIB_SRC) $(B)/libsmelt.a $(GREATEST_H)
	$(CC) $(ALL_CFLAGS) $(TEST_FLAGS) $(TEST_SRC) $(GEN_LIB_SRC) \
	    $(B)/libsmelt.a -o $@ $(LDLIBS)

$(B)/test_smelt_float: $(TEST_SRC) $(GEN_LIB_SRC) $(B)/libsmelt_float.a $(GREATEST_H)
	$(CC) $(ALL_CFLAGS) -DSMELT_SINGLE=1 $(TEST_FLAGS) $(TEST_SRC) \
	    $(GEN_LIB_SRC) $(B)/libsmelt_float.a -o $@ $(LDLIBS)

SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
$(B)/test_smelt_san: $(TEST_SRC) $(GEN_LIB_SRC) $(SMELT_SRC) $(SMELT_TABLES) $(GREATEST_H)
	$(CC) $(ALL_CFLAGS) $(SAN) $(TEST_FLAGS) $(TEST_SRC) $(GEN_LIB_SRC) \
	    $(SMELT_SRC) $(SMELT_TABLES) -o $@ $(LDLIBS)

test: $(B)/test_smelt
	./$(B)/test_smelt

test-float: $(B)/test_smelt_float
	./$(B)/test_smelt_float

test-sanitize: $(B)/test_smelt_san
	./$(B)/test_smelt_san

# Everything a change must pass.  The last test run prints the combined
# 'N passed, N failed' line.
check: all check-tables check-nm check-cli test-ff-gkvd2018 \
       test-nonlocal test-float test-sanitize test

# the whole test suite against the alternative table sets
test-ff-gkvd2018:
	$(MAKE) FF_BK=GKvD2018 test

test-nonlocal:
	$(MAKE) NONLOCAL=PDD test
	$(MAKE) NONLOCAL=PDD-fit test

# src/ must not allocate, print, open files or exit
check-nm: $(B)/libsmelt.a
	@if nm $(B)/libsmelt.a | grep -E ' U (malloc|calloc|realloc|free|printf|fprintf|puts|fopen|exit|abort)$$'; then \
	  echo "check-nm: libsmelt.a references a forbidden libc symbol"; exit 1; \
	else echo "check-nm: libsmelt.a references no allocation, I/O or exit"; fi

# the same build and tests with clang (warning-clean under -Werror)
check-clang:
	$(MAKE) B=build/clang CC=clang all build/clang/test_smelt
	./build/clang/test_smelt

# CLI smoke tests: exit codes and key output of a few invocations (not
# part of 'check').  cli_ok CMD GREP: exit 0 and stdout matches GREP;
# cli_err CMD GREP: exit 2 and stderr matches GREP.
CLI_TMP = $(B)/check-cli
cli_ok = { ./$(B)/smelt $(1) >$(CLI_TMP)/out 2>$(CLI_TMP)/err; rc=$$?; \
  [ $$rc -eq 0 ] && grep -q -e '$(2)' $(CLI_TMP)/out || \
  { echo "check-cli: FAILED (rc $$rc): smelt $(1)"; cat $(CLI_TMP)/err; exit 1; }; }
cli_err = { ./$(B)/smelt $(1) >$(CLI_TMP)/out 2>$(CLI_TMP)/err; rc=$$?; \
  [ $$rc -eq 2 ] && grep -q -e '$(2)' $(CLI_TMP)/err || \
  { echo "check-cli: FAILED (rc $$rc, want 2 and '$(2)'): smelt $(1)"; \
    cat $(CLI_TMP)/err; exit 1; }; }

check-cli: $(B)/smelt
	@rm -rf $(CLI_TMP) && mkdir -p $(CLI_TMP)
	@$(call cli_ok,--help,wet2d)
	@$(call cli_ok,version,.)
	@$(call cli_ok,chi2 C9_bsmumu=-1,global)
	@$(call cli_err,chi2 C9_bsmumu=x,bad value .x.)
	@$(call cli_err,chi2 nl_hm_1_re=0.5,nl_hm_1_re=0.5.: nuisance parameter not exposed)
	@$(call cli_ok,chi2 --scale 91.1876 C9_bsmumu=-1,global)
	@$(call cli_ok,chi2 --scale 1000 lq1_2223=1e-9,run to mu_EW)
	@$(call cli_err,chi2 --scale 90 C9_bsmumu=-1,bad value .90. for --scale: outside)
	@$(call cli_err,chi2 --scale 2e5 C9_bsmumu=-1,bad value .2e5. for --scale: outside)
	@$(call cli_err,chi2 --scale nan,bad value .nan. for --scale)
	@$(call cli_ok,run --scale 1000 lu_2233=1e-6,C9_bsmumu)
	@$(call cli_ok,run --scale 3000 --tsv lq1_2223=1e-9,^lq1_2223.)
	@$(call cli_err,run --scale 3000 foo=1,foo)
	@$(call cli_err,run --scale -5 lq1_2223=1,bad value .-5. for --scale)
	@$(call cli_ok,zprime --xe 1 --xmu 2 --gzp 0.2 --mzp 2000 --thsb -0.04,after one-loop SMEFT running)
	@$(call cli_ok,zprime --xe 1 --xmu 2 --gzp 0.2 --mzp 50 --thsb -0.04 --no-running,without running)
	@$(call cli_err,zprime --xe 1 --xmu 2 --gzp 0.2 --mzp 50 --thsb -0.04,--mzp .50. is outside)
	@$(call cli_err,obs --scale 91.1876 --scale 91.1876,given twice)
	@$(call cli_err,nosuchcommand,nosuchcommand)
	@$(call cli_ok,wet2d --help,--scenario)
	@for s in c10zero lefthanded e-left-mu-vector e-vector-mu-left; do \
	  $(call cli_ok,wet2d --scenario $$s --n 21 --svg $(CLI_TMP)/$$s.svg,refined); \
	  grep -q '</svg>' $(CLI_TMP)/$$s.svg || \
	    { echo "check-cli: incomplete SVG for $$s"; exit 1; }; \
	done
	@$(call cli_ok,wet2d --scenario lefthanded --mode linear --n 11,mode linear)
	@$(call cli_ok,wet2d --scenario=c10zero --tsv --n 5,^scenario.x.y.chi2_quarks.chi2_lfu.chi2_global$$)
	@[ $$(./$(B)/smelt wet2d --scenario c10zero --tsv --n 7 | wc -l) -eq 50 ] || \
	  { echo "check-cli: wet2d --tsv --n 7 must print 1 + 49 lines"; exit 1; }
	@$(call cli_err,wet2d,missing required option .--scenario.)
	@$(call cli_err,wet2d --scenario foo,unknown scenario .foo.)
	@$(call cli_err,wet2d --scenario c10zero --n 4,bad value .4. for --n)
	@$(call cli_err,wet2d --scenario c10zero --n 402,bad value .402. for --n)
	@$(call cli_err,wet2d --scenario c10zero --n 3x,bad value .3x. for --n)
	@$(call cli_err,wet2d --scenario c10zero --range 1 -2 -2 1,XMIN .1. must be less)
	@$(call cli_err,wet2d --scenario c10zero --range -2 1 0 0,YMIN .0. must be less)
	@$(call cli_err,wet2d --scenario c10zero --range -2 1 -2,requires 4 arguments)
	@$(call cli_err,wet2d --scenario c10zero --range -2 1 -2 abc,bad value .abc.)
	@$(call cli_err,wet2d --scenario c10zero --mode foo,unknown mode .foo.)
	@$(call cli_err,wet2d --scenario c10zero --svg /nonexistent-dir/x.svg,/nonexistent-dir/x.svg)
	@$(call cli_ok,pulls --n 5,largest pulls among)
	@$(call cli_ok,pulls quarks --n 3 C9_bsmumu=-0.8 --svg $(CLI_TMP)/pulls.svg,C9_bsmumu)
	@grep -q '</svg>' $(CLI_TMP)/pulls.svg || \
	  { echo "check-cli: incomplete pulls SVG"; exit 1; }
	@[ $$(./$(B)/smelt pulls lfu --n 4 --tsv | wc -l) -eq 5 ] || \
	  { echo "check-cli: pulls --tsv --n 4 must print 1 + 4 lines"; exit 1; }
	@$(call cli_err,pulls --n 0,bad value .0. for --n)
	@$(call cli_err,pulls nosuchcat,unknown category .nosuchcat.)
	@$(call cli_err,pulls C9_bsmumu=1e999,bad value)
	@echo "check-cli: all CLI invocations behaved as expected"

# ---- demonstration, benchmark, port ----------------------------------
run: $(B)/smelt
	./$(B)/smelt zprime --xe 1 --xmu 2 --gzp 0.206 --mzp 3000 --thsb -0.0406

$(B)/bench: tests/bench.c $(B)/libsmelt.a
	$(CC) $(ALL_CFLAGS) -D_POSIX_C_SOURCE=199309L tests/bench.c $(B)/libsmelt.a -o $@ $(LDLIBS)

$(B)/bench_float: tests/bench.c $(B)/libsmelt_float.a
	$(CC) $(ALL_CFLAGS) -D_POSIX_C_SOURCE=199309L -DSMELT_SINGLE=1 tests/bench.c \
	    $(B)/libsmelt_float.a -o $@ $(LDLIBS)

bench: $(B)/bench $(B)/bench_float
	./$(B)/bench
	./$(B)/bench_float
	@echo; echo "host library footprint (text data bss), double then float:"
	@size -t $(B)/libsmelt.a | tail -1
	@size -t $(B)/libsmelt_float.a | tail -1

port-check:
	$(MAKE) -C ports/cortex-m4 check

clean:
	rm -rf $(B)
	$(MAKE) -C ports/cortex-m4 clean 2>/dev/null || true
