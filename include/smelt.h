/* SPDX-License-Identifier: MIT */
/*
 * smelt.h -- SMEFT Embedded Likelihood Tables: the one public header.
 *
 * smelt answers "how well does this point in Wilson-coefficient space fit
 * the data?" in constant time and without allocation.  All physics that is
 * expensive was done once by the generator (tools/) and lives in const
 * tables; this runtime only evaluates quadratic forms and sums a chi^2.
 *
 * Conventions (details in README.md):
 *  - Wilson coefficients are real SMEFT Warsaw-basis coefficients in WCxf
 *    naming and normalisation (down-aligned basis, non-redundant index
 *    sets), in GeV^-2, at the electroweak scale SMELT_SCALE_EW_GEV;
 *    smelt_wc_run evolves coefficients given at a scale Lambda there.
 *  - Every function is reentrant: no global mutable state, no malloc, no
 *    I/O.  Errors are reported through smelt_status; nothing is clamped.
 */
#ifndef SMELT_H
#define SMELT_H

#include "smelt_config.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SMELT_VERSION_STRING "0.1.0"

/* ------------------------------------------------------------------ */
/* Status codes                                                        */
/* ------------------------------------------------------------------ */

typedef enum {
    SMELT_OK = 0,
    SMELT_EINVAL = -1,     /* NULL pointer or malformed argument */
    SMELT_ENAME = -2,      /* unknown name (coefficient, category, ...) */
    SMELT_ENONFINITE = -3, /* NaN or Inf in an input */
    SMELT_ERANGE = -4,     /* index, scale or parameter out of its range */
    SMELT_EMODE = -5,      /* unknown evaluation mode */
    SMELT_EANOMALY = -6,   /* U(1) charges violate anomaly cancellation */
    SMELT_ENUMERIC = -7,   /* result not defined (e.g. a denominator <= 0) */
    SMELT_EOVERFLOW = -8,  /* integer overflow in exact rational arithmetic */
    SMELT_ENUISANCE = -9   /* a nuisance parameter (nl_*) set that this
                              table set does not expose */
} smelt_status;

/** @return a static, human-readable description of a status code. */
const char *smelt_strerror(smelt_status status);

/** @return the library version, SMELT_VERSION_STRING. */
const char *smelt_version(void);

/* ------------------------------------------------------------------ */
/* Wilson coefficients                                                 */
/* ------------------------------------------------------------------ */

/* Electroweak scale mu_EW (GeV, = M_Z): the scale of the SMEFT
 * coefficient vectors that smelt_obs_predict and smelt_chi2_eval take,
 * where they are matched onto the WET (b->s) and used directly (LEP-2,
 * as smelli does).  smelt_wc_run brings coefficients given at a higher
 * scale Lambda down to it. */
#define SMELT_SCALE_EW_GEV 91.1876
/* Highest scale Lambda (GeV) the evolution tables cover. */
#define SMELT_SCALE_MAX_GEV 1.0e5

/*
 * The fixed set of real SMEFT coefficients, WCxf "Warsaw" basis names.
 * Index conventions (WCxf non-redundant entries):
 *  - two different currents (le, lq1, lq3, qe, lu, ld, eu, ed, qu1, qd1,
 *    ud1): the Hermitian conjugate entry is redundant; we keep prst with
 *    the quark pair ordered 23 (not 32), e.g. lq1_2223, qe_2322, le_1221.
 *  - two identical currents (ll, qq1, uu, dd): C^{prst} = C^{stpr}; the
 *    entry listed first in lexicographic order is kept.  ll_1122 and
 *    ll_1221 are independent (only ll_1221 enters muon decay).
 *  - ee: also Fierz-symmetric; ee_1122 is kept, ee_1221 is redundant.
 * No symmetry factors are applied: values are the WCxf values.
 */
#define SMELT_WC_LIST(X)                                                 \
    /* four-lepton */                                                    \
    X(ll_1111) X(ll_1122) X(ll_1133) X(ll_1221) X(ll_1331)               \
    X(ll_2222) X(ll_2233) X(ll_3333)                                     \
    X(ee_1111) X(ee_1122) X(ee_1133) X(ee_2222) X(ee_2233) X(ee_3333)   \
    X(le_1111) X(le_1122) X(le_1133) X(le_1221) X(le_1331)               \
    X(le_2211) X(le_2222) X(le_2233) X(le_3311) X(le_3322) X(le_3333)   \
    /* semileptonic */                                                   \
    X(lq1_1122) X(lq1_1123) X(lq1_1133) X(lq1_2222) X(lq1_2223)          \
    X(lq1_2233) X(lq1_3322) X(lq1_3323) X(lq1_3333)                      \
    X(lq3_1122) X(lq3_1123) X(lq3_1133) X(lq3_2222) X(lq3_2223)          \
    X(lq3_2233) X(lq3_3322) X(lq3_3323) X(lq3_3333)                      \
    X(qe_2211) X(qe_2222) X(qe_2233) X(qe_2311) X(qe_2322) X(qe_2333)   \
    X(qe_3311) X(qe_3322) X(qe_3333)                                     \
    X(lu_1133) X(lu_2233) X(lu_3333) X(ld_1133) X(ld_2233) X(ld_3333)   \
    X(eu_1133) X(eu_2233) X(eu_3333) X(ed_1133) X(ed_2233) X(ed_3333)   \
    /* four-quark */                                                     \
    X(qu1_2233) X(qu1_2333) X(qu1_3333) X(qd1_2233) X(qd1_2333)          \
    X(qd1_3333)                                                          \
    X(qq1_2222) X(qq1_2223) X(qq1_2233) X(qq1_2323) X(qq1_2332)          \
    X(qq1_2333) X(qq1_3333)                                              \
    X(uu_3333) X(dd_3333) X(ud1_3333)                                    \
    /* right-handed b->s currents, Delta F = 2 */                       \
    X(ld_1123) X(ld_2223) X(ed_1123) X(ed_2223) X(qq3_2323)              \
    /* Higgs currents and bosonic (shift Z couplings and G_F) */         \
    X(Hl1_11) X(Hl1_22) X(Hl1_33) X(Hl3_11) X(Hl3_22) X(Hl3_33)          \
    X(He_11) X(He_22) X(He_33) X(HD) X(HWB)                              \
    X(Hq1_23) X(Hq3_23) X(Hd_23)

/*
 * Weak-effective-theory coefficients (WCxf "flavio" basis names), real,
 * NEW-PHYSICS parts only, at mu_b = SMELT_SCALE_B_GEV.  b->sll operators
 * are normalised as in flavio: L = N sum_i C_i O_i + h.c. with
 * N = (4 G_F/sqrt2) V_tb V_ts^* alpha_e/(4 pi) < 0 (V_ts < 0 in the PDG
 * phase convention); CVLL_bsbs is unnormalised, L = CVLL (sbar g P_L b)^2,
 * in GeV^-2.  They add to what the SMEFT coefficients match onto.
 */
#define SMELT_WET_LIST(X)                                                \
    X(C7_bs) X(C7p_bs)                                                   \
    X(C9_bsee) X(C9p_bsee) X(C10_bsee) X(C10p_bsee)                      \
    X(CS_bsee) X(CSp_bsee) X(CP_bsee) X(CPp_bsee)                        \
    X(C9_bsmumu) X(C9p_bsmumu) X(C10_bsmumu) X(C10p_bsmumu)              \
    X(CS_bsmumu) X(CSp_bsmumu) X(CP_bsmumu) X(CPp_bsmumu)                \
    X(CVLL_bsbs)                                                         \
    SMELT_NL_LIST(X)

/*
 * Nuisance parameters of the non-local (charm-loop) hadronic terms of
 * B -> K* l l, B_s -> phi l l and B -> V gamma below 9 GeV^2 (issue 4):
 * HEPfit's h_lambda of seed 003's PDD treatment, real and imaginary
 * parts, shared by B0, B+ and B_s (tools/data/bvll_nonlocal_pdd.dat):
 *   h_+(q^2) = hp_0 + hp_1 q^2 + hp_2 q^4 + U_+,  h_-(q^2) = hm_2 q^4 + U_-,
 *   h_0(q^2) = sqrt(q^2) (h0_0 + h0_1 q^2) + U_0,
 *   U_lambda = [(2 m_b/m_B) hm_0 Tt_lambda + hm_1 (q^2/m_B^2) Vt_lambda]/(16 pi^2),
 * so hm_0 = -delta C7 and hm_1 = -delta C9, lepton-universal; units
 * GeV^-1 (h0_0), 1 (hp_0, hm_0, hm_1), GeV^-3 (h0_1), GeV^-2 (hp_1),
 * GeV^-4 (hp_2, hm_2), q^2 in GeV^2.  They ride in the WET part of the
 * coefficient vector (no SMEFT coefficient matches onto them).  Only the
 * "PDD-fit" table set (make NONLOCAL=PDD-fit, built with
 * SMELT_NL_EXPOSED=1) depends on them, with their prior as 16 Gaussian
 * pseudo-measurements in the quarks category; with any other table set a
 * nonzero value is refused (SMELT_ENUISANCE), since there their spread is
 * already in the theory covariance (or, for the default set, another
 * model's is).
 */
#define SMELT_NL_LIST(X)                                                 \
    X(nl_h0_0_re) X(nl_h0_0_im) X(nl_hp_0_re) X(nl_hp_0_im)              \
    X(nl_hm_0_re) X(nl_hm_0_im) X(nl_h0_1_re) X(nl_h0_1_im)              \
    X(nl_hp_1_re) X(nl_hp_1_im) X(nl_hm_1_re) X(nl_hm_1_im)              \
    X(nl_hp_2_re) X(nl_hp_2_im) X(nl_hm_2_re) X(nl_hm_2_im)

/* Every coefficient name, SMEFT then WET (the order of the vector). */
#define SMELT_ALL_WC_LIST(X) SMELT_WC_LIST(X) SMELT_WET_LIST(X)

/* One coefficient vector holds both: SMEFT first, then WET. */
typedef enum {
#define SMELT_WC_ENUM_(name) SMELT_WC_##name,
    SMELT_WC_LIST(SMELT_WC_ENUM_)
    SMELT_N_SMEFT,
    SMELT_WC_WET_FIRST_ = SMELT_N_SMEFT - 1,
    SMELT_WET_LIST(SMELT_WC_ENUM_)
#undef SMELT_WC_ENUM_
    SMELT_N_WC
} smelt_wc_id;

#define SMELT_N_WET (SMELT_N_WC - SMELT_N_SMEFT)

/* Scale (GeV) of the WET coefficients (flavio's b->sll default). */
#define SMELT_SCALE_B_GEV 4.8

/**
 * Look up a coefficient by its WCxf name (binary search, O(log n)).
 * @param[in]  name   e.g. "lq1_2223"
 * @param[out] index  its position in a coefficient vector
 * @return SMELT_OK, SMELT_ENAME if unknown, SMELT_EINVAL on NULL.
 */
smelt_status smelt_wc_index(const char *name, int *index);

/** @return the WCxf name of coefficient @p index, or NULL if out of range. */
const char *smelt_wc_name(int index);

/** Set all SMELT_N_WC coefficients to zero (the SM point). */
void smelt_wc_zero(smelt_real c[SMELT_N_WC]);

/**
 * The WET coefficients (new-physics parts at mu_b) that a coefficient
 * vector implies: the WET entries of @p c plus the tree-level matching of
 * its SMEFT entries at the electroweak scale (PHYSICS.md section 2;
 * Aebischer et al. arXiv:1512.02830, Jenkins et al. arXiv:1709.04486).
 * @param[out] wet  SMELT_N_WET values, in SMELT_WET_LIST order
 */
smelt_status smelt_wet_from_wc(const smelt_real c[SMELT_N_WC],
                               smelt_real wet[SMELT_N_WET]);

/**
 * One-loop SMEFT renormalisation-group evolution of the SMEFT part of a
 * coefficient vector from @p scale_gev (Lambda) down to
 * SMELT_SCALE_EW_GEV: c_out = U(Lambda) c_in, with U interpolated in
 * ln(Lambda) from precomputed tables (tools/rge.c: gauge and y_t, y_b,
 * y_tau terms of Jenkins-Manohar-Trott / Alonso et al. for the operator
 * classes smelt carries; README, "RG evolution").  The WET entries (at
 * mu_b) and nl_* are copied unchanged.  Same cost at every Lambda:
 * O(entries of U in the non-zero columns of c_in).  @p c_out may be
 * @p c_in.  Uses SMELT_N_SMEFT reals of stack.
 * @return SMELT_OK; SMELT_EINVAL (NULL); SMELT_ENONFINITE (scale or c_in);
 *         SMELT_ERANGE (scale outside [SMELT_SCALE_EW_GEV,
 *         SMELT_SCALE_MAX_GEV]); SMELT_ENUISANCE (see smelt_wc_check).
 */
smelt_status smelt_wc_run(const smelt_real c_in[SMELT_N_WC],
                          smelt_real scale_gev,
                          smelt_real c_out[SMELT_N_WC]);

/**
 * Check a coefficient vector: every entry must be finite, and the nl_*
 * nuisances zero unless the table set exposes them (SMELT_NL_EXPOSED).
 * @param[out] bad_index  first offending index, or -1 (may be NULL)
 * @return SMELT_OK, SMELT_ENONFINITE or SMELT_ENUISANCE.
 */
smelt_status smelt_wc_check(const smelt_real c[SMELT_N_WC], int *bad_index);

/* ------------------------------------------------------------------ */
/* Observables and categories                                          */
/* ------------------------------------------------------------------ */

/* Categories: stable names; more (quarks, lfu, ew) come with new sectors. */
#define SMELT_CATEGORY_LIST(X) X(lep2) X(quarks) X(lfu)

typedef enum {
#define SMELT_CAT_ENUM_(name) SMELT_CAT_##name,
    SMELT_CATEGORY_LIST(SMELT_CAT_ENUM_)
#undef SMELT_CAT_ENUM_
    SMELT_N_CAT
} smelt_category;

/* Number of observables in the likelihood (checked against the tables at
 * build time).
 *   lep2 (145): 24 sigma ratios, 16 A_FB ratios, 105 Bhabha bins.
 *   quarks (169): BR(B_s,B0 -> mu mu, e e), the B_s -> mu mu effective
 *     lifetime, Delta M_s, 13 B -> K mu mu bins, 115 B0/B+ -> K*0/+ mu mu
 *     bins (<dBR/dq2>, F_L, A_FB, P1-P3, P4'-P8'), 4 B0 -> K*0 e e ones,
 *     22 B_s -> phi mu mu ones (<dBR/dq2>, F_L, S3, S4, S7) and nine
 *     b -> s gamma ones (BR(B0, B+ -> K* gamma), BR(B_s -> phi gamma),
 *     their ratio BR(B0 -> K* gamma)/BR(B_s -> phi gamma), S_K*gamma,
 *     S_phigamma, A_DeltaGamma(B_s -> phi gamma), BR(B -> X_s gamma),
 *     ACP(B -> X_s gamma)).
 *   lfu (20): 9 R_K-type ratios with B -> K modes (R_K0S included),
 *     7 R_K* bins and Belle's 4 D_mue P4', P5' (P'(mu) - P'(e)).
 * An observable measured by several experiments counts once (the
 * measurements are combined, see tools/bsll.c). */
#define SMELT_N_OBS_NL_COV 334
/* the PDD-fit table set: 16 more, the priors of the nl_* parameters */
#define SMELT_N_OBS_NL_EXPOSED 350

/* Largest number of coefficients any single observable depends on
 * directly (SMEFT coefficients for LEP-2, WET coefficients for b->s;
 * the nl_* nuisances add 16 to the B -> V ones in the PDD-fit set). */
#define SMELT_MAX_OBS_WC_NL_COV 20
#define SMELT_MAX_OBS_WC_NL_EXPOSED 36

#if SMELT_NL_EXPOSED
#define SMELT_N_OBS SMELT_N_OBS_NL_EXPOSED
#define SMELT_MAX_OBS_WC SMELT_MAX_OBS_WC_NL_EXPOSED
#else
#define SMELT_N_OBS SMELT_N_OBS_NL_COV
#define SMELT_MAX_OBS_WC SMELT_MAX_OBS_WC_NL_COV
#endif

/** @return category name ("lep2", ...) or NULL if out of range. */
const char *smelt_category_name(int category);

/** Look up a category by name. @return SMELT_OK or SMELT_ENAME. */
smelt_status smelt_category_index(const char *name, int *category);

typedef struct {
    const char *name;     /* flavio observable string, e.g. "R_sigma(ee->ll)" */
    const char *args;     /* flavio arguments, "E=188.6,fam=2" */
    int category;         /* smelt_category */
    smelt_real sm;        /* SM prediction (1 for ratio observables) */
    smelt_real measured;  /* measured central value */
    smelt_real sigma_exp; /* experimental uncertainty (stat+syst in quadrature) */
    smelt_real sigma_th;  /* theory uncertainty used in the likelihood */
    int n_wc;             /* number of coefficients it depends on */
} smelt_obs_info;

/**
 * Describe observable @p i (0 <= i < SMELT_N_OBS).
 * @return SMELT_OK, SMELT_ERANGE, SMELT_EINVAL.
 */
smelt_status smelt_obs_info_get(int i, smelt_obs_info *info);

/**
 * Find an observable by flavio name and argument string (exact match of
 * both strings as printed by smelt_obs_info_get).
 */
smelt_status smelt_obs_find(const char *name, const char *args, int *i);

/**
 * Coefficient indices observable @p i depends on directly: SMEFT indices
 * for LEP-2, WET indices (>= SMELT_N_SMEFT) for b->s and Delta F = 2
 * observables, which depend on SMEFT coefficients through
 * smelt_wet_from_wc.
 * @param[out] wc  at least SMELT_MAX_OBS_WC entries
 * @param[out] n   number written
 */
smelt_status smelt_obs_wc(int i, int wc[SMELT_MAX_OBS_WC], int *n);

typedef enum {
    /* Full second-order dependence per observable: ratios of quadratic
     * forms, evaluated exactly (the paper's choice; cross-sections stay
     * positive).  Cost O(N_obs * n^2). */
    SMELT_MODE_EXACT = 0,
    /* First order in the coefficients; chi^2 collapses into one quadratic
     * form per category, chi2 = chi2_0 + 2 b.C + C.A.C.  Cost O(n^2). */
    SMELT_MODE_LINEAR = 1
} smelt_mode;

/**
 * Predict observable @p i at coefficient point @p c.
 * @return SMELT_OK; SMELT_ENONFINITE if c holds NaN/Inf; SMELT_ENUISANCE
 *         if it sets an nl_* parameter the table set does not expose;
 *         SMELT_ENUMERIC if a denominator (a cross-section) is not positive.
 */
smelt_status smelt_obs_predict(int i, const smelt_real c[SMELT_N_WC],
                               smelt_mode mode, smelt_real *value);

/* ------------------------------------------------------------------ */
/* chi^2                                                               */
/* ------------------------------------------------------------------ */

/* Caller-provided workspace for smelt_chi2_eval in exact mode (reals). */
#define SMELT_CHI2_WORK_LEN SMELT_N_OBS

typedef struct {
    smelt_real chi2[SMELT_N_CAT];    /* chi^2 per category at the point */
    smelt_real chi2_sm[SMELT_N_CAT]; /* chi^2 per category at C = 0 */
    smelt_real dchi2[SMELT_N_CAT];   /* chi2 - chi2_sm, computed directly
                                        (no cancellation, accurate in float) */
    int n_obs[SMELT_N_CAT];          /* measurements per category */
    smelt_real total;                /* sums over categories */
    smelt_real total_sm;
    smelt_real dtotal;
    int n_obs_total;
} smelt_chi2_result;

/**
 * chi^2 of all categories at coefficient point @p c.
 * chi^2 = r^T V^-1 r, r = prediction - measurement, V = experimental +
 * theory covariance (constant in C, precomputed as a whitening matrix).
 * The difference to the SM, dchi2, is accumulated from the deviations of
 * the predictions from the SM, so it keeps full relative precision even
 * when it is tiny compared with chi2 itself (float builds).
 * @param[in]  c     SMELT_N_WC coefficients (GeV^-2)
 * @param[in]  mode  SMELT_MODE_EXACT or SMELT_MODE_LINEAR
 * @param[out] work  SMELT_CHI2_WORK_LEN reals; required in exact mode, may
 *                   be NULL in linear mode.  On return (exact mode) holds
 *                   the prediction of every observable.
 * @param[out] res   result
 * @return SMELT_OK; SMELT_EINVAL, SMELT_EMODE, SMELT_ENONFINITE,
 *         SMELT_ENUISANCE for bad arguments; SMELT_ENUMERIC if the chi^2 overflows (absurdly large
 *         coefficients) or a cross-section in a denominator is not positive.
 */
smelt_status smelt_chi2_eval(const smelt_real c[SMELT_N_WC], smelt_mode mode,
                             smelt_real *work, smelt_chi2_result *res);

/* Category masks for smelt_chi2_eval_cats: SMELT_CAT_BIT(SMELT_CAT_lfu)
 * etc., or SMELT_CAT_ALL. */
#define SMELT_CAT_BIT(cat) (1u << (cat))
#define SMELT_CAT_ALL ((1u << SMELT_N_CAT) - 1u)

/**
 * smelt_chi2_eval restricted to the categories in @p cat_mask: a b->s fit
 * need not pay for the 145 LEP-2 observables.  Categories outside the
 * mask are reported with chi2 = chi2_sm = dchi2 = 0 and n_obs = 0 and are
 * left out of the totals; those inside are bit-identical to
 * smelt_chi2_eval's.  @return as smelt_chi2_eval, and SMELT_ERANGE for an
 * empty mask or bits beyond SMELT_CAT_ALL.
 */
smelt_status smelt_chi2_eval_cats(const smelt_real c[SMELT_N_WC],
                                  smelt_mode mode, unsigned cat_mask,
                                  smelt_real *work, smelt_chi2_result *res);

/**
 * smelt_chi2_eval_cats for SMEFT coefficients given at @p scale_gev:
 * smelt_wc_run, then the chi^2 (the WET entries are at mu_b as always).
 * Uses SMELT_N_WC reals of stack.  @return as smelt_wc_run and
 * smelt_chi2_eval_cats.
 */
smelt_status smelt_chi2_eval_scale(const smelt_real c[SMELT_N_WC],
                                   smelt_real scale_gev, smelt_mode mode,
                                   unsigned cat_mask, smelt_real *work,
                                   smelt_chi2_result *res);

/* The linear-mode quadratic form of one category, for external fitters:
 * chi2(C) = chi2_0 + 2 sum_k b[k] C[wc[k]] + sum_kl A[k][l] C[wc[k]] C[wc[l]]
 * with A stored packed upper-triangular by rows:
 * A[k][l] (k <= l) at a[k*n - k*(k-1)/2 + (l-k)]. */
typedef struct {
    int n;                 /* number of active coefficients */
    const unsigned short *wc; /* their indices */
    smelt_real chi2_0;     /* chi^2 at the SM */
    const smelt_real *b;   /* n entries */
    const smelt_real *a;   /* n(n+1)/2 entries, packed as above */
} smelt_chi2_form;

/** Get the linear-mode chi^2 form of @p category (pointers to const tables). */
smelt_status smelt_chi2_form_get(int category, smelt_chi2_form *form);

/* ------------------------------------------------------------------ */
/* U(1)_X Z' models (seed 000, arXiv:2306.08669, section 3)            */
/* ------------------------------------------------------------------ */

typedef struct {
    long long num;
    long long den; /* > 0 */
} smelt_rational;

/* U(1)_X charges of the chiral fields of seed 000 Table 1, families 1..3:
 * Q, L left-handed doublets; u, d, e, nu right-handed singlets. */
typedef struct {
    smelt_rational q[3], u[3], d[3], l[3], e[3], nu[3];
} smelt_u1_charges;

/* Bits returned by smelt_anomaly_check, one per condition of seed 000. */
#define SMELT_ANOMALY_SU3_SU3_X (1u << 0)  /* eq. (3.2) */
#define SMELT_ANOMALY_SU2_SU2_X (1u << 1)  /* eq. (3.3) */
#define SMELT_ANOMALY_Y_Y_X (1u << 2)      /* eq. (3.4) */
#define SMELT_ANOMALY_GRAV_GRAV_X (1u << 3) /* eq. (3.5) */
#define SMELT_ANOMALY_Y_X_X (1u << 4)      /* eq. (3.6) */
#define SMELT_ANOMALY_X_X_X (1u << 5)      /* eq. (3.7) */

/**
 * Check the six gauge/gravitational anomaly conditions (3.2)-(3.7) with
 * exact rational arithmetic.
 * @param[out] failed  bit mask of SMELT_ANOMALY_* conditions that fail
 * @return SMELT_OK (even if conditions fail: see @p failed), SMELT_EINVAL
 *         (NULL or a denominator <= 0), SMELT_EOVERFLOW.
 */
smelt_status smelt_anomaly_check(const smelt_u1_charges *charges,
                                 unsigned *failed);

/**
 * Charges of the family 3B_3 - (X_e L_e + X_mu L_mu + X_tau L_tau) with
 * Q_3 = u_3 = d_3 = 1, L_i = e_i = nu_i = -X_i (seed 000 eq. 3.13-3.14).
 * Anomaly-free iff X_e + X_mu + X_tau = 3.
 */
smelt_status smelt_zprime_charges(smelt_rational xe, smelt_rational xmu,
                                  smelt_rational xtau, smelt_u1_charges *out);

/**
 * X_tau = 3 - X_e - X_mu, the anomaly-free completion (seed 000 eq. 3.14),
 * in lowest terms.
 * @return SMELT_OK, SMELT_EINVAL (NULL or a denominator <= 0),
 *         SMELT_EOVERFLOW.
 */
smelt_status smelt_zprime_xtau(smelt_rational xe, smelt_rational xmu,
                               smelt_rational *xtau);

typedef struct {
    smelt_real xe, xmu, xtau; /* lepton charges X_i (L_i = e_i = -X_i) */
    smelt_real gzp;           /* gauge coupling g_Z' */
    smelt_real mzp_gev;       /* Z' mass in GeV */
    smelt_real theta_sb;      /* s_L-b_L mixing angle of V_dL, eq. (3.27), rad */
} smelt_zprime;

/**
 * Tree-level matching of the Z' model at M_Z' onto SMEFT (seed 000 Table 2).
 * Writes every Table 2 entry (GeV^-2) into @p c and zeroes the rest.
 * Lambda = V_dL^dagger diag(0,0,1) V_dL, so Lambda_22 = sin^2, Lambda_33 =
 * cos^2, Lambda_23 = -sin(theta) cos(theta).
 * @return SMELT_OK, SMELT_EINVAL, SMELT_ENONFINITE, SMELT_ERANGE (M_Z' <= 0,
 *         g_Z' < 0, or g^2 X^2/M^2 too large to represent).
 */
smelt_status smelt_zprime_match(const smelt_zprime *model,
                                smelt_real c[SMELT_N_WC]);

/* ------------------------------------------------------------------ */
/* Statistics                                                          */
/* ------------------------------------------------------------------ */

/**
 * p-value of a chi^2 with @p dof degrees of freedom, Q(dof/2, chi2/2).
 * @return SMELT_OK, SMELT_ERANGE (dof < 1 or chi2 < 0), SMELT_ENONFINITE.
 */
smelt_status smelt_chi2_pvalue(double chi2, int dof, double *p);

#ifdef __cplusplus
}
#endif

#endif /* SMELT_H */
