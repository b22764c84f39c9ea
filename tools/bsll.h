/* SPDX-License-Identifier: MIT */
/*
 * bsll.h -- b -> s l l observables (issue 3, sector I) and Delta M_s,
 * as quadratic forms in the WET new-physics coefficients at mu_b.
 * Generator side; tests link it.
 */
#ifndef SMELT_BSLL_H
#define SMELT_BSLL_H

#include "../src/smelt_internal.h"
#include "match.h"
#include "ff.h"
#include "ff_bv.h"
#include "wet_sm.h"
#include "qcdf_types.h"

/* Non-local models of B -> V l l (issue 4, section 3) */
enum { BSLL_NL_FLAVIO = 0, BSLL_NL_PDD = 1,
       /* the PDD h_lambda as the nl_* parameters of the likelihood
        * (smelt.h SMELT_NL_LIST), their prior as pseudo-measurements */
       BSLL_NL_PDD_FIT = 2 };
/* HEPfit's h_lambda parameters (tools/data/bvll_nonlocal_pdd.dat), shared
 * by B0, B+ and B_s (SU(3) breaking 0 as in that configuration):
 *   h_+(q^2) = hp_0 + hp_1 q^2 + hp_2 q^4 + [universal],
 *   h_-(q^2) = hm_2 q^4 + [universal],
 *   h_0(q^2) = sqrt(q^2) (h0_0 + h0_1 q^2) + [universal],
 *   [universal] = [(2 m_b/m_B) hm_0 Tt_lambda + hm_1 q^2/m_B^2 Vt_lambda]
 *                 /(16 pi^2), i.e. hm_0 = -delta C7, hm_1 = -delta C9;
 * units GeV^-1, 1, 1, GeV^-3, GeV^-2, 1, GeV^-4, GeV^-4 in enum order */
enum { BSLL_HL_H0_0, BSLL_HL_HP_0, BSLL_HL_HM_0, BSLL_HL_H0_1, BSLL_HL_HP_1,
       BSLL_HL_HM_1, BSLL_HL_HP_2, BSLL_HL_HM_2, BSLL_HL_N };

typedef struct {
    match_norm norm;   /* G_F, alpha_e, lambda_t, N */
    double m_Bs, m_B0; /* GeV */
    double tau_Bs, tau_B0; /* GeV^-1 */
    double f_Bs, f_B0; /* GeV */
    double y_s;        /* Delta Gamma_s / (2 Gamma_s) */
    double m_b, m_s;   /* MSbar at mu_b (scalar-operator normalisation) */
    double m_l[2];     /* e, mu */
    double lambda_td;  /* |V_tb V_td^*| for B0 -> mu mu (SM only) */
    double C10_SM;     /* SM C10 (scale independent) */
    /* Delta M_s */
    double m_W, mt_mt; /* GeV; MSbar m_t(m_t) */
    double bag_hat_Bs; /* RGI bag parameter B-hat */
    double eta_B;      /* NLO QCD factor paired with B-hat */
    /* B -> K l l */
    double m_Bp, m_Kp, m_K0, tau_Bp; /* GeV, GeV^-1 */
    ff_bk_fit ff;                    /* form-factor fit (flavio 2.7 default) */
    double ff_par[FF_BK_NPAR];       /* its coefficients (central or drawn) */
    /* B -> K* l l (issue 4, bvll.c) */
    double m_Kst0, m_Kstp;           /* GeV */
    ff_bv_fit ff_kst;                /* BSZ 2015 B -> K* fit */
    double ff_kst_par[FF_BV_NPAR];   /* its coefficients (central or drawn) */
    /* subleading hadronic corrections (tools/data/bvll_nonlocal.dat),
     * [meson][helicity 0, +, -]: delta C7 (C7' for +) = (a + b q^2/m_B^2)
     * m_B/(2 m_b) at q^2 <= 9 GeV^2, delta C9 = c above 14 GeV^2; 0 at the
     * central point, drawn in the theory Monte Carlo */
    double complex nl_a[3][3], nl_b[3][3], nl_c[3][3]; /* [B0, B+, Bs] */
    /* the same for B -> K ([B0, B+]): delta C9 = a + b q^2 (q^2 <= 9
     * GeV^2, b in GeV^-2), c (q^2 > 14 GeV^2) */
    double complex nlk_a[2], nlk_b[2], nlk_c[2];
    /* which model describes the B -> V non-local terms below 9 GeV^2:
     * BSLL_NL_FLAVIO (nl_a, nl_b above) or BSLL_NL_PDD (HEPfit's
     * h_lambda polynomial, seed 003's "data-driven" treatment; hl) */
    int nl_model;
    double complex hl[BSLL_HL_N]; /* 0 at the central point */
    /* QCD-factorisation corrections at low q^2 (qcdf.c) */
    qcdf_inputs qcdf;
    int qcdf_off;           /* 1: naive factorisation only (tests) */
    qcdf_cache *qcdf_mc;    /* non-NULL in the theory Monte Carlo */
    /* b -> s gamma (bsgamma.c) */
    double sin2beta;                 /* CKM angle beta of the B0 mixing */
    double br_xsgamma_sm;            /* NNLO SM BR(B -> X_s gamma) */
    /* B_s -> phi l l (bvll.c, meson index 2) */
    double m_phi;                    /* GeV */
    ff_bv_fit ff_phi;                /* BSZ 2015 B_s -> phi fit */
    double ff_phi_par[FF_BV_NPAR];   /* its coefficients (central or drawn) */
    wet_sm_coeffs wsm;               /* SM C1..C10 at mu_b (NLL) */
    double mc_pole, mb_pole;         /* inside the loop functions h */
} bsll_inputs;

/* WET indices (WET(name)) of the b -> s l l coefficients of lepton
 * l = 0 (e), 1 (mu), shared by every mode's amplitudes */
typedef struct {
    int c9, c9p, c10, c10p, cs, csp, cp, cpp;
} bsll_lepton_wc;
extern const bsll_lepton_wc bsll_lwc[2];

/* Integral of d Gamma/dq^2 (B -> K l l) over [q2min, q2max] in GeV, as a
 * quadratic form in x = (1, wet); charged = 1 for B+ -> K+, 0 for B0 -> K0;
 * l = 0 (e), 1 (mu). */
void bsll_bk_gamma(const bsll_inputs *in, int charged, int l, double q2min,
                   double q2max, int npts, gen_qform *g);

/* Load central inputs (tools/data/flavour_inputs.dat, sm_inputs.dat,
 * wet_sm_inputs.dat). */
void bsll_load_inputs(bsll_inputs *in, const char *datadir);

/* The same with a chosen B -> K form-factor fit: "GRvDV2023" (the
 * default, flavio 2.7) or "GKvD2018" (flavio's earlier default; seed
 * 000's smelli fits straddle the change).  Unknown names abort. */
#define BSLL_FF_BK_DEFAULT "GRvDV2023"
void bsll_load_inputs_ff(bsll_inputs *in, const char *datadir,
                         const char *ff_name);

/* Non-local model names of the table sets: "flavio" (default: flavio's
 * subleading-correction nuisances, as smelli and seed 000), "PDD"
 * (HEPfit's h_lambda with its flat priors and constraints, seed 003) or
 * "PDD-fit" (the same h_lambda exposed as fit parameters).
 * Returns BSLL_NL_*, or -1 for an unknown name. */
#define BSLL_NL_DEFAULT "flavio"
int bsll_nl_model(const char *name);

/* Build the b->s (sector I) and Delta M_s observables found in
 * tools/data/bsll_sector1.dat and df2.dat, with one covariance block
 * (experiment + Monte-Carlo theory covariance) per category. */
void bsll_build(const bsll_inputs *in, const char *datadir, gen_obs *obs,
                int *n_obs, gen_block *blocks, int *n_blocks);

/* time-integrated BR(B_s -> l l), l = 0 (e), 1 (mu), as a quadratic form
 * in x = (1, wet) (flavio's bll.py; De Bruyn et al. arXiv:1204.1737) */
void bsll_bs_ll(const bsll_inputs *in, int l, gen_qform *br);

/* effective lifetime of B_s -> l l (GeV^-1) as num/den quadratic forms */
void bsll_bs_tau_eff(const bsll_inputs *in, int l, gen_qform *num,
                     gen_qform *den);

/* BR(B0 -> l l) in the SM (b -> d l l new physics not modelled) */
double bsll_b0_ll_sm(const bsll_inputs *in, int l);

/* Inami-Lim S0(x) */
double bsll_S0(double x);

/* Delta M_s (GeV) in the SM */
double bsll_dms_sm(const bsll_inputs *in);

/* C_VLL^SM at the electroweak scale, LO, without QCD factors, GeV^-2 */
double bsll_cvll_sm_lo(const bsll_inputs *in);

/* Delta M_s as a linear form: Delta M_s^SM (1 + C_VLL^NP / C_VLL^SM) */
void bsll_dms(const bsll_inputs *in, gen_qform *dms);

#endif
