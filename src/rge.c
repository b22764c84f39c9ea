/* SPDX-License-Identifier: MIT */
/*
 * rge.c -- SMEFT renormalisation-group evolution at run time: the SMEFT
 * part of a coefficient vector given at Lambda, times U(Lambda -> mu_EW).
 *
 * U is one-loop (tools/rge.c integrates the Jenkins-Manohar-Trott /
 * Alonso et al. equations for the classes smelt carries) and stored at
 * Chebyshev-Lobatto nodes in t = ln(Lambda/GeV); here it is interpolated
 * with the barycentric formula (Berrut and Trefethen, SIAM Review 46
 * (2004) 501), whose weights for these nodes are (-1)^j, halved at the two
 * ends.  The cost does not depend on where Lambda falls: n_nodes weights,
 * then one dot product of length n_nodes per stored entry of U in the
 * columns where c_in is non-zero.
 */
#include <math.h>
#include <stddef.h>

#include "smelt_internal.h"

/* interpolation weights at t; t must lie in [lnmu[0], lnmu[n-1]] */
static void rge_weights(const smelt_rge_def *r, smelt_real t,
                        smelt_real *w)
{
    int j, n = r->n_nodes;
    smelt_real s = 0;
    for (j = 0; j < n; j++)
        if (t == r->lnmu[j]) { /* on a node: its values, exactly */
            int k;
            for (k = 0; k < n; k++)
                w[k] = k == j ? 1 : 0;
            return;
        }
    for (j = 0; j < n; j++) {
        smelt_real b = (j % 2 ? -1 : 1) *
                       (j == 0 || j == n - 1 ? SMELT_R(0.5) : 1);
        w[j] = b / (t - r->lnmu[j]);
        s += w[j];
    }
    for (j = 0; j < n; j++)
        w[j] /= s;
}

smelt_status smelt_wc_run(const smelt_real c_in[SMELT_N_WC],
                          smelt_real scale_gev,
                          smelt_real c_out[SMELT_N_WC])
{
    const smelt_rge_def *r = &smelt_rge_tab;
    smelt_real w[SMELT_RGE_MAX_NODES], c[SMELT_N_SMEFT], t;
    smelt_status st;
    int i, j, e, k, n = r->n_nodes;
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
    t = (smelt_real)log(scale_gev);
    if (t < r->lnmu[0])
        t = r->lnmu[0]; /* M_Z itself, after rounding of the logarithm */
    if (t > r->lnmu[n - 1])
        t = r->lnmu[n - 1];
    rge_weights(r, t, w);
    for (i = 0; i < SMELT_N_SMEFT; i++)
        c[i] = c_in[i];
    for (j = SMELT_N_SMEFT; j < SMELT_N_WC; j++)
        c_out[j] = c_in[j];
    for (i = 0; i < SMELT_N_SMEFT; i++)
        c_out[i] = 0;
    for (j = 0; j < SMELT_N_SMEFT; j++) {
        if (c[j] == 0)
            continue;
        for (e = r->col_start[j]; e < r->col_start[j + 1]; e++) {
            const smelt_real *u = r->u + (size_t)e * n;
            smelt_real s = 0;
            for (k = 0; k < n; k++)
                s += w[k] * u[k];
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
