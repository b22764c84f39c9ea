/* SPDX-License-Identifier: MIT */
/*
 * chain.c -- from the user's coefficient vector to the coefficients each
 * observable is a quadratic form of.
 *
 * Today the chain is: SMEFT coefficients (taken at the electroweak scale)
 * --[tree-level matching, a sparse const map from the generator]--> WET
 * new-physics coefficients at mu_b, plus the WET entries the user gave.
 * The RG evolution SMEFT(Lambda) -> SMEFT(mu_EW) will be inserted before
 * the matching as one more linear map, without touching the observables.
 */
#include <stddef.h>

#include "smelt_internal.h"

void smelt_wet_unchecked(const smelt_real *c, smelt_real *wet)
{
    int j, e;
    for (j = 0; j < SMELT_N_WET; j++)
        wet[j] = c[SMELT_N_SMEFT + j];
    for (e = 0; e < smelt_match_tree_n; e++)
        wet[smelt_match_tree[e].wet] +=
            smelt_match_tree[e].coef * c[smelt_match_tree[e].wc];
}

smelt_status smelt_wet_from_wc(const smelt_real c[SMELT_N_WC],
                               smelt_real wet[SMELT_N_WET])
{
    smelt_status st;
    if (c == NULL || wet == NULL)
        return SMELT_EINVAL;
    st = smelt_wc_check(c, NULL);
    if (st != SMELT_OK)
        return st;
    smelt_wet_unchecked(c, wet);
    return SMELT_OK;
}
