/* SPDX-License-Identifier: MIT */
/*
 * gen_util.c -- generator machinery: data files, provenance hash, linear
 * amplitudes, quadratic forms, Gauss-Legendre quadrature, Cholesky, and
 * emission of C99 hex-float literals (bit-exact, type-checked).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"
#include "../src/smelt_internal.h"

/* ------------------------------------------------------------------ */
/* data files                                                          */
/* ------------------------------------------------------------------ */

static unsigned long long inputs_hash = 1469598103934665603ULL;
static char inputs_list[2048];

static void hash_bytes(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        inputs_hash ^= (unsigned char)p[i];
        inputs_hash *= 1099511628211ULL;
    }
}

unsigned long long gen_inputs_hash(void) { return inputs_hash; }
const char *gen_inputs_list(void) { return inputs_list; }

int gen_data_read(gen_datafile *f, const char *dir, const char *name)
{
    FILE *fp;
    char buf[16384];
    int lineno = 0, cap = 256;
    snprintf(f->path, sizeof f->path, "%s/%s", dir, name);
    fp = fopen(f->path, "rb");
    if (fp == NULL) {
        fprintf(stderr, "gen: cannot open %s\n", f->path);
        exit(1);
    }
    /* the name (not the directory: output must not depend on where the
     * checkout lives) and the contents enter the provenance hash */
    hash_bytes(name, strlen(name) + 1);
    if (strlen(inputs_list) + strlen(name) + 3 < sizeof inputs_list) {
        if (inputs_list[0] != '\0')
            strcat(inputs_list, " ");
        strcat(inputs_list, name);
    }
    f->lines = malloc((size_t)cap * sizeof *f->lines);
    f->lineno = malloc((size_t)cap * sizeof *f->lineno);
    f->n = 0;
    while (fgets(buf, sizeof buf, fp) != NULL) {
        char *hash, *p;
        size_t len = strlen(buf);
        lineno++;
        if (len + 1 >= sizeof buf) {
            fprintf(stderr, "gen: %s:%d: line too long\n", f->path, lineno);
            exit(1);
        }
        hash_bytes(buf, len);
        hash = strchr(buf, '#');
        if (hash != NULL)
            *hash = '\0';
        for (p = buf; *p == ' ' || *p == '\t'; p++)
            ;
        len = strlen(p);
        while (len > 0 && (p[len - 1] == '\n' || p[len - 1] == '\r' ||
                           p[len - 1] == ' ' || p[len - 1] == '\t'))
            p[--len] = '\0';
        if (len == 0)
            continue;
        if (f->n == cap) {
            cap *= 2;
            f->lines = realloc(f->lines, (size_t)cap * sizeof *f->lines);
            f->lineno = realloc(f->lineno, (size_t)cap * sizeof *f->lineno);
        }
        f->lines[f->n] = malloc(len + 1);
        memcpy(f->lines[f->n], p, len + 1);
        f->lineno[f->n] = lineno;
        f->n++;
    }
    fclose(fp);
    return f->n;
}

void gen_data_free(gen_datafile *f)
{
    int i;
    for (i = 0; i < f->n; i++)
        free(f->lines[i]);
    free(f->lines);
    free(f->lineno);
    f->n = 0;
}

int gen_tokens(const char *line, char tok[][64], int max)
{
    int n = 0;
    const char *p = line;
    while (*p != '\0' && n < max) {
        size_t k = 0;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0')
            break;
        while (*p != '\0' && *p != ' ' && *p != '\t') {
            if (k < 63)
                tok[n][k++] = *p;
            p++;
        }
        tok[n][k] = '\0';
        n++;
    }
    return n;
}

double gen_atof(const gen_datafile *f, int line, const char *tok)
{
    char *end;
    double v = strtod(tok, &end);
    if (end == tok || *end != '\0' || !isfinite(v)) {
        fprintf(stderr, "gen: %s:%d: bad number '%s'\n", f->path,
                f->lineno[line], tok);
        exit(1);
    }
    return v;
}

void gen_data_die(const gen_datafile *f, int line, const char *msg,
                  const char *what)
{
    if (line >= 0)
        fprintf(stderr, "gen: %s:%d: %s%s%s\n", f->path, f->lineno[line], msg,
                what ? " " : "", what ? what : "");
    else
        fprintf(stderr, "gen: %s: %s%s%s\n", f->path, msg, what ? " " : "",
                what ? what : "");
    exit(1);
}

double gen_param(const gen_datafile *f, const char *name)
{
    int i;
    char tok[4][64];
    for (i = 0; i < f->n; i++) {
        if (gen_tokens(f->lines[i], tok, 4) == 2 && strcmp(tok[0], name) == 0)
            return gen_atof(f, i, tok[1]);
    }
    fprintf(stderr, "gen: %s: parameter '%s' missing\n", f->path, name);
    exit(1);
}

/* ------------------------------------------------------------------ */
/* amplitudes and quadratic forms                                      */
/* ------------------------------------------------------------------ */

void gen_amp_zero(gen_amp *a) { memset(a, 0, sizeof *a); }

void gen_amp_axpy(gen_amp *y, double complex k, const gen_amp *x)
{
    int a;
    for (a = 0; a < GEN_NX; a++)
        if (x->v[a] != 0)
            y->v[a] += k * x->v[a];
}

/* Number of leading variables the quadratic-form operations touch:
 * GEN_NX, or 1 while gen_qf_sm_only(1) is in force.  The theory Monte
 * Carlo needs thousands of SM values per observable, each only the x_0 x_0
 * monomial of forms built by the same code as the tables; restricting the
 * operations to it makes a draw ~10^4 times cheaper without a second
 * (scalar) implementation of the physics.  Generator only (single
 * threaded); the runtime library has no such state. */
static int qf_dim = GEN_NX;

void gen_qf_sm_only(int on) { qf_dim = on ? 1 : GEN_NX; }

void gen_qf_zero(gen_qform *q)
{
    if (qf_dim == GEN_NX)
        memset(q, 0, sizeof *q);
    else
        q->m[0][0] = 0;
}

void gen_qf_add_herm(gen_qform *q, double w, const gen_amp *A,
                     const gen_amp *B)
{
    /* Re(A.x conj(B.x)) = sum_ab x_a x_b Re(A_a conj(B_b)) for real x;
     * only structurally non-zero components are visited. */
    int ia[GEN_NX], ib[GEN_NX], na = 0, nb = 0, i, j;
    for (i = 0; i < qf_dim; i++) {
        if (A->v[i] != 0)
            ia[na++] = i;
        if (B->v[i] != 0)
            ib[nb++] = i;
    }
    for (i = 0; i < na; i++) {
        for (j = 0; j < nb; j++) {
            int a = ia[i], b = ib[j];
            double t = 0.5 * w * creal(A->v[a] * conj(B->v[b]));
            q->m[a][b] += t;
            q->m[b][a] += t;
        }
    }
}

void gen_qf_axpy(gen_qform *y, double k, const gen_qform *x)
{
    int a, b;
    for (a = 0; a < qf_dim; a++)
        for (b = 0; b < qf_dim; b++)
            y->m[a][b] += k * x->m[a][b];
}

double gen_qf_eval(const gen_qform *q, const double *x)
{
    double s = 0;
    int a, b;
    for (a = 0; a < qf_dim; a++) {
        double row = 0;
        if (x[a] == 0)
            continue;
        for (b = 0; b < qf_dim; b++)
            row += q->m[a][b] * x[b];
        s += x[a] * row;
    }
    return s;
}

/* Newton iteration on P_n from the Chebyshev-like initial guess; weights
 * 2 / ((1 - x^2) P_n'(x)^2).  Accurate to ~1e-15 for n <= 128. */
void gen_gauss_legendre(int n, double a, double b, double *x, double *w)
{
    int i, it, j;
    const double pi = 3.14159265358979323846;
    for (i = 0; i < (n + 1) / 2; i++) {
        double z = cos(pi * (i + 0.75) / (n + 0.5)), pp = 0, z1;
        for (it = 0; it < 100; it++) {
            double p1 = 1, p2 = 0;
            for (j = 0; j < n; j++) {
                double p3 = p2;
                p2 = p1;
                p1 = ((2.0 * j + 1) * z * p2 - j * p3) / (j + 1);
            }
            pp = n * (z * p1 - p2) / (z * z - 1);
            z1 = z;
            z = z1 - p1 / pp;
            if (fabs(z - z1) < 1e-16)
                break;
        }
        x[i] = 0.5 * (a + b) - 0.5 * (b - a) * z;
        x[n - 1 - i] = 0.5 * (a + b) + 0.5 * (b - a) * z;
        w[i] = w[n - 1 - i] = (b - a) / ((1 - z * z) * pp * pp);
    }
}

/* ------------------------------------------------------------------ */
/* observables                                                         */
/* ------------------------------------------------------------------ */

void gen_obs_normalise(gen_obs *o, double sm)
{
    double n0 = o->num->m[0][0], d0 = 1;
    if (o->den != NULL) {
        d0 = o->den->m[0][0];
        gen_qf_axpy(o->den, 1.0 / d0 - 1.0, o->den); /* scale to D(0)=1 */
    }
    /* N(0)/D(0) must become sm */
    gen_qf_axpy(o->num, (sm / (n0 / d0)) / d0 - 1.0, o->num);
    /* make the SM point exact, not merely within rounding */
    o->num->m[0][0] = sm;
    if (o->den != NULL)
        o->den->m[0][0] = 1.0;
}

void gen_obs_linear(const gen_obs *o, double *value, double *grad)
{
    /* O = N/D; dO/dx_k at x = e_0 is (2 N_0k - O 2 D_0k) / D_00 */
    double n0, d0;
    int k;
    if (o->flags & SMELT_OBS_DIFF) {
        double va, vb, gb[SMELT_N_WC];
        gen_obs_linear(o->sub[0], &va, grad);
        gen_obs_linear(o->sub[1], &vb, gb);
        *value = va - vb;
        for (k = 0; k < SMELT_N_WC; k++)
            grad[k] -= gb[k];
        return;
    }
    n0 = o->num->m[0][0];
    d0 = o->den ? o->den->m[0][0] : 1;
    if (o->flags & SMELT_OBS_SQRT_DEN) {
        /* O = N/sqrt(D D2): dO = dN/r - O (dD/D + dD2/D2)/2 */
        double e0 = o->den2->m[0][0], r = sqrt(d0 * e0);
        *value = n0 / r;
        for (k = 0; k < SMELT_N_WC; k++)
            grad[k] = 2 * o->num->m[0][GEN_X(k)] / r -
                      *value * (o->den->m[0][GEN_X(k)] / d0 +
                                o->den2->m[0][GEN_X(k)] / e0);
        return;
    }
    *value = n0 / d0;
    for (k = 0; k < SMELT_N_WC; k++) {
        double dn = 2 * o->num->m[0][GEN_X(k)];
        double dd = o->den ? 2 * o->den->m[0][GEN_X(k)] : 0;
        grad[k] = (dn - *value * dd) / d0;
    }
}

/* ------------------------------------------------------------------ */
/* linear algebra                                                      */
/* ------------------------------------------------------------------ */

int gen_cholesky(double *a, int n)
{
    int i, j, k;
    for (j = 0; j < n; j++) {
        double d = a[j * n + j];
        for (k = 0; k < j; k++)
            d -= a[j * n + k] * a[j * n + k];
        if (!(d > 0))
            return 0;
        d = sqrt(d);
        a[j * n + j] = d;
        for (i = j + 1; i < n; i++) {
            double s = a[i * n + j];
            for (k = 0; k < j; k++)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
        for (i = 0; i < j; i++)
            a[i * n + j] = 0;
    }
    return 1;
}

void gen_tri_inverse_lower(double *l, int n)
{
    int i, j, k;
    for (i = 0; i < n; i++) {
        l[i * n + i] = 1.0 / l[i * n + i];
        for (j = 0; j < i; j++) {
            double s = 0;
            for (k = j; k < i; k++)
                s += l[i * n + k] * l[k * n + j];
            l[i * n + j] = -s * l[i * n + i];
        }
    }
}

int gen_spd_inverse(double *a, int n)
{
    /* A = L L^T, A^-1 = L^-T L^-1 */
    double *l = malloc(sizeof *l * (size_t)n * (size_t)n);
    int i, j, k;
    memcpy(l, a, sizeof *l * (size_t)n * (size_t)n);
    if (!gen_cholesky(l, n)) {
        free(l);
        return 0;
    }
    gen_tri_inverse_lower(l, n);
    for (i = 0; i < n; i++) {
        for (j = 0; j <= i; j++) {
            double s = 0;
            for (k = i; k < n; k++)
                s += l[k * n + i] * l[k * n + j];
            a[i * n + j] = a[j * n + i] = s;
        }
    }
    free(l);
    return 1;
}

/* ------------------------------------------------------------------ */
/* emission                                                            */
/* ------------------------------------------------------------------ */

void gen_emit_header(FILE *f, const char *what)
{
    fprintf(f,
            "/* Generated by tools/gen_tables (smelt %s) from tools/data: %s;"
            " inputs FNV-1a-64 %016llx. DO NOT EDIT: run 'make tables'. */\n",
            SMELT_VERSION_STRING, gen_inputs_list(), gen_inputs_hash());
    fprintf(f, "/* SPDX-License-Identifier: MIT */\n/* %s */\n", what);
}

void gen_emit_real(FILE *f, double v)
{
    /* C99 hex-float: exact in double; rounded once in float builds */
    if (v < 0 || (v == 0 && signbit(v)))
        fprintf(f, "-SMELT_R(%a)", -v);
    else
        fprintf(f, "SMELT_R(%a)", v);
}

double gen_param_sigma(const gen_datafile *f, const char *name,
                       double *sigma)
{
    char tok[8][64];
    int i;
    for (i = 0; i < f->n; i++) {
        int nt = gen_tokens(f->lines[i], tok, 8);
        if (nt >= 3 && strcmp(tok[0], name) == 0) {
            if (sigma != NULL)
                *sigma = gen_atof(f, i, tok[2]);
            return gen_atof(f, i, tok[1]);
        }
    }
    fprintf(stderr, "gen: %s: parameter '%s' missing\n", f->path, name);
    exit(1);
}

const char *gen_wc_name(int k)
{
    static const char *const names[SMELT_N_WC] = {
#define GEN_NAME_(x) #x,
        SMELT_ALL_WC_LIST(GEN_NAME_)
#undef GEN_NAME_
    };
    return names[k];
}

void gen_ckm(double vus, double vcb, double vub, double delta,
             double complex v[3][3])
{
    double s13 = vub, c13 = sqrt(1 - s13 * s13);
    double s12 = vus / c13, c12 = sqrt(1 - s12 * s12);
    double s23 = vcb / c13, c23 = sqrt(1 - s23 * s23);
    double complex e = cexp(I * delta);
    v[0][0] = c12 * c13;
    v[0][1] = s12 * c13;
    v[0][2] = s13 * conj(e);
    v[1][0] = -s12 * c23 - c12 * s23 * s13 * e;
    v[1][1] = c12 * c23 - s12 * s23 * s13 * e;
    v[1][2] = s23 * c13;
    v[2][0] = s12 * s23 - c12 * c23 * s13 * e;
    v[2][1] = -c12 * s23 - s12 * c23 * s13 * e;
    v[2][2] = c23 * c13;
}

double gen_kallen(double m1, double m2, double q2)
{
    return m1 * m1 * m1 * m1 + m2 * m2 * m2 * m2 + q2 * q2 -
           2 * (m1 * m1 * m2 * m2 + m1 * m1 * q2 + m2 * m2 * q2);
}
