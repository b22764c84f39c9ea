/* SPDX-License-Identifier: MIT */
/* rng.c -- placeholder, being written. */
#include "gen.h"

typedef int smelt_rng_placeholder;
