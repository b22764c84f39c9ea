/* SPDX-License-Identifier: MIT */
/*
 * ff_bv.h -- B -> V form factors (B -> K*, B_s -> phi) for the generator:
 * the combined LCSR + lattice fits of Bharucha, Straub, Zwicky
 * (arXiv:1503.05534, BSZ), read from tools/data/ff_bkstar_bsz2015.dat and
 * ff_bsphi_bsz2015.dat, with the coefficients' covariance for the theory
 * Monte Carlo.  Basis V, A0, A1, A12, T1, T2, T23 (PHYSICS.md 3.6):
 *   F(q^2) = 1/(1 - q^2/m_R^2) sum_{k=0}^{2} a_k^F [z(q^2) - z(0)]^k,
 * with the two exact endpoint relations imposed, as flavio does:
 *   a0_A12 = a0_A0 (m_B^2 - m_V^2)/(8 m_B m_V),   a0_T2 = a0_T1,
 * so 19 coefficients are independent.
 *
 * Host-only code.
 */
#ifndef SMELT_GEN_FF_BV_H
#define SMELT_GEN_FF_BV_H

#include "rng.h"

enum { FF_V, FF_A0, FF_A1, FF_A12, FF_T1, FF_T2, FF_T23, FF_BV_NFF };

/* all 21 coefficients a_k^F at index 3 F + k */
#define FF_BV_NCOEF (3 * FF_BV_NFF)
/* independent ones (a0_A12 and a0_T2 follow from the others) */
#define FF_BV_NPAR (FF_BV_NCOEF - 2)

extern const char *const ff_bv_names[FF_BV_NFF]; /* "V", "A0", ... */

typedef struct {
    char name[32];                   /* "BSZ2015_BKstar", "BSZ2015_Bsphi" */
    double m_B, m_V;                 /* GeV, in t+- */
    double m_pole[FF_BV_NFF];        /* GeV */
    int par_coef[FF_BV_NPAR];        /* coefficient index of each param */
    double central[FF_BV_NPAR];
    double sigma[FF_BV_NPAR];
    double cov[FF_BV_NPAR * FF_BV_NPAR];
    double chol[FF_BV_NPAR * FF_BV_NPAR];
    double tp, tm, t0, z0;           /* derived */
} ff_bv_fit;

/* Read "BKstar" (ff_bkstar_bsz2015.dat) or "Bsphi" (ff_bsphi_bsz2015.dat).
 * Returns -1 for an unknown name; malformed files abort the generator. */
int ff_bv_load(ff_bv_fit *fit, const char *datadir, const char *which);

/* The seven form factors at q2 for independent parameters params (NULL:
 * central values), ff[FF_BV_NFF] in the enum's order. */
void ff_bv_eval(const ff_bv_fit *fit, const double *params, double q2,
                double ff[FF_BV_NFF]);

/* One draw of the independent parameters from their multivariate normal. */
void ff_bv_sample(const ff_bv_fit *fit, gen_rng *rng, double *params_out);

#endif /* SMELT_GEN_FF_BV_H */
