/* SPDX-License-Identifier: MIT */
/*
 * chain.c -- from the user's coefficient vector to the coefficients each
 * observable is a quadratic form of.
 *
 * The chain: SMEFT coefficients at Lambda --[smelt_wc_run, src/rge.c: one-
 * loop running to mu_EW, a linear map interpolated from tables]--> SMEFT at
 * mu_EW (what LEP-2 observables take) --[here: tree-level matching at
 * mu_EW with the LO QCD running of C_VLL to mu_b, a sparse const map from
 * the generator]--> WET new-physics coefficients at mu_b, plus the WET
 * entries the user gave.  Every step is linear, so the chi^2 stays a
 * function of the same quadratic forms.
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
