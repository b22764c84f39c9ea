/* SPDX-License-Identifier: MIT */
/*
 * obs.c -- observable evaluation from the generated quadratic forms.
 *
 * Exact mode evaluates O = sm + Ntilde(x)/D(x) with the stored monomials
 * (seed 000 section 4: the full tree-level dependence, squared amplitudes
 * linear in C, hence degree 2; layout in smelt_internal.h).  Linear mode
 * keeps the first-order Taylor term, the linear monomials of Ntilde.  Both
 * are computed as deviations from the SM value, O(C) - O(0), so that small
 * new-physics effects keep their relative precision in float.
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "smelt_internal.h"

static const char *const category_names[SMELT_N_CAT] = {
#define SMELT_CAT_NAME_(name) #name,
    SMELT_CATEGORY_LIST(SMELT_CAT_NAME_)
#undef SMELT_CAT_NAME_
};

const char *smelt_category_name(int category)
{
    if (category < 0 || category >= SMELT_N_CAT)
        return NULL;
    return category_names[category];
}

smelt_status smelt_category_index(const char *name, int *category)
{
    int k;
    if (name == NULL || category == NULL)
        return SMELT_EINVAL;
    for (k = 0; k < SMELT_N_CAT; k++) {
        if (strcmp(name, category_names[k]) == 0) {
            *category = k;
            return SMELT_OK;
        }
    }
    return SMELT_ENAME;
}

smelt_status smelt_obs_info_get(int i, smelt_obs_info *info)
{
    const smelt_obs_def *o;
    if (info == NULL)
        return SMELT_EINVAL;
    if (i < 0 || i >= SMELT_N_OBS)
        return SMELT_ERANGE;
    o = smelt_obs_all[i];
    info->name = o->name;
    info->args = o->args;
    info->category = o->category;
    info->sm = o->sm;
    info->measured = o->measured;
    info->sigma_exp = o->sigma_exp;
    info->sigma_th = o->sigma_th;
    info->n_wc = o->n_wc;
    return SMELT_OK;
}

smelt_status smelt_obs_find(const char *name, const char *args, int *i)
{
    int k;
    if (name == NULL || args == NULL || i == NULL)
        return SMELT_EINVAL;
    for (k = 0; k < SMELT_N_OBS; k++) {
        if (strcmp(smelt_obs_all[k]->name, name) == 0 &&
            strcmp(smelt_obs_all[k]->args, args) == 0) {
            *i = k;
            return SMELT_OK;
        }
    }
    return SMELT_ENAME;
}

smelt_status smelt_obs_wc(int i, int wc[SMELT_MAX_OBS_WC], int *n)
{
    int k;
    const smelt_obs_def *o;
    if (wc == NULL || n == NULL)
        return SMELT_EINVAL;
    if (i < 0 || i >= SMELT_N_OBS)
        return SMELT_ERANGE;
    o = smelt_obs_all[i];
    for (k = 0; k < o->n_wc; k++)
        wc[k] = o->wc[k] + (o->space == SMELT_SPACE_WET ? SMELT_N_SMEFT : 0);
    *n = o->n_wc;
    return SMELT_OK;
}

/* Quadratic form minus its constant monomial:
 * sum_{a<=b, (a,b) != (0,0)} q_ab x_a x_b with x_0 = 1, packed by rows.
 * Leaving q_00 out keeps the deviation from the SM exact in float. */
static smelt_real qf_eval_delta(const smelt_real *q, const smelt_real *x, int n)
{
    smelt_real s = 0;
    int a, b, p = 1;
    for (b = 1; b <= n; b++)
        s += q[p++] * x[b];
    for (a = 1; a <= n; a++) {
        smelt_real row = 0;
        for (b = a; b <= n; b++)
            row += q[p++] * x[b];
        s += row * x[a];
    }
    return s;
}

smelt_status smelt_obs_delta_unchecked(const smelt_obs_def *o,
                                       const smelt_real *c,
                                       const smelt_real *wet, smelt_mode mode,
                                       smelt_real *delta)
{
    int k, n = o->n_wc;
    if (o->flags & SMELT_OBS_DIFF) {
        /* O = O_a - O_b: each term evaluates itself from the full
         * vectors (one level deep: the terms are not differences) */
        smelt_real da, db;
        smelt_status st = smelt_obs_delta_unchecked(o->sub_a, c, wet, mode,
                                                    &da);
        if (st == SMELT_OK)
            st = smelt_obs_delta_unchecked(o->sub_b, c, wet, mode, &db);
        if (st != SMELT_OK)
            return st;
        *delta = da - db;
        return SMELT_OK;
    }
    if (o->space == SMELT_SPACE_WET)
        c = wet;
    if (mode == SMELT_MODE_EXACT) {
        /* O - sm = Ntilde(x) / D(x), Ntilde without constant monomial */
        smelt_real x[SMELT_MAX_OBS_WC + 1];
        smelt_real dn, den;
        x[0] = 1;
        for (k = 0; k < n; k++)
            x[k + 1] = c[o->wc[k]];
        dn = qf_eval_delta(o->num, x, n);
        if (o->flags & SMELT_OBS_SQRT_DEN) {
            /* O = N / r, r = sqrt(D D2), N(0) = sm, D(0) = D2(0) = 1:
             * O - sm = (dN - sm (r - 1)) / r with
             * r - 1 = (dD + dD2 + dD dD2) / (r + 1), every piece a
             * deviation, so nothing cancels at small coefficients */
            smelt_real d1 = qf_eval_delta(o->den, x, n);
            smelt_real d2 = qf_eval_delta(o->den2, x, n);
            smelt_real dd = d1 + d2 + d1 * d2, r;
            /* -J2s J2c: both factors are sums of squares; only absurd
             * coefficients make one vanish */
            if (!(1 + d1 > 0) || !(1 + d2 > 0))
                return SMELT_ENUMERIC;
#if SMELT_SINGLE
            r = sqrtf((1 + d1) * (1 + d2)); /* no soft double on an FPU-F */
#else
            r = sqrt((1 + d1) * (1 + d2));
#endif
            *delta = (dn - o->sm * dd / (r + 1)) / r;
            return SMELT_OK;
        }
        if (o->den == NULL) {
            *delta = dn;
            /* |sm + d| - sm, without forming sm + d when it is positive */
            if ((o->flags & SMELT_OBS_ABS) && o->sm + dn < 0)
                *delta = -2 * o->sm - dn;
            return SMELT_OK;
        }
        den = o->den[0] + qf_eval_delta(o->den, x, n);
        /* a cross-section in the denominator: a sum of squares, it can
         * only vanish for absurd coefficients */
        if (!(den > 0))
            return SMELT_ENUMERIC;
        *delta = dn / den;
        return SMELT_OK;
    } else {
        /* first order: the linear monomials of Ntilde are dO/dC_k * D(0) */
        smelt_real v = 0;
        if (o->flags & SMELT_OBS_SQRT_DEN) {
            /* d(N / sqrt(D D2)) = dN - sm (dD + dD2) / 2 at the SM */
            for (k = 0; k < n; k++)
                v += (o->num[k + 1] -
                      o->sm * (o->den[k + 1] + o->den2[k + 1]) / 2) *
                     c[o->wc[k]];
            *delta = v;
            return SMELT_OK;
        }
        for (k = 0; k < n; k++)
            v += o->num[k + 1] * c[o->wc[k]];
        *delta = o->den == NULL ? v : v / o->den[0];
        return SMELT_OK;
    }
}

smelt_status smelt_obs_predict(int i, const smelt_real c[SMELT_N_WC],
                               smelt_mode mode, smelt_real *value)
{
#if !SMELT_NO_CHECKS
    smelt_status st;
    if (c == NULL || value == NULL)
        return SMELT_EINVAL;
    if (i < 0 || i >= SMELT_N_OBS)
        return SMELT_ERANGE;
    if (mode != SMELT_MODE_EXACT && mode != SMELT_MODE_LINEAR)
        return SMELT_EMODE;
    st = smelt_wc_check(c, NULL);
    if (st != SMELT_OK)
        return st;
#endif
    {
        smelt_real d, wet[SMELT_N_WET];
        smelt_status st2;
        if (smelt_obs_all[i]->space == SMELT_SPACE_WET)
            smelt_wet_unchecked(c, wet);
        st2 = smelt_obs_delta_unchecked(smelt_obs_all[i], c, wet, mode, &d);
        if (st2 != SMELT_OK)
            return st2;
        *value = smelt_obs_all[i]->sm + d;
        /* overflow for absurd coefficients is an error, not a value */
        return isfinite(*value) ? SMELT_OK : SMELT_ENUMERIC;
    }
}
