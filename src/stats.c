/* SPDX-License-Identifier: MIT */
/*
 * stats.c -- chi^2 p-values: p = Q(k/2, chi2/2), the regularised upper
 * incomplete gamma function.  Series for x < a + 1, Lentz's continued
 * fraction otherwise (Abramowitz-Stegun 6.5.29 and 6.5.31); both converge
 * to double precision in well under 300 terms for the k and chi^2 used.
 */
#include <math.h>
#include <stddef.h>

#include "smelt.h"

/* ln Gamma(a) for a = k/2, k >= 1, by the exact recursion Gamma(a+1) =
 * a Gamma(a) from Gamma(1) = 1 or Gamma(1/2) = sqrt(pi).  (lgamma() would
 * do, but it writes the global signgam in common libms: not reentrant.) */
static double lgamma_half(double a)
{
    double s = 0, t;
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

static double gamma_p_series(double a, double x)
{
    double sum = 1.0 / a, term = sum, ap = a;
    int n;
    for (n = 0; n < 1000; n++) {
        ap += 1.0;
        term *= x / ap;
        sum += term;
        if (fabs(term) < fabs(sum) * 1e-16)
            break;
    }
    return sum * exp(-x + a * log(x) - lgamma_half(a));
}

static double gamma_q_contfrac(double a, double x)
{
    const double tiny = 1e-300;
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    int i;
    for (i = 1; i < 1000; i++) {
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
        if (fabs(del - 1.0) < 1e-16)
            break;
    }
    return exp(-x + a * log(x) - lgamma_half(a)) * h;
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
    if (x == 0)
        *p = 1.0;
    else if (x < a + 1.0)
        *p = 1.0 - gamma_p_series(a, x);
    else
        *p = gamma_q_contfrac(a, x);
    return SMELT_OK;
}
