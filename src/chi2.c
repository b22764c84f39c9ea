/* SPDX-License-Identifier: MIT */
/*
 * chi2.c -- chi^2 per category and in total.
 *
 * chi^2 = r^T V^-1 r with r = prediction - measurement and V the sum of
 * experimental and theory covariances, held constant in C (as flavio's
 * FastLikelihood and smelli do).  The generator stores, per correlated
 * block, W lower-triangular with W^T W = V^-1, so chi^2 = |W r|^2: a
 * matrix-vector product, no division, no inverse at run time.
 *
 * Linear mode uses the per-category form chi2_0 + 2 b.C + C.A.C built by
 * the generator from the linearised predictions; its cost is O(n^2) in the
 * active coefficients and independent of the number of observables.
 */
#include <math.h>
#include <stddef.h>

#include "smelt_internal.h"

/* chi^2 - chi^2_SM of one block from the deviations d = pred - sm:
 * with z0 = W r0 and dz = W d, |z0 + dz|^2 - |z0|^2 = dz.(2 z0 + dz). */
static smelt_real block_dchi2(const smelt_block_def *b, const smelt_real *d)
{
    smelt_real dchi2 = 0;
    int i, j, p = 0;
    for (i = 0; i < b->n; i++) {
        smelt_real dz = 0;
        for (j = 0; j <= i; j++)
            dz += b->whiten[p++] * d[j];
        dchi2 += dz * (2 * b->z0[i] + dz);
    }
    return dchi2;
}

/* linear mode: chi2 - chi2_0 = 2 b.C + C.A.C, A packed upper by rows */
static smelt_real form_dchi2(const smelt_category_def *cat,
                             const smelt_real *c)
{
    smelt_real d = 0;
    int k, l, p = 0, n = cat->form_n;
    for (k = 0; k < n; k++) {
        smelt_real ck = c[cat->form_wc[k]];
        smelt_real row = 2 * cat->form_b[k];
        /* diagonal once, off-diagonal twice (A symmetric) */
        row += cat->form_a[p++] * ck;
        for (l = k + 1; l < n; l++)
            row += 2 * cat->form_a[p++] * c[cat->form_wc[l]];
        d += row * ck;
    }
    return d;
}

smelt_status smelt_chi2_eval(const smelt_real c[SMELT_N_WC], smelt_mode mode,
                             smelt_real *work, smelt_chi2_result *res)
{
    return smelt_chi2_eval_cats(c, mode, SMELT_CAT_ALL, work, res);
}

smelt_status smelt_chi2_eval_cats(const smelt_real c[SMELT_N_WC],
                                  smelt_mode mode, unsigned cat_mask,
                                  smelt_real *work, smelt_chi2_result *res)
{
    int cat;
    smelt_real wet[SMELT_N_WET];
#if !SMELT_NO_CHECKS
    smelt_status st;
    if (c == NULL || res == NULL)
        return SMELT_EINVAL;
    if (mode != SMELT_MODE_EXACT && mode != SMELT_MODE_LINEAR)
        return SMELT_EMODE;
    if (mode == SMELT_MODE_EXACT && work == NULL)
        return SMELT_EINVAL;
    if (cat_mask == 0 || (cat_mask & ~(unsigned)SMELT_CAT_ALL) != 0)
        return SMELT_ERANGE;
    st = smelt_wc_check(c, NULL);
    if (st != SMELT_OK)
        return st;
#endif
    if (mode == SMELT_MODE_EXACT)
        smelt_wet_unchecked(c, wet);
    res->total = 0;
    res->total_sm = 0;
    res->dtotal = 0;
    res->n_obs_total = 0;
    for (cat = 0; cat < SMELT_N_CAT; cat++) {
        const smelt_category_def *cd = &smelt_category_all[cat];
        smelt_real dchi2 = 0;
        if (!(cat_mask & SMELT_CAT_BIT(cat))) {
            /* not asked for: reported empty, left out of the totals */
            res->chi2[cat] = res->chi2_sm[cat] = res->dchi2[cat] = 0;
            res->n_obs[cat] = 0;
            continue;
        }
        if (mode == SMELT_MODE_LINEAR) {
            dchi2 = form_dchi2(cd, c);
        } else {
            int b;
            for (b = 0; b < cd->n_blocks; b++) {
                const smelt_block_def *blk = &cd->blocks[b];
                smelt_real *d = work + blk->first;
                int i;
                for (i = 0; i < blk->n; i++) {
                    const smelt_obs_def *o = smelt_obs_all[blk->first + i];
                    smelt_status s2 =
                        smelt_obs_delta_unchecked(o, c, wet, mode, &d[i]);
                    if (s2 != SMELT_OK)
                        return s2;
                }
                dchi2 += block_dchi2(blk, d);
                /* hand back predictions, as documented */
                for (i = 0; i < blk->n; i++)
                    d[i] += smelt_obs_all[blk->first + i]->sm;
            }
        }
        res->chi2_sm[cat] = cd->form_chi2_0;
        res->dchi2[cat] = dchi2;
        res->chi2[cat] = cd->form_chi2_0 + dchi2;
        res->n_obs[cat] = cd->n_obs;
        res->total_sm += cd->form_chi2_0;
        res->dtotal += dchi2;
        res->n_obs_total += cd->n_obs;
    }
    res->total = res->total_sm + res->dtotal;
    /* absurdly large coefficients can overflow; never report that as ok */
    if (!isfinite(res->total) || !isfinite(res->dtotal))
        return SMELT_ENUMERIC;
    return SMELT_OK;
}

smelt_status smelt_chi2_form_get(int category, smelt_chi2_form *form)
{
    const smelt_category_def *cd;
    if (form == NULL)
        return SMELT_EINVAL;
    if (category < 0 || category >= SMELT_N_CAT)
        return SMELT_ERANGE;
    cd = &smelt_category_all[category];
    form->n = cd->form_n;
    form->wc = cd->form_wc;
    form->chi2_0 = cd->form_chi2_0;
    form->b = cd->form_b;
    form->a = cd->form_a;
    return SMELT_OK;
}
