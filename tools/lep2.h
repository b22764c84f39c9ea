/* SPDX-License-Identifier: MIT */
/*
 * lep2.h -- LEP-2 e+e- -> l+l- in SMEFT at tree level (seed 000 section 4):
 * helicity amplitudes, cross-sections as quadratic forms in x = (1, C),
 * and the observables/blocks of the 'lep2' category.  Generator side;
 * tests link it to cross-check the tables.
 */
#ifndef SMELT_LEP2_H
#define SMELT_LEP2_H

#include "ew.h"

/* Helicity index XY = 2X + Y with X the e- and Y the final-lepton
 * chirality, 0 = L, 1 = R. */
enum { LEP2_LL = 0, LEP2_LR = 1, LEP2_RL = 2, LEP2_RR = 3 };

/* e+e- -> l_j+ l_j- (fam = 2, 3): the four amplitudes N^XY(s) of eq. (4.2),
 * linear in x, in GeV^-2, and the non-interfering scalar C_le^{1jj1}. */
void lep2_ll_amplitudes(const ew_inputs *ew, double s, int fam,
                        gen_amp n[4], gen_amp *scalar);

/* Total cross-section (eq. 4.4) and sigma_F - sigma_B (eq. 4.5), GeV^-2. */
void lep2_ll_sigma(const ew_inputs *ew, double s, int fam, gen_qform *sigma,
                   gen_qform *fb);

/* Bhabha: the s- and t-channel amplitudes S_XY, T_XY (photon included) of
 * eqs. (4.7)-(4.8) at (s, t), linear in x, GeV^-2. */
void lep2_bhabha_amplitudes(const ew_inputs *ew, double s, double t,
                            gen_amp S[4], gen_amp T[4]);

/* Bhabha d sigma / d cos(theta) (eq. 4.9), GeV^-2, added with weight w. */
void lep2_bhabha_dsigma_add(const ew_inputs *ew, double s, double cth,
                            double w, gen_qform *out);

/* integral of d sigma/d cos(theta) over [c0, c1] by npts-point
 * Gauss-Legendre quadrature, GeV^-2 */
void lep2_bhabha_bin(const ew_inputs *ew, double s, double c0, double c1,
                     int npts, gen_qform *out);

/* Build all LEP-2 observables and covariance blocks.  Observables are
 * appended to obs[*n_obs...], blocks to blocks[*n_blocks...]. */
void lep2_build(const ew_inputs *ew, const char *datadir, gen_obs *obs,
                int *n_obs, gen_block *blocks, int *n_blocks);

#endif
