/* SPDX-License-Identifier: MIT */
/*
 * test_wet.c -- the SM Wilson coefficients of the b -> s weak effective
 * theory (tools/wet_sm.c) and the loop function h(s, m) of C9eff.
 *
 * Independent expectations used here:
 *  - h(s, m): its Feynman-parameter representation
 *      h = -4/9 - 8/3 int_0^1 dx x(1-x) ln[(m^2 - x(1-x) s - i0)/mu^2]
 *    (one-loop vacuum polarisation; reproduces h(s,0) and h(0,m) of
 *    PHYSICS.md section 4), integrated numerically; its heavy-quark
 *    expansion h = -4/9 (1 + ln m^2/mu^2) + 4/45 s/m^2 + 1/105 (s/m^2)^2
 *    (derived from the arctan series, see heavy_mass_expansion); the
 *    absorptive part (2 pi/9)(2+z) sqrt(1-z) from the phase space of the
 *    cut.
 *  - Y(q^2): its mu-dependence cancels the LO mixing of C1..C6 into C9
 *    exactly (0811.1214 vs the anomalous dimensions of Gorbahn-Haisch
 *    hep-ph/0411071, two independent sources).
 *  - alpha_s: the exact implicit solution of the two-loop RGE.
 *  - LL running: the closed-form "magic numbers" of Buras, Misiak, Muenz,
 *    Pokorski hep-ph/9311345 (C7eff) and Buras-Muenz hep-ph/9501281 /
 *    Buchalla-Buras-Lautenbacher RMP 68 (1996) 1125 eq. (XXIII.6) (the
 *    1/alpha_s term of C9), and the C+- eigen-solution of C1, C2.
 *  - matching: C10 = -Y0(x_t)/s_W^2 (Inami-Lim form, PHYSICS.md section 4);
 *    NLO C10 nearly independent of mu_W.
 *  - the NNLL table of flavio (PHYSICS.md section 4) with tolerances
 *    appropriate to the NLL order computed here.
 */
#include <complex.h>
#include <stdlib.h>

#include "smelt_test.h"
#include "wet_sm.h"

#ifndef SMELT_DATA_DIR
#define SMELT_DATA_DIR "tools/data"
#endif

static const double PI = 3.14159265358979323846;

static wet_sm_inputs wet_in;
static int wet_loaded;

static wet_sm_inputs inputs(int order)
{
    wet_sm_inputs in;
    if (!wet_loaded) {
        wet_sm_load_dir(&wet_in, SMELT_DATA_DIR);
        wet_loaded = 1;
    }
    in = wet_in;
    in.order = order;
    return in;
}

/* ------------------------------------------------------------------ */
/* h(s, m)                                                             */

/* -8/3 int_a^b x(1-x) ln|m^2 - x(1-x)s| dx with the integrable log
 * singularity at one end: x = end + (other - end) u^4 makes it smooth. */
static double feyn_piece(double s, double m, double mu, double xs,
                         double xo)
{
    double u[64], w[64], r = 0;
    int i;
    gen_gauss_legendre(64, 0, 1, u, w);
    for (i = 0; i < 64; i++) {
        double u3 = u[i] * u[i] * u[i];
        double x = xs + (xo - xs) * u3 * u[i];
        double jac = 4 * u3 * fabs(xo - xs);
        double arg = fabs(m * m - x * (1 - x) * s) / (mu * mu);
        r += w[i] * jac * x * (1 - x) * log(arg);
    }
    return -8.0 / 3 * r;
}

/* real part of h from the Feynman-parameter integral */
static double h_feynman_re(double s, double m, double mu)
{
    double r = -4.0 / 9;
    double z = 4 * m * m / s;
    if (z > 1) {
        /* no zero of the argument: smooth, split at 1/2 for symmetry */
        r += feyn_piece(s, m, mu, 0.5, 0.0) + feyn_piece(s, m, mu, 0.5, 1.0);
    } else {
        /* log singularities at the roots xm, xp of m^2 = x(1-x)s */
        double b = sqrt(1 - z), xm = 0.5 * (1 - b), xp = 0.5 * (1 + b);
        r += feyn_piece(s, m, mu, xm, 0.0) + feyn_piece(s, m, mu, xm, 0.5) +
             feyn_piece(s, m, mu, xp, 0.5) + feyn_piece(s, m, mu, xp, 1.0);
    }
    return r;
}

TEST h_matches_feynman_parameter_integral(void)
{
    /* below threshold (z > 1), near it on both sides, and far above */
    static const double s_list[] = {0.5, 3.0, 6.0, 10.0, 11.0, 11.2,
                                    11.3, 15.0, 19.0};
    const double m = 1.67, mu = 4.8;
    unsigned i;
    for (i = 0; i < sizeof s_list / sizeof s_list[0]; i++) {
        double s = s_list[i];
        double complex h = wet_h(s, m, mu);
        ASSERT_ABSm("Re h vs Feynman-parameter integral", h_feynman_re(s, m, mu),
                    creal(h), 1e-9);
    }
    PASS();
}

TEST h_absorptive_part(void)
{
    const double m = 1.5, mu = 4.8;
    double s;
    /* below threshold the loop has no cut: Im h = 0 exactly */
    for (s = 0.1; s < 4 * m * m; s += 0.7)
        ASSERT_EQ(0.0, cimag(wet_h(s, m, mu)));
    /* above: 8pi/3 int_{x-}^{x+} x(1-x) dx = (2 pi/9)(2+z)sqrt(1-z) */
    for (s = 4 * m * m * 1.001; s < 40; s += 1.3) {
        double z = 4 * m * m / s;
        double expect = 2 * PI / 9 * (2 + z) * sqrt(1 - z);
        ASSERT_ABS(expect, cimag(wet_h(s, m, mu)), 1e-14);
    }
    /* massless limit 4 pi/9 */
    ASSERT_ABS(4 * PI / 9, cimag(wet_h(3.0, 0, mu)), 1e-15);
    PASS();
}

TEST h_massless_and_zero_s_limits(void)
{
    const double mu = 4.8;
    double s;
    /* h(s,0) = 8/27 - 4/9 ln(s/mu^2) + 4 i pi/9 ; the massive formula
     * approaches it as m -> 0 with corrections O(m^2/s ln) */
    for (s = 1; s < 7; s += 1.25) {
        double complex h0 = wet_h(s, 0, mu);
        double complex hm = wet_h(s, 1e-4, mu);
        ASSERT_ABS(8.0 / 27 - 4.0 / 9 * log(s / (mu * mu)), creal(h0), 1e-15);
        ASSERT_ABS(creal(h0), creal(hm), 1e-7);
        ASSERT_ABS(cimag(h0), cimag(hm), 1e-7);
    }
    /* s -> 0 with m fixed: h(0,m) = -4/9 (1 + ln m^2/mu^2), and the
     * general branch approaches it continuously */
    ASSERT_ABS(-4.0 / 9 * (1 + log(1.5 * 1.5 / (mu * mu))),
               creal(wet_h(0, 1.5, mu)), 1e-15);
    /* (at s = 1e-7, z ~ 1e8: the closed form cancels O(z) terms, so only
     * ~1e-8 relative precision is left; the 4/45 s/m^2 term is 4e-9) */
    ASSERT_ABS(creal(wet_h(0, 1.5, mu)), creal(wet_h(1e-7, 1.5, mu)), 1e-7);
    PASS();
}

/* Heavy-quark expansion.  With t = z - 1 and u = 1/t,
 * sqrt(t) arctan(1/sqrt t) = 1 - u/3 + u^2/5 - ..., so
 * (2+z) sqrt(z-1) A = t + 8/3 - 4/(5t) + 16/(35 t^2) + O(t^-3) and
 * h = -4/9 ln(m^2/mu^2) - 4/9 + 16/(45 t) - 64/(315 t^2) + ...
 *   = -4/9 (1 + ln m^2/mu^2) + 4/45 (s/m^2) + 1/105 (s/m^2)^2 + O(s^3/m^6)
 * (1/t = w + w^2 + ..., w = s/4m^2). */
TEST h_heavy_mass_expansion(void)
{
    const double mu = 4.8, m = 4.78;
    double r;
    for (r = 0.002; r < 0.05; r *= 2) {
        double s = r * m * m;
        double expect = -4.0 / 9 * (1 + log(m * m / (mu * mu))) +
                        4.0 / 45 * r + 1.0 / 105 * r * r;
        double got = creal(wet_h(s, m, mu));
        /* remainder O(r^3): next coefficient is 2/1575 ~ 1.3e-3 */
        ASSERT_ABS(expect, got, 2e-3 * r * r * r + 1e-13);
        ASSERT(fabs(got - expect) < 1.0 / 105 * r * r);
    }
    PASS();
}

TEST h_continuous_across_threshold(void)
{
    const double m = 1.67, mu = 4.8, s0 = 4 * m * m;
    double d;
    for (d = 1e-3; d > 1e-9; d *= 0.1) {
        double complex lo = wet_h(s0 * (1 - d), m, mu);
        double complex hi = wet_h(s0 * (1 + d), m, mu);
        /* the jump scales like sqrt(d) (threshold behaviour) */
        ASSERT(cabs(hi - lo) < 5 * sqrt(d));
    }
    /* at z = 1 exactly: h = -4/9 ln(m^2/mu^2) + 8/27 + 4/9 */
    ASSERT_ABS(-4.0 / 9 * log(m * m / (mu * mu)) + 8.0 / 27 + 4.0 / 9,
               creal(wet_h(s0, m, mu)), 1e-14);
    PASS();
}

/* ------------------------------------------------------------------ */
/* alpha_s and masses                                                  */

/* F(a) with -2 (t - t0) = F(a) - F(a0) for da/dt = -2a^2(b0 + b1 a) */
static double rge_F(double a, double b0, double b1)
{
    return -1 / (b0 * a) + b1 / (b0 * b0) * log((b0 + b1 * a) / a);
}

static double alpha_s_exact(double as0, double mu0, double mu)
{
    const double b0 = 11 - 10.0 / 3, b1 = 102 - 38.0 * 5 / 3;
    double a0 = as0 / (4 * PI), target = rge_F(a0, b0, b1) -
                                          2 * log(mu / mu0);
    double lo = 1e-4, hi = 0.2;
    int k;
    /* F is increasing in a */
    for (k = 0; k < 200; k++) {
        double mid = 0.5 * (lo + hi);
        if (rge_F(mid, b0, b1) < target)
            lo = mid;
        else
            hi = mid;
    }
    return 4 * PI * 0.5 * (lo + hi);
}

TEST alpha_s_two_loop(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    static const double mus[] = {2.0, 4.2, 4.8, 10.0, 120.0};
    unsigned i;
    for (i = 0; i < sizeof mus / sizeof mus[0]; i++)
        ASSERT_REL(alpha_s_exact(in.alpha_s_MZ, in.mZ, mus[i]),
                   wet_alpha_s(&in, mus[i], 0), 1e-10);
    /* 2-loop, 5 flavours, from 0.1184: 0.2161.  Reference: RunDec at four
     * loops (Chetyrkin-Kuehn-Steinhauser hep-ph/0004189) as quoted in
     * EOS eos/models/standard-model_TEST.cc for alpha_s(M_Z) = 0.11762:
     * alpha_s(120) = 0.112968, alpha_s(4.8) = 0.214716.  Two loops agree
     * above M_Z to 1e-4 and fall short by ~0.6 % at 4.8 GeV (the 3- and
     * 4-loop terms). */
    ASSERT_IN_RANGE(0.2160, wet_alpha_s(&in, 4.8, 0), 0.0010);
    in.alpha_s_MZ = 0.11762;
    ASSERT_REL(0.112968, wet_alpha_s(&in, 120.0, 0), 1e-4);
    ASSERT_REL(0.214716, wet_alpha_s(&in, 4.8, 0), 0.01);
    ASSERT(wet_alpha_s(&in, 4.8, 0) < 0.214716);
    PASS();
}

TEST quark_masses(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    double m = 163, x, k2;
    int k;
    /* m_t(m_t) is the fixed point of mu -> m_t(mu) */
    for (k = 0; k < 20; k++)
        m = wet_mt_msbar(&in, m);
    ASSERT_REL(m, wet_mt_msbar(&in, m), 1e-10);
    /* 2-loop pole relation, K2 = 13.4434 - 1.0414 n_l (Gray et al. 1990,
     * as quoted in PDG's quark-mass review), n_l = 5 */
    x = wet_alpha_s(&in, m, 0) / PI;
    k2 = 13.4434 - 1.0414 * 5;
    ASSERT_REL(in.mt_pole, m * (1 + 4.0 / 3 * x + k2 * x * x), 1e-5);
    ASSERT_IN_RANGE(163.5, m, 1.0);
    /* m_t(120) > m_t(m_t): MSbar masses grow towards the IR */
    ASSERT(wet_mt_msbar(&in, 120) > m);
    /* pole masses used inside h: flavio's 2-loop conversion gives
     * m_b ~ 4.78, m_c ~ 1.67 for m_b(m_b) = 4.18, m_c(m_c) = 1.27 */
    ASSERT_IN_RANGE(4.78, wet_mb_pole(&in), 0.03);
    ASSERT_IN_RANGE(1.67, wet_mc_pole(&in), 0.04);
    PASS();
}

/* ------------------------------------------------------------------ */
/* matching                                                            */

TEST c10_is_minus_Y0_over_s2w(void)
{
    wet_sm_inputs in = inputs(WET_SM_LL);
    wet_sm_coeffs c;
    double mt = wet_mt_msbar(&in, in.mu_W), x = mt * mt / (in.mW * in.mW);
    wet_sm_match(&in, &c);
    ASSERT_REL(-wet_Y0(x) / in.s2w, c.c[10], 1e-12);
    /* LO with m_t(m_t) is about -4.1 (PHYSICS.md section 4) */
    {
        double m = 163;
        int k;
        for (k = 0; k < 20; k++)
            m = wet_mt_msbar(&in, m);
        x = m * m / (in.mW * in.mW);
        ASSERT_IN_RANGE(-4.1, -wet_Y0(x) / in.s2w, 0.03);
    }
    PASS();
}

TEST c10_scale_independent(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    wet_sm_coeffs a, b, w;
    wet_sm_match(&in, &w);
    wet_sm_compute(&in, 2.0, &a);
    wet_sm_compute(&in, 10.0, &b);
    /* no QCD running of the conserved axial current */
    ASSERT_EQ(w.c[10], a.c[10]);
    ASSERT_EQ(w.c[10], b.c[10]);
    PASS();
}

/* The NLO matching of C10 removes most of the mu_W dependence of
 * the LO result (the m_t(mu_W) dependence): BBL section XI, eta_Y. */
TEST c10_nlo_reduces_matching_scale_dependence(void)
{
    wet_sm_inputs lo = inputs(WET_SM_LL), nlo = inputs(WET_SM_NLL);
    wet_sm_coeffs a, b;
    double dlo, dnlo;
    lo.mu_W = 80;
    wet_sm_match(&lo, &a);
    lo.mu_W = 170;
    wet_sm_match(&lo, &b);
    dlo = fabs(a.c[10] - b.c[10]);
    nlo.mu_W = 80;
    wet_sm_match(&nlo, &a);
    nlo.mu_W = 170;
    wet_sm_match(&nlo, &b);
    dnlo = fabs(a.c[10] - b.c[10]);
    ASSERT(dlo > 0.1);      /* ~ 3 % at LO */
    ASSERT(dnlo < 0.2 * dlo);
    /* eta_Y ~ 1.01 at mu = m_t(m_t) (Buchalla-Buras 1993; BBL RMP
     * section XI): NLO C10 ~ 1.01 x (-4.10) ~ -4.15 */
    ASSERT_IN_RANGE(-4.15, b.c[10], 0.03);
    PASS();
}

/* ------------------------------------------------------------------ */
/* running                                                             */

/* LL with two-loop alpha_s: the LO solution depends on alpha_s only via
 * T = int a dln(mu); with eta_eff = exp(2 beta0 T) it is the textbook
 * one-loop solution in eta = alpha_s(mu_W)/alpha_s(mu). */
static double eta_eff(double asW, double as)
{
    const double b0 = 23.0 / 3, b1 = 116.0 / 3, b = b1 / b0;
    double aW = asW / (4 * PI), a = as / (4 * PI);
    return aW * (1 + b * a) / (a * (1 + b * aW));
}

TEST ll_c1_c2_closed_form(void)
{
    wet_sm_inputs in = inputs(WET_SM_LL);
    wet_sm_coeffs c, w;
    double mu;
    wet_sm_match(&in, &w);
    for (mu = 2; mu <= 10; mu += 2) {
        double eta, cp, cm;
        wet_sm_compute(&in, mu, &c);
        eta = eta_eff(w.alpha_s, c.alpha_s);
        /* C+- = eta^{6/23}, eta^{-12/23} in the traditional basis;
         * CMM: C1 = C+ - C-, C2 = (2 C+ + C-)/3 */
        cp = pow(eta, 6.0 / 23);
        cm = pow(eta, -12.0 / 23);
        ASSERT_ABS(cp - cm, c.c[1], 1e-9);
        ASSERT_ABS((2 * cp + cm) / 3, c.c[2], 1e-9);
    }
    PASS();
}

TEST ll_c7eff_magic_numbers(void)
{
    /* Buras, Misiak, Muenz, Pokorski hep-ph/9311345 (also BBL RMP 68
     * (1996) 1125, section XII):
     * C7eff(mu) = eta^{16/23} C7(mu_W) + 8/3 (eta^{14/23} - eta^{16/23})
     *             C8(mu_W) + sum_i h_i eta^{a_i} */
    static const double a[8] = {14.0 / 23, 16.0 / 23, 6.0 / 23, -12.0 / 23,
                                0.4086,    -0.4230,   -0.8994,  0.1456};
    static const double h[8] = {626126.0 / 272277, -56281.0 / 51730,
                                -3.0 / 7,           -1.0 / 14,
                                -0.6494,            -0.0380,
                                -0.0186,            -0.0057};
    wet_sm_inputs in = inputs(WET_SM_LL);
    wet_sm_coeffs c, w;
    double mu;
    wet_sm_match(&in, &w);
    for (mu = 2; mu <= 10; mu += 1) {
        double eta, e;
        int i;
        wet_sm_compute(&in, mu, &c);
        eta = eta_eff(w.alpha_s, c.alpha_s);
        e = pow(eta, 16.0 / 23) * w.c[7] +
            8.0 / 3 * (pow(eta, 14.0 / 23) - pow(eta, 16.0 / 23)) * w.c[8];
        for (i = 0; i < 8; i++)
            e += h[i] * pow(eta, a[i]);
        /* the h_i, a_i are quoted to 4 digits */
        ASSERT_ABS(e, c.c[7], 2e-4);
    }
    PASS();
}

TEST ll_c9_log_term_magic_numbers(void)
{
    /* The O(1/alpha_s) LL part of C9 (scheme independent), Buras-Muenz
     * hep-ph/9501281 / BBL RMP 68 (1996) 1125 section XXIII (the P_0
     * function), one-loop alpha_s:
     * C9(mu) - C9(mu_W) = pi/alpha_s(mu_W) (-0.1875 + sum p_i eta^{a_i+1})
     * (C9 in the alpha_e/4pi normalisation equals BBL's C9-tilde). */
    static const double a[8] = {14.0 / 23, 16.0 / 23, 6.0 / 23, -12.0 / 23,
                                0.4086,    -0.4230,   -0.8994,  0.1456};
    static const double p[8] = {0,      0,      -80.0 / 203, 8.0 / 33,
                                0.0433, 0.1384, 0.1648,      -0.0073};
    wet_sm_inputs in = inputs(WET_SM_LL);
    wet_sm_coeffs c, w;
    double mu;
    in.alpha_s_loops = 1;
    wet_sm_match(&in, &w);
    for (mu = 2; mu <= 10; mu += 2) {
        double eta, e = -0.1875;
        int i;
        wet_sm_compute(&in, mu, &c);
        eta = w.alpha_s / c.alpha_s;
        for (i = 0; i < 8; i++)
            e += p[i] * pow(eta, a[i] + 1);
        e *= PI / w.alpha_s;
        ASSERT_ABS(e, c.c[9] - w.c[9], 2e-3); /* p_i to 4 digits x pi/alpha_s */
    }
    PASS();
}

TEST ode_converged(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    wet_sm_coeffs a, b;
    int k;
    wet_sm_compute(&in, 4.8, &a);
    in.nsteps_per_unit = 50;
    wet_sm_compute(&in, 4.8, &b);
    for (k = 1; k <= 10; k++)
        ASSERT_ABS(a.c[k], b.c[k], 1e-9);
    PASS();
}

/* ------------------------------------------------------------------ */
/* C9eff                                                               */

/* mu d Y/d mu at fixed C_i is (8/9)(F_c - F_b/2 - F_u/2); it must equal
 * -sum_i gamma^(0)_i9 C_i with gamma^(0)_i9 of Gorbahn-Haisch
 * hep-ph/0411071 (CMM basis, C9 with alpha_e/4pi): the LO scale
 * dependence of C9 cancels in C9eff. */
TEST y_cancels_lo_mixing_into_c9(void)
{
    static const double g9[6] = {-32.0 / 27, -8.0 / 9,   -16.0 / 9,
                                 32.0 / 27,  -112.0 / 9, 512.0 / 27};
    wet_sm_coeffs c;
    int i, k;
    for (k = 0; k < 3; k++) {
        double d = 0, mu = 4.8, e = 1e-4, dy;
        for (i = 0; i <= 10; i++)
            c.c[i] = 0;
        /* three coefficient vectors: unit C2, unit C6, random-ish */
        if (k == 0)
            c.c[2] = 1;
        else if (k == 1)
            c.c[6] = 1;
        else
            for (i = 1; i <= 6; i++)
                c.c[i] = 0.3 * i - 1.1 + 0.05 * i * i;
        dy = creal(wet_Y(&c, 3.0, mu * exp(e), 1.67, 4.78) -
                   wet_Y(&c, 3.0, mu * exp(-e), 1.67, 4.78)) /
             (2 * e);
        for (i = 0; i < 6; i++)
            d -= g9[i] * c.c[1 + i];
        ASSERT_ABS(d, dy, 1e-7 * (1 + fabs(d)));
        /* the imaginary part is mu-independent */
        ASSERT_ABS(cimag(wet_Y(&c, 3.0, mu * exp(e), 1.67, 4.78)),
                   cimag(wet_Y(&c, 3.0, mu * exp(-e), 1.67, 4.78)), 1e-12);
    }
    PASS();
}

TEST c9eff_scale_dependence_reduced(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    double mc = wet_mc_pole(&in), mb = wet_mb_pole(&in), q2;
    wet_sm_coeffs lo, mid, hi;
    wet_sm_compute(&in, 2.4, &lo);
    wet_sm_compute(&in, 4.8, &mid);
    wet_sm_compute(&in, 9.6, &hi);
    /* Between 2.4 and 9.6 GeV, C9 alone moves by -0.62 (NLL); C9eff by
     * +0.40 (q^2 = 1) to +0.52 (q^2 = 6), in the opposite direction: the
     * LO log cancels (see the exact check
     * above); what remains is O(alpha_s) x log (running of C1, C2
     * inside Y, gamma^(1)_i9), to be cancelled by the two-loop matrix
     * elements (0810.4077) that are not included here.  A sign error
     * in Y or in gamma^(0)_i9 would double the variation instead. */
    for (q2 = 1; q2 <= 6; q2 += 1) {
        double e_lo = creal(lo.c[9] + wet_Y(&lo, q2, 2.4, mc, mb));
        double e_hi = creal(hi.c[9] + wet_Y(&hi, q2, 9.6, mc, mb));
        double e_mid = creal(mid.c[9] + wet_Y(&mid, q2, 4.8, mc, mb));
        double dc9 = fabs(hi.c[9] - lo.c[9]);
        ASSERT(dc9 > 0.5);
        ASSERT(fabs(e_hi - e_lo) < 0.9 * dc9);
        ASSERT(e_lo < e_mid && e_mid < e_hi);
    }
    /* at LL: C9 moves by -0.49, C9eff by +0.19 (q^2 = 1) .. +0.30 (6) */
    in.order = WET_SM_LL;
    wet_sm_compute(&in, 2.4, &lo);
    wet_sm_compute(&in, 9.6, &hi);
    for (q2 = 1; q2 <= 6; q2 += 1) {
        double e_lo = creal(lo.c[9] + wet_Y(&lo, q2, 2.4, mc, mb));
        double e_hi = creal(hi.c[9] + wet_Y(&hi, q2, 9.6, mc, mb));
        ASSERT(fabs(e_hi - e_lo) < 0.7 * fabs(hi.c[9] - lo.c[9]));
    }
    PASS();
}

TEST y_values(void)
{
    /* PHYSICS.md section 4: with the NNLL table, Re Y ~ 0.39-0.51 for
     * q^2 = 1-6 GeV^2 and Im Y ~ 0.06.  Our NLL C1 is 0.03 more negative,
     * which lowers F_c = 4/3 C1 + C2 + ... by ~7 %: accept +-0.06. */
    wet_sm_inputs in = inputs(WET_SM_NLL);
    wet_sm_coeffs c, t;
    double mc = wet_mc_pole(&in), mb = wet_mb_pole(&in);
    int k;
    wet_sm_compute(&in, 4.8, &c);
    ASSERT_IN_RANGE(0.39, creal(wet_Y(&c, 1.0, 4.8, mc, mb)), 0.06);
    ASSERT_IN_RANGE(0.51, creal(wet_Y(&c, 6.0, 4.8, mc, mb)), 0.06);
    ASSERT_IN_RANGE(0.06, cimag(wet_Y(&c, 3.5, 4.8, mc, mb)), 0.01);
    /* Re Y rises with q^2 below the c-cbar threshold */
    ASSERT(creal(wet_Y(&c, 6.0, 4.8, mc, mb)) >
           creal(wet_Y(&c, 1.0, 4.8, mc, mb)));
    /* with the table coefficients C1..C4 (and our C5, C6, which the
     * table only bounds by 1e-3; Im Y = -(2 pi/9) F_u is sensitive to
     * C6) the statement of PHYSICS.md holds as written */
    for (k = 0; k <= 10; k++)
        t.c[k] = c.c[k];
    t.c[1] = -0.264;
    t.c[2] = 1.015;
    t.c[3] = -0.0051;
    t.c[4] = -0.080;
    ASSERT_IN_RANGE(0.39, creal(wet_Y(&t, 1.0, 4.8, mc, mb)), 0.02);
    ASSERT_IN_RANGE(0.51, creal(wet_Y(&t, 6.0, 4.8, mc, mb)), 0.03);
    ASSERT_IN_RANGE(0.06, cimag(wet_Y(&t, 3.5, 4.8, mc, mb)), 0.01);
    PASS();
}

/* ------------------------------------------------------------------ */
/* comparison with the literature                                      */

TEST signs_in_flavio_convention(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    double mu;
    for (mu = 2; mu <= 10; mu += 0.5) {
        wet_sm_coeffs c;
        wet_sm_compute(&in, mu, &c);
        ASSERT(c.c[1] < 0);
        ASSERT_IN_RANGE(1.0, c.c[2], 0.05);
        ASSERT(c.c[7] < 0);
        ASSERT(c.c[8] < 0);
        ASSERT(c.c[9] > 3.5);
        ASSERT(c.c[10] < -3.5);
    }
    PASS();
}

TEST ll_values(void)
{
    /* LL C7eff(4.8) in the -0.31..-0.33 band quoted for LL in the issue
     * (the magic-number formula above gives the same); C1 ~ -0.5 in the
     * CMM basis (= 2 C1^trad, C1^trad ~ -0.25 at LL, BBL RMP Table). */
    wet_sm_inputs in = inputs(WET_SM_LL);
    wet_sm_coeffs c;
    wet_sm_compute(&in, 4.8, &c);
    ASSERT_IN_RANGE(-0.32, c.c[7], 0.012);
    ASSERT_IN_RANGE(-0.51, c.c[1], 0.03);
    PASS();
}

/* NLL versus flavio's NNLL table (PHYSICS.md section 4).  We are NLL;
 * the NNLL pieces missing here (two-loop matching of C1..C8, O(alpha_s)
 * matching of C9, three-loop ADMs; NNLO QCD and NLO EW in flavio's C10)
 * are formally O(alpha_s) ~ 2-5 % on C7eff, C9, and larger on the
 * small C1, C3.  Observed: C1 -0.298 (table -0.264), C7eff -0.3032
 * (-0.2915, +4.0 %), C9 4.150 (4.053, +2.4 %), C10 -4.144 (-4.167 at
 * m_t = 172.5, -0.5 %).  The tolerances below are those gaps plus
 * margin, not a claim of agreement at NNLL. */
TEST nll_vs_flavio_nnll_table(void)
{
    wet_sm_inputs in = inputs(WET_SM_NLL);
    wet_sm_coeffs c;
    wet_sm_compute(&in, 4.8, &c);
    ASSERT_IN_RANGE(-0.264, c.c[1], 0.05);
    ASSERT_IN_RANGE(1.015, c.c[2], 0.015);
    ASSERT_IN_RANGE(-0.0051, c.c[3], 0.0015);
    ASSERT_IN_RANGE(-0.080, c.c[4], 0.006);
    ASSERT_REL(-0.2915, c.c[7], 0.05);
    ASSERT_REL(-0.161, c.c[8], 0.05);
    ASSERT_REL(4.053, c.c[9], 0.035);
    /* flavio rescales its C10 by (m_t/173.1)^1.53: -4.167 at 172.5 */
    ASSERT_REL(-4.189 * pow(172.5 / 173.1, 1.53), c.c[10], 0.015);
    wet_sm_compute(&in, 4.2, &c);
    ASSERT_IN_RANGE(-0.294, c.c[1], 0.05);
    ASSERT_IN_RANGE(1.017, c.c[2], 0.015);
    ASSERT_REL(-0.2957, c.c[7], 0.05);
    ASSERT_REL(4.114, c.c[9], 0.035);
    PASS();
}

SUITE(suite_wet)
{
    RUN_TEST(h_matches_feynman_parameter_integral);
    RUN_TEST(h_absorptive_part);
    RUN_TEST(h_massless_and_zero_s_limits);
    RUN_TEST(h_heavy_mass_expansion);
    RUN_TEST(h_continuous_across_threshold);
    RUN_TEST(alpha_s_two_loop);
    RUN_TEST(quark_masses);
    RUN_TEST(c10_is_minus_Y0_over_s2w);
    RUN_TEST(c10_scale_independent);
    RUN_TEST(c10_nlo_reduces_matching_scale_dependence);
    RUN_TEST(ll_c1_c2_closed_form);
    RUN_TEST(ll_c7eff_magic_numbers);
    RUN_TEST(ll_c9_log_term_magic_numbers);
    RUN_TEST(ode_converged);
    RUN_TEST(y_cancels_lo_mixing_into_c9);
    RUN_TEST(c9eff_scale_dependence_reduced);
    RUN_TEST(y_values);
    RUN_TEST(signs_in_flavio_convention);
    RUN_TEST(ll_values);
    RUN_TEST(nll_vs_flavio_nnll_table);
}
