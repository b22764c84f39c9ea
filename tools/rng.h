/* SPDX-License-Identifier: MIT */
/*
 * rng.h -- the generator's deterministic pseudo-random numbers, for the
 * Monte-Carlo theory covariances (form-factor and other hadronic
 * parameters sampled from their published multivariate normals).
 *
 * Core: xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom
 * number generators", ACM TOMS 47 (2021) 36, arXiv:1805.01407), seeded by
 * expanding one 64-bit seed with SplitMix64 (Steele, Lea and Flood, OOPSLA
 * 2014), as the xoshiro authors recommend.  Written here from the published
 * algorithm; tests/test_ff.c checks both against published output values.
 *
 * Reproducibility: the integer core is exact on every platform.  The
 * floating-point layer (u01, normal, mvnormal) uses only IEEE-754 basic
 * operations (+ - * / sqrt, frexp/ldexp) -- no libm log/sin/cos, whose
 * last bit differs between C libraries -- so the streams are bit-identical
 * on any platform that evaluates double expressions in double
 * (FLT_EVAL_METHOD == 0) without fused multiply-add contraction (ISO C
 * mode of GCC; rng.c switches contraction off for clang).
 *
 * Host-only code: not part of the runtime library.
 */
#ifndef SMELT_GEN_RNG_H
#define SMELT_GEN_RNG_H

#include <stdint.h>

typedef struct {
    uint64_t s[4];     /* xoshiro256** state, never all zero */
    int have_spare;    /* the polar method makes normals in pairs */
    double spare;
} gen_rng;

/* Seed from one 64-bit value (any value, including 0). */
void gen_rng_seed(gen_rng *r, uint64_t seed);
/* Set the xoshiro state directly (s must not be all zero; returns 0 if it
 * is and leaves r unchanged, 1 otherwise).  For tests against reference
 * implementations and for checkpointing. */
int gen_rng_set_state(gen_rng *r, const uint64_t s[4]);

/* One step of SplitMix64 on *x (advances it); the seeding expander. */
uint64_t gen_splitmix64(uint64_t *x);

/* Next 64 raw bits. */
uint64_t gen_rng_u64(gen_rng *r);
/* Uniform double in the open interval (0, 1): (k + 1/2) 2^-52 with k the
 * top 52 bits, so 2^-53 <= u <= 1 - 2^-53. */
double gen_rng_u01(gen_rng *r);
/* Standard normal N(0, 1), Marsaglia polar method. */
double gen_rng_normal(gen_rng *r);
/* Correlated normal: out = mean + L z, z ~ N(0, 1)^n, L lower-triangular,
 * row-major n x n (e.g. from gen_cholesky), so cov(out) = L L^T.  mean may
 * be NULL (zero mean); out must not alias mean or L. */
void gen_rng_mvnormal(gen_rng *r, int n, const double *mean,
                      const double *chol_lower, double *out);

/* Natural logarithm from IEEE basic operations only (bit-reproducible);
 * x > 0 finite, relative error below 4e-16.  Exposed for the tests. */
double gen_rng_log(double x);

#endif /* SMELT_GEN_RNG_H */
