/* SPDX-License-Identifier: MIT */
/*
 * qcdf.h -- O(alpha_s) corrections to the B -> K* l+ l- (and B_s -> phi
 * l+ l-) amplitudes at low q^2 that flavio (v2.x) adds on top of naive
 * factorisation, for the generator (bvll.c's amplitudes):
 *
 *  (1) the two-loop matrix elements of O1, O2 and O8 as q^2-dependent shifts
 *      delta C7(q^2), delta C9(q^2) of C7eff and C9eff, the same in every
 *      helicity amplitude (Asatrian, Asatryan, Greub, Walker hep-ph/0109140,
 *      hep-ph/0312063; Greub, Pilipp, Schupbach arXiv:0810.4077; flavio
 *      bdecays/matrixelements.py delta_C7, delta_C9);
 *  (2) the non-factorisable spectator scattering of QCD factorisation
 *      (Beneke, Feldmann, Seidel hep-ph/0106067 eqs. 15-33, with the weak
 *      annihilation and its 1/m_b parts of hep-ph/0412400 eqs. 47-51;
 *      flavio bdecays/bvll/qcdf.py), which feeds only the helicity
 *      amplitudes H_0 and H_- of the vector lepton current.
 *
 * Conventions (those of bvll.c): transversity amplitudes A_perp, A_para, A_0
 * of arXiv:0811.1214 with smelt's normalisation N (|lambda_t|, the phase
 * space sqrt and sqrt(beta_l) included), H_+- = (A_para +- A_perp)/sqrt2,
 * H_0 = A_0.  All corrections multiply the vector lepton current, so they are
 * added identically to the L and R amplitudes.  Only SM coefficients enter
 * (C1..C6, C8eff of bsll_inputs.wsm); the doubly Cabibbo-suppressed
 * lambda_u/lambda_t terms are dropped, as everywhere in smelt.
 *
 * Validity: the spectator terms are switched off at q^2 >= 8.9 GeV^2 (as
 * flavio's get_ss); qcdf_delta_c79 uses the low-q^2 expansions of the
 * two-loop functions, valid for s = q^2/m_b,pole^2 < 0.4, and returns 0
 * above QCDF_Q2_MAX.  qcdf_delta_c79_all gives delta C7, delta C9 at every
 * q^2 below QCDF_Q2_MAX_ALL, with the high-q^2 expansion of arXiv:0810.4077
 * above the charm threshold (flavio adds delta C7, delta C9 at all q^2).
 *
 * Generator side only; no global state.  See qcdf.c for the formulas.
 */
#ifndef SMELT_QCDF_H
#define SMELT_QCDF_H

#include <complex.h>

#include "bsll.h"

/* above this q^2 (GeV^2) every correction of this module is 0, except
 * qcdf_delta_c79_all's */
#define QCDF_Q2_MAX 8.9

/* qcdf_delta_c79_all: valid for 0 < q^2 < QCDF_Q2_MAX_ALL (GeV^2; above
 * (m_B - m_K)^2 = 22.9 GeV^2) */
#define QCDF_Q2_MAX_ALL 23.0

/* s = q^2/m_b,pole^2 ranges of the two expansions of F_{1,2}^{(7,9)} in
 * qcdf_delta_c79_all: the low-q^2 one for s <= QCDF_S_LO, the high-q^2 one
 * for s >= QCDF_S_HI, linear in s in between (flavio's grid nodes at
 * s = 0.39 and 0.42 come from the two expansions, and it interpolates
 * linearly between them) */
#define QCDF_S_LO 0.39
#define QCDF_S_HI 0.42

/* Gauss-Legendre nodes per sub-interval of the u integrals (default) */
#define QCDF_NU_DEFAULT 20

/* qcdf_inputs and qcdf_cache: qcdf_types.h (bsll_inputs holds them) */

/* Read tools/data/qcdf_inputs.dat ("NAME VALUE SIGMA UNIT" lines); aborts
 * the generator on a missing or malformed entry.  Sets n_u =
 * QCDF_NU_DEFAULT and flavio_grid = 0 (see qcdf.c). */
void qcdf_load_inputs(qcdf_inputs *qi, const char *datadir);

/* delta C7(q^2), delta C9(q^2) (complex, helicity independent; to be added
 * to C7eff and C9eff).  Returns 0, or 1 (and zeros) for q^2 outside
 * (0, QCDF_Q2_MAX). */
int qcdf_delta_c79(const bsll_inputs *in, const qcdf_inputs *qi, double q2,
                   double complex *dc7, double complex *dc9);

/* delta C7(q^2), delta C9(q^2) at any q^2 (flavio's delta_C7, delta_C9):
 * identical to qcdf_delta_c79 for s = q^2/m_b,pole^2 <= QCDF_S_LO; for
 * s >= QCDF_S_HI the two-loop functions F_{1,2}^{(7,9)} come from the
 * high-q^2 expansion of Greub, Pilipp, Schupbach arXiv:0810.4077
 * (qcdf_f1279_high), linear in s in between; F_8^(7), F_8^(9) as at low
 * q^2.  With qi->flavio_grid = 1 flavio's trilinear interpolation of its
 * grid is emulated at every q^2 (the grid nodes computed here).
 * Returns 0, or 1 (and zeros) for q^2 outside (0, QCDF_Q2_MAX_ALL).
 *
 * Accuracy against flavio: at its grid nodes s >= 0.93 the F functions
 * agree with its file f_12_79.dat to the 6 printed digits (checked at
 * mu/m_b = 1 and 1.3, z = 0.10 ... 0.15).  Below s = 0.9 flavio's nodes
 * use the closed forms in s of the 0810.4077 coefficients, this code
 * their Taylor polynomials about s = 1.  With smelt's SM inputs
 * (m_b,pole = 4.79 GeV) this - flavio (its grid interpolated as flavio
 * does) in delta C9 is -0.0003 - 0.0013i at q^2 = 18 GeV^2, -0.0018 -
 * 0.0068i at 16, -0.0043 - 0.0144i at 15, -0.010 - 0.029i at 14, -0.05 -
 * 0.11i at 12 and -0.26 - 0.40i at 10 (next to the charm threshold
 * s = 4z, where the z expansion, flavio's grid included, hardly
 * converges); below 1e-4 at q^2 >= 20.  In delta C7 below 6e-4 at
 * q^2 >= 14, 6e-3 at 10. */
int qcdf_delta_c79_all(const bsll_inputs *in, const qcdf_inputs *qi,
                       double q2, double complex *dc7, double complex *dc9);

/* flavio's auxiliary quantities T_perp(q^2), T_para(q^2) of the spectator
 * scattering (qcdf.py T_perp, T_para; dimensionless, BFS eq. 15 with the
 * weak-annihilation terms; see qcdf.c).
 * Returns 0, or 1 (and zeros) for q^2 outside (0, QCDF_Q2_MAX). */
int qcdf_spectator_t(const bsll_inputs *in, const qcdf_inputs *qi, int meson,
                     double q2, double complex *t_perp,
                     double complex *t_para);

/* bvll.c turns T_perp, T_para into amplitude shifts (delta A_perp =
 * -delta A_para: only H_- and H_0 change) and adds delta C7, delta C9 to
 * C7eff, C9eff; qcdf_terms below gives all four, cached in the Monte
 * Carlo. */

/* Monte-Carlo cache (qcdf_types.h) */
void qcdf_cache_init(qcdf_cache *c, int cap);
void qcdf_cache_free(qcdf_cache *c);
/* The four quantities at (meson, q2): from the cache if present there,
 * else computed from (in, qi) and stored (cache NULL: always computed).
 * Returns 1 (zeros) outside the validity range, as the functions above. */
int qcdf_terms(qcdf_cache *c, const bsll_inputs *in, const qcdf_inputs *qi,
               int meson, double q2, double complex v[4]);

/* Building blocks, exposed for the checks. */
double complex qcdf_li2(double complex z);      /* dilogarithm, principal */
double qcdf_ei(double x);                       /* Ei(x), x > 0 */
/* F_{1,2}^{(7,9)}(mu/m_b, z = m_c^2/m_b^2, s = q^2/m_b^2), s < 0.4:
 * f[0] = F_1^(7), f[1] = F_1^(9), f[2] = F_2^(7), f[3] = F_2^(9) */
void qcdf_f1279(double muh, double z, double s, double complex f[4]);
/* the same from the high-q^2 expansion of arXiv:0810.4077 (z^0 ... z^10,
 * each coefficient function as its Taylor polynomial to (1-s)^4, the
 * paper's s > 0.9 branch), meant for s >= QCDF_S_HI (up to ~1.5) */
void qcdf_f1279_high(double muh, double z, double s, double complex f[4]);
/* BFS's L1(x) (eq. 32) and t_perp, t_para (eqs. 27, 28) for a quark of
 * mass m (0: massless) at momentum fraction u, with I_1 and
 * dB0 = B0(s_u) - B0(q^2) (NULL: not wanted) */
double complex qcdf_l1(double complex x);
void qcdf_bfs_t(double mB, double mV, double m, double q2, double u,
                double complex *t_perp, double complex *t_para,
                double complex *i1, double complex *db0);

#endif /* SMELT_QCDF_H */
