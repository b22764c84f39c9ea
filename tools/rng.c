/* SPDX-License-Identifier: MIT */
/*
 * rng.c -- deterministic pseudo-random numbers for the generator (see
 * rng.h): SplitMix64 seeding, xoshiro256** core, uniform, normal (polar
 * method with a basic-operations logarithm) and correlated normal draws.
 */
#include <math.h>
#include <string.h>

#include "rng.h"

/* No fused multiply-add: the same bits on x86-64 and AArch64.  GCC does not
 * contract in ISO C mode (-std=c99) and rejects this pragma under
 * -Werror=unknown-pragmas, so it is given to clang only. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* ------------------------------------------------------------------ */
/* integer core                                                        */
/* ------------------------------------------------------------------ */

uint64_t gen_splitmix64(uint64_t *x)
{
    /* Steele, Lea, Flood (2014): Weyl increment by the golden ratio, then
     * the variant-13 finaliser of MurmurHash3 (Stafford). */
    uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

void gen_rng_seed(gen_rng *r, uint64_t seed)
{
    uint64_t x = seed;
    int i;
    /* SplitMix64 output is a bijection of its counter: four consecutive
     * outputs are never all zero, so the xoshiro state is valid. */
    for (i = 0; i < 4; i++)
        r->s[i] = gen_splitmix64(&x);
    r->have_spare = 0;
    r->spare = 0;
}

int gen_rng_set_state(gen_rng *r, const uint64_t s[4])
{
    if ((s[0] | s[1] | s[2] | s[3]) == 0)
        return 0;
    memcpy(r->s, s, sizeof r->s);
    r->have_spare = 0;
    r->spare = 0;
    return 1;
}

uint64_t gen_rng_u64(gen_rng *r)
{
    /* xoshiro256** 1.0 (Blackman, Vigna): scrambler rotl(s1 * 5, 7) * 9,
     * linear engine xorshift with t = s1 << 17 and rotation by 45. */
    uint64_t *s = r->s;
    const uint64_t result = rotl64(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

/* ------------------------------------------------------------------ */
/* floating point                                                      */
/* ------------------------------------------------------------------ */

double gen_rng_u01(gen_rng *r)
{
    /* top 52 bits k in [0, 2^52); (k + 0.5) 2^-52 is exact (53 significant
     * bits) and lies in [2^-53, 1 - 2^-53]: never 0, never 1. */
    const double k = (double)(gen_rng_u64(r) >> 12);
    return (k + 0.5) * (1.0 / 4503599627370496.0); /* 2^-52 */
}

double gen_rng_log(double x)
{
    /* x = m 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(f),
     * f = (m - 1)/(m + 1), |f| < 0.1716, f^2 < 0.0295: the odd series
     * 2 (f + f^3/3 + ... + f^31/31) is converged to 1e-25 relative.  m - 1
     * is exact (Sterbenz), e ln 2 uses fdlibm's split ln 2 = hi + lo with
     * e * hi exact.  Only + - * / and frexp (exact): bit-reproducible. */
    static const double ln2_hi = 6.93147180369123816490e-01;
    static const double ln2_lo = 1.90821492927058770002e-10;
    int e, k;
    double m, f, f2, s, t;
    m = frexp(x, &e); /* m in [0.5, 1) */
    if (m < 0.70710678118654752440) {
        m = m * 2.0;
        e = e - 1;
    }
    f = (m - 1.0) / (m + 1.0);
    f2 = f * f;
    s = 1.0 / 31.0;
    for (k = 29; k >= 1; k -= 2) {
        t = s * f2;
        s = t + 1.0 / (double)k;
    }
    /* log m = 2 f s; summed small-to-large */
    t = 2.0 * f;
    t = t * s;
    s = (double)e * ln2_lo;
    t = t + s;
    s = (double)e * ln2_hi;
    return s + t;
}

double gen_rng_normal(gen_rng *r)
{
    double u, v, s, m;
    if (r->have_spare) {
        r->have_spare = 0;
        return r->spare;
    }
    /* Marsaglia polar method: (u, v) uniform in the unit disc, then
     * u sqrt(-2 ln s / s) and v sqrt(-2 ln s / s) are independent N(0, 1).
     * u, v are never exactly 0 or +-1; s = 0 is impossible but guarded. */
    do {
        u = 2.0 * gen_rng_u01(r) - 1.0;
        v = 2.0 * gen_rng_u01(r) - 1.0;
        s = u * u;
        m = v * v;
        s = s + m;
    } while (s >= 1.0 || s == 0.0);
    m = -2.0 * gen_rng_log(s);
    m = sqrt(m / s);
    r->spare = v * m;
    r->have_spare = 1;
    return u * m;
}

void gen_rng_mvnormal(gen_rng *r, int n, const double *mean,
                      const double *chol_lower, double *out)
{
    int i, j;
    /* z into out, then out_i = mean_i + sum_{j <= i} L_ij z_j from the
     * last row up: row i reads only out[0..i], still holding z there. */
    for (i = 0; i < n; i++)
        out[i] = gen_rng_normal(r);
    for (i = n - 1; i >= 0; i--) {
        double acc = 0.0, t;
        for (j = 0; j <= i; j++) {
            t = chol_lower[i * n + j] * out[j];
            acc = acc + t;
        }
        out[i] = (mean != NULL) ? mean[i] + acc : acc;
    }
}
