/* SPDX-License-Identifier: MIT */
/*
 * test_ff.c -- the generator's B -> K form factors (tools/ff.c) and its
 * deterministic random numbers (tools/rng.c).
 *
 * Expected values come from outside this code:
 *  - published fit results, typed here from the sources (not read from
 *    tools/data): the GRvDV 2023 ancillary file of arXiv:2305.06301
 *    (BSZ-parameters-N2.yaml, B->K block) and the GKvD 2018 JSON of
 *    arXiv:1811.00983 (f+(0) = 0.329, fT(0) = 0.299, PHYSICS.md 3.6);
 *  - flavio's own unit test of the lattice B -> K form factors (values
 *    digitised from fig. 18 of FNAL/MILC arXiv:1509.06235), for the q2
 *    dependence;
 *  - EOS's unit test of its BSZ2015 implementation (B -> pi), for the
 *    parametrisation itself (z, t0, z - z(0), poles);
 *  - closed-form properties of z (z(t0) = 0, the optimal t0 makes the
 *    semileptonic range symmetric, z(0) in closed form);
 *  - published reference outputs of SplitMix64 and xoshiro256**, and
 *    statistical properties (moments, covariances) of the samplers.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smelt_test.h"
#include "ff.h"
#include "gen.h"
#include "rng.h"

#ifndef SMELT_DATA_DIR
#define SMELT_DATA_DIR "tools/data"
#endif

#define NP FF_BK_NPAR

static int load(ff_bk_fit *fit, const char *which)
{
    return ff_bk_load(fit, SMELT_DATA_DIR, which);
}

/* ------------------------------------------------------------------ */
/* (a) published values                                                */
/* ------------------------------------------------------------------ */

/* GRvDV 2023, arXiv:2305.06301 ancillary BSZ-parameters-N2.yaml, entry
 * 'B->K::FormFactors[parametric,BSZ]@GRvDV:2023A': means and the diagonal
 * of the covariance, typed from the file.  In the BSZ form F(0) = a0^F, so
 * f+(0) = 0.33196382, fT(0) = 0.32361471, sigma(f+(0))^2 = 1.06227450e-4. */
TEST grvdv2023_published_values_at_zero(void)
{
    ff_bk_fit fit;
    double fp, f0, ft;
    ASSERT_EQ(0, load(&fit, "GRvDV2023"));
    ASSERT_STR_EQ("GRvDV2023", fit.name);
    ff_bk_eval(&fit, NULL, 0.0, &fp, &f0, &ft);
    ASSERT_REL(0.33196382, fp, 1e-15);
    ASSERT_REL(0.33196382, f0, 1e-15);
    ASSERT_REL(0.32361471, ft, 1e-15);
    /* the other means, as coefficients */
    ASSERT_REL(-0.96403506, fit.central[FF_A1_FP], 1e-15);
    ASSERT_REL(-0.30273752, fit.central[FF_A2_FP], 1e-15);
    ASSERT_REL(0.33478906, fit.central[FF_A1_F0], 1e-15);
    ASSERT_REL(0.00372445, fit.central[FF_A2_F0], 1e-15);
    ASSERT_REL(-1.02911783, fit.central[FF_A1_FT], 1e-15);
    ASSERT_REL(-0.39954681, fit.central[FF_A2_FT], 1e-15);
    /* covariance: first and last diagonal, one off-diagonal each way */
    ASSERT_REL(1.06227450e-04, fit.cov[0], 1e-15);
    ASSERT_REL(1.18254612e-01, fit.cov[NP * NP - 1], 1e-15);
    ASSERT_REL(5.60104873e-02, fit.cov[7 * NP + 6], 1e-15);
    ASSERT_REL(5.60104873e-02, fit.cov[6 * NP + 7], 1e-15);
    ASSERT_REL(sqrt(1.06227450e-04), fit.sigma[FF_A0_FP], 1e-15);
    PASS();
}

/* GKvD 2018, arXiv:1811.00983 (LCSR + lattice JSON): f+(0) = 0.329 and
 * fT(0) = 0.299 as quoted in PHYSICS.md 3.6 (three digits: +-0.0005), and
 * the JSON's a0 uncertainties 0.0277, 0.0259. */
TEST gkvd2018_published_values_at_zero(void)
{
    ff_bk_fit fit;
    double fp, f0, ft;
    ASSERT_EQ(0, load(&fit, "GKvD2018"));
    ASSERT_STR_EQ("GKvD2018", fit.name);
    ff_bk_eval(&fit, NULL, 0.0, &fp, &f0, &ft);
    ASSERT_ABS(0.329, fp, 0.0005);
    ASSERT_ABS(0.329, f0, 0.0005);
    ASSERT_ABS(0.299, ft, 0.0005);
    ASSERT_ABS(0.0277, fit.sigma[FF_A0_FP], 0.00005);
    ASSERT_ABS(0.0259, fit.sigma[FF_A0_FT], 0.00005);
    /* corr(a0_f+, a0_fT) = 0.836 (JSON "fTf+": a0a0) */
    ASSERT_ABS(0.836, fit.cov[FF_A0_FP * NP + FF_A0_FT] /
                          (fit.sigma[FF_A0_FP] * fit.sigma[FF_A0_FT]),
               0.0005);
    PASS();
}

/* The q2 dependence against lattice QCD: flavio's test of its FNAL/MILC
 * BCL form factors (flavio/physics/bdecays/formfactors/b_p/test_btop.py,
 * "compare to digitized fig. 18 of 1509.06235v1", assertAlmostEqual with
 * places=1, i.e. |difference| < 0.05).  GRvDV's fit includes these lattice
 * data, so f+ and f0 must follow them to the digitisation precision over
 * 0..20 GeV^2.  (fT is not compared: the digitised FNAL/MILC fT(0) = 0.26
 * is below the GRvDV fit, 0.324 +- 0.022, which also uses HPQCD data.) */
TEST grvdv2023_follows_lattice_q2_shape(void)
{
    static const double q2[5] = {0, 5, 10, 15, 20};
    static const double fp_lat[5] = {0.33, 0.42, 0.64, 0.98, 1.7};
    static const double f0_lat[5] = {0.33, 0.36, 0.44, 0.56, 0.71};
    ff_bk_fit fit;
    int i;
    ASSERT_EQ(0, load(&fit, "GRvDV2023"));
    for (i = 0; i < 5; i++) {
        double fp, f0;
        ff_bk_eval(&fit, NULL, q2[i], &fp, &f0, NULL);
        ASSERT_ABSm("f+ vs FNAL/MILC", fp_lat[i], fp, 0.05);
        ASSERT_ABSm("f0 vs FNAL/MILC", f0_lat[i], f0, 0.05);
    }
    PASS();
}

/* The parametrisation itself against EOS's unit test of its BSZ2015
 * implementation (eos/form-factors/parametric-bsz2015_TEST.cc,
 * b_to_pi_bsz2015_form_factors_test, tolerance 1e-5): same formula,
 * another transition.  Masses: poles 5.325 (1^-) and 5.540 GeV (0^+), the
 * B -> pi values of flavio's resonance_masses_gkvd; m_B = 5.279 GeV (EOS's
 * BSZ2015 B mass in its tests); m_pi = 0.135 GeV (inferred: the only
 * value near m_pi that fits).  Ten values test z, t0 and the z - z(0)
 * shift; a wrong t0 (t- or 0) or an unshifted z misses by > 1e-2. */
TEST bsz_formula_matches_eos_unit_test(void)
{
    static const double q2[5] = {0, 5, 10, 15, 20};
    static const double fp1[5] = {1.00000, 1.21408, 1.54479, 2.12312,
                                  3.39360};
    static const double fp2[5] = {1.00000, 1.16581, 1.42261, 1.88375,
                                  2.97499};
    static const double f0[5] = {1.00000, 1.11998, 1.28572, 1.53862,
                                 2.00499};
    static const double ft[5] = {1.00000, 1.27271, 1.73442, 2.64425,
                                 4.99850};
    ff_bk_fit fit;
    double a[NP];
    int i;
    memset(&fit, 0, sizeof fit);
    fit.m_B = 5.279;
    fit.m_P = 0.135;
    fit.m_pole_plus = 5.325;
    fit.m_pole_zero = 5.540;
    ff_bk_setup(&fit);
    memset(a, 0, sizeof a);
    a[FF_A0_FP] = 1.0;
    for (i = 0; i < 5; i++) {
        double v;
        ff_bk_eval(&fit, a, q2[i], &v, NULL, NULL);
        ASSERT_ABSm("f+ (1, 0, 0)", fp1[i], v, 1e-5);
    }
    a[FF_A1_FP] = 1.0;
    a[FF_A2_FP] = 2.0;
    a[FF_A1_F0] = 1.5;
    a[FF_A2_F0] = 1.5;
    a[FF_A0_FT] = 1.0;
    a[FF_A1_FT] = -1.0;
    a[FF_A2_FT] = 2.5;
    for (i = 0; i < 5; i++) {
        double vp, v0, vt;
        ff_bk_eval(&fit, a, q2[i], &vp, &v0, &vt);
        ASSERT_ABSm("f+ (1, 1, 2)", fp2[i], vp, 1e-5);
        ASSERT_ABSm("f0 (1, 1.5, 1.5)", f0[i], v0, 1e-5);
        ASSERT_ABSm("fT (1, -1, 2.5)", ft[i], vt, 1e-5);
    }
    PASS();
}

/* ------------------------------------------------------------------ */
/* (b) kinematic constraint, (c) z                                     */
/* ------------------------------------------------------------------ */

/* f0(0) = f+(0) exactly: for the central values and for every draw. */
static enum greatest_test_res fzero_equals_fplus(const char *which)
{
    ff_bk_fit fit;
    gen_rng rng;
    double a[NP], fp, f0;
    int k;
    ASSERT_EQ(0, load(&fit, which));
    ff_bk_eval(&fit, NULL, 0.0, &fp, &f0, NULL);
    ASSERT_EQ(fp, f0);
    gen_rng_seed(&rng, 7);
    for (k = 0; k < 200; k++) {
        ff_bk_sample(&fit, &rng, a);
        ff_bk_eval(&fit, a, 0.0, &fp, &f0, NULL);
        ASSERT_EQ(fp, f0);
        ASSERT_EQ(a[FF_A0_FP], fp);
    }
    PASS();
}

TEST kinematic_constraint_grvdv2023(void)
{
    return fzero_equals_fplus("GRvDV2023");
}

TEST kinematic_constraint_gkvd2018(void)
{
    return fzero_equals_fplus("GKvD2018");
}

/* z maps the semileptonic range into (-1, 1), vanishes at t0, is
 * decreasing, and the optimal t0 = t+ (1 - sqrt(1 - t-/t+)) centres the
 * range: z(t-) = -z(0).  z(0) also in closed form: with
 * s0^2 = t+ - t0 = 2 (m_B + m_K) sqrt(m_B m_K),
 * z(0) = (m_B + m_K - s0) / (m_B + m_K + s0). */
TEST z_variable_properties(void)
{
    ff_bk_fit fit;
    double mb, mk, s0, z_prev = 2.0;
    int i;
    ASSERT_EQ(0, load(&fit, "GRvDV2023"));
    mb = fit.m_B;
    mk = fit.m_P;
    ASSERT_REL((mb + mk) * (mb + mk), fit.tp, 1e-15);
    ASSERT_REL((mb - mk) * (mb - mk), fit.tm, 1e-15);
    ASSERT_EQ(0.0, ff_bk_z(&fit, fit.t0));
    ASSERT(fit.t0 > 0 && fit.t0 < fit.tm);
    s0 = sqrt(2.0 * (mb + mk) * sqrt(mb * mk));
    ASSERT_REL((mb + mk - s0) / (mb + mk + s0), fit.z0, 1e-14);
    ASSERT_REL(fit.z0, ff_bk_z(&fit, 0.0), 1e-16);
    ASSERT_REL(-fit.z0, ff_bk_z(&fit, fit.tm), 1e-13);
    for (i = 0; i <= 100; i++) {
        const double q2 = fit.tm * i / 100.0;
        const double z = ff_bk_z(&fit, q2);
        ASSERT(z > -1.0 && z < 1.0);
        ASSERT(fabs(z) <= fit.z0 * (1 + 1e-13));
        ASSERT(z < z_prev);
        z_prev = z;
    }
    PASS();
}

/* ------------------------------------------------------------------ */
/* loading, grid                                                       */
/* ------------------------------------------------------------------ */

TEST load_rejects_unknown_fit(void)
{
    ff_bk_fit fit;
    ASSERT_EQ(-1, load(&fit, "BSZ2015"));
    ASSERT_EQ(-1, load(&fit, ""));
    PASS();
}

/* Inputs as flavio 2.7 uses them (m_B0, m_K0 PDG 2022; poles 5.415 and
 * 5.630 GeV); covariance symmetric, Cholesky factor reproduces it. */
static enum greatest_test_res inputs_and_cholesky(const char *which)
{
    ff_bk_fit fit;
    int i, j, k;
    ASSERT_EQ(0, load(&fit, which));
    ASSERT_EQ(NP, ff_bk_nparams(&fit));
    ASSERT_EQ(5.27966, fit.m_B);
    ASSERT_EQ(0.497611, fit.m_P);
    ASSERT_EQ(5.415, fit.m_pole_plus);
    ASSERT_EQ(5.630, fit.m_pole_zero);
    for (i = 0; i < NP; i++) {
        ASSERT(fit.sigma[i] > 0);
        for (j = 0; j < NP; j++) {
            double s = 0;
            ASSERT_EQ(fit.cov[i * NP + j], fit.cov[j * NP + i]);
            if (j > i)
                ASSERT_EQ(0.0, fit.chol[i * NP + j]);
            for (k = 0; k < NP; k++)
                s += fit.chol[i * NP + k] * fit.chol[j * NP + k];
            ASSERT_ABS(fit.cov[i * NP + j], s,
                       1e-14 * fit.sigma[i] * fit.sigma[j]);
        }
    }
    PASS();
}

TEST inputs_grvdv2023(void) { return inputs_and_cholesky("GRvDV2023"); }
TEST inputs_gkvd2018(void) { return inputs_and_cholesky("GKvD2018"); }

TEST grid_is_uniform_and_matches_eval(void)
{
    enum { N = 23 };
    ff_bk_fit fit;
    double fp[N], f0[N], ft[N], one[1];
    int i;
    ASSERT_EQ(0, load(&fit, "GRvDV2023"));
    ff_bk_grid(&fit, NULL, N, 0.0, 22.0, fp, f0, ft);
    for (i = 0; i < N; i++) {
        double p, z, t;
        ff_bk_eval(&fit, NULL, 22.0 * i / (N - 1), &p, &z, &t);
        ASSERT_REL(p, fp[i], 1e-14);
        ASSERT_REL(z, f0[i], 1e-14);
        ASSERT_REL(t, ft[i], 1e-14);
        if (i > 0) /* all three rise monotonically up to 22 GeV^2 */
            ASSERT(fp[i] > fp[i - 1] && f0[i] > f0[i - 1] &&
                   ft[i] > ft[i - 1]);
    }
    ff_bk_eval(&fit, NULL, 22.0, one, NULL, NULL);
    ASSERT_EQ(one[0], fp[N - 1]); /* last point is q2max exactly */
    ff_bk_grid(&fit, NULL, 1, 3.0, 9.0, one, NULL, NULL);
    ff_bk_eval(&fit, NULL, 3.0, &fp[0], NULL, NULL);
    ASSERT_EQ(fp[0], one[0]);
    PASS();
}

/* ------------------------------------------------------------------ */
/* (e) sampled spread = published uncertainty                          */
/* ------------------------------------------------------------------ */

/* N draws of the coefficients: the spread of f+(0) and fT(0) must be the
 * published uncertainty of a0 (statistical precision 1/sqrt(2N) = 0.5 %;
 * tolerance 4 %), and the mean the published central value. */
static enum greatest_test_res spread(const char *which, double sig_fp,
                                     double sig_ft, uint64_t seed)
{
    enum { N = 20000 };
    ff_bk_fit fit;
    gen_rng rng;
    double a[NP], s1p = 0, s2p = 0, s1t = 0, s2t = 0, m, v, c0p, c0t;
    int k;
    ASSERT_EQ(0, load(&fit, which));
    ff_bk_eval(&fit, NULL, 0.0, &c0p, NULL, &c0t);
    gen_rng_seed(&rng, seed);
    for (k = 0; k < N; k++) {
        double fp, ft;
        ff_bk_sample(&fit, &rng, a);
        ff_bk_eval(&fit, a, 0.0, &fp, NULL, &ft);
        s1p += fp - c0p;
        s2p += (fp - c0p) * (fp - c0p);
        s1t += ft - c0t;
        s2t += (ft - c0t) * (ft - c0t);
    }
    m = s1p / N;
    v = s2p / N - m * m;
    ASSERT_REL(sig_fp, sqrt(v * N / (N - 1)), 0.04);
    ASSERT(fabs(m) < 4 * sig_fp / sqrt((double)N));
    m = s1t / N;
    v = s2t / N - m * m;
    ASSERT_REL(sig_ft, sqrt(v * N / (N - 1)), 0.04);
    ASSERT(fabs(m) < 4 * sig_ft / sqrt((double)N));
    PASS();
}

/* GRvDV: sqrt(1.06227450e-4) = 0.010307, sqrt(4.63910599e-4) = 0.021539 */
TEST sampled_spread_grvdv2023(void)
{
    return spread("GRvDV2023", 0.010307, 0.021539, 2023);
}

/* GKvD: JSON uncertainties of a0_f+ and a0_fT */
TEST sampled_spread_gkvd2018(void)
{
    return spread("GKvD2018", 0.0277, 0.0259, 2018);
}

/* ------------------------------------------------------------------ */
/* (d) random numbers                                                  */
/* ------------------------------------------------------------------ */

/* SplitMix64 from state 0: the published first outputs of Vigna's
 * splitmix64.c (Steele, Lea, Flood 2014), quoted by many
 * implementations' tests. */
TEST splitmix64_reference_outputs(void)
{
    static const uint64_t want[4] = {
        UINT64_C(0xe220a8397b1dcdaf), UINT64_C(0x6e789e6aa1b965f4),
        UINT64_C(0x06c45d188009454f), UINT64_C(0xf88bb8a8724c81ec)};
    uint64_t x = 0;
    int i;
    for (i = 0; i < 4; i++)
        ASSERTm("splitmix64 output", gen_splitmix64(&x) == want[i]);
    PASS();
}

/* xoshiro256** from the state {1, 2, 3, 4}: the reference values of the
 * rust-random rand_xoshiro test "reference" ("produced with the reference
 * implementation" of Blackman and Vigna). */
TEST xoshiro256starstar_reference_outputs(void)
{
    static const uint64_t want[10] = {
        UINT64_C(11520),
        UINT64_C(0),
        UINT64_C(1509978240),
        UINT64_C(1215971899390074240),
        UINT64_C(1216172134540287360),
        UINT64_C(607988272756665600),
        UINT64_C(16172922978634559625),
        UINT64_C(8476171486693032832),
        UINT64_C(10595114339597558777),
        UINT64_C(2904607092377533576)};
    static const uint64_t s[4] = {1, 2, 3, 4}, zero[4] = {0, 0, 0, 0};
    gen_rng r;
    int i;
    ASSERT_EQ(1, gen_rng_set_state(&r, s));
    for (i = 0; i < 10; i++)
        ASSERTm("xoshiro256** output", gen_rng_u64(&r) == want[i]);
    ASSERT_EQ(0, gen_rng_set_state(&r, zero));
    PASS();
}

/* Same seed, same stream (raw, uniform and normal, bit for bit);
 * different seeds, different streams. */
TEST rng_reproducible_and_seed_dependent(void)
{
    gen_rng a, b, c;
    int i, differ = 0;
    gen_rng_seed(&a, 12345);
    gen_rng_seed(&b, 12345);
    gen_rng_seed(&c, 12346);
    for (i = 0; i < 1000; i++) {
        const uint64_t x = gen_rng_u64(&a), y = gen_rng_u64(&b);
        ASSERTm("same seed, same u64", x == y);
        differ += gen_rng_u64(&c) != x;
    }
    ASSERT(differ > 990);
    for (i = 0; i < 1000; i++) {
        const double x = gen_rng_normal(&a), y = gen_rng_normal(&b);
        const double u = gen_rng_u01(&a), w = gen_rng_u01(&b);
        ASSERT(memcmp(&x, &y, sizeof x) == 0);
        ASSERT(memcmp(&u, &w, sizeof u) == 0);
    }
    /* seed 0 is valid (state from SplitMix64, never all zero) */
    gen_rng_seed(&c, 0);
    ASSERT(c.s[0] == UINT64_C(0xe220a8397b1dcdaf));
    PASS();
}

/* The basic-operations logarithm agrees with libm's to a few ulp. */
TEST rng_log_matches_libm(void)
{
    double x = 1e-300;
    int k;
    ASSERT_EQ(0.0, gen_rng_log(1.0));
    for (k = 0; k < 200000; k++) {
        const double want = log(x);
        if (want != 0.0)
            ASSERT_REL(want, gen_rng_log(x), 1e-15);
        x *= 1.0035; /* 1e-300 .. 1e4, all binades */
    }
    for (k = 1; k < 1000; k++) { /* near 1, where log is small */
        x = 1.0 + k * 1e-6;
        ASSERT_REL(log(x), gen_rng_log(x), 1e-15);
        x = 1.0 - k * 1e-6;
        ASSERT_REL(log(x), gen_rng_log(x), 1e-15);
    }
    PASS();
}

/* u01 in (0, 1) with mean 1/2, variance 1/12; normal with mean 0,
 * variance 1, P(|x| < 1) = 0.682689, P(|x| < 2) = 0.954500: all within
 * 4 standard errors for N = 200000. */
TEST rng_uniform_and_normal_moments(void)
{
    enum { N = 200000 };
    gen_rng r;
    double s1 = 0, s2 = 0, n1 = 0, n2 = 0, n4 = 0, in1 = 0, in2 = 0;
    int k;
    gen_rng_seed(&r, 99);
    for (k = 0; k < N; k++) {
        const double u = gen_rng_u01(&r);
        ASSERT(u > 0.0 && u < 1.0);
        s1 += u;
        s2 += u * u;
    }
    s1 /= N;
    s2 = s2 / N - s1 * s1;
    ASSERT(fabs(s1 - 0.5) < 4 * sqrt(1.0 / 12 / N));
    ASSERT(fabs(s2 - 1.0 / 12) < 4 * sqrt(1.0 / 180 / N));
    for (k = 0; k < N; k++) {
        const double x = gen_rng_normal(&r);
        n1 += x;
        n2 += x * x;
        n4 += x * x * x * x;
        in1 += fabs(x) < 1;
        in2 += fabs(x) < 2;
    }
    ASSERT(fabs(n1 / N) < 4 / sqrt((double)N));
    ASSERT(fabs(n2 / N - 1) < 4 * sqrt(2.0 / N));
    ASSERT(fabs(n4 / N - 3) < 4 * sqrt(96.0 / N));
    ASSERT(fabs(in1 / N - 0.682689) < 4 * sqrt(0.682689 * 0.317311 / N));
    ASSERT(fabs(in2 / N - 0.954500) < 4 * sqrt(0.954500 * 0.045500 / N));
    PASS();
}

/* mvnormal: the sample mean and covariance of 20000 draws reproduce the
 * GKvD 2018 covariance (correlations up to 0.84) within 4 standard errors,
 * SE(mean_i) = sigma_i/sqrt(N), SE(cov_ij) = sqrt((V_ii V_jj + V_ij^2)/N). */
TEST mvnormal_reproduces_covariance(void)
{
    enum { N = 20000 };
    ff_bk_fit fit;
    gen_rng r;
    double x[NP], s1[NP], s2[NP * NP];
    int i, j, k;
    ASSERT_EQ(0, load(&fit, "GKvD2018"));
    memset(s1, 0, sizeof s1);
    memset(s2, 0, sizeof s2);
    gen_rng_seed(&r, 31415);
    for (k = 0; k < N; k++) {
        gen_rng_mvnormal(&r, NP, fit.central, fit.chol, x);
        for (i = 0; i < NP; i++) {
            x[i] -= fit.central[i];
            s1[i] += x[i];
        }
        for (i = 0; i < NP; i++)
            for (j = 0; j < NP; j++)
                s2[i * NP + j] += x[i] * x[j];
    }
    for (i = 0; i < NP; i++) {
        ASSERTm("sample mean", fabs(s1[i] / N) < 4 * fit.sigma[i] /
                                                     sqrt((double)N));
        for (j = 0; j < NP; j++) {
            const double vij = fit.cov[i * NP + j];
            const double se = sqrt((fit.cov[i * NP + i] *
                                        fit.cov[j * NP + j] +
                                    vij * vij) /
                                   N);
            const double got = s2[i * NP + j] / N -
                               (s1[i] / N) * (s1[j] / N);
            ASSERTm("sample covariance", fabs(got - vij) < 4 * se);
        }
    }
    /* zero mean when mean == NULL: first draw equals L z */
    {
        gen_rng r1, r2;
        double y[NP], z[NP];
        gen_rng_seed(&r1, 5);
        gen_rng_seed(&r2, 5);
        gen_rng_mvnormal(&r1, NP, NULL, fit.chol, y);
        for (i = 0; i < NP; i++)
            z[i] = gen_rng_normal(&r2);
        for (i = 0; i < NP; i++) {
            double s = 0;
            for (j = 0; j <= i; j++)
                s += fit.chol[i * NP + j] * z[j];
            ASSERT_REL(s, y[i], 1e-14);
        }
    }
    PASS();
}

SUITE(suite_ff)
{
    RUN_TEST(grvdv2023_published_values_at_zero);
    RUN_TEST(gkvd2018_published_values_at_zero);
    RUN_TEST(grvdv2023_follows_lattice_q2_shape);
    RUN_TEST(bsz_formula_matches_eos_unit_test);
    RUN_TEST(kinematic_constraint_grvdv2023);
    RUN_TEST(kinematic_constraint_gkvd2018);
    RUN_TEST(z_variable_properties);
    RUN_TEST(load_rejects_unknown_fit);
    RUN_TEST(inputs_grvdv2023);
    RUN_TEST(inputs_gkvd2018);
    RUN_TEST(grid_is_uniform_and_matches_eval);
    RUN_TEST(sampled_spread_grvdv2023);
    RUN_TEST(sampled_spread_gkvd2018);
    RUN_TEST(splitmix64_reference_outputs);
    RUN_TEST(xoshiro256starstar_reference_outputs);
    RUN_TEST(rng_reproducible_and_seed_dependent);
    RUN_TEST(rng_log_matches_libm);
    RUN_TEST(rng_uniform_and_normal_moments);
    RUN_TEST(mvnormal_reproduces_covariance);
}
