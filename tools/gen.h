/* SPDX-License-Identifier: MIT */
/*
 * gen.h -- shared machinery of the table generator (tools/): data files,
 * linear amplitudes and quadratic forms over the coefficient vector, small
 * dense linear algebra, and C emission.  The generator runs once on the
 * host, in double precision; it may allocate and print, the runtime may not.
 */
#ifndef SMELT_GEN_H
#define SMELT_GEN_H

#include <complex.h>
#include <stdio.h>

#include "smelt.h"

/* The variable vector x = (1, C_0, ..., C_{N-1}); x_0 = 1 carries the SM. */
#define GEN_NX (SMELT_N_WC + 1)
#define GEN_X(wc) ((wc) + 1)

/* ---------- data files (tools/data/NAME.dat) ---------- */

/* A line-oriented text file: '#' comments, whitespace-separated tokens. */
typedef struct {
    char path[512];
    char **lines; /* data lines, comments stripped */
    int *lineno;
    int n;
} gen_datafile;

int gen_data_read(gen_datafile *f, const char *dir, const char *name);
void gen_data_free(gen_datafile *f);
/* Split a line into up to max tokens (modifies a copy); returns count. */
int gen_tokens(const char *line, char tok[][64], int max);
double gen_atof(const gen_datafile *f, int line, const char *tok);
/* Abort the generator: "gen: FILE:LINE: msg what" (line < 0: no line). */
void gen_data_die(const gen_datafile *f, int line, const char *msg,
                  const char *what);
/* value of "name value" entry; aborts if missing */
double gen_param(const gen_datafile *f, const char *name);
/* value of a "name value sigma ..." entry (flavour_inputs.dat), its
 * uncertainty into *sigma unless NULL; aborts if missing */
double gen_param_sigma(const gen_datafile *f, const char *name,
                       double *sigma);
/* WCxf name of coefficient k of the vector (the generator does not link
 * the library's registry) */
const char *gen_wc_name(int k);
/* FNV-1a 64-bit hash of all input files read so far (provenance line). */
unsigned long long gen_inputs_hash(void);
const char *gen_inputs_list(void);

/* ---------- linear amplitudes and quadratic forms ---------- */

/* A complex amplitude linear in x: A(x) = sum_a v[a] x_a. */
typedef struct {
    double complex v[GEN_NX];
} gen_amp;

/* A real quadratic form Q(x) = sum_ab m[a][b] x_a x_b, m symmetric. */
typedef struct {
    double m[GEN_NX][GEN_NX];
} gen_qform;

void gen_amp_zero(gen_amp *a);
/* y += k * x */
void gen_amp_axpy(gen_amp *y, double complex k, const gen_amp *x);
/* Q += w Re(A(x) conj(B(x))), symmetrised */
void gen_qf_add_herm(gen_qform *q, double w, const gen_amp *a,
                     const gen_amp *b);
void gen_qf_zero(gen_qform *q);
/* on = 1: until called with 0, the gen_qf_* operations touch only the
 * constant monomial m[0][0] (SM values for the theory Monte Carlo). */
void gen_qf_sm_only(int on);
void gen_qf_axpy(gen_qform *y, double k, const gen_qform *x);
double gen_qf_eval(const gen_qform *q, const double *x /* GEN_NX */);

/* Gauss-Legendre nodes and weights on [a, b], n <= 128. */
void gen_gauss_legendre(int n, double a, double b, double *x, double *w);
/* Kallen function lambda(m1^2, m2^2, q2) of a decay m1 -> m2 + (q^2), GeV^4 */
double gen_kallen(double m1, double m2, double q2);
/* CKM matrix in the standard parametrisation from |V_us|, |V_cb|, |V_ub|
 * and the phase delta (PDG; s13 = |V_ub|, s12 = |V_us|/c13,
 * s23 = |V_cb|/c13) */
void gen_ckm(double vus, double vcb, double vub, double delta,
             double complex v[3][3]);

/* ---------- observables to emit ---------- */

typedef struct gen_obs_ {
    char name[64];
    char args[96];
    int category;
    int space;      /* SMELT_SPACE_WC or SMELT_SPACE_WET: what x_1.. are */
    unsigned flags; /* SMELT_OBS_* */
    gen_qform *num; /* owned */
    gen_qform *den; /* owned, NULL for D = 1 */
    gen_qform *den2; /* owned; SMELT_OBS_SQRT_DEN: O = N/sqrt(D D2) */
    struct gen_obs_ *sub[2]; /* owned; SMELT_OBS_DIFF: O = sub0 - sub1 */
    double measured, sigma_exp, sigma_th;
    char comment[160];
} gen_obs;

typedef struct {
    int first, n;  /* global observable indices */
    double *cov;   /* n x n covariance, row-major (owned) */
} gen_block;

/* Normalise num (and den) so that D(0) = 1 and N(0)/D(0) = sm. */
void gen_obs_normalise(gen_obs *o, double sm);
/* Linearised prediction at 0: value and dO/dC_k for all k (N/D, or
 * N/sqrt(D D2) for SMELT_OBS_SQRT_DEN). */
void gen_obs_linear(const gen_obs *o, double *value, double *grad /* N_WC */);

/* ---------- linear algebra (row-major dense) ---------- */

/* Cholesky V = L L^T in place (lower); returns 0 if not positive definite. */
int gen_cholesky(double *a, int n);
/* Invert lower-triangular L in place. */
void gen_tri_inverse_lower(double *l, int n);
/* Invert a symmetric positive definite matrix in place; 0 if not SPD. */
int gen_spd_inverse(double *a, int n);

/* ---------- emission ---------- */

void gen_emit_header(FILE *f, const char *what);
void gen_emit_real(FILE *f, double v);

#endif /* SMELT_GEN_H */
