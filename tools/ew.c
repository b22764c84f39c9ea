/* SPDX-License-Identifier: MIT */
/*
 * ew.c -- Z couplings to charged leptons with SMEFT corrections, in the
 * {alpha_e(M_Z), G_F, m_Z} input scheme.
 *
 * References: Brivio & Trott, arXiv:1706.08945, App. A.1 (as implemented
 * in flavio's zdecays/smeftew.py); conventions in PHYSICS.md section 7.
 * L contains gbar_Z Z_mu fbar gamma^mu (g_L P_L + g_R P_R) f with
 * g_L = T3 - Q s^2, g_R = -Q s^2 and, for charged lepton i,
 *   dg_L = -v^2/2 (C_Hl1 + C_Hl3)^ii + dgbar_Z g_L - Q ds^2
 *   dg_R = -v^2/2 C_He^ii             + dgbar_Z g_R - Q ds^2
 *   dG_F/G_F   = v^2 (C_Hl3^11 + C_Hl3^22 - C_ll^1221/2)
 *   dm_Z^2/m_Z^2 = v^2 (C_HD/2 + 2 sh ch C_HWB)
 *   dgbar_Z    = -dG_F/(2 G_F) - dm_Z^2/(2 m_Z^2) + sh ch v^2 C_HWB
 *   ds^2       = v^2 sh ch / (2 (ch^2 - sh^2)) [sh ch (C_HD + 2 dG_F/(v^2 G_F))
 *                                               + 2 C_HWB]
 * with v^2 = 1/(sqrt2 G_F) and sh, ch the scheme values of sin, cos.
 */
#include <math.h>

#include "ew.h"

void ew_load(ew_inputs *in, const gen_datafile *f)
{
    const double pi = 3.14159265358979323846;
    double sc2;
    in->GF = gen_param(f, "GF");
    in->alpha = gen_param(f, "alpha_e_MZ");
    in->mZ = gen_param(f, "m_Z");
    in->GammaZ = gen_param(f, "Gamma_Z");
    in->s2w = gen_param(f, "s2w");
    in->s2w_eff = in->s2w * gen_param(f, "s2w_eff_factor_lepton");
    in->hbarc2 = gen_param(f, "hbarc2_pb");
    in->e2 = 4 * pi * in->alpha;
    in->v2 = 1 / (sqrt(2.0) * in->GF);
    /* sh^2 ch^2 = pi alpha / (sqrt2 G_F m_Z^2) defines the scheme angle */
    sc2 = pi * in->alpha / (sqrt(2.0) * in->GF * in->mZ * in->mZ);
    in->sh = sqrt(0.5 * (1 - sqrt(1 - 4 * sc2)));
    in->ch = sqrt(1 - in->sh * in->sh);
    in->gz = sqrt(4 * sqrt(2.0) * in->GF * in->mZ * in->mZ);
}

void ew_zcoupling_lepton(const ew_inputs *in, int fam, int chir, gen_amp *g)
{
    static const int hl1[3] = {SMELT_WC_Hl1_11, SMELT_WC_Hl1_22,
                               SMELT_WC_Hl1_33};
    static const int hl3[3] = {SMELT_WC_Hl3_11, SMELT_WC_Hl3_22,
                               SMELT_WC_Hl3_33};
    static const int he[3] = {SMELT_WC_He_11, SMELT_WC_He_22, SMELT_WC_He_33};
    const double T3 = -0.5, Q = -1.0;
    const double v2 = in->v2, sh = in->sh, ch = in->ch;
    double g0 = (chir == 0 ? T3 : 0.0) - Q * in->s2w_eff;
    /* linear functionals as coefficient arrays over the WCs */
    double dGF[SMELT_N_WC] = {0}, dmz2[SMELT_N_WC] = {0};
    double dgz[SMELT_N_WC], ds2[SMELT_N_WC], dg[SMELT_N_WC];
    int k, i = fam - 1;

    dGF[SMELT_WC_Hl3_11] = v2;
    dGF[SMELT_WC_Hl3_22] = v2;
    dGF[SMELT_WC_ll_1221] = -0.5 * v2;
    dmz2[SMELT_WC_HD] = 0.5 * v2;
    dmz2[SMELT_WC_HWB] = 2 * sh * ch * v2;
    for (k = 0; k < SMELT_N_WC; k++) {
        dgz[k] = -0.5 * dGF[k] - 0.5 * dmz2[k];
        ds2[k] = v2 * sh * ch / (2 * (ch * ch - sh * sh)) * sh * ch * 2 *
                 dGF[k] / v2;
    }
    dgz[SMELT_WC_HWB] += sh * ch * v2;
    ds2[SMELT_WC_HD] += v2 * sh * ch / (2 * (ch * ch - sh * sh)) * sh * ch;
    ds2[SMELT_WC_HWB] += v2 * sh * ch / (2 * (ch * ch - sh * sh)) * 2;

    for (k = 0; k < SMELT_N_WC; k++)
        dg[k] = dgz[k] * g0 - Q * ds2[k];
    if (chir == 0) {
        dg[hl1[i]] += -0.5 * v2;
        dg[hl3[i]] += -0.5 * v2;
    } else {
        dg[he[i]] += -0.5 * v2;
    }
    gen_amp_zero(g);
    g->v[0] = in->gz * g0;
    for (k = 0; k < SMELT_N_WC; k++)
        g->v[GEN_X(k)] = in->gz * dg[k];
}

void ew_product_linear(gen_amp *out, const gen_amp *a, const gen_amp *b)
{
    double complex a0 = a->v[0], b0 = b->v[0];
    gen_amp_zero(out);
    gen_amp_axpy(out, a0, b);
    gen_amp_axpy(out, b0, a);
    out->v[0] -= a0 * b0;
}
