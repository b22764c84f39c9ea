/* SPDX-License-Identifier: MIT */
/*
 * bvll.h -- B -> K* l+ l- (b -> s l l sector II, issue 4): transversity
 * amplitudes, angular coefficients J_i(q^2) and bin-integrated
 * observables as quadratic forms in x = (1, WET new-physics
 * coefficients).  Generator side; bsll.c dispatches to it and runs the
 * theory Monte Carlo.
 */
#ifndef SMELT_BVLL_H
#define SMELT_BVLL_H

#include "bsll.h"

/* binned B -> K* l l observables, flavio's names and (LHCb) conventions */
enum {
    BV_DBR,  /* <dBR/dq2>, GeV^-2 */
    BV_FL,   /* <FL> */
    BV_AFB,  /* <AFB> (LHCb sign) */
    BV_S3, BV_S4, BV_S5, BV_S7, BV_S8, BV_S9, /* <S_i> (S4, S7, S9 LHCb) */
    BV_P1, BV_P2, BV_P3,                      /* <P_i> (P2, P3 LHCb) */
    BV_RMUE, /* <Rmue> = R_K* */
    /* <P'_i> = S_i^LHCb / (2 sqrt(-Sigma_2s Sigma_2c)), each Sigma
     * integrated over the bin: num / sqrt(den den2) */
    BV_P4P, BV_P5P, BV_P6P, BV_P8P,
    BV_ATIM, /* <ATIm> = A_9-type CP asymmetry; 0 for real coefficients */
    BV_NOBS
};

/* meson 0: B0 -> K*0, 1: B+ -> K*+, 2: B_s -> phi -- its masses (GeV) and
 * its form factors at q^2 (BSZ 2015 fits of bsll_inputs) */
void bvll_meson_masses(const bsll_inputs *in, int meson, double *mB,
                       double *mV);
void bvll_ff(const bsll_inputs *in, int meson, double q2,
             double ff[FF_BV_NFF]);

/* The observable of a flavio name such as "<FL>(B0->K*mumu)" with its
 * process: *meson = 0 for B0 -> K*0, 1 for B+ -> K*+, 2 for B_s -> phi
 * (untagged, time-integrated: <dBR/dq2>, F_L, S3, S4, S7 only); *lep = 1
 * (mu), 0 (e) or -1 for the mu/e ratio.  Returns -1 if not an observable
 * of this module. */
int bvll_kind(const char *name, int *meson, int *lep);

/* Bin [q2a, q2b] of observable obs as num/den (den->m[0][0] == 0: no
 * denominator), or num/sqrt(den den2) for the P'_i (den2->m[0][0] == 0
 * for all others); npts Gauss-Legendre points. */
void bvll_bin(const bsll_inputs *in, int obs, int meson, int lep,
              double q2a, double q2b, int npts, gen_qform *num,
              gen_qform *den, gen_qform *den2);

/* The 12 angular coefficients at one q^2, as quadratic forms, in the
 * order J1s J1c J2s J2c J3 J4 J5 J6s J6c J7 J8 J9 (theory convention of
 * arXiv:0811.1214); l = 0 (e), 1 (mu). */
enum { BV_J1S, BV_J1C, BV_J2S, BV_J2C, BV_J3, BV_J4, BV_J5, BV_J6S,
       BV_J6C, BV_J7, BV_J8, BV_J9, BV_NJ };
void bvll_j(const bsll_inputs *in, int meson, int l, double q2,
            gen_qform *j /* [BV_NJ] */);

/* HEPfit's h_lambda(q^2) (bsll.h, BSLL_HL_*) per unit of each real
 * parameter: h_lambda = sum_j b[lambda][j] hl[j], lambda = 0, 1 (+),
 * 2 (-), at meson's central-or-drawn form factors */
void bvll_h_basis(const bsll_inputs *in, int meson, double q2,
                  double b[3][BSLL_HL_N]);

/* a += k sum_j b_j h_j: the h_lambda of in->hl in a->v[0] and, in the
 * PDD-fit set, k b_j on parameter nl_..._re and i k b_j on nl_..._im */
void bvll_h_amp(const bsll_inputs *in, const double b[BSLL_HL_N], double k,
                gen_amp *a);

/* r = 8 pi^2 m_B^3/((m_B^2 - m_V^2) m_b T1(0)): at q^2 -> 0, h_-(0) is a
 * shift -r h_-(0) of C7 and h_+(0) one of +r h_+(0) of C7' (H_-+ carry
 * C7 and C7' with -+4 N m_b (m_B^2 - m_V^2) T1(0)/q^2) */
double bvll_h_c7_factor(const bsll_inputs *in, int meson);

/* The quantities HEPfit constrains in its PDD fit
 * (bvll_nonlocal_pdd.dat "pddc"), for B0 -> K*0 at parameters hl:
 * out = DC7_1, DC7_2, |ht_+(0)|/|h_-(0)|, |gt_1|, |gt_2|, |gt_3| (1 GeV^2) */
enum { BV_PDDC_DC7_1, BV_PDDC_DC7_2, BV_PDDC_HP0_HM0, BV_PDDC_GT1,
       BV_PDDC_GT2, BV_PDDC_GT3, BV_PDDC_N };
void bvll_pdd_constraints(const bsll_inputs *in,
                          const double complex hl[BSLL_HL_N],
                          double out[BV_PDDC_N]);

/* The PDD priors and constraints of tools/data/bvll_nonlocal_pdd.dat
 * (bsll.c reads them for the chain): |h_j| <= hmax[j] (flat, with a flat
 * phase), and the Gaussian mean and width of each BV_PDDC_* quantity */
void bsll_pdd_load(const char *datadir, double hmax[BSLL_HL_N],
                   double mu[BV_PDDC_N], double sig[BV_PDDC_N]);

#endif /* SMELT_BVLL_H */
