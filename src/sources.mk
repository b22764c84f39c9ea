# Library sources, shared by the top-level Makefile and the ports.
# Paths are relative to the repository root.
SMELT_SRC = src/status.c src/wc.c src/chain.c src/obs.c src/chi2.c src/zprime.c \
            src/stats.c src/rge.c
# The generated tables.  SMELT_TABLE_DIR selects the b->s table set:
# tables (default, B->K form factors GRvDV2023) or tables/ff-gkvd2018
# (the GKvD2018 fit); LEP-2 does not depend on it.
SMELT_TABLE_DIR ?= tables
SMELT_TABLES = $(SMELT_TABLE_DIR)/registry.c tables/lep2.c \
               $(SMELT_TABLE_DIR)/bsll.c tables/rge.c
