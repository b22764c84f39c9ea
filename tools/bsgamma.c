/* SPDX-License-Identifier: MIT */
/*
 * bsgamma.c -- radiative b -> s gamma observables (issue 4, section 2):
 * exclusive B -> V gamma in naive factorisation and B -> X_s gamma scaled
 * from its published NNLO SM value.
 *
 * A B-bar -> V gamma decay has two photon helicities: the left-handed one
 * from O7 (amplitude A_L ~ C7), the right-handed one from O7' (A_R ~ C7'),
 *   Gamma = G_F^2 alpha_e |lambda_t|^2 m_B^3 m_b^2 / (32 pi^4)
 *           (1 - m_V^2/m_B^2)^3 T1(0)^2 (|A_L|^2 + |A_R|^2)
 * (e.g. arXiv:hep-ph/0412400 eq. 2, Ball-Zwicky; flavio bvgamma.py uses
 * the same leading term with alpha_e at mu_b).  A_L = C7eff + C7 +
 * delta C7^-(0), A_R = (m_s/m_b) C7eff + C7' + delta C7'^+(0): the SM's
 * C7' = m_s/m_b C7 matters for the asymmetries, and the subleading
 * hadronic nuisances of bvll_nonlocal.dat act at q^2 = 0 as in flavio.
 * QCD factorisation (qcdf.c, as flavio): A_L also gets the O(alpha_s)
 * delta C7 of the O1, O2, O8 matrix elements and the spectator scattering
 * of H_-, both taken at q^2 = 10^-3 GeV^2; they raise BR(B0 -> K* gamma)
 * from 2.8e-5 (leading order) to 4.6e-5 (README accuracy table).
 *
 * With real coefficients and no B_s mixing phase (README):
 *   S_K*gamma   = -2 sin(2 beta) A_L A_R / (A_L^2 + A_R^2)
 *                 (SM: -2 m_s/m_b sin 2beta, Atwood-Gronau-Soni; Ball-Zwicky),
 *   ADeltaGamma = 2 A_L A_R / (A_L^2 + A_R^2)   (SM ~ +0.04),
 *   S_phigamma  = 0 (proportional to sin phi_s, |S| < 2e-3 in the SM),
 *   <BR(Bs->phi gamma)> = BR_0 (1 + ADeltaGamma y_s)/(1 - y_s^2)
 *                 (untagged, time-integrated, arXiv:1204.1737 as for
 *                 B_s -> mu mu),
 *   ACP(B -> X_s gamma) = 0 (needs a weak phase).
 * BR(B -> X_s gamma) = BR_SM (|A_L|^2 + |A_R|^2) / (|A_L|^2 + |A_R|^2)_SM
 * with BR_SM the NNLO value of Misiak et al. (flavour_inputs.dat): the
 * leading-order dependence on C7, C7' around a precise SM point.
 */
#include <math.h>
#include <string.h>

#include "bsgamma.h"
#include "qcdf.h"
#include "bvll.h"

static const double PI = 3.14159265358979323846;

int bsgamma_kind(const char *name)
{
    static const char *const names[BG_NOBS] = {
        "BR(B0->K*gamma)", "BR(B+->K*gamma)", "BR(Bs->phigamma)",
        "BR(B0->K*gamma)/BR(Bs->phigamma)", "S_K*gamma", "S_phigamma",
        "ADeltaGamma(Bs->phigamma)", "BR(B->Xsgamma)", "ACP(B->Xgamma)"};
    int k;
    for (k = 0; k < BG_NOBS; k++)
        if (strcmp(name, names[k]) == 0)
            return k;
    return -1;
}

/* photon-helicity amplitudes of meson 0 (B0), 1 (B+), 2 (B_s); -1: the
 * inclusive decay (no form factor, no nuisances) */
static void amps(const bsll_inputs *in, int meson, gen_amp *L, gen_amp *R)
{
    const double c7 = creal(in->wsm.c[7]), rs = in->m_s / in->m_b;
    double complex dl = 0, dr = 0;
    double b0[3][BSLL_HL_N], kr = 0; /* PDD: h_lambda(0), C7 units */
    if (meson >= 0) {
        double mB, mV;
        bvll_meson_masses(in, meson, &mB, &mV);
        if (in->nl_model != BSLL_NL_FLAVIO) {
            /* HEPfit's h_lambda at q^2 = 0 (bvll.c): delta C7 =
             * -r h_-(0), delta C7' = r h_+(0); added below */
            bvll_h_basis(in, meson, 0, b0);
            kr = bvll_h_c7_factor(in, meson);
        } else {
            /* bvll.c's delta C7^lambda(q^2 = 0) = a_lambda m_B/(2 m_b) */
            dl = in->nl_a[meson][2] * mB / (2 * in->m_b);
            dr = in->nl_a[meson][1] * mB / (2 * in->m_b);
        }
        if (!in->qcdf_off) {
            /* QCD factorisation as in B -> K* l l (qcdf.c), at q^2 =
             * 10^-3 GeV^2 as flavio's bvgamma: delta C7 of the O1, O2, O8
             * matrix elements, and the spectator term of H_- as the
             * equivalent C7 shift dA_perp / k_perp7 (bvll.c), i.e.
             * (m_B^2 - q^2) m_b,pole T_perp / ((m_B^2 - m_V^2) m_b T1) */
            const double q2 = 1e-3;
            double ff[FF_BV_NFF];
            double complex qt[4];
            bvll_ff(in, meson, q2, ff);
            qcdf_terms(in->qcdf_mc, in, &in->qcdf, meson, q2, qt);
            dl += qt[0] + (mB * mB - q2) * in->mb_pole * qt[2] /
                              ((mB * mB - mV * mV) * in->m_b * ff[FF_T1]);
        }
    }
    gen_amp_zero(L);
    gen_amp_zero(R);
    L->v[0] = c7 + dl;
    L->v[GEN_X(WET(C7_bs))] = 1;
    R->v[0] = rs * c7 + dr;
    R->v[GEN_X(WET(C7p_bs))] = 1;
    if (kr != 0) {
        bvll_h_amp(in, b0[2], -kr, L);
        bvll_h_amp(in, b0[1], kr, R);
    }
}

/* Gamma(B -> V gamma) / (|A_L|^2 + |A_R|^2), GeV */
static double gamma_norm(const bsll_inputs *in, int meson)
{
    double mB, mV, ff[FF_BV_NFF], r;
    bvll_meson_masses(in, meson, &mB, &mV);
    r = 1 - mV * mV / (mB * mB);
    bvll_ff(in, meson, 0, ff);
    return in->norm.GF * in->norm.GF * in->norm.alpha_e *
           in->norm.lambda_t * in->norm.lambda_t * mB * mB * mB * in->m_b *
           in->m_b / (32 * PI * PI * PI * PI) * r * r * r * ff[FF_T1] *
           ff[FF_T1];
}

/* |A_L|^2 + |A_R|^2 (+ 2 y A_L A_R) with weight w */
static void rate(const bsll_inputs *in, int meson, double w, double y,
                 gen_qform *q)
{
    gen_amp L, R;
    amps(in, meson, &L, &R);
    gen_qf_add_herm(q, w, &L, &L);
    gen_qf_add_herm(q, w, &R, &R);
    if (y != 0)
        gen_qf_add_herm(q, 2 * w * y, &L, &R);
}

void bsgamma_obs(const bsll_inputs *in, int kind, gen_qform *num,
                 gen_qform *den)
{
    const double y = in->y_s;
    gen_amp L, R;
    gen_qf_zero(num);
    gen_qf_zero(den);
    switch (kind) {
    case BG_BR_KST0:
        rate(in, 0, in->tau_B0 * gamma_norm(in, 0), 0, num);
        break;
    case BG_BR_KSTP:
        rate(in, 1, in->tau_Bp * gamma_norm(in, 1), 0, num);
        break;
    case BG_BR_PHI:
        rate(in, 2, in->tau_Bs * gamma_norm(in, 2) / (1 - y * y), y, num);
        break;
    case BG_R_KST_PHI:
        rate(in, 0, in->tau_B0 * gamma_norm(in, 0), 0, num);
        rate(in, 2, in->tau_Bs * gamma_norm(in, 2) / (1 - y * y), y, den);
        break;
    case BG_S_KST:
        amps(in, 0, &L, &R);
        gen_qf_add_herm(num, -2 * in->sin2beta, &L, &R);
        rate(in, 0, 1, 0, den);
        break;
    case BG_ADG_PHI:
        amps(in, 2, &L, &R);
        gen_qf_add_herm(num, 2, &L, &R);
        rate(in, 2, 1, 0, den);
        break;
    case BG_S_PHI:
        rate(in, 2, 1, 0, den); /* numerator 0, see the header */
        break;
    case BG_ACP_XS:
        rate(in, -1, 1, 0, den); /* numerator 0 */
        break;
    case BG_BR_XS: {
        double c7 = creal(in->wsm.c[7]), rs = in->m_s / in->m_b;
        rate(in, -1, in->br_xsgamma_sm / (c7 * c7 * (1 + rs * rs)), 0, num);
        break;
    }
    default:
        break;
    }
}
