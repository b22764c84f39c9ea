/* SPDX-License-Identifier: MIT */
/* test_ff.c -- placeholder, being written. */
#include "smelt_test.h"

SUITE(suite_ff)
{
}
