/* SPDX-License-Identifier: MIT */
/*
 * ew.h -- electroweak inputs and SMEFT shifts of the Z couplings
 * ({alpha_e, G_F, m_Z} input scheme), used by every sector that needs Z
 * exchange.  Generator side only.
 */
#ifndef SMELT_EW_H
#define SMELT_EW_H

#include "gen.h"

typedef struct {
    double GF, alpha, mZ, GammaZ, s2w, s2w_eff;
    double e2;      /* 4 pi alpha_e(M_Z) */
    double gz;      /* gbar_Z = sqrt(4 sqrt2 G_F m_Z^2) = e/(shat chat) */
    double sh, ch;  /* scheme sin/cos theta-hat */
    double v2;      /* 1/(sqrt2 G_F), GeV^2 */
    double hbarc2;  /* GeV^2 pb */
} ew_inputs;

void ew_load(ew_inputs *in, const gen_datafile *f);

/* Z coupling of the charged lepton of family fam (1..3) with chirality
 * chir (0 = L, 1 = R), as an amplitude linear in x: the x_0 component is
 * gbar_Z (T3 - Q s2w_eff) resp. gbar_Z(-Q s2w_eff), the others gbar_Z
 * times the SMEFT shift delta g (PHYSICS.md section 7). */
void ew_zcoupling_lepton(const ew_inputs *in, int fam, int chir, gen_amp *g);

/* Product of two linear couplings, truncated at first order in C:
 * A B ~ A0 B + B0 A - A0 B0 (the O(C^2) term of the product is dropped;
 * seed 000 keeps it -- an O(1/Lambda^4) difference, see README). */
void ew_product_linear(gen_amp *out, const gen_amp *a, const gen_amp *b);

#endif
