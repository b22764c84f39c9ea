/* SPDX-License-Identifier: MIT */
/*
 * zprime.c -- the U(1)_X Z' model family of seed 000 (arXiv:2306.08669,
 * section 3): anomaly conditions (3.2)-(3.7) and tree-level matching onto
 * SMEFT at M_Z' (Table 2).
 *
 * Matching: integrating out the Z' gives L_eff = -g^2/(2 M^2) J.J with
 * J = sum_f q_f fbar gamma f.  Lepton charges are L_i = e_i = -X_i; the
 * quark current in the mass basis is Qbar Lambda Q with Lambda =
 * V_dL^dagger diag(0,0,1) V_dL, V_dL of eq. (3.27).  Hence, per g^2/M^2,
 * a product of two different currents gets -q_a q_b and a current with
 * itself -q_a^2/2 (Table 2).  WCxf keeps one entry per conjugate pair, so
 * the quark pair is written 23 (Lambda_23 = Lambda_32 is real here).
 */
#include <limits.h>
#include <math.h>
#include <stddef.h>

#include "smelt_internal.h"

/* ---- exact integer arithmetic with overflow detection ---- */

static int add_ok(long long a, long long b, long long *r)
{
    if ((b > 0 && a > LLONG_MAX - b) || (b < 0 && a < LLONG_MIN - b))
        return 0;
    *r = a + b;
    return 1;
}

static int mul_ok(long long a, long long b, long long *r)
{
    if (a == 0 || b == 0) {
        *r = 0;
        return 1;
    }
    if (a == LLONG_MIN || b == LLONG_MIN)
        return 0;
    if ((a > 0 ? a : -a) > LLONG_MAX / (b > 0 ? b : -b))
        return 0;
    *r = a * b;
    return 1;
}

static long long gcd_ll(long long a, long long b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* sum_i w * q_i^power over the three families, accumulated into *acc */
static int accumulate(const long long q[3], long long w, int power,
                      long long *acc)
{
    int i, k;
    for (i = 0; i < 3; i++) {
        long long t = w;
        for (k = 0; k < power; k++)
            if (!mul_ok(t, q[i], &t))
                return 0;
        if (!add_ok(*acc, t, acc))
            return 0;
    }
    return 1;
}

smelt_status smelt_anomaly_check(const smelt_u1_charges *ch, unsigned *failed)
{
    /* field order: q, u, d, l, e, nu */
    const smelt_rational *f[6];
    long long n[6][3];
    long long lcm = 1;
    int a, i;
    /* coefficients of the six conditions, eqs. (3.2)-(3.7), per field */
    static const long long w[6][6] = {
        /* q   u   d   l   e  nu */
        {2, -1, -1, 0, 0, 0},   /* (3.2) SU(3)^2 U(1)_X        */
        {3, 0, 0, 1, 0, 0},     /* (3.3) SU(2)^2 U(1)_X        */
        {1, -8, -2, 3, -6, 0},  /* (3.4) U(1)_Y^2 U(1)_X       */
        {6, -3, -3, 2, -1, -1}, /* (3.5) gravity^2 U(1)_X      */
        {1, -2, 1, -1, 1, 0},   /* (3.6) U(1)_Y U(1)_X^2       */
        {6, -3, -3, 2, -1, -1}, /* (3.7) U(1)_X^3              */
    };
    static const int power[6] = {1, 1, 1, 1, 2, 3};
    if (ch == NULL || failed == NULL)
        return SMELT_EINVAL;
    f[0] = ch->q;
    f[1] = ch->u;
    f[2] = ch->d;
    f[3] = ch->l;
    f[4] = ch->e;
    f[5] = ch->nu;
    /* the conditions are homogeneous polynomials, so multiplying every
     * charge by the lcm of the denominators preserves which vanish */
    for (a = 0; a < 6; a++) {
        for (i = 0; i < 3; i++) {
            long long d = f[a][i].den;
            if (d <= 0)
                return SMELT_EINVAL;
            if (!mul_ok(lcm / gcd_ll(lcm, d), d, &lcm))
                return SMELT_EOVERFLOW;
        }
    }
    for (a = 0; a < 6; a++)
        for (i = 0; i < 3; i++)
            if (!mul_ok(f[a][i].num, lcm / f[a][i].den, &n[a][i]))
                return SMELT_EOVERFLOW;
    *failed = 0;
    for (i = 0; i < 6; i++) {
        long long acc = 0;
        for (a = 0; a < 6; a++)
            if (w[i][a] != 0 && !accumulate(n[a], w[i][a], power[i], &acc))
                return SMELT_EOVERFLOW;
        if (acc != 0)
            *failed |= 1u << i;
    }
    return SMELT_OK;
}

/* a - b in lowest terms; 0 on overflow.  Denominators are > 0. */
static int rat_sub(smelt_rational a, smelt_rational b, smelt_rational *r)
{
    long long x, y, d, g;
    if (!mul_ok(a.num, b.den, &x) || !mul_ok(b.num, a.den, &y) ||
        y == LLONG_MIN || !add_ok(x, -y, &x) || !mul_ok(a.den, b.den, &d))
        return 0;
    g = gcd_ll(x, d);
    r->num = x / g;
    r->den = d / g;
    return 1;
}

smelt_status smelt_zprime_xtau(smelt_rational xe, smelt_rational xmu,
                               smelt_rational *xtau)
{
    const smelt_rational three = {3, 1};
    smelt_rational t;
    if (xtau == NULL || xe.den <= 0 || xmu.den <= 0)
        return SMELT_EINVAL;
    if (!rat_sub(three, xe, &t) || !rat_sub(t, xmu, xtau))
        return SMELT_EOVERFLOW;
    return SMELT_OK;
}

smelt_status smelt_zprime_charges(smelt_rational xe, smelt_rational xmu,
                                  smelt_rational xtau, smelt_u1_charges *out)
{
    const smelt_rational x[3] = {xe, xmu, xtau};
    const smelt_rational zero = {0, 1}, one = {1, 1};
    int i;
    if (out == NULL)
        return SMELT_EINVAL;
    for (i = 0; i < 3; i++) {
        smelt_rational mx = x[i];
        if (mx.den <= 0 || mx.num == LLONG_MIN)
            return SMELT_EINVAL;
        mx.num = -mx.num;
        /* third-family baryon number x 3: Q_3 = u_3 = d_3 = 1 */
        out->q[i] = out->u[i] = out->d[i] = (i == 2) ? one : zero;
        /* eq. (3.13): L_i = e_i = nu_i = -X_i */
        out->l[i] = out->e[i] = out->nu[i] = mx;
    }
    return SMELT_OK;
}

smelt_status smelt_zprime_match(const smelt_zprime *m, smelt_real c[SMELT_N_WC])
{
    double x[3], lam[3][3], s, co, k;
    int i, j;
    if (m == NULL || c == NULL)
        return SMELT_EINVAL;
    if (!isfinite(m->xe) || !isfinite(m->xmu) || !isfinite(m->xtau) ||
        !isfinite(m->gzp) || !isfinite(m->mzp_gev) || !isfinite(m->theta_sb))
        return SMELT_ENONFINITE;
    if (!(m->mzp_gev > 0) || m->gzp < 0)
        return SMELT_ERANGE;
    x[0] = m->xe;
    x[1] = m->xmu;
    x[2] = m->xtau;
    s = sin((double)m->theta_sb);
    co = cos((double)m->theta_sb);
    /* Lambda = V_dL^dagger diag(0,0,1) V_dL (indices 1..3 -> 0..2) */
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            lam[i][j] = 0;
    lam[1][1] = s * s;
    lam[2][2] = co * co;
    lam[1][2] = lam[2][1] = -s * co;
    k = (double)m->gzp * (double)m->gzp /
        ((double)m->mzp_gev * (double)m->mzp_gev); /* GeV^-2 */
    /* every entry is g^2/M^2 times at most 1 + |X|^2: it must stay far
     * inside the range of smelt_real (float: 3e38) */
    if (!(k * (1.0 + x[0] * x[0] + x[1] * x[1] + x[2] * x[2]) < 1e30))
        return SMELT_ERANGE;
    smelt_wc_zero(c);

#define SET(name, v) c[SMELT_WC_##name] = (smelt_real)(k * (v))
    /* four-lepton: same current -X^2/2, different currents -X_i X_j */
    SET(ll_1111, -x[0] * x[0] / 2);
    SET(ll_2222, -x[1] * x[1] / 2);
    SET(ll_3333, -x[2] * x[2] / 2);
    SET(ll_1122, -x[0] * x[1]);
    SET(ll_1133, -x[0] * x[2]);
    SET(ll_2233, -x[1] * x[2]);
    SET(ee_1111, -x[0] * x[0] / 2);
    SET(ee_2222, -x[1] * x[1] / 2);
    SET(ee_3333, -x[2] * x[2] / 2);
    SET(ee_1122, -x[0] * x[1]);
    SET(ee_1133, -x[0] * x[2]);
    SET(ee_2233, -x[1] * x[2]);
    SET(le_1111, -x[0] * x[0]);
    SET(le_1122, -x[0] * x[1]);
    SET(le_1133, -x[0] * x[2]);
    SET(le_2211, -x[1] * x[0]);
    SET(le_2222, -x[1] * x[1]);
    SET(le_2233, -x[1] * x[2]);
    SET(le_3311, -x[2] * x[0]);
    SET(le_3322, -x[2] * x[1]);
    SET(le_3333, -x[2] * x[2]);
    /* semileptonic: lepton charge -X_i times quark current Lambda_jk,
     * two different currents: -(-X_i)(Lambda_jk) = X_i Lambda_jk */
    SET(lq1_1122, x[0] * lam[1][1]);
    SET(lq1_1123, x[0] * lam[1][2]);
    SET(lq1_1133, x[0] * lam[2][2]);
    SET(lq1_2222, x[1] * lam[1][1]);
    SET(lq1_2223, x[1] * lam[1][2]);
    SET(lq1_2233, x[1] * lam[2][2]);
    SET(lq1_3322, x[2] * lam[1][1]);
    SET(lq1_3323, x[2] * lam[1][2]);
    SET(lq1_3333, x[2] * lam[2][2]);
    SET(qe_2211, x[0] * lam[1][1]);
    SET(qe_2222, x[1] * lam[1][1]);
    SET(qe_2233, x[2] * lam[1][1]);
    SET(qe_2311, x[0] * lam[1][2]);
    SET(qe_2322, x[1] * lam[1][2]);
    SET(qe_2333, x[2] * lam[1][2]);
    SET(qe_3311, x[0] * lam[2][2]);
    SET(qe_3322, x[1] * lam[2][2]);
    SET(qe_3333, x[2] * lam[2][2]);
    /* right-handed third-family quarks have charge 1 (u_3 = d_3 = 1) */
    SET(lu_1133, x[0]);
    SET(lu_2233, x[1]);
    SET(lu_3333, x[2]);
    SET(ld_1133, x[0]);
    SET(ld_2233, x[1]);
    SET(ld_3333, x[2]);
    SET(eu_1133, x[0]);
    SET(eu_2233, x[1]);
    SET(eu_3333, x[2]);
    SET(ed_1133, x[0]);
    SET(ed_2233, x[1]);
    SET(ed_3333, x[2]);
    /* four-quark */
    SET(uu_3333, -0.5);
    SET(dd_3333, -0.5);
    SET(ud1_3333, -1.0);
    SET(qu1_2233, -lam[1][1]);
    SET(qu1_2333, -lam[1][2]);
    SET(qu1_3333, -lam[2][2]);
    SET(qd1_2233, -lam[1][1]);
    SET(qd1_2333, -lam[1][2]);
    SET(qd1_3333, -lam[2][2]);
    /* qq1_ijkl = Lambda_ij Lambda_kl (delta_ik delta_jl - 2)/2: -1/2 for a
     * current with itself, -1 for two different currents (2332 pairs the
     * current 23 with 32 = (23)^dagger, a different current) */
    SET(qq1_2222, -0.5 * lam[1][1] * lam[1][1]);
    SET(qq1_2223, -lam[1][1] * lam[1][2]);
    SET(qq1_2233, -lam[1][1] * lam[2][2]);
    SET(qq1_2323, -0.5 * lam[1][2] * lam[1][2]);
    SET(qq1_2332, -lam[1][2] * lam[2][1]);
    SET(qq1_2333, -lam[1][2] * lam[2][2]);
    SET(qq1_3333, -0.5 * lam[2][2] * lam[2][2]);
#undef SET
    return SMELT_OK;
}
