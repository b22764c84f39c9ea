/* SPDX-License-Identifier: MIT */
/*
 * qcdf_types.h -- the data types of qcdf.c that bsll_inputs embeds: the
 * hadronic inputs of the QCD-factorisation corrections and the Monte-Carlo
 * cache of their q^2-dependent terms.  Generator side.
 */
#ifndef SMELT_QCDF_TYPES_H
#define SMELT_QCDF_TYPES_H

#include <complex.h>

/* hadronic inputs not in bsll_inputs (tools/data/qcdf_inputs.dat);
 * meson index 0 = B0 -> K*0, 1 = B+ -> K*+, 2 = B_s -> phi */
typedef struct {
    double f_Bp;          /* f_B+ (GeV); f_B0, f_Bs come from bsll_inputs */
    double f_para[3];     /* longitudinal decay constant of K*0, K*+, phi */
    double f_perp2[3];    /* transverse decay constant at mu_f_perp (GeV) */
    double a1_para[3], a2_para[3]; /* Gegenbauer moments of phi_para */
    double a1_perp[3], a2_perp[3]; /* ... and of phi_perp */
    double mc_bvgamma;    /* m_c in z = m_c^2/m_b^2 of delta C7 (GeV) */
    double mu_f_perp;     /* scale of f_perp2 (GeV) */
    double mu_thr_b;      /* n_f = 4 -> 5 threshold of the f_perp running */
    /* the uncertainties read with the central values (not used here) */
    double sig_f_Bp, sig_f_para[3], sig_f_perp2[3];
    double sig_a1_para[3], sig_a2_para[3], sig_a1_perp[3], sig_a2_perp[3];
    double sig_mc_bvgamma;
    /* numerics, set by qcdf_load_inputs */
    int n_u;          /* Gauss-Legendre nodes per u sub-interval (<= 64) */
    int flavio_grid;  /* 0 (default): the expansions at the point;
                       * 1: delta C7, delta C9 as flavio evaluates them,
                       * trilinear interpolation of the F_i functions on
                       * flavio's (mu/m_b, z, s) grid; 0: the expansions
                       * evaluated directly at the point */
} qcdf_inputs;

/* The Monte-Carlo cache (qcdf_terms): delta C7, delta C9 and the spectator
 * quantities T_perp, T_para at one q^2 (and meson), computed once at the
 * central inputs and reused for every draw (their own hadronic inputs are
 * not varied; the u integrals would otherwise dominate the generator's run
 * time).  Open addressing on (meson, q^2); owned by the caller. */
typedef struct {
    int n, cap;
    int *meson;
    double *q2;
    double complex *v; /* 4 per entry: dc7, dc9, t_perp, t_para */
} qcdf_cache;

#endif /* SMELT_QCDF_TYPES_H */
