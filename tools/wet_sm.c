/* SPDX-License-Identifier: MIT */
/*
 * wet_sm.c -- SM Wilson coefficients of the b -> s l l weak effective
 * theory: matching at mu_W, QCD running to mu_b (n_f = 5), and the
 * one-loop four-quark matrix elements Y(q^2) of C9eff(q^2).
 *
 * ORDER AND SCHEME OF EACH PIECE (everything MSbar/NDR, CMM basis):
 *
 *  alpha_s   two-loop beta function, 5 flavours between mu and M_Z and
 *            between M_Z and mu_W (< m_t), from alpha_s(M_Z); solved as an
 *            ODE (RK4), checked in the tests against the exact implicit
 *            two-loop solution.  The 2-loop alpha_s is used at both LL and
 *            NLL (at LL this is a harmless NLL-order difference).
 *  m_t       x_t = m_t(mu_W)^2/M_W^2 with m_t the MSbar mass: m_t(m_t)
 *            from the pole mass by the 2-loop relation (Gray-Broadhurst),
 *            solved exactly, then 2-loop mass running to mu_W with the
 *            5-flavour alpha_s.
 *  matching  at mu_W (flavio's table: 120 GeV), Bobeth-Misiak-Urban
 *            hep-ph/9910220 (BMU) in the CMM basis, their
 *            functions A0,F0,B0,C0,D0,E0 (LO) and A1,F1,B1,C1,D1 (NLO),
 *            with L = ln(mu_W^2/M_W^2), L_t = ln(mu_W^2/m_t(mu_W)^2):
 *              C_i(mu_W) = C_i^(0) + a_W C_i^(1),  a_W = alpha_s(mu_W)/4pi
 *              LL : C2 = 1, C7eff = -A0/2 - 23/36, C8eff = -F0/2 - 1/3
 *              NLL: + a_W C1^(1) = 15 + 6L, C4^(1) = E0 - 7/9 + 2/3 L,
 *                   C7eff^(1) = -A1/2 + 713/243 + 4/81 L - 4/9 C4^(1),
 *                   C8eff^(1) = -F1/2 + 91/324 - 4/27 L - 1/6 C4^(1).
 *            (The same expressions are used by SuperIso and HEPfit.)
 *            C9 (alpha_e/4pi-normalised) at mu_W is BMU's C9^(1):
 *              C9(mu_W) = (1-4s^2)/s^2 C0 - B0/s^2 - D0 + 1/(4s^2)
 *                         + 38/27 - 4/9 L
 *            i.e. Y0/s^2 - 4 Z0 plus the CMM-basis constant; it is the
 *            O(alpha_s^0) term, formally NLL, and is included at LL too
 *            (as in the "LO" C9 of Buchalla-Buras-Lautenbacher).  The
 *            O(alpha_s) matching of C9 (BMU C9^(2)) is NNLL and NOT
 *            included.
 *            C10 = (B0 - C0)/s^2 - 1/(4s^2) = -Y0(x_t)/s^2 at LL, plus
 *            a_W [(B1 - C1)/s^2 - 1/s^2] (BMU C10^(2), the QCD correction
 *            eta_Y) at NLL.  C10 does not run under QCD.
 *  running   mu dC_j/dmu = sum_i C_i gamma_ij, solved numerically (RK4 in
 *            ln mu, together with alpha_s) from mu_W down to mu, n_f = 5:
 *              gamma(C1..C8eff) = a gamma^(0) [+ a^2 gamma^(1) at NLL]
 *              gamma(C1..C6 -> C9) = gamma^(0)_i9 [+ a gamma^(1)_i9 at NLL]
 *            (the O(1/alpha_s) LL term of C9 comes from gamma^(0)_i9;
 *            C9 has no QCD self-mixing in this normalisation).
 *            Sources: gamma^(0,1) of C1..C6: Chetyrkin-Misiak-Muenz
 *            hep-ph/9612313 (as written in Gorbahn-Haisch hep-ph/0411071
 *            eqs. 36-37); C7eff,C8eff: Misiak-Muenz hep-ph/0504194 eqs.
 *            9-10; C1..C6 -> C7eff,C8eff: Czakon-Haisch-Misiak
 *            hep-ph/0612329 eqs. 5.9-5.10; C1..C6 -> C9: BMU /
 *            Gambino-Gorbahn-Haisch hep-ph/0306079 (transcribed from the
 *            tables in flavio's bdecays/rge.py, which cite these papers).
 *            The numerical solution of the truncated RGE contains parts
 *            of higher orders (as flavio's own NP running does); the
 *            strict order-by-order expansion of BMU differs from it by
 *            NNLL terms.
 *  Y(q^2)    one-loop matrix elements of C1..C6 (0811.1214 eq. 10) with
 *            h(s, m) of hep-ph/0106067 eq. 11; pole masses m_c, m_b inside
 *            h from the MSbar ones by the 2-loop relation (as flavio).
 *            Not included: the doubly Cabibbo-suppressed lambda_u terms,
 *            NNLO delta C7, delta C9 (0810.4077), QCDF corrections.
 *
 * Not included anywhere: QED/electroweak corrections to the running and
 * matching (the C_3Q..C_6Q, C_b operators of hep-ph/0512066), and the
 * NNLL pieces of flavio's table (3-loop ADMs, 2-loop matching of C7,8).
 *
 * Result at mu = 4.8 GeV, NLL (default inputs) vs flavio's NNLL table
 * (PHYSICS.md section 4):
 *   C1 -0.298 (-0.264)  C2 1.009 (1.015)  C3 -0.0041 (-0.0051)
 *   C4 -0.080 (-0.080)  C7eff -0.3032 (-0.2915)  C8eff -0.166 (-0.161)
 *   C9 4.150 (4.053)    C10 -4.144 (-4.189; -4.167 rescaled to m_t=172.5)
 * LL: C1 -0.516, C2 1.026, C7eff -0.3144, C9 3.733, C10 -4.257.
 * Validated in tests/test_wet.c (LL against the BMMP/BBL magic numbers,
 * alpha_s against the exact 2-loop solution and RunDec, h(s, m) against
 * its Feynman-parameter integral).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "wet_sm.h"

static const double PI = 3.14159265358979323846;
static const double ZETA3 = 1.2020569031595942854;

/* ---------------------------------------------------------------- */
/* inputs                                                           */

void wet_sm_load(wet_sm_inputs *in, const gen_datafile *sm,
                 const gen_datafile *wet)
{
    in->mZ = gen_param(sm, "m_Z");
    in->s2w = gen_param(sm, "s2w");
    in->alpha_s_MZ = gen_param(wet, "alpha_s_MZ");
    in->mW = gen_param(wet, "m_W");
    in->mt_pole = gen_param(wet, "m_t_pole");
    in->mb_mb = gen_param(wet, "m_b_mb");
    in->mc_mc = gen_param(wet, "m_c_mc");
    in->mu_W = gen_param(wet, "mu_W");
    in->order = (int)gen_param(wet, "wet_order");
    in->nsteps_per_unit = 0;
    in->alpha_s_loops = 2;
}

void wet_sm_load_dir(wet_sm_inputs *in, const char *dir)
{
    gen_datafile sm, wet;
    gen_data_read(&sm, dir, "sm_inputs.dat"); /* exits on failure */
    gen_data_read(&wet, dir, "wet_sm_inputs.dat");
    wet_sm_load(in, &sm, &wet);
    gen_data_free(&sm);
    gen_data_free(&wet);
}

/* ---------------------------------------------------------------- */
/* alpha_s and quark masses                                         */

/* a = alpha_s/(4 pi);  da/dln(mu) = -2 a^2 (beta0 + beta1 a) */
static double beta0(int nf) { return 11.0 - 2.0 * nf / 3.0; }
static double beta1(int nf) { return 102.0 - 38.0 * nf / 3.0; }

/* loops = number of loops in the beta function: 2 (default) or 1 */
static double da_dt(double a, int nf, int loops)
{
    return -2 * a * a * (beta0(nf) + (loops >= 2 ? beta1(nf) * a : 0));
}

static int n_loops(const wet_sm_inputs *in)
{
    return in->alpha_s_loops == 1 ? 1 : 2;
}

/* RK4 for a alone, from t0 to t1 (t = ln mu) */
static double run_a(double a, double t0, double t1, int nf, int loops)
{
    int n = (int)ceil(fabs(t1 - t0) / 0.002) + 1, k;
    double h = (t1 - t0) / n;
    for (k = 0; k < n; k++) {
        double k1 = da_dt(a, nf, loops);
        double k2 = da_dt(a + 0.5 * h * k1, nf, loops);
        double k3 = da_dt(a + 0.5 * h * k2, nf, loops);
        double k4 = da_dt(a + h * k3, nf, loops);
        a += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    return a;
}

double wet_alpha_s(const wet_sm_inputs *in, double mu, int thresholds)
{
    double a = in->alpha_s_MZ / (4 * PI);
    double tz = log(in->mZ), tb = log(in->mb_mb), tc = log(in->mc_mc);
    double t = log(mu);
    int l = n_loops(in);
    if (!thresholds || mu >= in->mb_mb)
        return 4 * PI * run_a(a, tz, t, 5, l);
    a = run_a(a, tz, tb, 5, l);
    if (mu >= in->mc_mc)
        return 4 * PI * run_a(a, tb, t, 4, l);
    a = run_a(a, tb, tc, 4, l);
    return 4 * PI * run_a(a, tc, t, 3, l);
}

/* 2-loop coefficient of M/m(m) = 1 + 4/3 as + K2 as^2, as = alpha_s/pi,
 * nl light flavours (Gray, Broadhurst, Grafe, Schilcher 1990). */
static double pole_k2(int nl)
{
    return 307.0 / 32 + PI * PI / 3 + PI * PI * log(2.0) / 9 - ZETA3 / 6 -
           nl * (71.0 / 144 + PI * PI / 18);
}

static double pole_from_msbar(double mm, double as, int nl)
{
    double x = as / PI;
    return mm * (1 + 4.0 / 3 * x + pole_k2(nl) * x * x);
}

double wet_mb_pole(const wet_sm_inputs *in)
{
    return pole_from_msbar(in->mb_mb, wet_alpha_s(in, in->mb_mb, 1), 4);
}

double wet_mc_pole(const wet_sm_inputs *in)
{
    return pole_from_msbar(in->mc_mc, wet_alpha_s(in, in->mc_mc, 1), 3);
}

double wet_mt_msbar(const wet_sm_inputs *in, double mu)
{
    /* m_t(m_t): solve M = m (1 + 4/3 x + K2 x^2), x = alpha_s(m)/pi */
    double m = in->mt_pole, a, t, t1, h, lm;
    int k, n;
    for (k = 0; k < 60; k++) {
        double x = wet_alpha_s(in, m, 0) / PI;
        m = in->mt_pole / (1 + 4.0 / 3 * x + pole_k2(5) * x * x);
    }
    /* 2-loop running: dln m/dt = -2 (gm0 x + gm1 x^2), x = alpha_s/pi,
     * gm0 = 1, gm1 = (202/3 - 20 nf/9)/16, nf = 5 */
    a = wet_alpha_s(in, m, 0) / (4 * PI);
    t = log(m);
    t1 = log(mu);
    n = (int)ceil(fabs(t1 - t) / 0.002) + 1;
    h = (t1 - t) / n;
    lm = log(m);
    for (k = 0; k < n; k++) {
        /* y = (a, ln m) */
        double gm1 = (202.0 / 3 - 20.0 * 5 / 9) / 16;
        double ya[4], yl[4], x;
        double a1 = a, a2, a3, a4;
        x = 4 * a1;
        ya[0] = da_dt(a1, 5, 2);
        yl[0] = -2 * (x + gm1 * x * x);
        a2 = a1 + 0.5 * h * ya[0];
        x = 4 * a2;
        ya[1] = da_dt(a2, 5, 2);
        yl[1] = -2 * (x + gm1 * x * x);
        a3 = a1 + 0.5 * h * ya[1];
        x = 4 * a3;
        ya[2] = da_dt(a3, 5, 2);
        yl[2] = -2 * (x + gm1 * x * x);
        a4 = a1 + h * ya[2];
        x = 4 * a4;
        ya[3] = da_dt(a4, 5, 2);
        yl[3] = -2 * (x + gm1 * x * x);
        a += h / 6 * (ya[0] + 2 * ya[1] + 2 * ya[2] + ya[3]);
        lm += h / 6 * (yl[0] + 2 * yl[1] + 2 * yl[2] + yl[3]);
    }
    return exp(lm);
}

/* ---------------------------------------------------------------- */
/* loop functions                                                   */

double wet_li2(double x)
{
    /* real dilogarithm for x <= 1 */
    double s = 0, p, sign = 1, add = 0;
    int k;
    if (x == 1)
        return PI * PI / 6;
    if (x < -1) {
        /* Li2(x) = -pi^2/6 - ln^2(-x)/2 - Li2(1/x) */
        double l = log(-x);
        return -PI * PI / 6 - 0.5 * l * l - wet_li2(1 / x);
    }
    if (x < -0.5) {
        /* Li2(x) = -Li2(x/(x-1)) - ln^2(1-x)/2,  x/(x-1) in (1/3, 1/2] */
        double l = log(1 - x);
        return -wet_li2(x / (x - 1)) - 0.5 * l * l;
    }
    if (x > 0.5) {
        /* Li2(x) = pi^2/6 - ln x ln(1-x) - Li2(1-x) */
        add = PI * PI / 6 - log(x) * log(1 - x);
        sign = -1;
        x = 1 - x;
    }
    p = x;
    for (k = 1; k < 200; k++) {
        double term = p / ((double)k * k);
        s += term;
        if (fabs(term) < 1e-18 * fabs(s))
            break;
        p *= x;
    }
    return add + sign * s;
}

double wet_Y0(double x)
{
    return x / 8 * ((x - 4) / (x - 1) + 3 * x * log(x) / ((x - 1) * (x - 1)));
}

/* BMU hep-ph/9910220 loop functions ('t Hooft-Feynman gauge; their
 * B0, D0 differ from Inami-Lim's by constants, compensated in the
 * matching constants below -- the test checks C10 = -Y0/s^2);
 * x = x_t, lt = ln(mu_W^2/m_t^2). */
static double bmu_A0(double x)
{
    double d = 1 - x;
    return (-46 + 159 * x - 153 * x * x + 22 * x * x * x) / (36 * d * d * d) +
           x * x * (2 - 3 * x) / (2 * d * d * d * d) * log(x);
}

static double bmu_F0(double x)
{
    double d = 1 - x;
    return (5 * x * x * x - 9 * x * x + 30 * x - 8) / (12 * d * d * d) +
           3 * x * x / (2 * d * d * d * d) * log(x);
}

static double bmu_B0(double x)
{
    double d = 1 - x;
    return x / (4 * d * d) * log(x) + 1 / (4 * d);
}

static double bmu_C0(double x)
{
    double d = 1 - x;
    return (3 * x + 2) * x / (8 * d * d) * log(x) + (6 - x) * x / (8 * d);
}

static double bmu_D0(double x)
{
    double d = 1 - x, d3 = d * d * d;
    return (-3 * pow(x, 4) + 30 * x * x * x - 54 * x * x + 32 * x - 8) /
               (18 * d3 * d) * log(x) +
           (-47 * x * x * x + 237 * x * x - 312 * x + 104) / (108 * d3);
}

static double bmu_E0(double x)
{
    double d = 1 - x, d3 = d * d * d;
    return (-9 * x * x + 16 * x - 4) / (6 * d3 * d) * log(x) +
           (-7 * x * x * x - 21 * x * x + 42 * x + 4) / (36 * d3);
}

static double bmu_A1(double x, double lt)
{
    double d = 1 - x, d4 = d * d * d * d, x2 = x * x, x3 = x2 * x,
           x4 = x3 * x;
    return (32 * x4 + 244 * x3 - 160 * x2 + 16 * x) / (9 * d4) *
               wet_li2(1 - 1 / x) +
           (-774 * x4 - 2826 * x3 + 1994 * x2 - 130 * x + 8) / (81 * d4 * d) *
               log(x) +
           (-94 * x4 - 18665 * x3 + 20682 * x2 - 9113 * x + 2006) /
               (243 * d4) +
           ((-12 * x4 - 92 * x3 + 56 * x2) / (3 * d4 * d) * log(x) +
            (-68 * x4 - 202 * x3 - 804 * x2 + 794 * x - 152) / (27 * d4)) *
               lt;
}

static double bmu_F1(double x, double lt)
{
    double d = 1 - x, d4 = d * d * d * d, x2 = x * x, x3 = x2 * x,
           x4 = x3 * x;
    return (4 * x4 - 40 * x3 - 41 * x2 - x) / (3 * d4) * wet_li2(1 - 1 / x) +
           (-144 * x4 + 3177 * x3 + 3661 * x2 + 250 * x - 32) /
               (108 * d4 * d) * log(x) +
           (-247 * x4 + 11890 * x3 + 31779 * x2 - 2966 * x + 1016) /
               (648 * d4) +
           ((17 * x3 + 31 * x2) / (d4 * d) * log(x) +
            (-35 * x4 + 170 * x3 + 447 * x2 + 338 * x - 56) / (18 * d4)) *
               lt;
}

static double bmu_B1(double x, double lt)
{
    double d = 1 - x;
    return -2 * x / (d * d) * wet_li2(1 - 1 / x) +
           (17 - x) * x / (3 * d * d * d) * log(x) +
           (13 * x + 3) / (3 * d * d) +
           ((2 * x + 2) * x / (d * d * d) * log(x) + 4 * x / (d * d)) * lt;
}

static double bmu_C1(double x, double lt)
{
    double d = 1 - x;
    return -(x * x + 4) * x / (d * d) * wet_li2(1 - 1 / x) +
           (3 * x * x + 14 * x + 23) * x / (3 * d * d * d) * log(x) +
           (4 * x * x + 7 * x + 29) * x / (3 * d * d) +
           ((8 * x + 2) * x / (d * d * d) * log(x) +
            (x * x + x + 8) * x / (d * d)) *
               lt;
}

/* ---------------------------------------------------------------- */
/* anomalous dimensions, n_f = 5 (CMM basis; index 0..7 = C1..C8eff) */

#define NF 5

static void adm0(double g[8][8], double g9[6])
{
    const double f = NF, Qu = 2.0 / 3, Qd = -1.0 / 3, Qbar = 1.0 / 3;
    int i, j;
    static const double g9_5[6] = {-32.0 / 27, -8.0 / 9, -16.0 / 9,
                                   32.0 / 27,  -112.0 / 9, 512.0 / 27};
    for (i = 0; i < 8; i++)
        for (j = 0; j < 8; j++)
            g[i][j] = 0;
    /* C1..C6 (CMM hep-ph/9612313; Gorbahn-Haisch eq. 36) */
    g[0][0] = -4;   g[0][1] = 8.0 / 3;   g[0][3] = -2.0 / 9;
    g[1][0] = 12;   g[1][3] = 4.0 / 3;
    g[2][3] = -52.0 / 3;  g[2][5] = 2;
    g[3][2] = -40.0 / 9;  g[3][3] = -160.0 / 9 + 4 * f / 3;
    g[3][4] = 4.0 / 9;    g[3][5] = 5.0 / 6;
    g[4][3] = -256.0 / 3; g[4][5] = 20;
    g[5][2] = -256.0 / 9; g[5][3] = -544.0 / 9 + 40 * f / 3;
    g[5][4] = 40.0 / 9;   g[5][5] = -2.0 / 3;
    /* C7eff, C8eff (hep-ph/0504194 eq. 9) */
    g[6][6] = 32.0 / 3;
    g[7][6] = 32.0 / 3 * Qd;
    g[7][7] = 28.0 / 3;
    /* C1..C6 -> C7eff, C8eff (hep-ph/0612329 eq. 5.9) */
    g[0][6] = 8.0 / 243 - 4.0 / 3 * Qu;      g[0][7] = 173.0 / 162;
    g[1][6] = -16.0 / 81 + 8 * Qu;           g[1][7] = 70.0 / 27;
    g[2][6] = -176.0 / 81;                   g[2][7] = 14.0 / 27;
    g[3][6] = 88.0 / 243 - 16.0 / 81 * f;    g[3][7] = 74.0 / 81 - 49.0 / 54 * f;
    g[4][6] = -6272.0 / 81;                  g[4][7] = 1736.0 / 27 + 36 * f;
    g[5][6] = 3136.0 / 243 - 160.0 / 81 * f + 48 * Qbar;
    g[5][7] = 2372.0 / 81 + 160.0 / 27 * f;
    for (i = 0; i < 6; i++)
        g9[i] = g9_5[i];
}

static void adm1(double g[8][8], double g9[6])
{
    const double f = NF, Qu = 2.0 / 3, Qd = -1.0 / 3, Qbar = 1.0 / 3;
    int i, j;
    static const double g9_5[6] = {-2272.0 / 729,  1952.0 / 243,
                                   -6752.0 / 243,  -2192.0 / 729,
                                   -84032.0 / 243, -37856.0 / 729};
    for (i = 0; i < 8; i++)
        for (j = 0; j < 8; j++)
            g[i][j] = 0;
    /* C1..C6 (CMM; Gorbahn-Haisch eq. 37) */
    g[0][0] = -145.0 / 3 + 16 * f / 9;   g[0][1] = -26 + 40 * f / 27;
    g[0][2] = -1412.0 / 243;             g[0][3] = -1369.0 / 243;
    g[0][4] = 134.0 / 243;               g[0][5] = -35.0 / 162;
    g[1][0] = -45 + 20 * f / 3;          g[1][1] = -28.0 / 3;
    g[1][2] = -416.0 / 81;               g[1][3] = 1280.0 / 81;
    g[1][4] = 56.0 / 81;                 g[1][5] = 35.0 / 27;
    g[2][2] = -4468.0 / 81;              g[2][3] = -29129.0 / 81 - 52 * f / 9;
    g[2][4] = 400.0 / 81;                g[2][5] = 3493.0 / 108 - 2 * f / 9;
    g[3][2] = -13678.0 / 243 + 368 * f / 81;
    g[3][3] = -79409.0 / 243 + 1334 * f / 81;
    g[3][4] = 509.0 / 486 - 8 * f / 81;
    g[3][5] = 13499.0 / 648 - 5 * f / 27;
    g[4][2] = -244480.0 / 81 - 160 * f / 9;
    g[4][3] = -29648.0 / 81 - 2200 * f / 9;
    g[4][4] = 23116.0 / 81 + 16 * f / 9;
    g[4][5] = 3886.0 / 27 + 148 * f / 9;
    g[5][2] = 77600.0 / 243 - 1264 * f / 81;
    g[5][3] = -28808.0 / 243 + 164 * f / 81;
    g[5][4] = -20324.0 / 243 + 400 * f / 81;
    g[5][5] = -21211.0 / 162 + 622 * f / 27;
    /* C7eff, C8eff (hep-ph/0504194 eq. 10) */
    g[6][6] = 1936.0 / 9 - 224 * f / 27;
    g[7][6] = (368.0 / 3 - 224 * f / 27) * Qd;
    g[7][7] = 1456.0 / 9 - 61 * f / 27;
    /* C1..C6 -> C7eff, C8eff (hep-ph/0612329 eq. 5.10) */
    g[0][6] = 12614.0 / 2187 - 64 * f / 2187 - 374.0 / 27 * Qu +
              2 * f / 27 * Qu;
    g[0][7] = 65867.0 / 5832 + 431 * f / 5832;
    g[1][6] = -2332.0 / 729 + 128 * f / 729 + 136.0 / 9 * Qu -
              4 * f / 9 * Qu;
    g[1][7] = 10577.0 / 486 - 917 * f / 972;
    g[2][6] = 97876.0 / 729 - 4352 * f / 729 - 112.0 / 3 * Qbar;
    g[2][7] = 42524.0 / 243 - 2398 * f / 243;
    g[3][6] = -70376.0 / 2187 - 15788 * f / 2187 + 32 * f * f / 729 -
              140.0 / 9 * Qbar;
    g[3][7] = -159718.0 / 729 - 39719 * f / 5832 - 253 * f * f / 486;
    g[4][6] = 1764752.0 / 729 - 65408 * f / 729 - 3136.0 / 3 * Qbar;
    g[4][7] = 2281576.0 / 243 + 140954 * f / 243 - 14 * f * f;
    g[5][6] = 4193840.0 / 2187 - 324128 * f / 2187 + 896 * f * f / 729 -
              1136.0 / 9 * Qbar - 56.0 / 3 * f * Qbar;
    g[5][7] = -3031517.0 / 729 - 15431 * f / 1458 - 6031 * f * f / 486;
    for (i = 0; i < 6; i++)
        g9[i] = g9_5[i];
}

/* ---------------------------------------------------------------- */
/* matching and running                                             */

void wet_sm_match(const wet_sm_inputs *in, wet_sm_coeffs *out)
{
    double muW = in->mu_W, mW = in->mW, s2 = in->s2w;
    double mt = wet_mt_msbar(in, muW);
    double x = mt * mt / (mW * mW);
    double L = log(muW * muW / (mW * mW)), lt = log(muW * muW / (mt * mt));
    double aW = wet_alpha_s(in, muW, 0) / (4 * PI);
    int k;

    for (k = 0; k < 11; k++)
        out->c[k] = 0;
    out->mu = muW;
    out->alpha_s = 4 * PI * aW;
    out->order = in->order;

    /* LO (BMU eq. 13 ff.) */
    out->c[2] = 1;
    out->c[7] = -0.5 * bmu_A0(x) - 23.0 / 36;
    out->c[8] = -0.5 * bmu_F0(x) - 1.0 / 3;
    out->c[9] = (1 - 4 * s2) / s2 * bmu_C0(x) - bmu_B0(x) / s2 - bmu_D0(x) +
                1 / (4 * s2) + 38.0 / 27 - 4.0 / 9 * L;
    out->c[10] = (bmu_B0(x) - bmu_C0(x)) / s2 - 1 / (4 * s2);

    if (in->order >= WET_SM_NLL) {
        double c1 = 15 + 6 * L;
        double c4 = bmu_E0(x) - 7.0 / 9 + 2.0 / 3 * L;
        double c7 = -0.5 * bmu_A1(x, lt) + 713.0 / 243 + 4.0 / 81 * L -
                    4.0 / 9 * c4;
        double c8 = -0.5 * bmu_F1(x, lt) + 91.0 / 324 - 4.0 / 27 * L -
                    c4 / 6;
        double c10 = (bmu_B1(x, lt) - bmu_C1(x, lt)) / s2 - 1 / s2;
        out->c[1] += aW * c1;
        out->c[4] += aW * c4;
        out->c[7] += aW * c7;
        out->c[8] += aW * c8;
        out->c[10] += aW * c10;
    }
}

/* y[0] = a = alpha_s/4pi, y[1..8] = C1..C8eff, y[9] = C9 */
typedef struct {
    double g0[8][8], g1[8][8], g90[6], g91[6];
    int nll, loops;
} rge_sys;

static void rge_deriv(const rge_sys *s, const double *y, double *dy)
{
    double a = y[0];
    int i, j;
    dy[0] = da_dt(a, NF, s->loops);
    for (j = 0; j < 8; j++) {
        double d = 0;
        for (i = 0; i < 8; i++) {
            double g = a * s->g0[i][j];
            if (s->nll)
                g += a * a * s->g1[i][j];
            d += y[1 + i] * g;
        }
        dy[1 + j] = d;
    }
    dy[9] = 0;
    for (i = 0; i < 6; i++) {
        double g = s->g90[i];
        if (s->nll)
            g += a * s->g91[i];
        dy[9] += y[1 + i] * g;
    }
}

void wet_sm_compute(const wet_sm_inputs *in, double mu, wet_sm_coeffs *out)
{
    rge_sys s;
    double y[10], t0, t1, h;
    int n, k, i, per = in->nsteps_per_unit > 0 ? in->nsteps_per_unit : 500;

    if (!(mu > 1.0 && mu <= in->mu_W)) {
        fprintf(stderr, "wet_sm_compute: mu = %g outside (1, mu_W]\n", mu);
        abort();
    }
    wet_sm_match(in, out);
    s.loops = n_loops(in);
    adm0(s.g0, s.g90);
    adm1(s.g1, s.g91);
    s.nll = in->order >= WET_SM_NLL;

    y[0] = out->alpha_s / (4 * PI);
    for (k = 1; k <= 9; k++)
        y[k] = out->c[k];
    t0 = log(in->mu_W);
    t1 = log(mu);
    n = (int)ceil(fabs(t1 - t0) * per);
    if (n < 1)
        n = 1;
    h = (t1 - t0) / n;
    for (k = 0; k < n; k++) {
        double k1[10], k2[10], k3[10], k4[10], yt[10];
        rge_deriv(&s, y, k1);
        for (i = 0; i < 10; i++)
            yt[i] = y[i] + 0.5 * h * k1[i];
        rge_deriv(&s, yt, k2);
        for (i = 0; i < 10; i++)
            yt[i] = y[i] + 0.5 * h * k2[i];
        rge_deriv(&s, yt, k3);
        for (i = 0; i < 10; i++)
            yt[i] = y[i] + h * k3[i];
        rge_deriv(&s, yt, k4);
        for (i = 0; i < 10; i++)
            y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    for (k = 1; k <= 9; k++)
        out->c[k] = y[k];
    /* c[10] (C10) does not run under QCD */
    out->mu = mu;
    out->alpha_s = 4 * PI * y[0];
}

/* ---------------------------------------------------------------- */
/* C9eff                                                             */

double complex wet_h(double s, double m, double mu)
{
    double z, r;
    double complex A;
    if (m == 0)
        return 8.0 / 27 - 4.0 / 9 * log(s / (mu * mu)) + 4.0 * I * PI / 9;
    if (s == 0)
        return -4.0 / 9 * (1 + log(m * m / (mu * mu)));
    z = 4 * m * m / s;
    if (z > 1) {
        A = atan(1 / sqrt(z - 1));
    } else {
        A = log((1 + sqrt(1 - z)) / sqrt(z)) - I * PI / 2;
    }
    r = sqrt(fabs(z - 1));
    return -4.0 / 9 * log(m * m / (mu * mu)) + 8.0 / 27 + 4.0 / 9 * z -
           4.0 / 9 * (2 + z) * r * A;
}

double complex wet_Y(const wet_sm_coeffs *c, double q2, double mu, double mc,
                     double mb)
{
    const double *C = c->c;
    double Fc = 4.0 / 3 * C[1] + C[2] + 6 * C[3] + 60 * C[5];
    double Fb = 7 * C[3] + 4.0 / 3 * C[4] + 76 * C[5] + 64.0 / 3 * C[6];
    double Fu = C[3] + 4.0 / 3 * C[4] + 16 * C[5] + 64.0 / 3 * C[6];
    double F4 = 4.0 / 3 * C[3] + 64.0 / 9 * C[5] + 64.0 / 27 * C[6];
    return wet_h(q2, mc, mu) * Fc - 0.5 * wet_h(q2, mb, mu) * Fb -
           0.5 * wet_h(q2, 0, mu) * Fu + F4;
}
