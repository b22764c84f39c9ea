/* SPDX-License-Identifier: MIT */
/* test_wet.c -- placeholder, being written. */
#include "smelt_test.h"

SUITE(suite_wet)
{
}
