/* SPDX-License-Identifier: MIT */
/*
 * smeft_beta_had.c -- one-loop SMEFT beta functions, part two: the
 * four-quark classes qq1, qq3, uu, dd, ud1, ud8, qu1, qu8, qd1, qd8, the
 * seven Higgs currents and the bosonic HBox, HD, HWB, HW, HB; and the
 * entry point smeft_beta (see smeft_beta.h for conventions).
 *
 * Every term is a contraction of SM couplings with one coefficient array.
 * They are written with contr(), a small index-contraction routine: a
 * term is given by the index letters of its factors (p, r, s, t for the
 * free indices of a four-index result, r, s for a two-index one; v, w
 * summed) and mirrors the index structure of the equations in the
 * references, so that each line can be checked against them directly.
 */
#include <string.h>

#include "smeft_beta.h"

/* ---- small helpers ------------------------------------------------- */

static const double id3[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

static int letter_slot(char ch)
{
    switch (ch) {
    case 'p': return 0;
    case 'r': return 1;
    case 's': return 2;
    case 't': return 3;
    case 'v': return 4;
    case 'w': return 5;
    default: return -1;
    }
}

/*
 * out[outl] += k * sum over the letters not in outl of the product of the
 * factors.  spec lists the index letters of each factor, comma separated
 * ("pv,rw,stvw"); factors are flat row-major 3^n arrays a, b, c (as many
 * as spec names).  outl names the result's indices in storage order.
 */
static void contr(double *out, const char *outl, double k, const char *spec,
                  const double *a, const double *b, const double *c)
{
    const double *fac[3];
    int nfac = 0, nlet[3] = {0, 0, 0}, slot[3][4];
    int nout = 0, oslot[4];
    int used[6] = {0, 0, 0, 0, 0, 0}, list[6], nl = 0;
    int val[6] = {0, 0, 0, 0, 0, 0};
    int i, j, n, combos;
    const char *q;

    fac[0] = a;
    fac[1] = b;
    fac[2] = c;
    for (q = spec; *q; q++) {
        if (*q == ',') {
            nfac++;
            continue;
        }
        slot[nfac][nlet[nfac]++] = letter_slot(*q);
        used[letter_slot(*q)] = 1;
    }
    nfac++;
    for (q = outl; *q; q++) {
        oslot[nout++] = letter_slot(*q);
        used[letter_slot(*q)] = 1;
    }
    for (i = 0; i < 6; i++)
        if (used[i]) list[nl++] = i;
    combos = 1;
    for (i = 0; i < nl; i++) combos *= 3;

    for (n = 0; n < combos; n++) {
        int m = n, pos;
        double prod = k;
        for (i = 0; i < nl; i++) {
            val[list[i]] = m % 3;
            m /= 3;
        }
        for (i = 0; i < nfac; i++) {
            pos = 0;
            for (j = 0; j < nlet[i]; j++) pos = 3 * pos + val[slot[i][j]];
            prod *= fac[i][pos];
        }
        pos = 0;
        for (j = 0; j < nout; j++) pos = 3 * pos + val[oslot[j]];
        out[pos] += prod;
    }
}

/* matrices below are flat row-major 3x3 arrays */
static void mat_mul(const double *a, const double *b, double *out)
{
    int i, j, l;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            double s = 0.0;
            for (l = 0; l < 3; l++) s += a[3 * i + l] * b[3 * l + j];
            out[3 * i + j] = s;
        }
}

static void mat_transpose(const double *a, double *out)
{
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) out[3 * i + j] = a[3 * j + i];
}

static double mat_trace(const double *a)
{
    return a[0] + a[4] + a[8];
}

/* trace(a b) */
static double trace_prod(const double *a, const double *b)
{
    int i, j;
    double s = 0.0;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) s += a[3 * i + j] * b[3 * j + i];
    return s;
}

/* out += k a */
static void mat_acc(double *out, double k, const double *a)
{
    int i;
    for (i = 0; i < 9; i++) out[i] += k * a[i];
}

/* out += k (a b) */
static void mat_acc_prod(double *out, double k, const double *a,
                         const double *b)
{
    double t[9];
    mat_mul(a, b, t);
    mat_acc(out, k, t);
}

/* out += k (a b c) */
static void mat_acc_prod3(double *out, double k, const double *a,
                          const double *b, const double *c)
{
    double t[9], u[9];
    mat_mul(a, b, t);
    mat_mul(t, c, u);
    mat_acc(out, k, u);
}

/* out += k 1 */
static void mat_acc_id(double *out, double k)
{
    out[0] += k;
    out[4] += k;
    out[8] += k;
}

/* out += g x + x g (wave-function terms of a two-index class) */
static void mat_acc_wf(double *out, const double *g, const double *x)
{
    mat_acc_prod(out, 1.0, g, x);
    mat_acc_prod(out, 1.0, x, g);
}

#define F4(arr) (&(arr)[0][0][0][0])
#define F2(arr) (&(arr)[0][0])
#define I3 F2(id3)

/* Yukawa combinations shared by the classes */
typedef struct {
    double g1sq, g2sq, g3sq, lam;
    double GuT[3][3], GdT[3][3], GeT[3][3];
    double uuT[3][3], ddT[3][3], eeT[3][3]; /* Gx Gx^T */
    double uTu[3][3], dTd[3][3], eTe[3][3]; /* Gx^T Gx */
    double gam_q[3][3], gam_u[3][3], gam_d[3][3], gam_l[3][3], gam_e[3][3];
    double gam_H;
} yuk_t;

static void yuk_init(const smeft_sm *sm, yuk_t *y)
{
    int i, j;
    y->g1sq = sm->g1 * sm->g1;
    y->g2sq = sm->g2 * sm->g2;
    y->g3sq = sm->g3 * sm->g3;
    y->lam = sm->lambda;
    mat_transpose(F2(sm->Gu), F2(y->GuT));
    mat_transpose(F2(sm->Gd), F2(y->GdT));
    mat_transpose(F2(sm->Ge), F2(y->GeT));
    mat_mul(F2(sm->Gu), F2(y->GuT), F2(y->uuT));
    mat_mul(F2(sm->Gd), F2(y->GdT), F2(y->ddT));
    mat_mul(F2(sm->Ge), F2(y->GeT), F2(y->eeT));
    mat_mul(F2(y->GuT), F2(sm->Gu), F2(y->uTu));
    mat_mul(F2(y->GdT), F2(sm->Gd), F2(y->dTd));
    mat_mul(F2(y->GeT), F2(sm->Ge), F2(y->eTe));
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            y->gam_q[i][j] = 0.5 * (y->uuT[i][j] + y->ddT[i][j]);
            y->gam_u[i][j] = y->uTu[i][j];
            y->gam_d[i][j] = y->dTd[i][j];
            y->gam_l[i][j] = 0.5 * y->eeT[i][j];
            y->gam_e[i][j] = y->eTe[i][j];
        }
    y->gam_H = 3.0 * mat_trace(F2(y->uuT)) + 3.0 * mat_trace(F2(y->ddT)) +
               mat_trace(F2(y->eeT));
}

/* wave-function renormalisation of a four-fermion class with currents
 * (p r) and (s t) of fields with Gamma matrices ga, gb */
static void wf4(double *out, const double ga[3][3], const double gb[3][3],
                const double *cc)
{
    contr(out, "prst", 1.0, "pv,vrst", F2(ga), cc, NULL);
    contr(out, "prst", 1.0, "sv,prvt", F2(gb), cc, NULL);
    contr(out, "prst", 1.0, "pvst,vr", cc, F2(ga), NULL);
    contr(out, "prst", 1.0, "prsv,vt", cc, F2(gb), NULL);
}

/* two identical currents: beta_prst = h_prst + h_stpr, where h is the
 * part the references write for the (p r)(s t) ordering and the rest its
 * (p r) <-> (s t) mirror */
static void add_mirrored(double *out, const double *h)
{
    int p, r, s, t;
    for (p = 0; p < 3; p++)
        for (r = 0; r < 3; r++)
            for (s = 0; s < 3; s++)
                for (t = 0; t < 3; t++)
                    out[((p * 3 + r) * 3 + s) * 3 + t] +=
                        h[((p * 3 + r) * 3 + s) * 3 + t] +
                        h[((s * 3 + t) * 3 + p) * 3 + r];
}

/* ---- four-quark classes -------------------------------------------- */

static void beta_qq1(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(LL), C_qq^(1), together with
     * JMT (1310.4838) for the Yukawa terms.  Dropped: the quqd1, quqd8
     * terms (eight contractions with Gu Gd). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);
    double h[81] = {0}; /* the (p r)(s t) half; the other is its mirror */

    contr(h, "prst", g1 / 18.0, "st,pr", F2(c->Hq1), I3, NULL);
    contr(h, "prst", -g1 / 9.0, "wwst,pr", F4(c->lq1), I3, NULL);
    contr(h, "prst", 2.0 * g1 / 9.0, "prww,st", F4(c->qq1), I3, NULL);
    contr(h, "prst", g1 / 27.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(h, "prst", g1 / 9.0, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(h, "prst", g3 / 3.0, "swwr,pt", F4(c->qq1), I3, NULL);
    contr(h, "prst", g3, "swwr,pt", F4(c->qq3), I3, NULL);
    contr(h, "prst", -2.0 * g3 / 9.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(h, "prst", -2.0 * g3 / 3.0, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(h, "prst", 2.0 * g1 / 9.0, "prww,st", F4(c->qu1), I3, NULL);
    contr(h, "prst", -g1 / 9.0, "prww,st", F4(c->qd1), I3, NULL);
    contr(h, "prst", g3 / 12.0, "srww,pt", F4(c->qu8), I3, NULL);
    contr(h, "prst", g3 / 12.0, "srww,pt", F4(c->qd8), I3, NULL);
    contr(h, "prst", -g3 / 18.0, "prww,st", F4(c->qu8), I3, NULL);
    contr(h, "prst", -g3 / 18.0, "prww,st", F4(c->qd8), I3, NULL);
    contr(h, "prst", -g1 / 9.0, "prww,st", F4(c->qe), I3, NULL);
    contr(h, "prst", 0.5, "pr,st", F2(y->uuT), F2(c->Hq1), NULL);
    contr(h, "prst", -0.5, "pr,st", F2(y->ddT), F2(c->Hq1), NULL);
    contr(h, "prst", -0.5, "pv,rw,stvw", Gu, Gu, F4(c->qu1));
    contr(h, "prst", 1.0 / 12.0, "pv,rw,stvw", Gu, Gu, F4(c->qu8));
    contr(h, "prst", -0.5, "pv,rw,stvw", Gd, Gd, F4(c->qd1));
    contr(h, "prst", 1.0 / 12.0, "pv,rw,stvw", Gd, Gd, F4(c->qd8));
    contr(h, "prst", -0.125, "pv,tw,srvw", Gu, Gu, F4(c->qu8));
    contr(h, "prst", -0.125, "pv,tw,srvw", Gd, Gd, F4(c->qd8));
    contr(h, "prst", 1.0, "pv,vrst", F2(y->gam_q), F4(c->qq1), NULL);
    contr(h, "prst", 1.0, "pvst,vr", F4(c->qq1), F2(y->gam_q), NULL);
    add_mirrored(o, h);

    /* gauge exchange between the two currents */
    contr(o, "prst", 9.0 * y->g2sq, "prst", F4(c->qq3), NULL, NULL);
    contr(o, "prst", -2.0 * (g3 - g1 / 6.0), "prst", F4(c->qq1), NULL, NULL);
    contr(o, "prst", 3.0 * g3, "ptsr", F4(c->qq1), NULL, NULL);
    contr(o, "prst", 9.0 * g3, "ptsr", F4(c->qq3), NULL, NULL);
}

static void beta_qq3(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(LL), C_qq^(3); JMT
     * (1310.4838) Yukawa terms.  Dropped: quqd1, quqd8 (eight
     * contractions). */
    const double g1 = y->g1sq, g2 = y->g2sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);
    double h[81] = {0}; /* the (p r)(s t) half; the other is its mirror */

    contr(h, "prst", g2 / 6.0, "st,pr", F2(c->Hq3), I3, NULL);
    contr(h, "prst", g2 / 3.0, "wwst,pr", F4(c->lq3), I3, NULL);
    contr(h, "prst", g2 / 3.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(h, "prst", -g2 / 3.0, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(h, "prst", 2.0 * g2, "prww,st", F4(c->qq3), I3, NULL);
    contr(h, "prst", g3 / 3.0, "swwr,pt", F4(c->qq1), I3, NULL);
    contr(h, "prst", g3, "swwr,pt", F4(c->qq3), I3, NULL);
    contr(h, "prst", g3 / 12.0, "srww,pt", F4(c->qu8), I3, NULL);
    contr(h, "prst", g3 / 12.0, "srww,pt", F4(c->qd8), I3, NULL);
    contr(h, "prst", -0.5, "pr,st", F2(y->uuT), F2(c->Hq3), NULL);
    contr(h, "prst", -0.5, "pr,st", F2(y->ddT), F2(c->Hq3), NULL);
    contr(h, "prst", -0.125, "pv,tw,srvw", Gu, Gu, F4(c->qu8));
    contr(h, "prst", -0.125, "pv,tw,srvw", Gd, Gd, F4(c->qd8));
    contr(h, "prst", 1.0, "pv,vrst", F2(y->gam_q), F4(c->qq3), NULL);
    contr(h, "prst", 1.0, "pvst,vr", F4(c->qq3), F2(y->gam_q), NULL);
    add_mirrored(o, h);

    contr(o, "prst", 3.0 * g3, "ptsr", F4(c->qq1), NULL, NULL);
    contr(o, "prst", -3.0 * g3, "ptsr", F4(c->qq3), NULL, NULL);
    contr(o, "prst", -2.0 * (g3 + 3.0 * g2 - g1 / 6.0), "prst", F4(c->qq3),
          NULL, NULL);
    contr(o, "prst", 3.0 * g2, "prst", F4(c->qq1), NULL, NULL);
}

static void beta_uu(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                    double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (RR)(RR), C_uu; JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu);
    double h[81] = {0}; /* the (p r)(s t) half; the other is its mirror */

    contr(h, "prst", 2.0 * g1 / 9.0, "st,pr", F2(c->Hu), I3, NULL);
    contr(h, "prst", -4.0 * g1 / 9.0, "wwst,pr", F4(c->eu), I3, NULL);
    contr(h, "prst", -4.0 * g1 / 9.0, "wwst,pr", F4(c->lu), I3, NULL);
    contr(h, "prst", 4.0 * g1 / 9.0, "wwst,pr", F4(c->qu1), I3, NULL);
    contr(h, "prst", 16.0 * g1 / 9.0, "wwst,pr", F4(c->uu), I3, NULL);
    contr(h, "prst", 16.0 * g1 / 27.0, "swwt,pr", F4(c->uu), I3, NULL);
    contr(h, "prst", -g3 / 9.0, "wwst,pr", F4(c->qu8), I3, NULL);
    contr(h, "prst", g3 / 3.0, "wwsr,pt", F4(c->qu8), I3, NULL);
    contr(h, "prst", 2.0 * g3 / 3.0, "pwwt,rs", F4(c->uu), I3, NULL);
    contr(h, "prst", -2.0 * g3 / 9.0, "swwt,pr", F4(c->uu), I3, NULL);
    contr(h, "prst", -4.0 * g1 / 9.0, "stww,pr", F4(c->ud1), I3, NULL);
    contr(h, "prst", -g3 / 18.0, "stww,pr", F4(c->ud8), I3, NULL);
    contr(h, "prst", g3 / 6.0, "srww,pt", F4(c->ud8), I3, NULL);
    contr(h, "prst", -1.0, "pr,st", F2(y->uTu), F2(c->Hu), NULL);
    contr(h, "prst", -1.0, "wr,vp,vwst", Gu, Gu, F4(c->qu1));
    contr(h, "prst", 1.0 / 6.0, "wr,vp,vwst", Gu, Gu, F4(c->qu8));
    contr(h, "prst", -0.5, "wr,vs,vwpt", Gu, Gu, F4(c->qu8));
    contr(h, "prst", 1.0, "pv,vrst", F2(y->gam_u), F4(c->uu), NULL);
    contr(h, "prst", 1.0, "pvst,vr", F4(c->uu), F2(y->gam_u), NULL);
    add_mirrored(o, h);

    contr(o, "prst", 2.0 * (8.0 * g1 / 3.0 - g3), "prst", F4(c->uu), NULL,
          NULL);
    contr(o, "prst", 6.0 * g3, "ptsr", F4(c->uu), NULL, NULL);
}

static void beta_dd(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                    double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (RR)(RR), C_dd; JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gd = F2(sm->Gd);
    double h[81] = {0}; /* the (p r)(s t) half; the other is its mirror */

    contr(h, "prst", -g1 / 9.0, "st,pr", F2(c->Hd), I3, NULL);
    contr(h, "prst", 2.0 * g1 / 9.0, "wwst,pr", F4(c->ed), I3, NULL);
    contr(h, "prst", 2.0 * g1 / 9.0, "wwst,pr", F4(c->ld), I3, NULL);
    contr(h, "prst", -2.0 * g1 / 9.0, "wwst,pr", F4(c->qd1), I3, NULL);
    contr(h, "prst", 4.0 * g1 / 9.0, "wwst,pr", F4(c->dd), I3, NULL);
    contr(h, "prst", 4.0 * g1 / 27.0, "swwt,pr", F4(c->dd), I3, NULL);
    contr(h, "prst", -g3 / 9.0, "wwst,pr", F4(c->qd8), I3, NULL);
    contr(h, "prst", g3 / 3.0, "wwsr,pt", F4(c->qd8), I3, NULL);
    contr(h, "prst", 2.0 * g3 / 3.0, "pwwt,rs", F4(c->dd), I3, NULL);
    contr(h, "prst", -2.0 * g3 / 9.0, "swwt,pr", F4(c->dd), I3, NULL);
    contr(h, "prst", -4.0 * g1 / 9.0, "wwst,pr", F4(c->ud1), I3, NULL);
    contr(h, "prst", -g3 / 18.0, "wwst,pr", F4(c->ud8), I3, NULL);
    contr(h, "prst", g3 / 6.0, "wwsr,pt", F4(c->ud8), I3, NULL);
    contr(h, "prst", 1.0, "pr,st", F2(y->dTd), F2(c->Hd), NULL);
    contr(h, "prst", -1.0, "wr,vp,vwst", Gd, Gd, F4(c->qd1));
    contr(h, "prst", 1.0 / 6.0, "wr,vp,vwst", Gd, Gd, F4(c->qd8));
    contr(h, "prst", -0.5, "wr,vs,vwpt", Gd, Gd, F4(c->qd8));
    contr(h, "prst", 1.0, "pv,vrst", F2(y->gam_d), F4(c->dd), NULL);
    contr(h, "prst", 1.0, "pvst,vr", F4(c->dd), F2(y->gam_d), NULL);
    add_mirrored(o, h);

    contr(o, "prst", 2.0 * (2.0 * g1 / 3.0 - g3), "prst", F4(c->dd), NULL,
          NULL);
    contr(o, "prst", 6.0 * g3, "ptsr", F4(c->dd), NULL, NULL);
}

static void beta_ud1(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (RR)(RR), C_ud^(1); JMT
     * (1310.4838) Yukawa terms.  Dropped: Hud (two terms with
     * Gd^T Gu, Gu^T Gd), quqd1, quqd8 (six contractions). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", 4.0 * g1 / 9.0, "st,pr", F2(c->Hd), I3, NULL);
    contr(o, "prst", 8.0 * g1 / 9.0, "wwst,pr", F4(c->qd1), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "wwst,pr", F4(c->ld), I3, NULL);
    contr(o, "prst", -16.0 * g1 / 9.0, "wwst,pr", F4(c->dd), I3, NULL);
    contr(o, "prst", 16.0 * g1 / 9.0, "wwst,pr", F4(c->ud1), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "wwst,pr", F4(c->ed), I3, NULL);
    contr(o, "prst", -16.0 * g1 / 27.0, "swwt,pr", F4(c->dd), I3, NULL);

    contr(o, "prst", -2.0 * g1 / 9.0, "pr,st", F2(c->Hu), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 9.0, "wwpr,st", F4(c->qu1), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "wwpr,st", F4(c->lu), I3, NULL);
    contr(o, "prst", -16.0 * g1 / 9.0, "wwpr,st", F4(c->uu), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "prww,st", F4(c->ud1), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "wwpr,st", F4(c->eu), I3, NULL);
    contr(o, "prst", -16.0 * g1 / 27.0, "pwwr,st", F4(c->uu), I3, NULL);

    contr(o, "prst", -8.0 * g1 / 3.0, "prst", F4(c->ud1), NULL, NULL);
    contr(o, "prst", 8.0 * g3 / 3.0, "prst", F4(c->ud8), NULL, NULL);
    contr(o, "prst", -2.0, "pr,st", F2(y->uTu), F2(c->Hd), NULL);
    contr(o, "prst", 2.0, "st,pr", F2(y->dTd), F2(c->Hu), NULL);
    contr(o, "prst", -2.0, "vp,wr,vwst", Gu, Gu, F4(c->qd1));
    contr(o, "prst", -2.0, "vs,wt,vwpr", Gd, Gd, F4(c->qu1));
    wf4(o, y->gam_u, y->gam_d, F4(c->ud1));
}

static void beta_ud8(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (RR)(RR), C_ud^(8); JMT
     * (1310.4838) Yukawa terms.  Dropped: Hud (two terms), quqd1, quqd8
     * (six contractions). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", 8.0 * g3 / 3.0, "pwwr,st", F4(c->uu), I3, NULL);
    contr(o, "prst", 8.0 * g3 / 3.0, "swwt,pr", F4(c->dd), I3, NULL);
    contr(o, "prst", 4.0 * g3 / 3.0, "wwpr,st", F4(c->qu8), I3, NULL);
    contr(o, "prst", 4.0 * g3 / 3.0, "wwst,pr", F4(c->qd8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "prww,st", F4(c->ud8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "wwst,pr", F4(c->ud8), I3, NULL);
    contr(o, "prst", -4.0 * (2.0 * g1 / 3.0 + g3), "prst", F4(c->ud8), NULL,
          NULL);
    contr(o, "prst", 12.0 * g3, "prst", F4(c->ud1), NULL, NULL);
    contr(o, "prst", -2.0, "vp,wr,vwst", Gu, Gu, F4(c->qd8));
    contr(o, "prst", -2.0, "vs,wt,vwpr", Gd, Gd, F4(c->qu8));
    wf4(o, y->gam_u, y->gam_d, F4(c->ud8));
}

/* Xi_u (x = u) or Xi_d (x = d): 2 sum_rs (C1 + 4/3 C8)_prst Gx_rs */
static void xi_ud(const double *c1, const double *c8, const double *gx,
                  double *xi)
{
    memset(xi, 0, 9 * sizeof(double));
    contr(xi, "pt", 2.0, "prst,rs", c1, gx, NULL);
    contr(xi, "pt", 8.0 / 3.0, "prst,rs", c8, gx, NULL);
}

static void beta_qu1(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     const double *xiu, double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(RR), C_qu^(1); JMT
     * (1310.4838) Yukawa terms.  Dropped: quqd1, quqd8 (six
     * contractions; also inside Xi_u), lequ1 (inside Xi_u). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", g1 / 9.0, "st,pr", F2(c->Hu), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "pr,st", F2(c->Hq1), I3, NULL);
    contr(o, "prst", 16.0 * g1 / 9.0, "prww,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", 8.0 * g1 / 27.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", 8.0 * g1 / 9.0, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "wwpr,st", F4(c->lq1), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "prww,st", F4(c->qe), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "prww,st", F4(c->qd1), I3, NULL);
    contr(o, "prst", 16.0 * g1 / 9.0, "prww,st", F4(c->qu1), I3, NULL);
    contr(o, "prst", 2.0 * g1 / 9.0, "wwst,pr", F4(c->qu1), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "wwst,pr", F4(c->lu), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "wwst,pr", F4(c->eu), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "stww,pr", F4(c->ud1), I3, NULL);
    contr(o, "prst", 8.0 * g1 / 9.0, "stww,pr", F4(c->uu), I3, NULL);
    contr(o, "prst", 8.0 * g1 / 27.0, "swwt,pr", F4(c->uu), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 3.0, "prst", F4(c->qu1), NULL, NULL);
    contr(o, "prst", -8.0 * g3 / 3.0, "prst", F4(c->qu8), NULL, NULL);
    contr(o, "prst", 1.0 / 3.0, "rs,pt", Gu, xiu, NULL);
    contr(o, "prst", 1.0 / 3.0, "pt,rs", Gu, xiu, NULL);
    contr(o, "prst", 1.0, "pr,st", F2(y->uuT), F2(c->Hu), NULL);
    contr(o, "prst", -1.0, "pr,st", F2(y->ddT), F2(c->Hu), NULL);
    contr(o, "prst", -2.0, "st,pr", F2(y->uTu), F2(c->Hq1), NULL);
    contr(o, "prst", 1.0 / 3.0, "pw,vs,vrwt", Gu, Gu, F4(c->qu1));
    contr(o, "prst", 4.0 / 9.0, "pw,vs,vrwt", Gu, Gu, F4(c->qu8));
    contr(o, "prst", 1.0 / 3.0, "vt,rw,pvsw", Gu, Gu, F4(c->qu1));
    contr(o, "prst", 4.0 / 9.0, "vt,rw,pvsw", Gu, Gu, F4(c->qu8));
    contr(o, "prst", -2.0 / 3.0, "vt,ws,pvwr", Gu, Gu, F4(c->qq1));
    contr(o, "prst", -2.0, "vt,ws,pvwr", Gu, Gu, F4(c->qq3));
    contr(o, "prst", -4.0, "wt,vs,prvw", Gu, Gu, F4(c->qq1));
    contr(o, "prst", -2.0 / 3.0, "pv,rw,vtsw", Gu, Gu, F4(c->uu));
    contr(o, "prst", -2.0, "pv,rw,vwst", Gu, Gu, F4(c->uu));
    contr(o, "prst", -1.0, "pv,rw,stvw", Gd, Gd, F4(c->ud1));
    wf4(o, y->gam_q, y->gam_u, F4(c->qu1));
}

static void beta_qd1(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     const double *xid, double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(RR), C_qd^(1); JMT
     * (1310.4838) Yukawa terms.  Dropped: quqd1, quqd8 (six
     * contractions; also inside Xi_d), ledq (inside Xi_d). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", g1 / 9.0, "st,pr", F2(c->Hd), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "pr,st", F2(c->Hq1), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "prww,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 27.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 9.0, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "wwpr,st", F4(c->lq1), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "prww,st", F4(c->qe), I3, NULL);
    contr(o, "prst", -8.0 * g1 / 9.0, "prww,st", F4(c->qu1), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "prww,st", F4(c->qd1), I3, NULL);
    contr(o, "prst", 2.0 * g1 / 9.0, "wwst,pr", F4(c->qd1), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "wwst,pr", F4(c->ld), I3, NULL);
    contr(o, "prst", -2.0 * g1 / 9.0, "wwst,pr", F4(c->ed), I3, NULL);
    contr(o, "prst", 4.0 * g1 / 9.0, "wwst,pr", F4(c->ud1), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 9.0, "stww,pr", F4(c->dd), I3, NULL);
    contr(o, "prst", -4.0 * g1 / 27.0, "swwt,pr", F4(c->dd), I3, NULL);
    contr(o, "prst", 2.0 * g1 / 3.0, "prst", F4(c->qd1), NULL, NULL);
    contr(o, "prst", -8.0 * g3 / 3.0, "prst", F4(c->qd8), NULL, NULL);
    contr(o, "prst", 1.0 / 3.0, "rs,pt", Gd, xid, NULL);
    contr(o, "prst", 1.0 / 3.0, "pt,rs", Gd, xid, NULL);
    contr(o, "prst", 1.0, "pr,st", F2(y->uuT), F2(c->Hd), NULL);
    contr(o, "prst", -1.0, "pr,st", F2(y->ddT), F2(c->Hd), NULL);
    contr(o, "prst", 2.0, "st,pr", F2(y->dTd), F2(c->Hq1), NULL);
    contr(o, "prst", 1.0 / 3.0, "pw,vs,vrwt", Gd, Gd, F4(c->qd1));
    contr(o, "prst", 4.0 / 9.0, "pw,vs,vrwt", Gd, Gd, F4(c->qd8));
    contr(o, "prst", 1.0 / 3.0, "vt,rw,pvsw", Gd, Gd, F4(c->qd1));
    contr(o, "prst", 4.0 / 9.0, "vt,rw,pvsw", Gd, Gd, F4(c->qd8));
    contr(o, "prst", -2.0 / 3.0, "vt,ws,pvwr", Gd, Gd, F4(c->qq1));
    contr(o, "prst", -2.0, "vt,ws,pvwr", Gd, Gd, F4(c->qq3));
    contr(o, "prst", -4.0, "wt,vs,prvw", Gd, Gd, F4(c->qq1));
    contr(o, "prst", -2.0 / 3.0, "pv,rw,vtsw", Gd, Gd, F4(c->dd));
    contr(o, "prst", -2.0, "pv,rw,vwst", Gd, Gd, F4(c->dd));
    contr(o, "prst", -1.0, "pv,rw,vwst", Gu, Gu, F4(c->ud1));
    wf4(o, y->gam_q, y->gam_d, F4(c->qd1));
}

static void beta_qu8(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     const double *xiu, double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(RR), C_qu^(8); JMT
     * (1310.4838) Yukawa terms.  Dropped: quqd1, quqd8 (six
     * contractions; also inside Xi_u), lequ1 (inside Xi_u). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", 8.0 * g3 / 3.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", 8.0 * g3, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "prww,st", F4(c->qu8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "prww,st", F4(c->qd8), I3, NULL);
    contr(o, "prst", 4.0 * g3 / 3.0, "wwst,pr", F4(c->qu8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "stww,pr", F4(c->ud8), I3, NULL);
    contr(o, "prst", 8.0 * g3 / 3.0, "swwt,pr", F4(c->uu), I3, NULL);
    contr(o, "prst", -(4.0 * g1 / 3.0 + 14.0 * g3), "prst", F4(c->qu8),
          NULL, NULL);
    contr(o, "prst", -12.0 * g3, "prst", F4(c->qu1), NULL, NULL);
    contr(o, "prst", 2.0, "rs,pt", Gu, xiu, NULL);
    contr(o, "prst", 2.0, "pt,rs", Gu, xiu, NULL);
    contr(o, "prst", 2.0, "pw,vs,vrwt", Gu, Gu, F4(c->qu1));
    contr(o, "prst", -1.0 / 3.0, "pw,vs,vrwt", Gu, Gu, F4(c->qu8));
    contr(o, "prst", 2.0, "vt,rw,pvsw", Gu, Gu, F4(c->qu1));
    contr(o, "prst", -1.0 / 3.0, "vt,rw,pvsw", Gu, Gu, F4(c->qu8));
    contr(o, "prst", -4.0, "vt,ws,pvwr", Gu, Gu, F4(c->qq1));
    contr(o, "prst", -12.0, "vt,ws,pvwr", Gu, Gu, F4(c->qq3));
    contr(o, "prst", -4.0, "pv,rw,vtsw", Gu, Gu, F4(c->uu));
    contr(o, "prst", -1.0, "pv,rw,stvw", Gd, Gd, F4(c->ud8));
    wf4(o, y->gam_q, y->gam_u, F4(c->qu8));
}

static void beta_qd8(const smeft_sm *sm, const yuk_t *y, const smeft_wc *c,
                     const double *xid, double *o)
{
    /* AJMT (1312.2014) appendix, psi^4 (LL)(RR), C_qd^(8); JMT
     * (1310.4838) Yukawa terms.  Dropped: quqd1, quqd8 (six
     * contractions; also inside Xi_d), ledq (inside Xi_d). */
    const double g1 = y->g1sq, g3 = y->g3sq;
    const double *Gu = F2(sm->Gu), *Gd = F2(sm->Gd);

    contr(o, "prst", 8.0 * g3 / 3.0, "pwwr,st", F4(c->qq1), I3, NULL);
    contr(o, "prst", 8.0 * g3, "pwwr,st", F4(c->qq3), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "prww,st", F4(c->qu8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "prww,st", F4(c->qd8), I3, NULL);
    contr(o, "prst", 4.0 * g3 / 3.0, "wwst,pr", F4(c->qd8), I3, NULL);
    contr(o, "prst", 2.0 * g3 / 3.0, "wwst,pr", F4(c->ud8), I3, NULL);
    contr(o, "prst", 8.0 * g3 / 3.0, "swwt,pr", F4(c->dd), I3, NULL);
    contr(o, "prst", -(-2.0 * g1 / 3.0 + 14.0 * g3), "prst", F4(c->qd8),
          NULL, NULL);
    contr(o, "prst", -12.0 * g3, "prst", F4(c->qd1), NULL, NULL);
    contr(o, "prst", 2.0, "rs,pt", Gd, xid, NULL);
    contr(o, "prst", 2.0, "pt,rs", Gd, xid, NULL);
    contr(o, "prst", 2.0, "pw,vs,vrwt", Gd, Gd, F4(c->qd1));
    contr(o, "prst", -1.0 / 3.0, "pw,vs,vrwt", Gd, Gd, F4(c->qd8));
    contr(o, "prst", 2.0, "vt,rw,pvsw", Gd, Gd, F4(c->qd1));
    contr(o, "prst", -1.0 / 3.0, "vt,rw,pvsw", Gd, Gd, F4(c->qd8));
    contr(o, "prst", -4.0, "vt,ws,pvwr", Gd, Gd, F4(c->qq1));
    contr(o, "prst", -12.0, "vt,ws,pvwr", Gd, Gd, F4(c->qq3));
    contr(o, "prst", -4.0, "pv,rw,vtsw", Gd, Gd, F4(c->dd));
    contr(o, "prst", -1.0, "pv,rw,vwst", Gu, Gu, F4(c->ud8));
    wf4(o, y->gam_q, y->gam_d, F4(c->qd8));
}

/* ---- Higgs currents ------------------------------------------------ */

/* trace parts shared by the currents and the bosonic classes */
typedef struct {
    double xiB;              /* hypercharge current combination */
    double trHl1, trHl3, trHe, trHq1, trHq3, trHu, trHd;
    double eta3, eta4;       /* Yukawa-trace combinations of JMT */
} htr_t;

static void htr_init(const yuk_t *y, const smeft_wc *c, htr_t *h)
{
    h->trHl1 = mat_trace(F2(c->Hl1));
    h->trHl3 = mat_trace(F2(c->Hl3));
    h->trHe = mat_trace(F2(c->He));
    h->trHq1 = mat_trace(F2(c->Hq1));
    h->trHq3 = mat_trace(F2(c->Hq3));
    h->trHu = mat_trace(F2(c->Hu));
    h->trHd = mat_trace(F2(c->Hd));
    h->xiB = 2.0 / 3.0 * (c->HBox + c->HD) +
             8.0 / 3.0 * (-h->trHl1 + h->trHq1 - h->trHe + 2.0 * h->trHu -
                          h->trHd);
    h->eta3 = 3.0 * trace_prod(F2(c->Hq1), F2(y->ddT)) -
              3.0 * trace_prod(F2(c->Hq1), F2(y->uuT)) +
              9.0 * trace_prod(F2(c->Hq3), F2(y->ddT)) +
              9.0 * trace_prod(F2(c->Hq3), F2(y->uuT)) +
              3.0 * trace_prod(F2(c->Hu), F2(y->uTu)) -
              3.0 * trace_prod(F2(c->Hd), F2(y->dTd)) +
              trace_prod(F2(c->Hl1), F2(y->eeT)) +
              3.0 * trace_prod(F2(c->Hl3), F2(y->eeT)) -
              trace_prod(F2(c->He), F2(y->eTe));
    h->eta4 = 12.0 * trace_prod(F2(c->Hq1), F2(y->ddT)) -
              12.0 * trace_prod(F2(c->Hq1), F2(y->uuT)) +
              12.0 * trace_prod(F2(c->Hu), F2(y->uTu)) -
              12.0 * trace_prod(F2(c->Hd), F2(y->dTd)) +
              4.0 * trace_prod(F2(c->Hl1), F2(y->eeT)) -
              4.0 * trace_prod(F2(c->He), F2(y->eTe));
}

static void beta_Hl1(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                     const smeft_wc *c, double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hl^(1); JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g1 = y->g1sq;

    mat_acc_id(o, -0.25 * h->xiB * g1);
    mat_acc(o, g1 / 3.0, F2(c->Hl1));
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->ld), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->le), NULL, NULL);
    contr(o, "rs", -4.0 * g1 / 3.0, "rstt", F4(c->ll), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "rtts", F4(c->ll), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 3.0, "rstt", F4(c->lq1), NULL, NULL);
    contr(o, "rs", 4.0 * g1 / 3.0, "rstt", F4(c->lu), NULL, NULL);
    mat_acc(o, -0.5 * (c->HBox + c->HD), F2(y->eeT));
    mat_acc_prod3(o, -1.0, F2(sm->Ge), F2(c->He), F2(y->GeT));
    mat_acc_prod(o, 1.5, F2(y->eeT), F2(c->Hl1));
    mat_acc_prod(o, 1.5, F2(c->Hl1), F2(y->eeT));
    mat_acc_prod(o, 4.5, F2(y->eeT), F2(c->Hl3));
    mat_acc_prod(o, 4.5, F2(c->Hl3), F2(y->eeT));
    contr(o, "rs", 2.0, "rspt,tp", F4(c->le), F2(y->eTe), NULL);
    contr(o, "rs", -4.0, "rspt,tp", F4(c->ll), F2(y->eeT), NULL);
    contr(o, "rs", -2.0, "rtps,tp", F4(c->ll), F2(y->eeT), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->lq1), F2(y->ddT), NULL);
    contr(o, "rs", 6.0, "rspt,tp", F4(c->lq1), F2(y->uuT), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->lu), F2(y->uTu), NULL);
    contr(o, "rs", 6.0, "rspt,tp", F4(c->ld), F2(y->dTd), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hl1));
    mat_acc_wf(o, F2(y->gam_l), F2(c->Hl1));
}

static void beta_Hl3(const yuk_t *y, const htr_t *h, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hl^(3); JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g2 = y->g2sq;

    mat_acc_id(o, 2.0 / 3.0 * g2 *
                      (0.25 * c->HBox + h->trHl3 + 3.0 * h->trHq3));
    mat_acc(o, -17.0 / 3.0 * g2, F2(c->Hl3));
    contr(o, "rs", 2.0 * g2 / 3.0, "rtts", F4(c->ll), NULL, NULL);
    contr(o, "rs", 2.0 * g2, "rstt", F4(c->lq3), NULL, NULL);
    mat_acc(o, -0.5 * c->HBox, F2(y->eeT));
    mat_acc_prod(o, 1.5, F2(y->eeT), F2(c->Hl1));
    mat_acc_prod(o, 1.5, F2(c->Hl1), F2(y->eeT));
    mat_acc_prod(o, 0.5, F2(y->eeT), F2(c->Hl3));
    mat_acc_prod(o, 0.5, F2(c->Hl3), F2(y->eeT));
    contr(o, "rs", -2.0, "rtps,tp", F4(c->ll), F2(y->eeT), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->lq3), F2(y->ddT), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->lq3), F2(y->uuT), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hl3));
    mat_acc_wf(o, F2(y->gam_l), F2(c->Hl3));
}

static void beta_He(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                    const smeft_wc *c, double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_He; JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g1 = y->g1sq;

    mat_acc_id(o, -0.5 * h->xiB * g1);
    mat_acc(o, g1 / 3.0, F2(c->He));
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->ed), NULL, NULL);
    contr(o, "rs", -8.0 * g1 / 3.0, "rstt", F4(c->ee), NULL, NULL);
    contr(o, "rs", 4.0 * g1 / 3.0, "rstt", F4(c->eu), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->le), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 3.0, "ttrs", F4(c->qe), NULL, NULL);
    mat_acc(o, c->HBox + c->HD, F2(y->eTe));
    mat_acc_prod3(o, -2.0, F2(y->GeT), F2(c->Hl1), F2(sm->Ge));
    mat_acc_prod(o, 3.0, F2(y->eTe), F2(c->He));
    mat_acc_prod(o, 3.0, F2(c->He), F2(y->eTe));
    contr(o, "rs", -2.0, "ptrs,tp", F4(c->le), F2(y->eeT), NULL);
    contr(o, "rs", 8.0, "rspt,tp", F4(c->ee), F2(y->eTe), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->eu), F2(y->uTu), NULL);
    contr(o, "rs", 6.0, "rspt,tp", F4(c->ed), F2(y->dTd), NULL);
    contr(o, "rs", -6.0, "ptrs,tp", F4(c->qe), F2(y->ddT), NULL);
    contr(o, "rs", 6.0, "ptrs,tp", F4(c->qe), F2(y->uuT), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->He));
    mat_acc_wf(o, F2(y->gam_e), F2(c->He));
}

static void beta_Hq1(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                     const smeft_wc *c, double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hq^(1); JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g1 = y->g1sq;

    mat_acc_id(o, h->xiB * g1 / 12.0);
    mat_acc(o, g1 / 3.0, F2(c->Hq1));
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->lq1), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->qd1), NULL, NULL);
    contr(o, "rs", 4.0 * g1 / 3.0, "rstt", F4(c->qu1), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->qe), NULL, NULL);
    contr(o, "rs", 4.0 * g1 / 3.0, "rstt", F4(c->qq1), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 9.0, "rtts", F4(c->qq1), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 3.0, "rtts", F4(c->qq3), NULL, NULL);
    mat_acc(o, 0.5 * (c->HBox + c->HD), F2(y->uuT));
    mat_acc(o, -0.5 * (c->HBox + c->HD), F2(y->ddT));
    mat_acc_prod3(o, -1.0, F2(sm->Gu), F2(c->Hu), F2(y->GuT));
    mat_acc_prod3(o, -1.0, F2(sm->Gd), F2(c->Hd), F2(y->GdT));
    contr(o, "rs", 2.0, "rspt,tp", F4(c->qe), F2(y->eTe), NULL);
    contr(o, "rs", -2.0, "ptrs,tp", F4(c->lq1), F2(y->eeT), NULL);
    mat_acc_prod(o, 1.5, F2(y->ddT), F2(c->Hq1));
    mat_acc_prod(o, 1.5, F2(y->uuT), F2(c->Hq1));
    mat_acc_prod(o, 1.5, F2(c->Hq1), F2(y->ddT));
    mat_acc_prod(o, 1.5, F2(c->Hq1), F2(y->uuT));
    mat_acc_prod(o, 4.5, F2(y->ddT), F2(c->Hq3));
    mat_acc_prod(o, -4.5, F2(y->uuT), F2(c->Hq3));
    mat_acc_prod(o, 4.5, F2(c->Hq3), F2(y->ddT));
    mat_acc_prod(o, -4.5, F2(c->Hq3), F2(y->uuT));
    contr(o, "rs", -12.0, "ptrs,tp", F4(c->qq1), F2(y->ddT), NULL);
    contr(o, "rs", -2.0, "psrt,tp", F4(c->qq1), F2(y->ddT), NULL);
    contr(o, "rs", -6.0, "psrt,tp", F4(c->qq3), F2(y->ddT), NULL);
    contr(o, "rs", 12.0, "ptrs,tp", F4(c->qq1), F2(y->uuT), NULL);
    contr(o, "rs", 2.0, "psrt,tp", F4(c->qq1), F2(y->uuT), NULL);
    contr(o, "rs", 6.0, "psrt,tp", F4(c->qq3), F2(y->uuT), NULL);
    contr(o, "rs", -6.0, "rspt,tp", F4(c->qu1), F2(y->uTu), NULL);
    contr(o, "rs", 6.0, "rspt,tp", F4(c->qd1), F2(y->dTd), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hq1));
    mat_acc_wf(o, F2(y->gam_q), F2(c->Hq1));
}

static void beta_Hq3(const yuk_t *y, const htr_t *h, const smeft_wc *c,
                     double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hq^(3); JMT (1310.4838)
     * Yukawa terms.  No dropped class contributes. */
    const double g2 = y->g2sq;

    mat_acc_id(o, 2.0 / 3.0 * g2 *
                      (0.25 * c->HBox + h->trHl3 + 3.0 * h->trHq3));
    mat_acc(o, -17.0 / 3.0 * g2, F2(c->Hq3));
    contr(o, "rs", 2.0 * g2 / 3.0, "ttrs", F4(c->lq3), NULL, NULL);
    contr(o, "rs", 2.0 * g2 / 3.0, "rtts", F4(c->qq1), NULL, NULL);
    contr(o, "rs", 4.0 * g2, "rstt", F4(c->qq3), NULL, NULL);
    contr(o, "rs", -2.0 * g2 / 3.0, "rtts", F4(c->qq3), NULL, NULL);
    mat_acc(o, -0.5 * c->HBox, F2(y->uuT));
    mat_acc(o, -0.5 * c->HBox, F2(y->ddT));
    mat_acc_prod(o, 1.5, F2(y->ddT), F2(c->Hq1));
    mat_acc_prod(o, -1.5, F2(y->uuT), F2(c->Hq1));
    mat_acc_prod(o, 1.5, F2(c->Hq1), F2(y->ddT));
    mat_acc_prod(o, -1.5, F2(c->Hq1), F2(y->uuT));
    mat_acc_prod(o, 0.5, F2(y->ddT), F2(c->Hq3));
    mat_acc_prod(o, 0.5, F2(y->uuT), F2(c->Hq3));
    mat_acc_prod(o, 0.5, F2(c->Hq3), F2(y->ddT));
    mat_acc_prod(o, 0.5, F2(c->Hq3), F2(y->uuT));
    contr(o, "rs", -12.0, "rspt,tp", F4(c->qq3), F2(y->ddT), NULL);
    contr(o, "rs", -2.0, "rtps,tp", F4(c->qq1), F2(y->ddT), NULL);
    contr(o, "rs", 2.0, "rtps,tp", F4(c->qq3), F2(y->ddT), NULL);
    contr(o, "rs", -12.0, "rspt,tp", F4(c->qq3), F2(y->uuT), NULL);
    contr(o, "rs", -2.0, "rtps,tp", F4(c->qq1), F2(y->uuT), NULL);
    contr(o, "rs", 2.0, "rtps,tp", F4(c->qq3), F2(y->uuT), NULL);
    contr(o, "rs", -2.0, "ptrs,tp", F4(c->lq3), F2(y->eeT), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hq3));
    mat_acc_wf(o, F2(y->gam_q), F2(c->Hq3));
}

static void beta_Hu(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                    const smeft_wc *c, double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hu; JMT (1310.4838)
     * Yukawa terms.  Dropped: Hud (Gu^T Gd Hud^T and Hud Gd^T Gu). */
    const double g1 = y->g1sq;

    mat_acc_id(o, h->xiB * g1 / 3.0);
    mat_acc(o, g1 / 3.0, F2(c->Hu));
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->eu), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->lu), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 3.0, "ttrs", F4(c->qu1), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "rstt", F4(c->ud1), NULL, NULL);
    contr(o, "rs", 8.0 * g1 / 3.0, "rstt", F4(c->uu), NULL, NULL);
    contr(o, "rs", 8.0 * g1 / 9.0, "rtts", F4(c->uu), NULL, NULL);
    mat_acc(o, -(c->HBox + c->HD), F2(y->uTu));
    mat_acc_prod3(o, -2.0, F2(y->GuT), F2(c->Hq1), F2(sm->Gu));
    mat_acc_prod(o, 3.0, F2(y->uTu), F2(c->Hu));
    mat_acc_prod(o, 3.0, F2(c->Hu), F2(y->uTu));
    contr(o, "rs", -12.0, "rspt,tp", F4(c->uu), F2(y->uTu), NULL);
    contr(o, "rs", -4.0, "rtps,tp", F4(c->uu), F2(y->uTu), NULL);
    contr(o, "rs", 2.0, "ptrs,tp", F4(c->eu), F2(y->eTe), NULL);
    contr(o, "rs", -2.0, "ptrs,tp", F4(c->lu), F2(y->eeT), NULL);
    contr(o, "rs", 6.0, "rspt,tp", F4(c->ud1), F2(y->dTd), NULL);
    contr(o, "rs", -6.0, "ptrs,tp", F4(c->qu1), F2(y->ddT), NULL);
    contr(o, "rs", 6.0, "ptrs,tp", F4(c->qu1), F2(y->uuT), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hu));
    mat_acc_wf(o, F2(y->gam_u), F2(c->Hu));
}

static void beta_Hd(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                    const smeft_wc *c, double *o)
{
    /* AJMT (1312.2014) appendix, psi^2 H^2 D, C_Hd; JMT (1310.4838)
     * Yukawa terms.  Dropped: Hud (Gd^T Gu Hud and Hud^T Gu^T Gd). */
    const double g1 = y->g1sq;

    mat_acc_id(o, -h->xiB * g1 / 6.0);
    mat_acc(o, g1 / 3.0, F2(c->Hd));
    contr(o, "rs", -4.0 * g1 / 3.0, "rstt", F4(c->dd), NULL, NULL);
    contr(o, "rs", -4.0 * g1 / 9.0, "rtts", F4(c->dd), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->ed), NULL, NULL);
    contr(o, "rs", -2.0 * g1 / 3.0, "ttrs", F4(c->ld), NULL, NULL);
    contr(o, "rs", 2.0 * g1 / 3.0, "ttrs", F4(c->qd1), NULL, NULL);
    contr(o, "rs", 4.0 * g1 / 3.0, "ttrs", F4(c->ud1), NULL, NULL);
    mat_acc(o, c->HBox + c->HD, F2(y->dTd));
    mat_acc_prod3(o, -2.0, F2(y->GdT), F2(c->Hq1), F2(sm->Gd));
    mat_acc_prod(o, 3.0, F2(y->dTd), F2(c->Hd));
    mat_acc_prod(o, 3.0, F2(c->Hd), F2(y->dTd));
    contr(o, "rs", 12.0, "rspt,tp", F4(c->dd), F2(y->dTd), NULL);
    contr(o, "rs", 4.0, "rtps,tp", F4(c->dd), F2(y->dTd), NULL);
    contr(o, "rs", 2.0, "ptrs,tp", F4(c->ed), F2(y->eTe), NULL);
    contr(o, "rs", -2.0, "ptrs,tp", F4(c->ld), F2(y->eeT), NULL);
    contr(o, "rs", -6.0, "ptrs,tp", F4(c->ud1), F2(y->uTu), NULL);
    contr(o, "rs", -6.0, "ptrs,tp", F4(c->qd1), F2(y->ddT), NULL);
    contr(o, "rs", 6.0, "ptrs,tp", F4(c->qd1), F2(y->uuT), NULL);
    mat_acc(o, 2.0 * y->gam_H, F2(c->Hd));
    mat_acc_wf(o, F2(y->gam_d), F2(c->Hd));
}

/* ---- bosonic classes ----------------------------------------------- */

static void beta_bosonic(const smeft_sm *sm, const yuk_t *y, const htr_t *h,
                         const smeft_wc *c, smeft_wc *beta)
{
    /* AJMT (1312.2014) appendix, H^4 D^2 (HBox, HD) and X^2 H^2 (HB, HW,
     * HWB, CP-even).  Dropped: Hud (inside the Yukawa traces of HBox and
     * HD); W (in HW and HWB); the dipoles uB, dB, eB, uW, dW, eW (Yukawa
     * traces in HB, HW, HWB). */
    const double g1 = y->g1sq, g2 = y->g2sq, lam = y->lam;
    const double g1g2 = sm->g1 * sm->g2;
    const double hyp = 2.0 * h->trHu - h->trHd - h->trHe + h->trHq1 -
                       h->trHl1;

    beta->HBox = -(4.0 * g2 + 4.0 / 3.0 * g1) * c->HBox +
                 5.0 / 3.0 * g1 * c->HD +
                 2.0 * g2 * (h->trHl3 + 3.0 * h->trHq3) +
                 2.0 / 3.0 * g1 * hyp + 12.0 * lam * c->HBox - 2.0 * h->eta3 +
                 4.0 * y->gam_H * c->HBox;
    beta->HD = 20.0 / 3.0 * g1 * c->HBox +
               (4.5 * g2 - 5.0 / 6.0 * g1) * c->HD + 8.0 / 3.0 * g1 * hyp +
               6.0 * lam * c->HD - 2.0 * h->eta4 + 4.0 * y->gam_H * c->HD;
    beta->HB = (85.0 / 6.0 * g1 - 4.5 * g2) * c->HB + 3.0 * g1g2 * c->HWB +
               6.0 * lam * c->HB + 2.0 * y->gam_H * c->HB;
    beta->HW = (-1.5 * g1 - 53.0 / 6.0 * g2) * c->HW + g1g2 * c->HWB +
               6.0 * lam * c->HW + 2.0 * y->gam_H * c->HW;
    beta->HWB = (19.0 / 3.0 * g1 + 4.0 / 3.0 * g2) * c->HWB +
                2.0 * g1g2 * (c->HB + c->HW) + 2.0 * lam * c->HWB +
                2.0 * y->gam_H * c->HWB;
}

/* ---- entry points -------------------------------------------------- */

void smeft_beta_psi4_had_higgs(const smeft_sm *sm, const smeft_wc *c,
                               smeft_wc *beta)
{
    yuk_t y;
    htr_t h;
    double xiu[3][3], xid[3][3];

    yuk_init(sm, &y);
    htr_init(&y, c, &h);
    xi_ud(F4(c->qu1), F4(c->qu8), F2(sm->Gu), F2(xiu));
    xi_ud(F4(c->qd1), F4(c->qd8), F2(sm->Gd), F2(xid));

#define ZERO_(n) memset(beta->n, 0, sizeof beta->n);
    ZERO_(qq1) ZERO_(qq3) ZERO_(uu) ZERO_(dd) ZERO_(ud1) ZERO_(ud8)
    ZERO_(qu1) ZERO_(qu8) ZERO_(qd1) ZERO_(qd8)
    ZERO_(Hl1) ZERO_(Hl3) ZERO_(He) ZERO_(Hq1) ZERO_(Hq3) ZERO_(Hu) ZERO_(Hd)
#undef ZERO_

    beta_qq1(sm, &y, c, F4(beta->qq1));
    beta_qq3(sm, &y, c, F4(beta->qq3));
    beta_uu(sm, &y, c, F4(beta->uu));
    beta_dd(sm, &y, c, F4(beta->dd));
    beta_ud1(sm, &y, c, F4(beta->ud1));
    beta_ud8(sm, &y, c, F4(beta->ud8));
    beta_qu1(sm, &y, c, F2(xiu), F4(beta->qu1));
    beta_qu8(sm, &y, c, F2(xiu), F4(beta->qu8));
    beta_qd1(sm, &y, c, F2(xid), F4(beta->qd1));
    beta_qd8(sm, &y, c, F2(xid), F4(beta->qd8));

    beta_Hl1(sm, &y, &h, c, F2(beta->Hl1));
    beta_Hl3(&y, &h, c, F2(beta->Hl3));
    beta_He(sm, &y, &h, c, F2(beta->He));
    beta_Hq1(sm, &y, &h, c, F2(beta->Hq1));
    beta_Hq3(&y, &h, c, F2(beta->Hq3));
    beta_Hu(sm, &y, &h, c, F2(beta->Hu));
    beta_Hd(sm, &y, &h, c, F2(beta->Hd));

    beta_bosonic(sm, &y, &h, c, beta);
}

void smeft_beta(const smeft_sm *sm, const smeft_wc *c, smeft_wc *beta)
{
    memset(beta, 0, sizeof *beta);
    smeft_beta_psi4_lep(sm, c, beta);
    smeft_beta_psi4_had_higgs(sm, c, beta);
}
