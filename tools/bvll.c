/* SPDX-License-Identifier: MIT */
/*
 * bvll.c -- B -> K* l+ l- in naive factorisation (issue 4, first step).
 *
 * Transversity amplitudes of Altmannshofer et al. arXiv:0811.1214 in the
 * A12/T23 form-factor basis of arXiv:1503.05534 (PHYSICS.md 3.3), angular
 * coefficients J_i (PHYSICS.md 3.4, with the scalar-amplitude terms), and
 * flavio's observable definitions (bvll/observables.py conventions, LHCb
 * signs for S4, S7, S9, A_FB, P2, P3).  Every amplitude is linear in
 * x = (1, WET), so every J_i and every bin integral is an exact quadratic
 * form.
 *
 * Not included yet (README accuracy table): the QCD-factorisation
 * non-factorisable corrections at low q^2 and the power corrections that
 * flavio adds; the non-local charm-loop effects are to enter as nuisance
 * covariance (issue 4, section 3).
 */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bvll.h"
#include "qcdf.h"

static const double PI = 3.14159265358979323846;

typedef struct {
    gen_amp perp[2], para[2], zero[2]; /* [0] = L, [1] = R */
    gen_amp t, s;
} bv_amps;

/* a->v[wc] += v, for a WET coefficient wc */
static void amp_set(gen_amp *a, int wc, double complex v)
{
    a->v[GEN_X(wc)] += v;
}

/*
 * One chiral transversity amplitude (0811.1214), all three share the form
 *   k9 [(C9eff + C9 + P C9') + s (C10 + C10_NP + P C10')]
 *     + k7 (C7eff + C7 + P C7'),
 * s = -1 for L, +1 for R; P = +1 for perp (vector current, V and T1),
 * -1 for para and zero (axial current, A1/A12 and T2/T23).
 */
static void chiral_amp(gen_amp *a, int l, double k9, double k7, double s,
                       double P, double complex c9eff, double complex c7sm,
                       double c10sm)
{
    const bsll_lepton_wc *w = &bsll_lwc[l];
    a->v[0] = k9 * (c9eff + s * c10sm) + k7 * c7sm;
    amp_set(a, w->c9, k9);
    amp_set(a, w->c9p, P * k9);
    amp_set(a, w->c10, s * k9);
    amp_set(a, w->c10p, P * s * k9);
    amp_set(a, WET(C7_bs), k7);
    amp_set(a, WET(C7p_bs), P * k7);
}

void bvll_meson_masses(const bsll_inputs *in, int meson, double *mB,
                       double *mV)
{
    *mB = meson == 2 ? in->m_Bs : meson ? in->m_Bp : in->m_B0;
    *mV = meson == 2 ? in->m_phi : meson ? in->m_Kstp : in->m_Kst0;
}

void bvll_ff(const bsll_inputs *in, int meson, double q2,
             double ff[FF_BV_NFF])
{
    if (meson == 2)
        ff_bv_eval(&in->ff_phi, in->ff_phi_par, q2, ff);
    else
        ff_bv_eval(&in->ff_kst, in->ff_kst_par, q2, ff);
}

void bvll_h_basis(const bsll_inputs *in, int meson, double q2,
                  double b[3][BSLL_HL_N])
{
    /* HEPfit MVll.cpp h_lambda (bvll_nonlocal_pdd.dat) with the
     * Jaeger-Martin Camalich form-factor combinations Vt, Tt of
     * arXiv:1212.2263; index 0 = helicity 0, 1 = +, 2 = - */
    const double k = 1 / (16 * PI * PI), mb = in->m_b;
    double mB, mV, ff[FF_BV_NFF], lam, sl, vt[3], tt[3], sq = sqrt(q2);
    int l;
    bvll_meson_masses(in, meson, &mB, &mV);
    bvll_ff(in, meson, q2, ff);
    lam = gen_kallen(mB, mV, q2);
    sl = sqrt(lam);
    vt[1] = ((1 + mV / mB) * ff[FF_A1] - sl * ff[FF_V] / (mB * (mB + mV))) / 2;
    vt[2] = ((1 + mV / mB) * ff[FF_A1] + sl * ff[FF_V] / (mB * (mB + mV))) / 2;
    /* Vt_0 = 4 m_V A12/sqrt(q^2) enters as q^2 Vt_0: finite at 0 */
    vt[0] = 4 * mV * ff[FF_A12];
    tt[1] = ((mB * mB - mV * mV) * ff[FF_T2] - sl * ff[FF_T1]) / (2 * mB * mB);
    tt[2] = ((mB * mB - mV * mV) * ff[FF_T2] + sl * ff[FF_T1]) / (2 * mB * mB);
    tt[0] = 2 * sq * mV * ff[FF_T23] / (mB * (mB + mV));
    memset(b, 0, sizeof(double) * 3 * BSLL_HL_N);
    for (l = 0; l < 3; l++) {
        b[l][BSLL_HL_HM_0] = k * 2 * mb / mB * tt[l];
        b[l][BSLL_HL_HM_1] = k * (l == 0 ? sq : q2) / (mB * mB) * vt[l];
    }
    b[1][BSLL_HL_HP_0] = 1;
    b[1][BSLL_HL_HP_1] = q2;
    b[1][BSLL_HL_HP_2] = q2 * q2;
    b[2][BSLL_HL_HM_2] = q2 * q2;
    b[0][BSLL_HL_H0_0] = sq;
    b[0][BSLL_HL_H0_1] = sq * q2;
}

/* the nl_* parameters are the Re, Im parts of the h_lambda, in order */
SMELT_STATIC_ASSERT(SMELT_WC_nl_hm_1_re - SMELT_WC_nl_h0_0_re ==
                        2 * BSLL_HL_HM_1 &&
                    SMELT_WC_nl_hm_2_im - SMELT_WC_nl_h0_0_re ==
                        2 * BSLL_HL_N - 1,
                    nl_list_follows_bsll_hl);

void bvll_h_amp(const bsll_inputs *in, const double b[BSLL_HL_N], double k,
                gen_amp *a)
{
    int j;
    for (j = 0; j < BSLL_HL_N; j++) {
        a->v[0] += k * b[j] * in->hl[j];
        if (in->nl_model == BSLL_NL_PDD_FIT) {
            amp_set(a, WET(nl_h0_0_re) + 2 * j, k * b[j]);
            amp_set(a, WET(nl_h0_0_re) + 2 * j + 1, I * k * b[j]);
        }
    }
}

double bvll_h_c7_factor(const bsll_inputs *in, int meson)
{
    double mB, mV, ff0[FF_BV_NFF];
    bvll_meson_masses(in, meson, &mB, &mV);
    bvll_ff(in, meson, 0, ff0);
    return 8 * PI * PI * mB * mB * mB /
           ((mB * mB - mV * mV) * in->m_b * ff0[FF_T1]);
}

void bvll_pdd_constraints(const bsll_inputs *in,
                          const double complex hl[BSLL_HL_N],
                          double out[BV_PDDC_N])
{
    /* HEPfit MVgamma.cpp (DC7_1, DC7_2, hp0_hm0) and MVll.h (g-tilde at
     * q^2 = 1 GeV^2), transcribed in bvll_nonlocal_pdd.dat */
    const double q2 = 1, mb = in->m_b;
    double b0[3][BSLL_HL_N], b1[3][BSLL_HL_N], ff1[FF_BV_NFF];
    double mB, mV, lam, sl, a2, r, pre;
    double complex h0[3] = {0, 0, 0}, h1[3] = {0, 0, 0}, htp;
    int l, j;
    bvll_meson_masses(in, 0, &mB, &mV);
    bvll_h_basis(in, 0, 0, b0);
    bvll_h_basis(in, 0, q2, b1);
    for (l = 0; l < 3; l++)
        for (j = 0; j < BSLL_HL_N; j++) {
            h0[l] += b0[l][j] * hl[j];
            h1[l] += b1[l][j] * hl[j];
        }
    bvll_ff(in, 0, q2, ff1);
    r = bvll_h_c7_factor(in, 0);
    htp = h0[1] + in->m_s / mb * h0[2];
    out[BV_PDDC_DC7_1] = cabs(r * (h0[2] - htp));
    out[BV_PDDC_DC7_2] = cabs(r * (h0[2] + htp));
    out[BV_PDDC_HP0_HM0] = cabs(h0[2]) > 0 ? cabs(htp) / cabs(h0[2]) : HUGE_VAL;
    lam = gen_kallen(mB, mV, q2);
    sl = sqrt(lam);
    /* A2 from A12 (arXiv:1503.05534 eq. for A12) */
    a2 = ((mB + mV) * (mB + mV) * (mB * mB - mV * mV - q2) * ff1[FF_A1] -
          16 * mB * mV * mV * (mB + mV) * ff1[FF_A12]) / lam;
    pre = 1 / (2 * in->wsm.c[2]);
    out[BV_PDDC_GT1] = cabs(pre * (-16 * PI * PI * mB * mB * mB * (mB + mV)) /
                            (sl * ff1[FF_V]) * (h1[2] - h1[1]) / q2);
    out[BV_PDDC_GT2] = cabs(pre * (-16 * PI * PI * mB * mB * mB / (mB + mV)) /
                            ff1[FF_A1] * (h1[1] + h1[2]) / q2);
    out[BV_PDDC_GT3] =
        cabs(pre * 64 * PI * PI * mB * mB * mB * mV * (mB + mV) / (lam * a2) *
             (sqrt(q2) * h1[0] / q2 -
              (mB * mB - mV * mV - q2) / (4 * mV) * (h1[1] + h1[2]) / q2));
}

/* meson 0: B0 -> K*0, 1: B+ -> K*+, 2: B_s -> phi */
static void bv_amplitudes(const bsll_inputs *in, int meson, int l,
                          double q2, bv_amps *A, double *beta_out)
{
    const bsll_lepton_wc *w = &bsll_lwc[l];
    const double ml = in->m_l[l], mb = in->m_b;
    const double beta = sqrt(1 - 4 * ml * ml / q2), sq = sqrt(q2);
    double mB, mV, lam, sl, ff[FF_BV_NFF], N, kmb;
    double complex c9eff, c7sm = in->wsm.c[7], c10sm = in->C10_SM;
    double complex qt[4] = {0, 0, 0, 0};
    int h;
    bvll_meson_masses(in, meson, &mB, &mV);
    lam = gen_kallen(mB, mV, q2);
    sl = sqrt(lam);
    bvll_ff(in, meson, q2, ff);
    /* |N|; lambda_t's sign is common to all amplitudes and drops out */
    N = fabs(in->norm.lambda_t) *
        sqrt(in->norm.GF * in->norm.GF * in->norm.alpha_e * in->norm.alpha_e *
             q2 * sl * beta / (3 * 1024 * pow(PI, 5) * mB * mB * mB));
    c9eff = in->wsm.c[9] + wet_Y(&in->wsm, q2, in->wsm.mu, in->mc_pole,
                                 in->mb_pole);
    /* QCD factorisation below 8.9 GeV^2 (qcdf.c, flavio's treatment):
     * qt = delta C7, delta C9 (two-loop O1, O2, O8 matrix elements, the
     * same in every helicity) and T_perp, T_para (spectator scattering,
     * added to A_perp, A_para, A_0 below); SM coefficients only */
    if (!in->qcdf_off && q2 < QCDF_Q2_MAX) {
        qcdf_terms(in->qcdf_mc, in, &in->qcdf, meson, q2, qt);
        c7sm += qt[0];
        c9eff += qt[1];
    } else if (!in->qcdf_off && q2 > 14) {
        /* above the narrow charmonia flavio keeps the two-loop delta C7,
         * delta C9 (high-q^2 expansion of arXiv:0810.4077, within 1e-3 of
         * flavio's grid from 14 GeV^2 up; no spectator term) */
        double complex d7, d9;
        if (qcdf_delta_c79_all(in, &in->qcdf, q2, &d7, &d9) == 0) {
            c7sm += d7;
            c9eff += d9;
        }
    }
    {
        /* the three chiral amplitudes share form-factor factors k9 (of
         * C9, C10) and k7 (of C7): perp (C9 + C9') -+ (C10 + C10'),
         * (C7 + C7'); para and zero with the primed ones subtracted */
        const double kp9 = sqrt(2.0) * N * sl * ff[FF_V] / (mB + mV);
        const double kp7 = sqrt(2.0) * N * sl * 2 * mb / q2 * ff[FF_T1];
        const double ka9 = -sqrt(2.0) * N * (mB + mV) * ff[FF_A1];
        const double ka7 = -sqrt(2.0) * N * (mB * mB - mV * mV) * 2 * mb /
                           q2 * ff[FF_T2];
        const double k09 = -8 * N * mB * mV / sq * ff[FF_A12];
        const double k07 = -8 * N * mB * mV / sq * mb / (mB + mV) *
                           ff[FF_T23];
        /* SM-only shifts of A_0, A_para, A_perp, the same in both lepton
         * chiralities (they multiply the vector lepton current) */
        double complex d0, dpa, dpe, d7[3] = {0, 0, 0}, d9[3] = {0, 0, 0};
        double complex dp, dm;
        /* PDD sets: delta H_0, H_+, H_- of the h_lambda */
        gen_amp hs[3];
        const int pdd = q2 <= 9 && in->nl_model != BSLL_NL_FLAVIO;
        int hel;
        /* Subleading hadronic corrections (bvll_nonlocal.dat): shifts of
         * C7, C7' and C9 in single helicity amplitudes.  Here H_+- =
         * (A_para +- A_perp)/sqrt2: the C9 and C7 parts of H_+ nearly
         * cancel at large recoil (ka9 ~ -kp9), that is the K*'s
         * suppressed helicity, fed by C9' and C7'.  A shift d of
         * H_lambda's coefficient with factor k_lambda moves A_para by
         * d k_lambda/sqrt2 and A_perp by +-d k_lambda/sqrt2. */
        for (hel = 0; hel < 3; hel++) {
            if (q2 <= 9 && in->nl_model == BSLL_NL_FLAVIO)
                d7[hel] = (in->nl_a[meson][hel] +
                           in->nl_b[meson][hel] * q2 / (mB * mB)) *
                          mB / (2 * mb);
            else if (q2 > 14)
                d9[hel] = in->nl_c[meson][hel];
        }
        d0 = k09 * d9[0] + k07 * d7[0];
        /* H_+: C9 with (ka9 + kp9)/sqrt2, C7' with (kp7 - ka7)/sqrt2;
         * H_-: C9 with (ka9 - kp9)/sqrt2, C7 with (ka7 - kp7)/sqrt2 */
        dp = (d9[1] * (ka9 + kp9) + d7[1] * (kp7 - ka7)) / 2;
        dm = (d9[2] * (ka9 - kp9) + d7[2] * (ka7 - kp7)) / 2;
        if (pdd) {
            /* HEPfit's h_lambda (seed 003's PDD; bsll.h): delta H_lambda
             * = 32 pi^2 N m_B^3 h_lambda(q^2)/q^2 in both lepton
             * chiralities, so that hm_0 = -delta C7 and hm_1 = -delta C9
             * (tested) */
            double b[3][BSLL_HL_N];
            bvll_h_basis(in, meson, q2, b);
            for (hel = 0; hel < 3; hel++) {
                gen_amp_zero(&hs[hel]);
                bvll_h_amp(in, b[hel], 32 * PI * PI * N * mB * mB * mB / q2,
                           &hs[hel]);
            }
        }
        dpa = dp + dm;
        dpe = dp - dm;
        if (qt[2] != 0 || qt[3] != 0) {
            /* spectator scattering (BFS hep-ph/0106067; flavio qcdf.py):
             * only H_- and H_0, with the pole mass */
            const double mbp = in->mb_pole;
            const double complex sp =
                2 * sqrt(2.0) * N * (mB * mB - q2) * mbp / q2 * qt[2];
            dpe += sp;
            dpa -= sp;
            d0 += N * mbp * (mB * mB - q2) * (mB * mB - q2) /
                  (mB * mB * mV * sq) * qt[3];
        }
        memset(A, 0, sizeof *A);
        for (h = 0; h < 2; h++) {
            const double sgn = h == 0 ? -1 : 1; /* L: C9 - C10, R: + */
            chiral_amp(&A->perp[h], l, kp9, kp7, sgn, +1, c9eff, c7sm, c10sm);
            chiral_amp(&A->para[h], l, ka9, ka7, sgn, -1, c9eff, c7sm, c10sm);
            chiral_amp(&A->zero[h], l, k09, k07, sgn, -1, c9eff, c7sm, c10sm);
            A->perp[h].v[0] += dpe;
            A->para[h].v[0] += dpa;
            A->zero[h].v[0] += d0;
            if (pdd) {
                /* H_+- = (A_para +- A_perp)/sqrt2 */
                const double r2 = 1 / sqrt(2.0);
                gen_amp_axpy(&A->zero[h], 1, &hs[0]);
                gen_amp_axpy(&A->para[h], r2, &hs[1]);
                gen_amp_axpy(&A->para[h], r2, &hs[2]);
                gen_amp_axpy(&A->perp[h], r2, &hs[1]);
                gen_amp_axpy(&A->perp[h], -r2, &hs[2]);
            }
        }
    }
    /* timelike and scalar (flavio's O_S, O_P carry m_b: <K*|s g5 b|B>
     * brings 1/(m_b + m_s), hence kmb; arXiv:0811.1214 eqs. for A_t, A_S) */
    kmb = mb / (mb + in->m_s);
    A->t.v[0] = N * sl / sq * 2 * c10sm * ff[FF_A0];
    amp_set(&A->t, w->c10, N * sl / sq * 2 * ff[FF_A0]);
    amp_set(&A->t, w->c10p, -N * sl / sq * 2 * ff[FF_A0]);
    if (ml > 0) {
        amp_set(&A->t, w->cp, N * sl / sq * q2 / ml * kmb * ff[FF_A0]);
        amp_set(&A->t, w->cpp, -N * sl / sq * q2 / ml * kmb * ff[FF_A0]);
    }
    amp_set(&A->s, w->cs, -2 * N * sl * kmb * ff[FF_A0]);
    amp_set(&A->s, w->csp, 2 * N * sl * kmb * ff[FF_A0]);
    *beta_out = beta;
}

/* i * a, so that Re(x conj(i b)) = Im(x conj(b)) */
static gen_amp times_i(const gen_amp *a)
{
    gen_amp r;
    int k;
    for (k = 0; k < GEN_NX; k++)
        r.v[k] = I * a->v[k];
    return r;
}

/* The J_i of the amplitudes of one CP parity only (cp = 1: A_0, A_para,
 * A_t; cp = 2: A_perp, A_S; cp = 0: all).  Bilinears of mixed parity
 * drop out of both; see bvll_bin for B_s -> phi. */
static void bvll_j_cp(const bsll_inputs *in, int meson, int l, double q2,
                      int cp, gen_qform *j)
{
    bv_amps A;
    double beta, b2, ml = in->m_l[l], m2q = 4 * ml * ml / q2;
    double rq = ml / sqrt(q2);
    gen_amp iS;
    int h, k;
    bv_amplitudes(in, meson, l, q2, &A, &beta);
    for (h = 0; h < 2 && cp != 0; h++) {
        if (cp == 1)
            gen_amp_zero(&A.perp[h]);
        else {
            gen_amp_zero(&A.para[h]);
            gen_amp_zero(&A.zero[h]);
        }
    }
    if (cp == 1)
        gen_amp_zero(&A.s);
    else if (cp == 2)
        gen_amp_zero(&A.t);
    b2 = beta * beta;
    for (k = 0; k < BV_NJ; k++)
        gen_qf_zero(&j[k]);
    for (h = 0; h < 2; h++) {
        const double s = h == 0 ? 1 : -1; /* L - R where the sign flips */
        gen_amp ipara = times_i(&A.para[h]), iperp = times_i(&A.perp[h]);
        /* J1s, J2s: (2 + beta^2)/4, beta^2/4 Sigma_T */
        gen_qf_add_herm(&j[BV_J1S], (2 + b2) / 4, &A.perp[h], &A.perp[h]);
        gen_qf_add_herm(&j[BV_J1S], (2 + b2) / 4, &A.para[h], &A.para[h]);
        gen_qf_add_herm(&j[BV_J2S], b2 / 4, &A.perp[h], &A.perp[h]);
        gen_qf_add_herm(&j[BV_J2S], b2 / 4, &A.para[h], &A.para[h]);
        gen_qf_add_herm(&j[BV_J1C], 1, &A.zero[h], &A.zero[h]);
        gen_qf_add_herm(&j[BV_J2C], -b2, &A.zero[h], &A.zero[h]);
        gen_qf_add_herm(&j[BV_J3], b2 / 2, &A.perp[h], &A.perp[h]);
        gen_qf_add_herm(&j[BV_J3], -b2 / 2, &A.para[h], &A.para[h]);
        gen_qf_add_herm(&j[BV_J4], b2 / sqrt(2.0), &A.zero[h], &A.para[h]);
        gen_qf_add_herm(&j[BV_J5], s * sqrt(2.0) * beta, &A.zero[h],
                        &A.perp[h]);
        gen_qf_add_herm(&j[BV_J6S], s * 2 * beta, &A.para[h], &A.perp[h]);
        /* Im(x y*) = Re(x conj(i y)) */
        gen_qf_add_herm(&j[BV_J7], s * sqrt(2.0) * beta, &A.zero[h], &ipara);
        gen_qf_add_herm(&j[BV_J8], b2 / sqrt(2.0), &A.zero[h], &iperp);
        /* J9 = beta^2 Im(A_para^* A_perp) = beta^2 Im(A_perp A_para^*) */
        gen_qf_add_herm(&j[BV_J9], b2, &A.perp[h], &ipara);
        /* scalar amplitude terms (0811.1214): J5 -= sqrt2 beta m/sqrt(q2)
         * Re(A_para A_S^*), J6c = 4 beta m/sqrt(q2) Re(A_0 A_S^*), J7 +=
         * sqrt2 beta m/sqrt(q2) Im(A_perp A_S^*) */
        gen_qf_add_herm(&j[BV_J5], -sqrt(2.0) * beta * rq, &A.para[h], &A.s);
        gen_qf_add_herm(&j[BV_J6C], 4 * beta * rq, &A.zero[h], &A.s);
        iS = times_i(&A.s);
        gen_qf_add_herm(&j[BV_J7], sqrt(2.0) * beta * rq, &A.perp[h], &iS);
    }
    /* lepton-mass interference L x R */
    gen_qf_add_herm(&j[BV_J1S], m2q, &A.perp[0], &A.perp[1]);
    gen_qf_add_herm(&j[BV_J1S], m2q, &A.para[0], &A.para[1]);
    gen_qf_add_herm(&j[BV_J1C], m2q, &A.t, &A.t);
    gen_qf_add_herm(&j[BV_J1C], 2 * m2q, &A.zero[0], &A.zero[1]);
    gen_qf_add_herm(&j[BV_J1C], b2, &A.s, &A.s);
}

void bvll_j(const bsll_inputs *in, int meson, int l, double q2,
            gen_qform *j)
{
    bvll_j_cp(in, meson, l, q2, 0, j);
}

/* dGamma/dq^2 = 3/4 (2 J1s + J1c) - 1/4 (2 J2s + J2c) */
static void rate_from_j(const gen_qform *j, double w, gen_qform *g)
{
    gen_qf_axpy(g, w * 1.5, &j[BV_J1S]);
    gen_qf_axpy(g, w * 0.75, &j[BV_J1C]);
    gen_qf_axpy(g, -w * 0.5, &j[BV_J2S]);
    gen_qf_axpy(g, -w * 0.25, &j[BV_J2C]);
}

int bvll_kind(const char *name, int *meson, int *lep)
{
    static const struct {
        const char *prefix;
        int obs;
    } tab[] = {
        {"<dBR/dq2>(", BV_DBR}, {"<FL>(", BV_FL},   {"<AFB>(", BV_AFB},
        {"<S3>(", BV_S3},       {"<S4>(", BV_S4},   {"<S5>(", BV_S5},
        {"<S7>(", BV_S7},       {"<S8>(", BV_S8},   {"<S9>(", BV_S9},
        {"<P1>(", BV_P1},       {"<P2>(", BV_P2},   {"<P3>(", BV_P3},
        {"<Rmue>(", BV_RMUE},
        {"<P4p>(", BV_P4P},     {"<P5p>(", BV_P5P}, {"<P6p>(", BV_P6P},
        {"<P8p>(", BV_P8P},     {"<ATIm>(", BV_ATIM},
    };
    size_t k, n;
    for (k = 0; k < sizeof tab / sizeof tab[0]; k++) {
        const char *rest;
        n = strlen(tab[k].prefix);
        if (strncmp(name, tab[k].prefix, n) != 0)
            continue;
        rest = name + n;
        if (tab[k].obs == BV_RMUE) {
            if (strcmp(rest, "B0->K*ll)") == 0)
                *meson = 0;
            else if (strcmp(rest, "B+->K*ll)") == 0)
                *meson = 1;
            else
                return -1;
            *lep = -1;
            return BV_RMUE;
        }
        if (strcmp(rest, "Bs->phimumu)") == 0) {
            /* untagged, time-integrated: only the observables whose
             * J_i survive without tagging and are measured */
            if (tab[k].obs != BV_DBR && tab[k].obs != BV_FL &&
                tab[k].obs != BV_S3 && tab[k].obs != BV_S4 &&
                tab[k].obs != BV_S7)
                return -1;
            *meson = 2;
            *lep = 1;
            return tab[k].obs;
        }
        if (strcmp(rest, "B0->K*mumu)") == 0 ||
            strcmp(rest, "B0->K*ee)") == 0)
            *meson = 0;
        else if (strcmp(rest, "B+->K*mumu)") == 0 ||
                 strcmp(rest, "B+->K*ee)") == 0)
            *meson = 1;
        else
            return -1;
        *lep = strstr(rest, "mumu") != NULL;
        return tab[k].obs;
    }
    return -1;
}

void bvll_bin(const bsll_inputs *in, int obs, int meson, int lep,
              double q2a, double q2b, int npts, gen_qform *num,
              gen_qform *den, gen_qform *den2)
{
    double mB, mV, x[128], wt[128];
    gen_qform *j = malloc(sizeof *j * 3 * BV_NJ);
    int i, pass, npass = obs == BV_RMUE ? 2 : 1;
    gen_qf_zero(num);
    gen_qf_zero(den);
    gen_qf_zero(den2);
    bvll_meson_masses(in, meson, &mB, &mV);
    gen_gauss_legendre(npts, 0, 1, x, wt);
    for (pass = 0; pass < npass; pass++) {
        /* R_K*: pass 0 muons into num, pass 1 electrons into den */
        const int l = obs == BV_RMUE ? (pass == 0 ? 1 : 0) : lep;
        const double ml = in->m_l[l];
        double lo = q2a, hi = q2b;
        if (lo < 4 * ml * ml)
            lo = 4 * ml * ml;
        if (hi > (mB - mV) * (mB - mV))
            hi = (mB - mV) * (mB - mV);
        for (i = 0; i < npts; i++) {
            /* q^2 = lo + (hi - lo) u^2 for the threshold behaviour, or,
             * for bins spanning a decade or more above threshold t,
             * q^2 - t = (lo - t) ((hi - t)/(lo - t))^u: smooth in u for
             * the 1/q^2 photon pole of the transverse rate (LHCb's K*ee
             * bin starts at 7.8e-4 GeV^2) and for a bin edge just above
             * the muon threshold (LHCb's R_K*+ bin starts at 0.045) */
            const double t = 4 * ml * ml, span = log((hi - t) / (lo - t));
            const int logsub = lo > t && hi - t > 8 * (lo - t);
            /* a bin ending at or just below the kinematic endpoint e
             * (B_s -> phi: e = 18.90 GeV^2, LHCb's bins end at 18.9 and 19)
             * has the sqrt(e - q^2) of |p_V| at its upper edge: q^2 = e -
             * (e - lo) v^2 with v from sqrt((e - hi)/(e - lo)) to 1 */
            const double e = (mB - mV) * (mB - mV);
            const int endsub = !logsub && e - hi < 0.1 * (hi - lo);
            const double v0 = endsub ? sqrt((e - hi) / (e - lo)) : 0;
            const double v = v0 + (1 - v0) * x[i];
            const double q2 = logsub   ? t + (lo - t) * exp(x[i] * span)
                              : endsub ? e - (e - lo) * v * v
                                       : lo + (hi - lo) * x[i] * x[i];
            const double w = logsub   ? wt[i] * (q2 - t) * span
                             : endsub ? wt[i] * (1 - v0) * 2 * v * (e - lo)
                                      : wt[i] * 2 * x[i] * (hi - lo);
            bvll_j(in, meson, l, q2, j);
            if (meson == 2) {
                /* B_s -> phi, untagged and time-integrated
                 * (arXiv:1502.05509 eq. 42, flavio observables_bs.py):
                 * Sigma_i -> (Sigma_i - y_s h_i)/(1 - y_s^2).  With real
                 * coefficients and no mixing phase, the B_s-bar amplitudes
                 * are the B_s ones times their CP parity eta (+1 for A_0,
                 * A_para, A_t; -1 for A_perp, A_S), so h_i = 2 (J_i^even -
                 * J_i^odd): the even part decays with the light
                 * eigenstate, 1/(1 + y_s), the odd part with the heavy.
                 * The measured observables (rate, F_L, S3, S4, S7) have no
                 * mixed-parity terms, which oscillate away (x_s ~ 27).
                 * The 1/(1 - y_s^2) cancels in ratios; the rate gets it
                 * below. */
                int k;
                bvll_j_cp(in, meson, l, q2, 1, j + BV_NJ);
                bvll_j_cp(in, meson, l, q2, 2, j + 2 * BV_NJ);
                for (k = 0; k < BV_NJ; k++) {
                    gen_qf_axpy(&j[k], -in->y_s, &j[BV_NJ + k]);
                    gen_qf_axpy(&j[k], in->y_s, &j[2 * BV_NJ + k]);
                }
            }
            switch (obs) {
            case BV_DBR:
                rate_from_j(j, w, num);
                break;
            case BV_RMUE:
                rate_from_j(j, w, pass == 0 ? num : den);
                break;
            case BV_FL:
                gen_qf_axpy(num, -w, &j[BV_J2C]);
                rate_from_j(j, w, den);
                break;
            case BV_AFB: /* LHCb sign: -(3/4 J6s + 3/8 J6c)_th */
                gen_qf_axpy(num, -0.75 * w, &j[BV_J6S]);
                gen_qf_axpy(num, -0.375 * w, &j[BV_J6C]);
                rate_from_j(j, w, den);
                break;
            case BV_S3: case BV_S4: case BV_S5:
            case BV_S7: case BV_S8: case BV_S9: {
                static const int ji[6] = {BV_J3, BV_J4, BV_J5,
                                          BV_J7, BV_J8, BV_J9};
                static const double sg[6] = {1, -1, 1, -1, 1, -1};
                gen_qf_axpy(num, sg[obs - BV_S3] * w, &j[ji[obs - BV_S3]]);
                rate_from_j(j, w, den);
                break;
            }
            case BV_P1: /* J3/(2 J2s) */
                gen_qf_axpy(num, w, &j[BV_J3]);
                gen_qf_axpy(den, 2 * w, &j[BV_J2S]);
                break;
            case BV_P2: /* J6s^LHCb/(8 J2s) = -J6s/(8 J2s) */
                gen_qf_axpy(num, -w, &j[BV_J6S]);
                gen_qf_axpy(den, 8 * w, &j[BV_J2S]);
                break;
            case BV_P3: /* -J9^LHCb/(4 J2s) = J9/(4 J2s) */
                gen_qf_axpy(num, w, &j[BV_J9]);
                gen_qf_axpy(den, 4 * w, &j[BV_J2S]);
                break;
            case BV_P4P: case BV_P5P: case BV_P6P: case BV_P8P: {
                /* S_i^LHCb / (2 sqrt(-Sigma_2s Sigma_2c)) with
                 * Sigma = 2 J: J_i^LHCb / sqrt(4 J2s (-J2c)); P6' is
                 * built from J7 (flavio, LHCb) */
                static const int ji[4] = {BV_J4, BV_J5, BV_J7, BV_J8};
                static const double sg[4] = {-1, 1, -1, 1};
                gen_qf_axpy(num, sg[obs - BV_P4P] * w, &j[ji[obs - BV_P4P]]);
                gen_qf_axpy(den, 4 * w, &j[BV_J2S]);
                gen_qf_axpy(den2, -w, &j[BV_J2C]);
                break;
            }
            case BV_ATIM:
                /* (J9 - J9bar)/(4 J2s): the CP-odd part of J9 needs a
                 * weak phase; smelt's coefficients are real and the
                 * SM's lambda_u terms are dropped (wet_sm.c), so the
                 * numerator is 0 */
                gen_qf_axpy(den, 4 * w, &j[BV_J2S]);
                break;
            default:
                break;
            }
        }
    }
    if (obs == BV_DBR) {
        const double tau = meson == 2 ? in->tau_Bs / (1 - in->y_s * in->y_s)
                           : meson   ? in->tau_Bp
                                     : in->tau_B0;
        gen_qf_axpy(num, tau / (q2b - q2a) - 1, num);
    }
    free(j);
}
