/* SPDX-License-Identifier: MIT */
/*
 * smelt_internal.h -- layout of the generated tables (tables/NAME.c), shared
 * by the generator's output and the runtime.  Not installed; not public.
 *
 * Every observable is a ratio of two quadratic polynomials in its active
 * coefficients x = (1, C[wc[0]], ..., C[wc[n-1]]),
 *
 *     O(C) = sm + Ntilde(x) / D(x),    Ntilde = N - sm D,
 *
 * where N/D is the physical ratio and sm = N(0)/D(0) its SM value.  The
 * generator stores Ntilde (computed in double, so its constant monomial is
 * exactly 0 and its linear monomials are the combined slopes dO/dC_k) and
 * D, normalised to D(0) = 1; D == NULL means D = 1.  Storing Ntilde rather
 * than N removes the cancellation between numerator and denominator slopes
 * (e.g. A_FB = (sigma_F - sigma_B)/sigma) that would cost float builds
 * most of their precision on small deviations.
 *
 * Quadratic forms are stored as MONOMIAL coefficients (the coefficient of
 * x_a x_b itself, not a symmetric-matrix entry), packed by rows: for
 * a = 0..n, b = a..n.
 */
#ifndef SMELT_INTERNAL_H
#define SMELT_INTERNAL_H

#include <stddef.h>

#include "smelt.h"

/* Number of monomials of a quadratic form in (1, x_1..x_n). */
#define SMELT_QF_LEN(n) (((n) + 1) * ((n) + 2) / 2)

typedef struct smelt_obs_def_ {
    const char *name;          /* flavio observable name */
    const char *args;          /* flavio arguments */
    const unsigned short *wc;  /* n_wc active coefficient indices */
    const smelt_real *num;     /* Ntilde: SMELT_QF_LEN(n_wc) monomials */
    const smelt_real *den;     /* same length, or NULL for D = 1 */
    const smelt_real *den2;    /* SMELT_OBS_SQRT_DEN only, else NULL */
    /* SMELT_OBS_DIFF only (num, den, den2 NULL), else NULL */
    const struct smelt_obs_def_ *sub_a, *sub_b;
    smelt_real sm;             /* SM value N(0)/D(0) */
    smelt_real measured;
    smelt_real sigma_exp;
    smelt_real sigma_th;
    unsigned char category;
    unsigned char n_wc;
    unsigned char space; /* SMELT_SPACE_*: what wc[] indexes */
    unsigned char flags; /* SMELT_OBS_* */
} smelt_obs_def;

/* wc[] of an observable indexes the coefficient vector itself (SMEFT at
 * the electroweak scale: LEP-2, Z pole) or the WET vector at mu_b that
 * smelt_wet_from_wc derives from it (b->s, Delta F = 2). */
#define SMELT_SPACE_WC 0
#define SMELT_SPACE_WET 1

/* The physical observable is |N/D| (e.g. Delta M_s = 2|M_12|, where the
 * form holds the real 1 + C_NP/C_SM); the absolute value is taken at run
 * time in exact mode. */
#define SMELT_OBS_ABS 1u

/* The physical observable is N / sqrt(D D2) (the P'_i of B -> K* l l:
 * S_i / (2 sqrt(-J2s J2c)) with each J integrated over the bin, flavio's
 * and LHCb's binned definition).  For these the forms are stored
 * differently: num holds N - N(0) (constant monomial 0), den and den2 are
 * D and D2 normalised to D(0) = D2(0) = 1, so that sm = N(0). */
#define SMELT_OBS_SQRT_DEN 2u

/* The physical observable is the difference of two observables of the
 * kinds above, sub_a - sub_b, each with its own coefficient list and
 * forms (Belle's D_mue P'_i = P'_i(mu) - P'_i(e)); wc[] is the union of
 * theirs and sm = sm_a - sm_b. */
#define SMELT_OBS_DIFF 4u

/* Sparse tree-level matching SMEFT(mu_EW) -> WET(mu_b):
 * wet[e.wet] += e.coef * c[e.wc] for every entry e. */
typedef struct {
    unsigned short wet;
    unsigned short wc;
    smelt_real coef;
} smelt_match_entry;

/* A block of observables with a common covariance V (exp + theory):
 * whiten = W, lower triangular packed by rows (W[i][j], j <= i, at
 * i(i+1)/2 + j), with W^T W = V^-1, so chi2 = |W r|^2. */
typedef struct {
    unsigned short first; /* global index of its first observable */
    unsigned short n;
    const smelt_real *whiten;
    const smelt_real *z0; /* W (sm - measured): whitened SM residuals */
} smelt_block_def;

typedef struct {
    const smelt_block_def *blocks;
    unsigned short n_blocks;
    unsigned short n_obs;
    /* linear-mode chi^2 form (see smelt_chi2_form in smelt.h) */
    unsigned short form_n;
    const unsigned short *form_wc;
    smelt_real form_chi2_0;
    const smelt_real *form_b;
    const smelt_real *form_a;
} smelt_category_def;

/* tables/registry.c */
extern const smelt_obs_def *const smelt_obs_all[SMELT_N_OBS];
extern const smelt_category_def smelt_category_all[SMELT_N_CAT];
extern const unsigned short smelt_wc_sorted[SMELT_N_WC];
extern const char *const smelt_wc_names[SMELT_N_WC];
extern const smelt_match_entry smelt_match_tree[];
extern const unsigned short smelt_match_tree_n;

/* tables/rge.c: U(Lambda -> mu_EW) for the SMEFT part of the coefficient
 * vector, U_ij = dC_i(mu_EW)/dC_j(Lambda), each entry a truncated
 * Chebyshev series sum_m coef[m] T_m(x) in x = (2 ln(Lambda/GeV) - lnmu_lo
 * - lnmu_hi)/(lnmu_hi - lnmu_lo) in [-1, 1], sparse by columns: entries
 * col_start[j] .. col_start[j+1]-1 have rows row[e] and nterm[e]
 * coefficients, those of column j starting at coef + col_coef[j]. */
#define SMELT_RGE_MAX_TERMS 32
typedef struct {
    smelt_real lnmu_lo, lnmu_hi;     /* ln(mu_EW/GeV), ln(Lambda_max/GeV) */
    const unsigned short *col_start; /* SMELT_N_SMEFT + 1 */
    const unsigned long *col_coef;   /* SMELT_N_SMEFT + 1 */
    const unsigned char *row;
    const unsigned char *nterm;
    const smelt_real *coef;
} smelt_rge_def;
extern const smelt_rge_def smelt_rge_tab;

/* Evaluate one observable's deviation from the SM, O(C) - O(0), without
 * forming O(C) first (no cancellation); no argument checks.  wet is the
 * output of smelt_wet_from_wc for c. */
smelt_status smelt_obs_delta_unchecked(const smelt_obs_def *o,
                                       const smelt_real *c,
                                       const smelt_real *wet, smelt_mode mode,
                                       smelt_real *delta);

/* smelt_wet_from_wc without argument checks */
void smelt_wet_unchecked(const smelt_real *c, smelt_real *wet);

/* Compile-time assertion usable in C99 at file scope. */
#define SMELT_STATIC_ASSERT(cond, tag) \
    typedef char smelt_static_assert_##tag[(cond) ? 1 : -1]

#endif /* SMELT_INTERNAL_H */
