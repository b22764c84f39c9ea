/* SPDX-License-Identifier: MIT */
/*
 * test_stats.c -- chi^2 p-values, p = Q(dof/2, chi2/2) (PHYSICS.md
 * section 11).
 *
 * smelt_chi2_pvalue works in double in both library builds, so the
 * tolerances here are fixed double-precision numbers, not SMELT_EPS.
 * References are closed forms of the regularised upper incomplete gamma
 * function (even dof: a Poisson sum; dof 1 and 3: erfc), textbook chi^2
 * quantiles, and the numbers quoted by seed 000 and PHYSICS.md.
 */
#include "smelt_test.h"

/* relative accuracy demanded where an exact closed form exists */
#define P_TOL 1e-12

static const double pi = 3.14159265358979323846;

static double pv(double chi2, int dof)
{
    double p = -1;
    if (smelt_chi2_pvalue(chi2, dof, &p) != SMELT_OK)
        return -1;
    return p;
}

/*
 * Q(m, y) = exp(-y) sum_{j<m} y^j / j! (chi^2 with 2m dof, y = chi2/2),
 * summed outward from the largest term j0 = floor(y).  That term is
 * exp(j0 log(y/j0) + j0 - y - [lgamma(j0+1) - j0 log j0 + j0]) with the
 * bracket from Stirling's series, so no large numbers cancel and the sum
 * is good to ~1e-14 even for m ~ 1e6.
 */
static double poisson_q(long m, double y)
{
    long j0 = (long)floor(y), j;
    double lt0, t, s;
    if (j0 > m - 1)
        j0 = m - 1;
    if (j0 < 10) {
        lt0 = -y + (double)j0 * log(y) - lgamma((double)j0 + 1);
    } else {
        const double jj = (double)j0;
        lt0 = jj * log1p((y - jj) / jj) + (jj - y) -
              (0.5 * log(2 * pi * jj) + 1 / (12 * jj) -
               1 / (360 * jj * jj * jj) + 1 / (1260 * pow(jj, 5)));
    }
    s = t = exp(lt0);
    for (j = j0 + 1; j < m; j++) { /* upward: t_j = t_{j-1} y / j */
        t *= y / (double)j;
        s += t;
        if (t < s * 1e-18)
            break;
    }
    t = exp(lt0);
    for (j = j0; j > 0; j--) { /* downward: t_{j-1} = t_j j / y */
        t *= (double)j / y;
        s += t;
        if (t < s * 1e-18)
            break;
    }
    return s;
}

/* dof = 2: p = exp(-chi2/2) exactly (Q(1, x) = e^-x), from the smallest
 * chi2 up to where p is ~1e-304. */
TEST stats_dof2_closed_form(void)
{
    static const double x[] = {1e-9, 0.1,  1,   2.3, 2.9,  3.1,  5.991465,
                               10,   33.8, 100, 300, 1000, 1400};
    int i;
    for (i = 0; i < (int)(sizeof x / sizeof x[0]); i++)
        ASSERT_RELm("dof 2", exp(-x[i] / 2), pv(x[i], 2), P_TOL);
    PASS();
}

/* dof = 1: p = erfc(sqrt(chi2/2)) (Q(1/2, x) = erfc(sqrt x), C99 erfc);
 * dof = 3: p = erfc(sqrt(chi2/2)) + sqrt(2 chi2/pi) exp(-chi2/2)
 * (Q(3/2, x) = erfc(sqrt x) + 2 sqrt(x/pi) e^-x).  Points on both sides
 * of the series / continued-fraction switch at chi2 = dof + 2. */
TEST stats_dof1_dof3_erfc(void)
{
    static const double x[] = {1e-8, 0.01, 0.5, 1,  2.9, 3.0, 3.841459,
                               4.9,  5.1,  9,   25, 100, 600};
    int i;
    for (i = 0; i < (int)(sizeof x / sizeof x[0]); i++) {
        const double e = erfc(sqrt(x[i] / 2));
        ASSERT_RELm("dof 1", e, pv(x[i], 1), 1e-12);
        ASSERT_RELm("dof 3", e + sqrt(2 * x[i] / pi) * exp(-x[i] / 2),
                    pv(x[i], 3), 1e-12);
    }
    PASS();
}

/* Even dof 4..2000: the exact Poisson sum Q(m, y) (poisson_q above), at
 * chi2 = dof/2, dof, 1.5 dof.  Tolerance 1e-10: smelt sums ln Gamma by
 * recursion, which loses ~sqrt(dof) ulps of ln Gamma (~4e-12 relative at
 * dof 1000, measured). */
TEST stats_even_dof_poisson_sum(void)
{
    static const int dofs[] = {4, 6, 10, 20, 40, 100, 146, 148, 400, 1000, 2000};
    static const double f[] = {0.5, 1.0, 1.5};
    int i, j;
    for (i = 0; i < (int)(sizeof dofs / sizeof dofs[0]); i++)
        for (j = 0; j < 3; j++) {
            const double x = f[j] * dofs[i];
            ASSERT_RELm("even dof", poisson_q(dofs[i] / 2, x / 2), pv(x, dofs[i]),
                        1e-10);
        }
    PASS();
}

/* Large dof (1e4 .. 1e6) at chi2 = dof, where p -> 1/2 from below: the
 * same exact Poisson sum, to 1e-7 relative (the prefactor
 * exp(-x + a ln x - ln Gamma(a)) cancels terms of size ~a ln a ~ 7e6 at
 * dof 1e6, so a few 1e-9 is the best plain double arithmetic can do).
 * The API accepts any dof >= 1 and returns SMELT_OK, so the value must be
 * right: a truncated series would silently return a wrong p.  The
 * Wilson-Hilferty approximation (good to ~1e-8 here) confirms the
 * reference. */
TEST stats_large_dof(void)
{
    static const int dofs[] = {10000, 30000, 100000, 1000000};
    int i;
    for (i = 0; i < (int)(sizeof dofs / sizeof dofs[0]); i++) {
        const double k = dofs[i];
        const double z = (2 / (9 * k)) / sqrt(2 / (9 * k)); /* W-H at x = k */
        const double ref = poisson_q(dofs[i] / 2, k / 2);
        ASSERT_RELm("Poisson reference vs Wilson-Hilferty", 0.5 * erfc(z / sqrt(2.0)),
                    ref, 1e-6);
        ASSERT_RELm("p(chi2 = dof) at large dof", ref, pv(k, dofs[i]), 1e-7);
    }
    PASS();
}

/* Textbook 95% quantiles (e.g. PDG statistics review table): chi2 =
 * 3.841459 (1 dof), 5.991465 (2), 11.0705 (5), 124.3421 (100) give p =
 * 0.05; and PHYSICS.md section 11: 1.00 / 4.00 at 1 dof are 68.27% /
 * 95.45% (p = 0.317311, 0.0455003), 2.30 / 6.18 at 2 dof are ~68.3% / 95.45%
 * (p = exp(-1.15), exp(-3.09) ~ 0.3166, 0.0455). */
TEST stats_textbook_quantiles(void)
{
    ASSERT_REL(0.05, pv(3.841459, 1), 1e-5);
    ASSERT_REL(0.05, pv(5.991465, 2), 1e-5);
    ASSERT_REL(0.05, pv(11.0705, 5), 1e-5);
    ASSERT_REL(0.05, pv(124.3421, 100), 1e-5);
    ASSERT_REL(0.317311, pv(1.0, 1), 1e-5);
    ASSERT_REL(0.0455003, pv(4.0, 1), 1e-5);
    ASSERT_REL(0.3166, pv(2.30, 2), 1e-3);
    ASSERT_REL(0.0455, pv(6.18, 2), 1e-3);
    PASS();
}

/* dof = 145, the LEP-2 count: p(chi2 = 145) ~ 0.48.  Reference: the
 * Wilson-Hilferty approximation, z = ((x/k)^(1/3) - 1 + 2/(9k)) /
 * sqrt(2/(9k)), p = erfc(z/sqrt2)/2 = 0.4844 at x = k = 145; it is only an
 * approximation, hence the loose absolute tolerance 0.01 (also at 130 and
 * 160). */
TEST stats_dof145_wilson_hilferty(void)
{
    static const double x[] = {130, 145, 160};
    const double k = 145;
    int i;
    for (i = 0; i < 3; i++) {
        const double z =
            (cbrt(x[i] / k) - 1 + 2 / (9 * k)) / sqrt(2 / (9 * k));
        ASSERT_ABS(0.5 * erfc(z / sqrt(2.0)), pv(x[i], 145), 0.01);
    }
    ASSERT_ABS(0.48, pv(145, 145), 0.01);
    PASS();
}

/* Seed 000 section 5.1, footnote 10 (PHYSICS.md section 11): SM vs the
 * 2-parameter 3B3-Le-2Lmu model, Delta chi2 = 33.8 for 2 dof, p = 4.6e-8
 * (two significant digits). */
TEST stats_seed000_footnote(void)
{
    ASSERT_ABS(4.6e-8, pv(33.8, 2), 0.05e-8);
    PASS();
}

/* p is a survival function: p(0) = 1 exactly; 0 <= p <= 1; p never
 * increases with chi2 and never decreases with dof (Q(a, x) grows with a);
 * and it is continuous across the series / continued-fraction switch at
 * chi2 = dof + 2 (relative jump < 1e-10, the accuracy demanded of the
 * even-dof values; the two branches differ by ~1e-12 at dof ~ 300). */
TEST stats_monotone_and_bounded(void)
{
    static const int dofs[] = {1, 2, 3, 5, 10, 24, 145, 146};
    int i, dof;
    double x;
    for (dof = 1; dof <= 300; dof++) {
        const double sw = dof + 2.0;
        ASSERT_EQ_FMT(1.0, pv(0, dof), "%.17g");
        ASSERT_RELm("continuity at the switch", pv(sw * (1 - 1e-14), dof),
                    pv(sw * (1 + 1e-14), dof), 1e-10);
    }
    for (i = 0; i < (int)(sizeof dofs / sizeof dofs[0]); i++) {
        double prev = 1.0;
        for (x = 0; x <= 600; x += 0.25) {
            const double p = pv(x, dofs[i]);
            ASSERTm("0 <= p <= 1", p >= 0 && p <= 1);
            ASSERTm("p decreasing in chi2", p <= prev);
            ASSERTm("p increasing in dof", p <= pv(x, dofs[i] + 1));
            prev = p;
        }
    }
    /* extreme but valid arguments stay in [0, 1] */
    ASSERT(pv(1e-300, 1) <= 1 && pv(1e-300, 1) > 0.99);
    ASSERT(pv(1e300, 1) >= 0 && pv(1e300, 1) < 1e-300);
    ASSERT(pv(1e300, 145) >= 0 && pv(1e300, 145) < 1e-300);
    PASS();
}

/* Errors (smelt.h): dof < 1 or chi2 < 0 -> ERANGE; NaN or Inf chi2 ->
 * ENONFINITE; NULL output -> EINVAL; *p is not written on error. */
TEST stats_errors(void)
{
    double p = 123;
    ASSERT_EQ_FMT((int)SMELT_ERANGE, (int)smelt_chi2_pvalue(1, 0, &p), "%d");
    ASSERT_EQ_FMT((int)SMELT_ERANGE, (int)smelt_chi2_pvalue(1, -3, &p), "%d");
    ASSERT_EQ_FMT((int)SMELT_ERANGE, (int)smelt_chi2_pvalue(-1e-9, 2, &p), "%d");
    ASSERT_EQ_FMT((int)SMELT_ERANGE, (int)smelt_chi2_pvalue(-5, 1, &p), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_chi2_pvalue(NAN, 2, &p), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_chi2_pvalue(INFINITY, 2, &p),
                  "%d");
    ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_chi2_pvalue(-INFINITY, 2, &p),
                  "%d");
    ASSERT_EQ_FMT(123.0, p, "%g");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_chi2_pvalue(1, 2, NULL), "%d");
    PASS();
}

SUITE(suite_stats)
{
    RUN_TEST(stats_dof2_closed_form);
    RUN_TEST(stats_dof1_dof3_erfc);
    RUN_TEST(stats_even_dof_poisson_sum);
    RUN_TEST(stats_large_dof);
    RUN_TEST(stats_textbook_quantiles);
    RUN_TEST(stats_dof145_wilson_hilferty);
    RUN_TEST(stats_seed000_footnote);
    RUN_TEST(stats_monotone_and_bounded);
    RUN_TEST(stats_errors);
}
