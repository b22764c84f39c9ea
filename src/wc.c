/* SPDX-License-Identifier: MIT */
/*
 * wc.c -- the Wilson-coefficient registry: index <-> WCxf name.
 *
 * Names come from the X-macro SMELT_WC_LIST in smelt.h (the one place the
 * coefficient set is defined); the generator emits smelt_wc_sorted, the
 * indices in strcmp order, so lookup is a binary search over const data.
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "smelt_internal.h"

const char *const smelt_wc_names[SMELT_N_WC] = {
#define SMELT_WC_NAME_(name) #name,
    SMELT_ALL_WC_LIST(SMELT_WC_NAME_)
#undef SMELT_WC_NAME_
};

smelt_status smelt_wc_index(const char *name, int *index)
{
    int lo = 0, hi = SMELT_N_WC - 1;
    if (name == NULL || index == NULL)
        return SMELT_EINVAL;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int k = smelt_wc_sorted[mid];
        int cmp = strcmp(name, smelt_wc_names[k]);
        if (cmp == 0) {
            *index = k;
            return SMELT_OK;
        }
        if (cmp < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return SMELT_ENAME;
}

const char *smelt_wc_name(int index)
{
    if (index < 0 || index >= SMELT_N_WC)
        return NULL;
    return smelt_wc_names[index];
}

void smelt_wc_zero(smelt_real c[SMELT_N_WC])
{
    int k;
    if (c == NULL)
        return;
    for (k = 0; k < SMELT_N_WC; k++)
        c[k] = 0;
}

smelt_status smelt_wc_check(const smelt_real c[SMELT_N_WC], int *bad_index)
{
    int k;
    if (bad_index != NULL)
        *bad_index = -1;
    if (c == NULL)
        return SMELT_EINVAL;
    for (k = 0; k < SMELT_N_WC; k++) {
        if (!isfinite(c[k])) {
            if (bad_index != NULL)
                *bad_index = k;
            return SMELT_ENONFINITE;
        }
    }
#if !SMELT_NL_EXPOSED
    /* this table set has the non-local nuisances in its covariance: a
     * value for them would be silently ignored */
    for (k = SMELT_WC_nl_h0_0_re; k <= SMELT_WC_nl_hm_2_im; k++) {
        if (c[k] != 0) {
            if (bad_index != NULL)
                *bad_index = k;
            return SMELT_ENUISANCE;
        }
    }
#endif
    return SMELT_OK;
}
