/* SPDX-License-Identifier: MIT */
/*
 * ff.h -- B -> K hadronic form factors f+, f0, fT for the generator:
 * published fits in the BSZ z-expansion (Bharucha-Straub-Zwicky,
 * arXiv:1503.05534, Sec. 4; its B -> P form: Gubernari-Kokulu-van Dyk,
 * arXiv:1811.00983), read from tools/data/ff_bk_*.dat, with the
 * parameters' covariance for Monte-Carlo error propagation.  Evaluated
 * exactly as flavio 2.7 does (formfactors/b_p/bsz.py); see ff.c.
 *
 * Host-only code (allocation-free itself, but it reads files).
 */
#ifndef SMELT_GEN_FF_H
#define SMELT_GEN_FF_H

#include "rng.h"

/* The 8 independent coefficients, in this order everywhere (the order of
 * the EOS file of arXiv:2305.06301).  a0_f0 is not a parameter: the
 * kinematic constraint f0(0) = f+(0) sets it to a0_f+. */
enum {
    FF_A0_FP = 0, FF_A1_FP, FF_A2_FP, /* f+ : a0, a1, a2 */
    FF_A1_F0, FF_A2_F0,               /* f0 : a1, a2 (a0 = a0_f+) */
    FF_A0_FT, FF_A1_FT, FF_A2_FT,     /* fT : a0, a1, a2 */
    FF_BK_NPAR
};

/* names as in the data files: "a0_f+", ..., "a2_fT" */
extern const char *const ff_bk_par_names[FF_BK_NPAR];

typedef struct {
    char name[32];                         /* "GRvDV2023", "GKvD2018" */
    double central[FF_BK_NPAR];            /* coefficient central values */
    double sigma[FF_BK_NPAR];              /* sqrt(cov_ii) */
    double cov[FF_BK_NPAR * FF_BK_NPAR];   /* row-major covariance */
    double chol[FF_BK_NPAR * FF_BK_NPAR];  /* lower L, L L^T = cov */
    /* fixed inputs of the parametrisation (GeV) */
    double m_B, m_P;        /* masses in t+- (flavio: m_B0, m_K0) */
    double m_pole_plus;     /* pole of f+ and fT (1^- B_s^*) */
    double m_pole_zero;     /* pole of f0 (0^+ B_s0^*) */
    /* derived (ff_bk_setup): t+ = (m_B + m_P)^2, t- = (m_B - m_P)^2,
     * t0 = t+ (1 - sqrt(1 - t-/t+)), z0 = z(q^2 = 0) (GeV^2; z0 pure) */
    double tp, tm, t0, z0;
} ff_bk_fit;

/* Read tools/data/ff_bk_grvdv2023.dat ("GRvDV2023", flavio 2.7's default
 * B -> K fit) or ff_bk_gkvd2018.dat ("GKvD2018").  Returns 0 on success,
 * -1 for an unknown name (nothing read).  Malformed data files abort the
 * generator with a message naming file and line, like gen_param. */
int ff_bk_load(ff_bk_fit *fit, const char *datadir, const char *which);

/* Derive tp, tm, t0, z0 from the masses (done by ff_bk_load; call it after
 * setting masses by hand, as the tests do for other transitions). */
void ff_bk_setup(ff_bk_fit *fit);

/* The BSZ expansion shared by B -> P and B -> V fits (arXiv:1503.05534
 * Sec. 4): z(q^2) for given t+ and t0, and one form factor
 * 1/(1 - q^2/m_pole^2) (a0 + a1 dz + a2 dz^2), dz = z(q^2) - z(0). */
double ff_bsz_z(double tp, double t0, double q2);
double ff_bsz(const double a[3], double dz, double q2, double m_pole);

/* z(q^2) of arXiv:1503.05534 (Sec. 4) with the fit's t+ and t0. */
double ff_bk_z(const ff_bk_fit *fit, double q2);

/* f+(q2), f0(q2), fT(q2) for coefficients params[FF_BK_NPAR] (NULL: the
 * central values).  Any output pointer may be NULL.  q2 in GeV^2, below
 * t+ (in practice 0 <= q2 <= t-).  fT depends on the renormalisation
 * scale; flavio uses the fitted fT as given, without running, and so do
 * we. */
void ff_bk_eval(const ff_bk_fit *fit, const double *params, double q2,
                double *fplus, double *fzero, double *ftensor);

int ff_bk_nparams(const ff_bk_fit *fit);

/* One draw of the coefficients from their multivariate normal. */
void ff_bk_sample(const ff_bk_fit *fit, gen_rng *rng, double *params_out);

/* The three form factors on the uniform grid q2_i = q2min + i h,
 * h = (q2max - q2min)/(n - 1), i = 0..n-1 (n = 1: q2min only).  Output
 * arrays of length n; any may be NULL. */
void ff_bk_grid(const ff_bk_fit *fit, const double *params, int n,
                double q2min, double q2max, double *fp, double *f0,
                double *fT);

#endif /* SMELT_GEN_FF_H */
