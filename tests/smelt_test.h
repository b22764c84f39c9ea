/* SPDX-License-Identifier: MIT */
/*
 * smelt_test.h -- common include of the smelt tests: the greatest header
 * (ours in tests/greatest.h, or upstream via make GREATEST_H=path), the
 * public API, and tolerance helpers.
 *
 * Tolerances follow a ladder in units of the working precision of the
 * library build: SMELT_EPS is DBL_EPSILON or FLT_EPSILON.
 */
#ifndef SMELT_TEST_H
#define SMELT_TEST_H

#include <float.h>
#include <math.h>

#ifdef SMELT_GREATEST_H
#include SMELT_GREATEST_H
#else
#include "greatest.h"
#endif

#include "smelt.h"

#if SMELT_SINGLE
#define SMELT_EPS ((double)FLT_EPSILON)
#else
#define SMELT_EPS DBL_EPSILON
#endif

/* |got - expected| <= reltol |expected|, failing on NaN (upstream
 * greatest's ASSERT_IN_RANGE passes on NaN; ours and this do not). */
#ifndef ASSERT_REL
#define ASSERT_RELm(msg, expected, got, reltol)                              \
    do {                                                                     \
        double e_ = (double)(expected), g_ = (double)(got);                  \
        double t_ = (double)(reltol);                                        \
        if (!(isfinite(e_) && isfinite(g_) && fabs(g_ - e_) <= t_ * fabs(e_))) { \
            fprintf(stderr, "\n  expected %.17g got %.17g (rel %.3g > %.3g)", \
                    e_, g_, e_ != 0 ? fabs(g_ - e_) / fabs(e_) : fabs(g_), t_); \
            FAILm(msg);                                                      \
        }                                                                    \
    } while (0)
#define ASSERT_REL(expected, got, reltol) \
    ASSERT_RELm(#got " != " #expected, expected, got, reltol)
#endif

/* |got - expected| <= abstol, failing on NaN */
#define ASSERT_ABSm(msg, expected, got, abstol)                              \
    do {                                                                     \
        double e_ = (double)(expected), g_ = (double)(got);                  \
        if (!(isfinite(g_) && fabs(g_ - e_) <= (double)(abstol))) {          \
            fprintf(stderr, "\n  expected %.17g got %.17g (abs %.3g > %.3g)", \
                    e_, g_, fabs(g_ - e_), (double)(abstol));                \
            FAILm(msg);                                                      \
        }                                                                    \
    } while (0)
#define ASSERT_ABS(expected, got, abstol) \
    ASSERT_ABSm(#got " != " #expected, expected, got, abstol)

#define ASSERT_OK(expr) ASSERT_EQ_FMT((int)SMELT_OK, (int)(expr), "%d")

/* the suites, one per file */
SUITE_EXTERN(suite_wc);
SUITE_EXTERN(suite_lep2);
SUITE_EXTERN(suite_chi2);
SUITE_EXTERN(suite_zprime);
SUITE_EXTERN(suite_stats);
SUITE_EXTERN(suite_ff);
SUITE_EXTERN(suite_wet);
SUITE_EXTERN(suite_bsll);
SUITE_EXTERN(suite_bvll);
SUITE_EXTERN(suite_rge);

#endif
