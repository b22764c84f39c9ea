/* SPDX-License-Identifier: MIT */
/*
 * bsgamma.h -- radiative b -> s gamma observables in smelli's b -> s l l
 * group (issue 4): B -> K* gamma, B_s -> phi gamma, their CP and
 * time-dependent asymmetries, and B -> X_s gamma, as quadratic forms in
 * x = (1, WET new-physics coefficients).  Generator side.
 */
#ifndef SMELT_BSGAMMA_H
#define SMELT_BSGAMMA_H

#include "bsll.h"

enum {
    BG_BR_KST0,   /* BR(B0->K*gamma) */
    BG_BR_KSTP,   /* BR(B+->K*gamma) */
    BG_BR_PHI,    /* BR(Bs->phigamma), untagged, time-integrated */
    BG_R_KST_PHI, /* BR(B0->K*gamma)/BR(Bs->phigamma) */
    BG_S_KST,     /* S_K*gamma (K*0 -> K_S pi0) */
    BG_S_PHI,     /* S_phigamma */
    BG_ADG_PHI,   /* ADeltaGamma(Bs->phigamma) */
    BG_BR_XS,     /* BR(B->Xsgamma), E_gamma > 1.6 GeV */
    BG_ACP_XS,    /* ACP(B->Xgamma) */
    BG_NOBS
};

/* flavio's name -> BG_*, or -1 */
int bsgamma_kind(const char *name);

/* observable kind as num/den (den->m[0][0] == 0: no denominator) */
void bsgamma_obs(const bsll_inputs *in, int kind, gen_qform *num,
                 gen_qform *den);

#endif /* SMELT_BSGAMMA_H */
