/* SPDX-License-Identifier: MIT */
/*
 * wet_sm.h -- Standard-Model Wilson coefficients of the b -> s weak
 * effective theory (n_f = 5), computed in the generator: matching at
 * mu_W, QCD running to mu_b, and the one-loop four-quark matrix elements
 * Y(q^2) that turn C9 into C9eff(q^2).  Generator side only (double,
 * double complex; may print, never runs on the device).
 *
 * Basis and normalisation (flavio's, PHYSICS.md section 1.1 and 4):
 *   C1..C6   Chetyrkin-Misiak-Muenz (CMM) basis, hep-ph/9612313,
 *            4 G_F/sqrt2 lambda_t normalisation (C2 = 1 at tree level);
 *   C7eff, C8eff  the "effective" dipole coefficients (scheme-independent
 *            at LO), C7eff = C7 - C3/3 - 4 C4/9 - 20 C5/3 - 80 C6/9;
 *   C9, C10  with the extra e^2/(16 pi^2) of PHYSICS.md section 1.1, so
 *            that C9 ~ +4, C10 ~ -4 (lambda_t < 0 sits in the prefactor N).
 * What order each piece has is documented at the top of wet_sm.c.
 */
#ifndef SMELT_WET_SM_H
#define SMELT_WET_SM_H

#include <complex.h>

#include "gen.h"

/* perturbative order of the coefficients (see wet_sm.c for the content) */
enum {
    WET_SM_LL = 0,  /* LO matching, LO anomalous dimensions        */
    WET_SM_NLL = 1  /* NLO matching, NLO anomalous dimensions      */
};

typedef struct {
    double alpha_s_MZ; /* MSbar, 5 flavours                         */
    double mZ, mW;     /* GeV                                        */
    double mt_pole;    /* GeV                                        */
    double mb_mb;      /* MSbar m_b(m_b), GeV                        */
    double mc_mc;      /* MSbar m_c(m_c), GeV                        */
    double s2w;        /* sin^2 theta_W (MSbar at M_Z) in C9, C10    */
    double mu_W;       /* matching scale, GeV (flavio: 120)          */
    int order;         /* WET_SM_LL or WET_SM_NLL                    */
    int nsteps_per_unit; /* RK4 steps per unit of ln(mu); 0 = default */
    int alpha_s_loops;   /* 2 (default, set by wet_sm_load); 1 for tests */
} wet_sm_inputs;

typedef struct {
    /* index 1..10 used: C1..C6, C7eff, C8eff, C9, C10 (index 0 unused) */
    double c[11];
    double mu;       /* scale of c[], GeV */
    double alpha_s;  /* alpha_s(mu), 2 loops, 5 flavours */
    int order;
} wet_sm_coeffs;

/* Read the inputs: m_Z and s2w from sm_inputs.dat, everything else
 * from wet_sm_inputs.dat; order from wet_order, alpha_s_loops = 2. */
void wet_sm_load(wet_sm_inputs *in, const gen_datafile *sm,
                 const gen_datafile *wet);
/* Convenience: read both files from dir. */
void wet_sm_load_dir(wet_sm_inputs *in, const char *dir);

/* alpha_s(mu) at two loops (MSbar), from alpha_s(M_Z) with n_f = 5
 * (nf_low_thresholds = 0), or with 5 -> 4 -> 3 flavour thresholds at
 * m_b(m_b) and m_c(m_c) (nf_low_thresholds = 1; continuous matching). */
double wet_alpha_s(const wet_sm_inputs *in, double mu, int nf_low_thresholds);

/* MSbar top mass m_t(mu) (5-flavour alpha_s, 2-loop mass running) from
 * the pole mass via the 2-loop pole/MSbar relation at mu = m_t(m_t). */
double wet_mt_msbar(const wet_sm_inputs *in, double mu);
/* Pole masses from the MSbar ones by the 2-loop relation (as flavio's
 * get_mb_pole / get_mc_pole with nl = 2). */
double wet_mb_pole(const wet_sm_inputs *in);
double wet_mc_pole(const wet_sm_inputs *in);

/* Coefficients at mu_W (before running), in the same layout. */
void wet_sm_match(const wet_sm_inputs *in, wet_sm_coeffs *out);
/* Coefficients at mu (2 <= mu <= 10 GeV is the intended range; any
 * 1 < mu <= mu_W works, n_f = 5 throughout, as flavio's table). */
void wet_sm_compute(const wet_sm_inputs *in, double mu, wet_sm_coeffs *out);

/* Fermion-loop function h(s, m) of PHYSICS.md section 4 (flavio
 * matrixelements.py::h; hep-ph/0106067 eq. 11).  s > 0 or s == 0,
 * m >= 0 (m = 0 is the massless limit). */
double complex wet_h(double s, double m, double mu);

/* Y(q^2) with C9eff(q^2) = C9 + Y(q^2) (0811.1214 eq. 10; pole masses
 * mc, mb inside h, as flavio).  Uses c->c[1..6]. */
double complex wet_Y(const wet_sm_coeffs *c, double q2, double mu, double mc,
                     double mb);

/* Loop functions, exposed for the tests: Inami-Lim Y0(x) (PHYSICS.md
 * section 4) and the real dilogarithm Li2(x), x <= 1. */
double wet_Y0(double x);
double wet_li2(double x);

#endif /* SMELT_WET_SM_H */
