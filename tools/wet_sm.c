/* SPDX-License-Identifier: MIT */
/* wet_sm.c -- placeholder, being written. */
#include "gen.h"

typedef int smelt_wet_sm_placeholder;
