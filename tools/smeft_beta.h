/* SPDX-License-Identifier: MIT */
/*
 * smeft_beta.h -- one-loop SMEFT beta functions for the operator classes
 * smelt runs (generator side; issue 5, PHYSICS.md section 8).
 *
 * Sources: Jenkins, Manohar, Trott arXiv:1308.2627, 1310.4838 and Alonso,
 * Jenkins, Manohar, Trott arXiv:1312.2014, in the form used by
 * wilson-eft/wilson (wilson/run/smeft/beta.py), read as the reference for
 * the formulas; the code here is written independently.
 *
 * Convention: real coefficients, full flavour arrays in the "symmetric
 * array" convention of those papers (L = sum over ALL index tuples of
 * C^{prst} O_{prst}; redundant entries equal their partners; conversion
 * from WCxf values in tools/rge.c).  Everything is real: CKM is taken
 * real, and all coefficients are real, so the CP-odd parts of the full
 * equations vanish identically.
 *
 * Classes outside the set below are set to zero: dipoles (uB, uW, uG, dB,
 * dW, dG, eB, eW), scalar four-fermion (lequ1, lequ3, ledq, quqd1, quqd8),
 * Yukawa-like (uH, dH, eH), Hud, H^6, X^3 and the CP-odd bosonic ones.
 * They are generated from the set only at one loop and feed back at the
 * next order, so leaving them out costs O((loop x log)^2) terms.
 */
#ifndef SMELT_SMEFT_BETA_H
#define SMELT_SMEFT_BETA_H

typedef double smeft_m2[3][3];
typedef double smeft_m4[3][3][3][3];

/* SM couplings at the running scale (MS-bar). */
typedef struct {
    double g1;     /* hypercharge g' (not GUT-normalised) */
    double g2;     /* SU(2) g */
    double g3;     /* SU(3) g_s */
    double lambda; /* Higgs quartic in the JMT/wilson normalisation,
                      V = (lambda/2) (H^dag H - v^2/2)^2, m_h^2 = lambda v^2 */
    /* Yukawa matrices, -L = qbar Gu u Htilde + qbar Gd d H + lbar Ge e H
     * + h.c. (rows: doublet flavour, columns: singlet flavour), real. */
    smeft_m2 Gu, Gd, Ge;
} smeft_sm;

/* four-fermion classes (WCxf / wilson names) */
#define SMEFT_CLASS4_LIST(X)                                             \
    X(ll) X(qq1) X(qq3) X(lq1) X(lq3) X(ee) X(uu) X(dd) X(eu) X(ed)      \
    X(ud1) X(ud8) X(le) X(lu) X(ld) X(qe) X(qu1) X(qu8) X(qd1) X(qd8)
/* Higgs-current classes (wilson: phil1, phil3, phie, phiq1, phiq3,
 * phiu, phid) */
#define SMEFT_CLASS2_LIST(X)                                             \
    X(Hl1) X(Hl3) X(He) X(Hq1) X(Hq3) X(Hu) X(Hd)
/* bosonic (wilson: phiBox, phiD, phiWB, phiW, phiB) */
#define SMEFT_CLASS0_LIST(X) X(HBox) X(HD) X(HWB) X(HW) X(HB)

typedef struct {
#define SMEFT_X4_(n) smeft_m4 n;
#define SMEFT_X2_(n) smeft_m2 n;
#define SMEFT_X0_(n) double n;
    SMEFT_CLASS4_LIST(SMEFT_X4_)
    SMEFT_CLASS2_LIST(SMEFT_X2_)
    SMEFT_CLASS0_LIST(SMEFT_X0_)
#undef SMEFT_X4_
#undef SMEFT_X2_
#undef SMEFT_X0_
} smeft_wc;

/*
 * beta = 16 pi^2 dC/d ln(mu) for every class of smeft_wc, at one loop,
 * linear in C (the SM couplings are parameters; dimension-6 feedback into
 * them is not included).  Outputs need not be symmetrised: callers average
 * each class over its symmetry orbits.  Reentrant, no allocation.
 * smeft_beta calls the two halves below.
 */
void smeft_beta(const smeft_sm *sm, const smeft_wc *c, smeft_wc *beta);

/* ll, ee, le, lq1, lq3, qe, lu, ld, eu, ed (tools/smeft_beta_lep.c) */
void smeft_beta_psi4_lep(const smeft_sm *sm, const smeft_wc *c,
                         smeft_wc *beta);
/* qq1, qq3, uu, dd, ud1, ud8, qu1, qu8, qd1, qd8, the seven Higgs
 * currents and HBox, HD, HWB, HW, HB (tools/smeft_beta_had.c) */
void smeft_beta_psi4_had_higgs(const smeft_sm *sm, const smeft_wc *c,
                               smeft_wc *beta);

#endif
