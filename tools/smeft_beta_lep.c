/* SPDX-License-Identifier: MIT */
/*
 * smeft_beta_lep.c -- one-loop SMEFT beta functions (16 pi^2 dC/d ln mu)
 * of the four-fermion classes with at least one lepton current:
 * ll, ee, le, lq1, lq3, qe, lu, ld, eu, ed.
 *
 * Sources: the psi^4 part of the complete one-loop RGE, Alonso, Jenkins,
 * Manohar, Trott arXiv:1312.2014 (appendix with the full RGE, blocks
 * (LL)(LL), (RR)(RR) and (LL)(RR)); the Yukawa-dependent pieces first
 * appear in Jenkins, Manohar, Trott arXiv:1310.4838 (same blocks).  The
 * term-by-term form follows wilson-eft/wilson, wilson/run/smeft/beta.py,
 * in the symmetric-array convention of smeft_beta.h (all arrays real).
 *
 * Notation in the comments: Tr34(C)_ij = sum_w C_ijww, Tr12(C)_ij =
 * sum_w C_wwij, Tr23(C)_ij = sum_w C_iwwj; d_ij = Kronecker delta;
 * Y_x Y_x^T etc. are products of the (real) Yukawa matrices;
 * Gam_l = Ge Ge^T / 2, Gam_e = Ge^T Ge, Gam_q = (Gu Gu^T + Gd Gd^T) / 2,
 * Gam_u = Gu^T Gu, Gam_d = Gd^T Gd; Xi_e(pt) = 2 sum_rs C_le,prst Ge_rs.
 *
 * Classes not in smeft_wc are zero by assumption; where they would have
 * contributed, the comment of the affected class says so.
 */
#include "smeft_beta.h"

/* derived SM quantities, computed once per call */
typedef struct {
    double eeT[3][3]; /* Ge Ge^T */
    double eTe[3][3]; /* Ge^T Ge */
    double uuT[3][3]; /* Gu Gu^T */
    double uTu[3][3]; /* Gu^T Gu */
    double ddT[3][3]; /* Gd Gd^T */
    double dTd[3][3]; /* Gd^T Gd */
    double gam_l[3][3], gam_e[3][3], gam_q[3][3], gam_u[3][3], gam_d[3][3];
    double xi_e[3][3];
    double g1s, g2s; /* g1^2, g2^2 */
} lep_aux;

static double kd(int i, int j)
{
    return i == j ? 1.0 : 0.0;
}

/* sum_w C_ijww */
static double tr34(const double C[3][3][3][3], int i, int j)
{
    return C[i][j][0][0] + C[i][j][1][1] + C[i][j][2][2];
}

/* sum_w C_wwij */
static double tr12(const double C[3][3][3][3], int i, int j)
{
    return C[0][0][i][j] + C[1][1][i][j] + C[2][2][i][j];
}

/* sum_w C_iwwj */
static double tr23(const double C[3][3][3][3], int i, int j)
{
    return C[i][0][0][j] + C[i][1][1][j] + C[i][2][2][j];
}

/* out = A B^T (tA = 0) or A^T B (tA = 1), A and B may coincide */
static void mat_prod_t(const double A[3][3], const double B[3][3], int tA,
                       double out[3][3])
{
    int i, j, k;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            double s = 0;
            for (k = 0; k < 3; k++)
                s += tA ? A[k][i] * B[k][j] : A[i][k] * B[j][k];
            out[i][j] = s;
        }
}

static void aux_init(const smeft_sm *sm, const smeft_wc *c, lep_aux *a)
{
    int i, j, r, s;
    mat_prod_t(sm->Ge, sm->Ge, 0, a->eeT);
    mat_prod_t(sm->Ge, sm->Ge, 1, a->eTe);
    mat_prod_t(sm->Gu, sm->Gu, 0, a->uuT);
    mat_prod_t(sm->Gu, sm->Gu, 1, a->uTu);
    mat_prod_t(sm->Gd, sm->Gd, 0, a->ddT);
    mat_prod_t(sm->Gd, sm->Gd, 1, a->dTd);
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            a->gam_l[i][j] = 0.5 * a->eeT[i][j];
            a->gam_e[i][j] = a->eTe[i][j];
            a->gam_q[i][j] = 0.5 * (a->uuT[i][j] + a->ddT[i][j]);
            a->gam_u[i][j] = a->uTu[i][j];
            a->gam_d[i][j] = a->dTd[i][j];
        }
    /* Xi_e; the C_ledq and C_lequ1 parts of Xi_e are dropped */
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            double x = 0;
            for (r = 0; r < 3; r++)
                for (s = 0; s < 3; s++)
                    x += c->le[i][r][s][j] * sm->Ge[r][s];
            a->xi_e[i][j] = 2 * x;
        }
    a->g1s = sm->g1 * sm->g1;
    a->g2s = sm->g2 * sm->g2;
}

/*
 * Wave-function (Yukawa) terms for a class with two currents of the same
 * field:  sum_v [A_pv C_vrst + C_pvst A_vr + A_sv C_vtpr + C_svpr A_vt],
 * added to out.
 */
static void wf_same(const double A[3][3], const double C[3][3][3][3],
                    double out[3][3][3][3])
{
    int p, r, s, t, v;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0;
                    for (v = 0; v < 3; v++)
                        x += A[p][v] * C[v][r][s][t]
                           + C[p][v][s][t] * A[v][r]
                           + A[s][v] * C[v][t][p][r]
                           + C[s][v][p][r] * A[v][t];
                    out[p][r][s][t] += x;
                }
}

/*
 * Same for two different currents (A on indices p,r; B on s,t):
 * sum_v [A_pv C_vrst + B_sv C_prvt + C_pvst A_vr + C_prsv B_vt].
 */
static void wf_mixed(const double A[3][3], const double B[3][3],
                     const double C[3][3][3][3], double out[3][3][3][3])
{
    int p, r, s, t, v;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0;
                    for (v = 0; v < 3; v++)
                        x += A[p][v] * C[v][r][s][t]
                           + B[s][v] * C[p][r][v][t]
                           + C[p][v][s][t] * A[v][r]
                           + C[p][r][s][v] * B[v][t];
                    out[p][r][s][t] += x;
                }
}

/*
 * C_ll: 1312.2014, (LL)(LL) block, equation for dC_ll/dln mu (Yukawa
 * parts: 1310.4838, same block).  Every term of the reference expression
 * is kept (40 terms: 19 + their (pr)<->(st) mirrors, plus the two
 * C_ll self terms); no dropped class contributes.
 */
static void beta_ll(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s, g2s = a->g2s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    /* Higgs currents, gauge */
                    x -= g1s / 6 * (c->Hl1[s][t] * kd(p, r)
                                    + c->Hl1[p][r] * kd(s, t));
                    x -= g2s / 6 * (c->Hl3[s][t] * kd(p, r)
                                    - 2 * c->Hl3[s][r] * kd(p, t)
                                    + c->Hl3[p][r] * kd(s, t)
                                    - 2 * c->Hl3[p][t] * kd(s, r));
                    /* closed loops and penguins, g1^2 */
                    x += g1s / 3 * ((2 * tr34(c->ll, p, r)
                                     + tr23(c->ll, p, r)) * kd(s, t)
                                    + (2 * tr34(c->ll, s, t)
                                       + tr23(c->ll, s, t)) * kd(p, r));
                    x -= g1s / 3 * (tr34(c->lq1, p, r) * kd(s, t)
                                    + tr34(c->lq1, s, t) * kd(p, r));
                    x += g1s / 3 * ((-2 * tr34(c->lu, p, r)
                                     + tr34(c->ld, p, r)
                                     + tr34(c->le, p, r)) * kd(s, t)
                                    + (-2 * tr34(c->lu, s, t)
                                       + tr34(c->ld, s, t)
                                       + tr34(c->le, s, t)) * kd(p, r));
                    /* g2^2 */
                    x -= g2s / 3 * (tr23(c->ll, p, r) * kd(s, t)
                                    + tr23(c->ll, s, t) * kd(p, r));
                    x += 2 * g2s / 3 * (tr23(c->ll, s, r) * kd(p, t)
                                        + tr23(c->ll, p, t) * kd(s, r));
                    x -= g2s * (tr34(c->lq3, p, r) * kd(s, t)
                                + tr34(c->lq3, s, t) * kd(p, r));
                    x += 2 * g2s * (tr34(c->lq3, p, t) * kd(r, s)
                                    + tr34(c->lq3, s, r) * kd(t, p));
                    /* Yukawa x Higgs currents */
                    x -= 0.5 * (a->eeT[p][r] * (c->Hl1[s][t] - c->Hl3[s][t])
                                + a->eeT[s][t]
                                      * (c->Hl1[p][r] - c->Hl3[p][r]));
                    x -= a->eeT[p][t] * c->Hl3[s][r]
                       + a->eeT[s][r] * c->Hl3[p][t];
                    /* Yukawa x C_le */
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += sm->Ge[s][v] * sm->Ge[t][w] * c->le[p][r][v][w]
                               + sm->Ge[p][v] * sm->Ge[r][w] * c->le[s][t][v][w];
                    x -= 0.5 * y;
                    /* direct gauge exchange */
                    x += 6 * g2s * c->ll[p][t][s][r]
                       + 3 * (g1s - g2s) * c->ll[p][r][s][t];
                    out[p][r][s][t] = x;
                }
    wf_same(a->gam_l, c->ll, out);
}

/*
 * C_lq^(1): 1312.2014, (LL)(LL) block (Yukawa parts 1310.4838).  Kept: 27
 * terms.  Dropped: 4 terms with C_lequ1, C_lequ3 (x Gu Ge) and 2 terms
 * with C_ledq (x Gd Ge).
 */
static void beta_lq1(const smeft_sm *sm, const smeft_wc *c,
                     const lep_aux *a, double out[3][3][3][3])
{
    const double g1s = a->g1s, g2s = a->g2s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x += -g1s / 3 * c->Hq1[s][t] * kd(p, r)
                       + g1s / 9 * c->Hl1[p][r] * kd(s, t);
                    x -= 2 * g1s / 9 * (2 * tr34(c->ll, p, r)
                                        + tr23(c->ll, p, r)) * kd(s, t);
                    x += 2 * g1s / 9 * tr34(c->lq1, p, r) * kd(s, t);
                    x += 2 * g1s / 3 * tr12(c->lq1, s, t) * kd(p, r);
                    x -= 2 * g1s / 9 * (6 * tr34(c->qq1, s, t)
                                        + tr23(c->qq1, s, t)
                                        + 3 * tr23(c->qq3, s, t)) * kd(p, r);
                    x -= 2 * g1s / 3 * (2 * tr34(c->qu1, s, t)
                                        - tr34(c->qd1, s, t)
                                        - tr34(c->qe, s, t)) * kd(p, r);
                    x += 2 * g1s / 9 * (2 * tr34(c->lu, p, r)
                                        - tr34(c->ld, p, r)
                                        - tr34(c->le, p, r)) * kd(s, t);
                    x += -g1s * c->lq1[p][r][s][t]
                       + 9 * g2s * c->lq3[p][r][s][t];
                    x += -a->eeT[p][r] * c->Hq1[s][t]
                       + a->uuT[s][t] * c->Hl1[p][r]
                       - a->ddT[s][t] * c->Hl1[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += sm->Gu[s][v] * sm->Gu[t][w] * c->lu[p][r][v][w]
                               + sm->Gd[s][v] * sm->Gd[t][w] * c->ld[p][r][v][w]
                               + sm->Ge[p][v] * sm->Ge[r][w] * c->qe[s][t][v][w];
                    x -= y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_l, a->gam_q, c->lq1, out);
}

/*
 * C_lq^(3): 1312.2014, (LL)(LL) block (Yukawa parts 1310.4838).  Kept: 17
 * terms.  Dropped: 4 terms with C_lequ1, C_lequ3 and 2 with C_ledq.
 */
static void beta_lq3(const smeft_sm *sm, const smeft_wc *c,
                     const lep_aux *a, double out[3][3][3][3])
{
    const double g1s = a->g1s, g2s = a->g2s;
    int p, r, s, t;
    (void)sm;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0;
                    x += g2s / 3 * (c->Hq3[s][t] * kd(p, r)
                                    + c->Hl3[p][r] * kd(s, t));
                    x += 2 * g2s / 3 * (3 * tr34(c->lq3, p, r) * kd(s, t)
                                        + tr12(c->lq3, s, t) * kd(p, r));
                    x += 2 * g2s / 3 * (6 * tr34(c->qq3, s, t)
                                        + tr23(c->qq1, s, t)
                                        - tr23(c->qq3, s, t)) * kd(p, r);
                    x += 2 * g2s / 3 * tr23(c->ll, p, r) * kd(s, t);
                    x += 3 * g2s * c->lq1[p][r][s][t]
                       - (6 * g2s + g1s) * c->lq3[p][r][s][t];
                    x += -a->eeT[p][r] * c->Hq3[s][t]
                       - a->uuT[s][t] * c->Hl3[p][r]
                       - a->ddT[s][t] * c->Hl3[p][r];
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_l, a->gam_q, c->lq3, out);
}

/*
 * C_ee: 1312.2014, (RR)(RR) block (Yukawa parts 1310.4838).  Kept: all
 * 21 terms (10 + their (pr)<->(st) mirrors + the C_ee self term); no dropped
 * class contributes.
 */
static void beta_ee(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x -= g1s / 3 * (c->He[s][t] * kd(p, r)
                                    + c->He[p][r] * kd(s, t));
                    x += 2 * g1s / 3
                         * ((tr12(c->le, p, r) - tr12(c->qe, p, r)
                             - 2 * tr34(c->eu, p, r) + tr34(c->ed, p, r)
                             + 4 * tr34(c->ee, p, r)) * kd(s, t)
                            + (tr12(c->le, s, t) - tr12(c->qe, s, t)
                               - 2 * tr34(c->eu, s, t) + tr34(c->ed, s, t)
                               + 4 * tr12(c->ee, s, t)) * kd(p, r));
                    x += a->eTe[p][r] * c->He[s][t]
                       + a->eTe[s][t] * c->He[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += sm->Ge[w][r] * sm->Ge[v][p] * c->le[v][w][s][t]
                               + sm->Ge[w][t] * sm->Ge[v][s] * c->le[v][w][p][r];
                    x -= y;
                    x += 12 * g1s * c->ee[p][r][s][t];
                    out[p][r][s][t] = x;
                }
    wf_same(a->gam_e, c->ee, out);
}

/*
 * C_eu: 1312.2014, (RR)(RR) block (Yukawa parts 1310.4838).  Kept: 22
 * terms.  Dropped: 4 terms with C_lequ1, C_lequ3 (x Ge Gu).
 */
static void beta_eu(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x -= 2 * g1s / 3
                         * (c->Hu[s][t]
                            + 2 * (tr12(c->qu1, s, t) - tr12(c->lu, s, t)
                                   + 4 * tr12(c->uu, s, t)
                                   - tr12(c->eu, s, t)
                                   - tr34(c->ud1, s, t))
                            + 8.0 / 3 * tr23(c->uu, s, t)) * kd(p, r);
                    x += 4 * g1s / 9
                         * (c->He[p][r]
                            + 2 * (tr12(c->qe, p, r) - tr12(c->le, p, r)
                                   - 4 * tr34(c->ee, p, r)
                                   + 2 * tr34(c->eu, p, r)
                                   - tr34(c->ed, p, r))) * kd(s, t);
                    x -= 8 * g1s * c->eu[p][r][s][t];
                    x += 2 * a->eTe[p][r] * c->Hu[s][t]
                       - 2 * a->uTu[s][t] * c->He[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += sm->Ge[v][p] * sm->Ge[w][r] * c->lu[v][w][s][t]
                               + sm->Gu[v][s] * sm->Gu[w][t] * c->qe[v][w][p][r];
                    x -= 2 * y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_e, a->gam_u, c->eu, out);
}

/*
 * C_ed: 1312.2014, (RR)(RR) block (Yukawa parts 1310.4838).  Kept: 22
 * terms.  Dropped: 2 terms with C_ledq (x Ge Gd).
 */
static void beta_ed(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x -= 2 * g1s / 3
                         * (c->Hd[s][t]
                            + 2 * (tr12(c->qd1, s, t) - tr12(c->ld, s, t)
                                   - 2 * tr12(c->dd, s, t)
                                   - tr12(c->ed, s, t)
                                   + 2 * tr12(c->ud1, s, t))
                            - 4.0 / 3 * tr23(c->dd, s, t)) * kd(p, r);
                    x -= 2 * g1s / 9
                         * (c->He[p][r]
                            + 2 * (tr12(c->qe, p, r) - tr12(c->le, p, r)
                                   - 4 * tr34(c->ee, p, r)
                                   - tr34(c->ed, p, r)
                                   + 2 * tr34(c->eu, p, r))) * kd(s, t);
                    x += 4 * g1s * c->ed[p][r][s][t];
                    x += 2 * a->eTe[p][r] * c->Hd[s][t]
                       + 2 * a->dTd[s][t] * c->He[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += sm->Ge[v][p] * sm->Ge[w][r] * c->ld[v][w][s][t]
                               + sm->Gd[v][s] * sm->Gd[w][t] * c->qe[v][w][p][r];
                    x -= 2 * y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_e, a->gam_d, c->ed, out);
}

/*
 * C_le: 1312.2014, (LL)(RR) block (Yukawa parts 1310.4838).  Kept: 27
 * terms (the two Xi_e terms counted once each).  Dropped: inside Xi_e,
 * the C_ledq (x Gd) and C_lequ1 (x Gu) parts; nothing else.
 */
static void beta_le(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    const double (*Ge)[3] = sm->Ge;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x += -g1s / 3 * c->He[s][t] * kd(p, r)
                       - 2 * g1s / 3 * c->Hl1[p][r] * kd(s, t);
                    /* loops attached to the lepton-doublet current */
                    x += g1s / 3
                         * (8 * tr34(c->ll, p, r) + 4 * tr23(c->ll, p, r)
                            - 4 * tr34(c->lq1, p, r)
                            + 4 * tr34(c->le, p, r)
                            - 8 * tr34(c->lu, p, r)
                            + 4 * tr34(c->ld, p, r)) * kd(s, t);
                    /* loops attached to the singlet-electron current */
                    x += g1s / 3
                         * (-2 * tr12(c->qe, s, t) + 2 * tr12(c->le, s, t)
                            - 4 * tr34(c->eu, s, t)
                            + 2 * tr34(c->ed, s, t)
                            + 8 * tr12(c->ee, s, t)) * kd(p, r);
                    x -= 6 * g1s * c->le[p][r][s][t];
                    x += Ge[r][s] * a->xi_e[p][t] + Ge[p][t] * a->xi_e[r][s];
                    x += -a->eeT[p][r] * c->He[s][t]
                       + 2 * a->eTe[s][t] * c->Hl1[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += -4 * Ge[p][v] * Ge[r][w] * c->ee[v][t][s][w]
                               + Ge[p][w] * Ge[v][s] * c->le[v][r][w][t]
                               - 2 * Ge[w][t] * Ge[v][s] * c->ll[p][w][v][r]
                               - 4 * Ge[w][t] * Ge[v][s] * c->ll[p][r][v][w]
                               + Ge[v][t] * Ge[r][w] * c->le[p][v][s][w];
                    x += y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_l, a->gam_e, c->le, out);
}

/*
 * C_lu: 1312.2014, (LL)(RR) block (Yukawa parts 1310.4838).  Kept: 23
 * terms.  Dropped: 4 terms with C_lequ1, C_lequ3 (x Ge Gu).
 */
static void beta_lu(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x += -g1s / 3 * c->Hu[s][t] * kd(p, r)
                       + 4 * g1s / 9 * c->Hl1[p][r] * kd(s, t);
                    x += g1s / 9
                         * (-16 * tr34(c->ll, p, r) - 8 * tr23(c->ll, p, r)
                            + 8 * tr34(c->lq1, p, r)
                            + 16 * tr34(c->lu, p, r)
                            - 8 * tr34(c->ld, p, r)
                            - 8 * tr34(c->le, p, r)) * kd(s, t);
                    x += g1s / 9
                         * (-6 * tr12(c->qu1, s, t) + 6 * tr12(c->lu, s, t)
                            + 6 * tr34(c->ud1, s, t)
                            + 6 * tr12(c->eu, s, t)
                            - 24 * tr34(c->uu, s, t)
                            - 8 * tr23(c->uu, s, t)) * kd(p, r);
                    x += 4 * g1s * c->lu[p][r][s][t];
                    x += -a->eeT[p][r] * c->Hu[s][t]
                       - 2 * a->uTu[s][t] * c->Hl1[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += -2 * sm->Gu[v][s] * sm->Gu[w][t]
                                     * c->lq1[p][r][v][w]
                               - sm->Ge[r][w] * sm->Ge[p][v] * c->eu[v][w][s][t];
                    x += y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_l, a->gam_u, c->lu, out);
}

/*
 * C_ld: 1312.2014, (LL)(RR) block (Yukawa parts 1310.4838).  Kept: 23
 * terms.  Dropped: 2 terms with C_ledq (x Ge Gd).
 */
static void beta_ld(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x += -g1s / 3 * c->Hd[s][t] * kd(p, r)
                       - 2 * g1s / 9 * c->Hl1[p][r] * kd(s, t);
                    x += g1s / 9
                         * (8 * tr34(c->ll, p, r) + 4 * tr23(c->ll, p, r)
                            - 4 * tr34(c->lq1, p, r)
                            + 4 * tr34(c->ld, p, r)
                            - 8 * tr34(c->lu, p, r)
                            + 4 * tr34(c->le, p, r)) * kd(s, t);
                    x += g1s / 9
                         * (-6 * tr12(c->qd1, s, t) + 6 * tr12(c->ld, s, t)
                            - 12 * tr12(c->ud1, s, t)
                            + 6 * tr12(c->ed, s, t)
                            + 12 * tr34(c->dd, s, t)
                            + 4 * tr23(c->dd, s, t)) * kd(p, r);
                    x -= 2 * g1s * c->ld[p][r][s][t];
                    x += -a->eeT[p][r] * c->Hd[s][t]
                       + 2 * a->dTd[s][t] * c->Hl1[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += -2 * sm->Gd[v][s] * sm->Gd[w][t]
                                     * c->lq1[p][r][v][w]
                               - sm->Ge[r][w] * sm->Ge[p][v] * c->ed[v][w][s][t];
                    x += y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_l, a->gam_d, c->ld, out);
}

/*
 * C_qe: 1312.2014, (LL)(RR) block (Yukawa parts 1310.4838).  Kept: 25
 * terms.  Dropped: 2 terms with C_ledq (x Gd Ge) and 4 with C_lequ1,
 * C_lequ3 (x Gu Ge).
 */
static void beta_qe(const smeft_sm *sm, const smeft_wc *c, const lep_aux *a,
                    double out[3][3][3][3])
{
    const double g1s = a->g1s;
    int p, r, s, t, v, w;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++) {
                    double x = 0, y = 0;
                    x += g1s / 9 * c->He[s][t] * kd(p, r)
                       - 2 * g1s / 3 * c->Hq1[p][r] * kd(s, t);
                    /* loops attached to the quark-doublet current */
                    x += g1s / 9
                         * (-24 * tr34(c->qq1, p, r)
                            - 4 * (tr23(c->qq1, p, r)
                                   + 3 * tr23(c->qq3, p, r))
                            + 12 * tr12(c->lq1, p, r)
                            + 12 * tr34(c->qe, p, r)
                            - 24 * tr34(c->qu1, p, r)
                            + 12 * tr34(c->qd1, p, r)) * kd(s, t);
                    /* loops attached to the singlet-electron current */
                    x += g1s / 9
                         * (-2 * tr12(c->le, s, t) + 2 * tr12(c->qe, s, t)
                            + 4 * tr34(c->eu, s, t)
                            - 2 * tr34(c->ed, s, t)
                            - 8 * tr12(c->ee, s, t)) * kd(p, r);
                    x += 2 * g1s * c->qe[p][r][s][t];
                    x += a->uuT[p][r] * c->He[s][t]
                       - a->ddT[p][r] * c->He[s][t]
                       + 2 * a->eTe[s][t] * c->Hq1[p][r];
                    for (v = 0; v < 3; v++)
                        for (w = 0; w < 3; w++)
                            y += -2 * sm->Ge[v][s] * sm->Ge[w][t]
                                     * c->lq1[v][w][p][r]
                               - sm->Gd[r][w] * sm->Gd[p][v] * c->ed[s][t][v][w]
                               - sm->Gu[r][w] * sm->Gu[p][v] * c->eu[s][t][v][w];
                    x += y;
                    out[p][r][s][t] = x;
                }
    wf_mixed(a->gam_q, a->gam_e, c->qe, out);
}

void smeft_beta_psi4_lep(const smeft_sm *sm, const smeft_wc *c,
                         smeft_wc *beta)
{
    lep_aux a;
    aux_init(sm, c, &a);
    beta_ll(sm, c, &a, beta->ll);
    beta_lq1(sm, c, &a, beta->lq1);
    beta_lq3(sm, c, &a, beta->lq3);
    beta_ee(sm, c, &a, beta->ee);
    beta_eu(sm, c, &a, beta->eu);
    beta_ed(sm, c, &a, beta->ed);
    beta_le(sm, c, &a, beta->le);
    beta_lu(sm, c, &a, beta->lu);
    beta_ld(sm, c, &a, beta->ld);
    beta_qe(sm, c, &a, beta->qe);
}
