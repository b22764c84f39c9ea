/* SPDX-License-Identifier: MIT */
/* test_bsll.c -- placeholder, being written. */
#include "smelt_test.h"

SUITE(suite_bsll)
{
}
