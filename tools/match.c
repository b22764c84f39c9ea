/* SPDX-License-Identifier: MIT */
/*
 * match.c -- tree-level SMEFT -> WET matching at the electroweak scale.
 *
 * b->s l l (PHYSICS.md section 2.1; Aebischer, Crivellin, Fael, Greub
 * arXiv:1512.02830; Jenkins, Manohar, Stoffer arXiv:1709.04486), WCxf
 * values, l = e (11), mu (22):
 *   C9   = [C_qe^23ll + C_lq1^ll23 + C_lq3^ll23 - zeta (C_Hq1^23 + C_Hq3^23)] / 2N
 *   C10  = [C_qe^23ll - C_lq1^ll23 - C_lq3^ll23 +      (C_Hq1^23 + C_Hq3^23)] / 2N
 *   C9'  = [C_ed^ll23 + C_ld^ll23 - zeta C_Hd^23] / 2N
 *   C10' = [C_ed^ll23 - C_ld^ll23 +      C_Hd^23] / 2N
 * with zeta = 1 - 4 s_W^2 (Z exchange with a flavour-violating Zsb vertex)
 * and 1/(2N) = pi v^2/(alpha_e lambda_t).  C_lq3 enters with + because the
 * charged lepton and the down quark are both lower doublet components.
 * Seed 000 eqs. (2.1)-(2.2) are the first two lines with C_lq3 = 0.
 *
 * Delta F = 2 (PHYSICS.md section 2.2): C_VLL^bsbs = C_qq1^2323 + C_qq3^2323
 * at mu_EW, times the LO QCD running factor to mu_b.
 *
 * The same alpha_e enters N here and in every observable, so new-physics
 * amplitudes N C9^NP equal the SMEFT coefficient / 2 exactly (the 3%
 * alpha_e(M_Z) vs alpha_e(mu_b) ambiguity of PHYSICS.md section 13.7 does
 * not arise).  V_tb V_ts^* is taken real (its phase, ~0.02 rad, would give
 * C9^NP an imaginary part that changes rates at the 1e-4 level).
 */
#include <math.h>
#include <string.h>

#include "match.h"

void match_norm_init(match_norm *n, double GF, double alpha_e,
                     double lambda_t, double s2w, double eta_vll)
{
    const double pi = 3.14159265358979323846;
    n->GF = GF;
    n->alpha_e = alpha_e;
    n->lambda_t = lambda_t;
    n->s2w = s2w;
    n->eta_vll = eta_vll;
    n->N = 4 * GF / sqrt(2.0) * lambda_t * alpha_e / (4 * pi);
}

void match_tree(const match_norm *n, match_map *map)
{
    const double k = 1 / (2 * n->N), zeta = 1 - 4 * n->s2w;
    /* per lepton: qe_23ll, lq1_ll23, lq3_ll23, ed_ll23, ld_ll23 */
    static const int qe[2] = {SMELT_WC_qe_2311, SMELT_WC_qe_2322};
    static const int lq1[2] = {SMELT_WC_lq1_1123, SMELT_WC_lq1_2223};
    static const int lq3[2] = {SMELT_WC_lq3_1123, SMELT_WC_lq3_2223};
    static const int ed[2] = {SMELT_WC_ed_1123, SMELT_WC_ed_2223};
    static const int ld[2] = {SMELT_WC_ld_1123, SMELT_WC_ld_2223};
    static const int c9[2] = {WET(C9_bsee), WET(C9_bsmumu)};
    static const int c10[2] = {WET(C10_bsee), WET(C10_bsmumu)};
    static const int c9p[2] = {WET(C9p_bsee), WET(C9p_bsmumu)};
    static const int c10p[2] = {WET(C10p_bsee), WET(C10p_bsmumu)};
    int l;
    memset(map, 0, sizeof *map);
    for (l = 0; l < 2; l++) {
        map->m[c9[l]][qe[l]] = k;
        map->m[c9[l]][lq1[l]] = k;
        map->m[c9[l]][lq3[l]] = k;
        map->m[c9[l]][SMELT_WC_Hq1_23] = -zeta * k;
        map->m[c9[l]][SMELT_WC_Hq3_23] = -zeta * k;
        map->m[c10[l]][qe[l]] = k;
        map->m[c10[l]][lq1[l]] = -k;
        map->m[c10[l]][lq3[l]] = -k;
        map->m[c10[l]][SMELT_WC_Hq1_23] = k;
        map->m[c10[l]][SMELT_WC_Hq3_23] = k;
        map->m[c9p[l]][ed[l]] = k;
        map->m[c9p[l]][ld[l]] = k;
        map->m[c9p[l]][SMELT_WC_Hd_23] = -zeta * k;
        map->m[c10p[l]][ed[l]] = k;
        map->m[c10p[l]][ld[l]] = -k;
        map->m[c10p[l]][SMELT_WC_Hd_23] = k;
    }
    map->m[WET(CVLL_bsbs)][SMELT_WC_qq1_2323] = n->eta_vll;
    map->m[WET(CVLL_bsbs)][SMELT_WC_qq3_2323] = n->eta_vll;
}
