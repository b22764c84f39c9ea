/* SPDX-License-Identifier: MIT */
/*
 * rge.c -- SMEFT renormalisation-group evolution at run time: the SMEFT
 * part of a coefficient vector given at Lambda, times U(Lambda -> mu_EW).
 *
 * U is one-loop (tools/rge.c integrates the Jenkins-Manohar-Trott /
 * Alonso et al. equations for the classes smelt carries).  Each entry is
 * stored as a Chebyshev series in x, the affine image of ln(Lambda) on
 * [-1, 1], truncated entry by entry where the dropped coefficients sum to
 * less than the generator's cheb_tol (slowly varying entries need 3-4
 * terms, the diagonal more).  The cost does not depend on where Lambda
 * falls: the T_m(x) once, then one dot product per stored entry of U in
 * the columns where c_in is non-zero.
 */
#include <math.h>
#include <stddef.h>

#include "smelt_internal.h"

smelt_status smelt_wc_run(const smelt_real c_in[SMELT_N_WC],
                          smelt_real scale_gev,
                          smelt_real c_out[SMELT_N_WC])
{
    const smelt_rge_def *r = &smelt_rge_tab;
    smelt_real tm[SMELT_RGE_MAX_TERMS], c[SMELT_N_SMEFT], x;
    smelt_status st;
    int i, j, e, m;
    if (c_in == NULL || c_out == NULL)
        return SMELT_EINVAL;
    if (!isfinite(scale_gev))
        return SMELT_ENONFINITE;
    st = smelt_wc_check(c_in, NULL);
    if (st != SMELT_OK)
        return st;
    /* the range is [M_Z, 100 TeV] in the caller's precision; nothing
     * outside it is extrapolated */
    if (!(scale_gev >= (smelt_real)SMELT_SCALE_EW_GEV &&
          scale_gev <= (smelt_real)SMELT_SCALE_MAX_GEV))
        return SMELT_ERANGE;
    for (i = 0; i < SMELT_N_SMEFT; i++)
        c[i] = c_in[i];
    for (j = SMELT_N_SMEFT; j < SMELT_N_WC; j++)
        c_out[j] = c_in[j];
    if (scale_gev == (smelt_real)SMELT_SCALE_EW_GEV) {
        /* U(mu_EW -> mu_EW) = 1 by definition, not up to truncation */
        for (i = 0; i < SMELT_N_SMEFT; i++)
            c_out[i] = c[i];
        return SMELT_OK;
    }
    x = (2 * (smelt_real)log(scale_gev) - r->lnmu_lo - r->lnmu_hi) /
        (r->lnmu_hi - r->lnmu_lo);
    /* rounding of the logarithm at the two ends of the range */
    if (x < -1)
        x = -1;
    if (x > 1)
        x = 1;
    tm[0] = 1;
    tm[1] = x;
    for (m = 2; m < SMELT_RGE_MAX_TERMS; m++)
        tm[m] = 2 * x * tm[m - 1] - tm[m - 2];
    for (i = 0; i < SMELT_N_SMEFT; i++)
        c_out[i] = 0;
    for (j = 0; j < SMELT_N_SMEFT; j++) {
        const smelt_real *a;
        if (c[j] == 0)
            continue;
        a = r->coef + r->col_coef[j];
        for (e = r->col_start[j]; e < r->col_start[j + 1]; e++) {
            smelt_real s = 0;
            int n = r->nterm[e];
            for (m = 0; m < n; m++)
                s += tm[m] * a[m];
            a += n;
            c_out[r->row[e]] += s * c[j];
        }
    }
    return SMELT_OK;
}

/* here rather than in chi2.c: a program that never runs coefficients
 * does not link the evolution tables */
smelt_status smelt_chi2_eval_scale(const smelt_real c[SMELT_N_WC],
                                   smelt_real scale_gev, smelt_mode mode,
                                   unsigned cat_mask, smelt_real *work,
                                   smelt_chi2_result *res)
{
    smelt_real c_ew[SMELT_N_WC];
    smelt_status st = smelt_wc_run(c, scale_gev, c_ew);
    if (st != SMELT_OK)
        return st;
    return smelt_chi2_eval_cats(c_ew, mode, cat_mask, work, res);
}
