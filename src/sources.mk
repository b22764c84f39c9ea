# Library sources, shared by the top-level Makefile and the ports.
# Paths are relative to the repository root.
SMELT_SRC = src/status.c src/wc.c src/chain.c src/obs.c src/chi2.c src/zprime.c \
            src/stats.c
SMELT_TABLES = tables/registry.c tables/lep2.c tables/bsll.c
