/* SPDX-License-Identifier: MIT */
/* ff.c -- placeholder, being written. */
#include "gen.h"

typedef int smelt_ff_placeholder;
