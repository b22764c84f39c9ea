/* SPDX-License-Identifier: MIT */
/*
 * match.h -- tree-level matching SMEFT(mu_EW) -> WET(mu_b) for the
 * coefficients smelt carries (b->sll and Delta F = 2).  Generator side.
 */
#ifndef SMELT_MATCH_H
#define SMELT_MATCH_H

#include "gen.h"

#define WET(name) (SMELT_WC_##name - SMELT_N_SMEFT)

typedef struct {
    double GF;          /* GeV^-2 */
    double alpha_e;     /* alpha_e used in N, in observables AND matching */
    double lambda_t;    /* V_tb V_ts^*, real part (< 0) */
    double s2w;         /* sin^2 theta_W in the Z-penguin factor zeta */
    double eta_vll;     /* C_VLL(mu_b) / C_VLL(mu_EW), LO QCD */
    double N;           /* (4 G_F/sqrt2) lambda_t alpha_e/(4 pi), GeV^-2 */
} match_norm;

void match_norm_init(match_norm *n, double GF, double alpha_e,
                     double lambda_t, double s2w, double eta_vll);

/* M[j][k]: d wet_j / d c_k for SMEFT coefficient k (k < SMELT_N_SMEFT) */
typedef struct {
    double m[SMELT_N_WET][SMELT_N_SMEFT];
} match_map;

void match_tree(const match_norm *n, match_map *map);

#endif
