/* SPDX-License-Identifier: MIT */
/*
 * stats.c -- chi^2 p-values: p = Q(k/2, chi2/2), the regularised upper
 * incomplete gamma function.  Series for x < a + 1, Lentz's continued
 * fraction otherwise (Abramowitz-Stegun 6.5.29 and 6.5.31).  Both need
 * O(sqrt(k)) terms near chi^2 ~ k; the iteration bound grows accordingly
 * and non-convergence is reported (SMELT_ENUMERIC), never truncated.
 */
#include <math.h>
#include <stddef.h>

#include "smelt.h"

/* ln Gamma(a) for a = k/2, k >= 1.  Small a: the exact recursion
 * Gamma(a+1) = a Gamma(a) from Gamma(1) = 1 or Gamma(1/2) = sqrt(pi).
 * Large a: Stirling's series to 1/a^7 (error < 1e-17 for a > 30).
 * (lgamma() would do, but it writes the global signgam in common libms:
 * not reentrant.) */
static double lgamma_half(double a)
{
    double s = 0, t;
    if (a > 30) {
        double r = 1 / a, r2 = r * r;
        return (a - 0.5) * log(a) - a + 0.91893853320467274178 +
               r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 -
                                                      r2 / 1680)));
    }
    if (a - floor(a) > 0.25) { /* half-integer */
        s = 0.5 * log(3.14159265358979323846);
        t = 0.5;
    } else {
        t = 1.0;
    }
    for (; t < a - 0.25; t += 1.0)
        s += log(t);
    return s;
}

/* Both expansions need O(sqrt(a)) terms near x ~ a; allow ample room and
 * report non-convergence instead of returning a truncated sum. */
static int max_terms(double a)
{
    return 200 + (int)(60 * sqrt(a));
}

/* P(a, x) by its power series (A-S 6.5.29); 0 if not converged */
static int gamma_p_series(double a, double x, double *p)
{
    double sum = 1.0 / a, term = sum, ap = a;
    int n, nmax = max_terms(a);
    for (n = 0; n < nmax; n++) {
        ap += 1.0;
        term *= x / ap;
        sum += term;
        if (fabs(term) < fabs(sum) * 1e-17) {
            *p = sum * exp(-x + a * log(x) - lgamma_half(a));
            return 1;
        }
    }
    return 0;
}

/* Q(a, x) by Lentz's continued fraction (A-S 6.5.31); 0 if not converged */
static int gamma_q_contfrac(double a, double x, double *q)
{
    const double tiny = 1e-300;
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    int i, nmax = max_terms(a);
    for (i = 1; i < nmax; i++) {
        double an = -i * (i - a), del;
        b += 2.0;
        d = an * d + b;
        if (fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        del = d * c;
        h *= del;
        if (fabs(del - 1.0) < 1e-16) {
            *q = exp(-x + a * log(x) - lgamma_half(a)) * h;
            return 1;
        }
    }
    return 0;
}

smelt_status smelt_chi2_pvalue(double chi2, int dof, double *p)
{
    double a, x;
    if (p == NULL)
        return SMELT_EINVAL;
    if (!isfinite(chi2))
        return SMELT_ENONFINITE;
    if (dof < 1 || chi2 < 0)
        return SMELT_ERANGE;
    a = 0.5 * dof;
    x = 0.5 * chi2;
    if (x == 0) {
        *p = 1.0;
        return SMELT_OK;
    }
    if (x < a + 1.0) {
        double pa;
        if (!gamma_p_series(a, x, &pa))
            return SMELT_ENUMERIC;
        *p = 1.0 - pa;
    } else if (!gamma_q_contfrac(a, x, p)) {
        return SMELT_ENUMERIC;
    }
    return SMELT_OK;
}
