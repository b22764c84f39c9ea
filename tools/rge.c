/* SPDX-License-Identifier: MIT */
/*
 * rge.c -- one-loop SMEFT running from Lambda to mu_EW in the generator
 * (issue 5; PHYSICS.md section 8).
 *
 * The beta functions (tools/smeft_beta_*.c) act on full real flavour
 * arrays.  Here:
 *  1. Coordinates.  A real coefficient array with its symmetries (real
 *     Hermiticity C^{prst} = C^{rpts}; C^{prst} = C^{stpr} for two
 *     identical currents; also C^{prst} = C^{ptsr} for ee) is a vector of
 *     orbit values.  The public coefficients are WCxf values, which sum the
 *     array entries of their (non-Hermitian) symmetry orbit: C_WCxf = d C_arr
 *     (PHYSICS.md section 1.2).  Beta outputs are averaged over each orbit
 *     (the part along redundant directions is not physical).
 *  2. SM couplings g', g, g_s (two loops), y_t, y_b, y_tau and lambda (one
 *     loop) run from their MS-bar values at M_t; dimension-6 feedback into
 *     them is left out (the RGE stays linear in C).  The CKM matrix is real
 *     (delta = 0) and does not run; Yukawa matrices run through their third-
 *     family eigenvalues only (lighter Yukawas set to zero).
 *  3. Gamma(mu) = 16 pi^2 d beta/dC is quadratic in (g', g, g_s, y_t, y_b,
 *     y_tau) plus linear in lambda, so it is assembled from 22 constant
 *     matrices extracted once from the beta functions (polarisation); the
 *     extraction is checked against the beta functions at a random point.
 *  4. U(mu_EW <- Lambda) obeys dU/dln(Lambda) = -U Gamma(Lambda)/(16 pi^2)
 *     with U = 1 at Lambda = mu_EW (PHYSICS.md section 8, recipe 4): ONE
 *     upward integration gives U at every Lambda.  Rows: the public SMEFT
 *     coefficients at mu_EW; columns: all coordinates.
 *  5. The direct (forward) evolution of a given vector, with the beta
 *     functions evaluated on the arrays at every step, is independent of
 *     steps 3-4 and of the tables; tests compare the two.
 * Integrator: Dormand-Prince 5(4) with error control (Hairer, Norsett,
 * Wanner, "Solving ODEs I", section II.4-5).
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rge.h"
#include "smelt_internal.h"

/* rows of U are stored as unsigned char */
SMELT_STATIC_ASSERT(SMELT_N_SMEFT <= 256, rge_rows_fit_a_byte);

static const double PI = 3.14159265358979323846;


/* ------------------------------------------------------------------ */
/* classes, symmetries, coordinates                                    */
/* ------------------------------------------------------------------ */

enum { SYM_NONE, SYM_HERM2, SYM_HERM4, SYM_IDENT, SYM_EE };

typedef struct {
    const char *name;
    int rank; /* 0, 2, 4 */
    int sym;
    size_t off; /* offsetof in smeft_wc */
} rge_class;

#define C4(n, s) {#n, 4, s, offsetof(smeft_wc, n)}
#define C2(n) {#n, 2, SYM_HERM2, offsetof(smeft_wc, n)}
#define C0(n) {#n, 0, SYM_NONE, offsetof(smeft_wc, n)}
static const rge_class classes[] = {
    C4(ll, SYM_IDENT),  C4(qq1, SYM_IDENT), C4(qq3, SYM_IDENT),
    C4(lq1, SYM_HERM4), C4(lq3, SYM_HERM4), C4(ee, SYM_EE),
    C4(uu, SYM_IDENT),  C4(dd, SYM_IDENT),  C4(eu, SYM_HERM4),
    C4(ed, SYM_HERM4),  C4(ud1, SYM_HERM4), C4(ud8, SYM_HERM4),
    C4(le, SYM_HERM4),  C4(lu, SYM_HERM4),  C4(ld, SYM_HERM4),
    C4(qe, SYM_HERM4),  C4(qu1, SYM_HERM4), C4(qu8, SYM_HERM4),
    C4(qd1, SYM_HERM4), C4(qd8, SYM_HERM4),
    C2(Hl1), C2(Hl3), C2(He), C2(Hq1), C2(Hq3), C2(Hu), C2(Hd),
    C0(HBox), C0(HD), C0(HWB), C0(HW), C0(HB)};
#define N_CLASSES ((int)(sizeof classes / sizeof classes[0]))

/* every member of smeft_wc is a double array: flat index k <-> class */
SMELT_STATIC_ASSERT(sizeof(smeft_wc) == RGE_N_FLAT * sizeof(double),
                    smeft_wc_is_flat);

static int class_size(const rge_class *c)
{
    return c->rank == 4 ? 81 : c->rank == 2 ? 9 : 1;
}

/* flat index of the first entry of class ci */
static int class_base(int ci)
{
    int i, b = 0;
    for (i = 0; i < ci; i++)
        b += class_size(&classes[i]);
    return b;
}

static double *flat_ptr(smeft_wc *w, int k)
{
    return (double *)(void *)w + k;
}

static double flat_get(const smeft_wc *w, int k)
{
    return ((const double *)(const void *)w)[k];
}

/* index tuple -> offset inside a class */
static int off4(int p, int r, int s, int t)
{
    return ((p * 3 + r) * 3 + s) * 3 + t;
}

/* images of entry (p,r,s,t) under the generators of the class symmetry
 * group; herm = 1 includes real Hermiticity.  Returns the count. */
static int sym_images(int sym, const int ix[4], int herm, int img[3][4])
{
    int n = 0;
    if (sym == SYM_HERM2) {
        if (herm) {
            img[n][0] = ix[1]; img[n][1] = ix[0]; n++;
        }
        return n;
    }
    if (sym == SYM_NONE)
        return 0;
    if (herm) { /* (prst) -> (rpts) */
        img[n][0] = ix[1]; img[n][1] = ix[0];
        img[n][2] = ix[3]; img[n][3] = ix[2]; n++;
    }
    if (sym == SYM_IDENT || sym == SYM_EE) { /* (prst) -> (stpr) */
        img[n][0] = ix[2]; img[n][1] = ix[3];
        img[n][2] = ix[0]; img[n][3] = ix[1]; n++;
    }
    if (sym == SYM_EE) { /* Fierz of right-handed currents: (ptsr) */
        img[n][0] = ix[0]; img[n][1] = ix[3];
        img[n][2] = ix[2]; img[n][3] = ix[1]; n++;
    }
    return n;
}

static int tuple_off(int rank, const int ix[4])
{
    return rank == 4 ? off4(ix[0], ix[1], ix[2], ix[3])
           : rank == 2 ? ix[0] * 3 + ix[1] : 0;
}

static void off_tuple(int rank, int off, int ix[4])
{
    if (rank == 4) {
        ix[0] = off / 27; ix[1] = off / 9 % 3; ix[2] = off / 3 % 3;
        ix[3] = off % 3;
    } else if (rank == 2) {
        ix[0] = off / 3; ix[1] = off % 3; ix[2] = ix[3] = 0;
    } else {
        ix[0] = ix[1] = ix[2] = ix[3] = 0;
    }
}

/* orbit of offset `off` in class c (closure under the generators);
 * returns its size and the members in out[] (<= 81) */
static int orbit(const rge_class *c, int off, int herm, int *out)
{
    int n = 1, i, j, k, m, ix[4], img[3][4];
    out[0] = off;
    for (i = 0; i < n; i++) {
        off_tuple(c->rank, out[i], ix);
        m = sym_images(c->sym, ix, herm, img);
        for (j = 0; j < m; j++) {
            int o = tuple_off(c->rank, img[j]);
            for (k = 0; k < n && out[k] != o; k++)
                ;
            if (k == n)
                out[n++] = o;
        }
    }
    return n;
}

static void build_coords(rge_ctx *ctx)
{
    int ci, k, j, n, members[81];
    for (k = 0; k < RGE_N_FLAT; k++)
        ctx->coord_of_flat[k] = -1;
    ctx->n_coord = 0;
    for (ci = 0; ci < N_CLASSES; ci++) {
        int base = class_base(ci), sz = class_size(&classes[ci]);
        for (k = 0; k < sz; k++) {
            if (ctx->coord_of_flat[base + k] >= 0)
                continue;
            n = orbit(&classes[ci], k, 1, members);
            for (j = 0; j < n; j++)
                ctx->coord_of_flat[base + members[j]] = ctx->n_coord;
            ctx->orbit_size[ctx->n_coord++] = n;
        }
    }
}

/* "lq1_2223" -> class lq1, entry (1,1,1,2); "HD" -> scalar class */
static void api_lookup(rge_ctx *ctx, int api)
{
    const char *name = gen_wc_name(api);
    const char *us = strchr(name, '_');
    size_t len = us ? (size_t)(us - name) : strlen(name);
    int ci, ix[4] = {0, 0, 0, 0}, i, members[81];
    for (ci = 0; ci < N_CLASSES; ci++)
        if (strlen(classes[ci].name) == len &&
            strncmp(classes[ci].name, name, len) == 0)
            break;
    if (ci == N_CLASSES || (classes[ci].rank > 0 &&
                            (int)strlen(us + 1) != classes[ci].rank)) {
        fprintf(stderr, "gen: rge: public coefficient %s has no class\n",
                name);
        exit(1);
    }
    for (i = 0; i < classes[ci].rank; i++)
        ix[i] = us[1 + i] - '1';
    i = tuple_off(classes[ci].rank, ix);
    ctx->api_coord[api] = ctx->coord_of_flat[class_base(ci) + i];
    /* WCxf sums its non-Hermitian orbit */
    ctx->api_d[api] = orbit(&classes[ci], i, 0, members);
}

/* coordinates -> full arrays */
static void expand(const rge_ctx *ctx, const double *x, smeft_wc *w)
{
    int k;
    for (k = 0; k < RGE_N_FLAT; k++)
        *flat_ptr(w, k) = x[ctx->coord_of_flat[k]];
}

/* full arrays -> coordinates, averaging over each orbit */
static void project(const rge_ctx *ctx, const smeft_wc *w, double *x)
{
    int k;
    for (k = 0; k < ctx->n_coord; k++)
        x[k] = 0;
    for (k = 0; k < RGE_N_FLAT; k++)
        x[ctx->coord_of_flat[k]] += flat_get(w, k);
    for (k = 0; k < ctx->n_coord; k++)
        x[k] /= ctx->orbit_size[k];
}

/* ------------------------------------------------------------------ */
/* inputs and SM couplings                                             */
/* ------------------------------------------------------------------ */

void rge_setup(const char *datadir, rge_ctx *ctx)
{
    gen_datafile f, fl, fs;
    int i;
    memset(ctx, 0, sizeof *ctx);
    gen_data_read(&f, datadir, "rge_inputs.dat");
    gen_data_read(&fl, datadir, "flavour_inputs.dat");
    gen_data_read(&fs, datadir, "sm_inputs.dat");
    ctx->mu_ref = gen_param(&f, "mu_ref");
    ctx->sm_ref[RGE_G1] = gen_param(&f, "gY");
    ctx->sm_ref[RGE_G2] = gen_param(&f, "g2");
    ctx->sm_ref[RGE_G3] = gen_param(&f, "g3");
    /* the inputs give lambda with V = lambda (H^dag H - v^2/2)^2; the
     * beta functions (JMT) use V = (lambda/2)(...)^2 */
    ctx->sm_ref[RGE_LAMBDA] = 2 * gen_param(&f, "lambda_std");
    ctx->sm_ref[RGE_YT] = gen_param(&f, "yt");
    ctx->sm_ref[RGE_YB] = gen_param(&f, "yb");
    ctx->sm_ref[RGE_YTAU] = gen_param(&f, "ytau");
    ctx->rtol = gen_param(&f, "rtol");
    ctx->atol = gen_param(&f, "atol");
    ctx->n_nodes = (int)gen_param(&f, "n_nodes");
    ctx->prune = gen_param(&f, "prune");
    ctx->interp_tol = gen_param(&f, "interp_tol");
    ctx->cheb_tol = gen_param(&f, "cheb_tol");
    ctx->mu_ew = gen_param(&fs, "m_Z");
    ctx->mu_max = SMELT_SCALE_MAX_GEV;
    if (fabs(ctx->mu_ew - SMELT_SCALE_EW_GEV) > 1e-9) {
        fprintf(stderr, "gen: rge: m_Z != SMELT_SCALE_EW_GEV\n");
        exit(1);
    }
    /* real CKM: standard parametrisation with delta = 0, angles from the
     * CKM set the b->s sector uses (smelli's) */
    {
        double complex v[3][3];
        int j;
        gen_ckm(gen_param_sigma(&fl, "Vus_smelli", NULL),
                gen_param_sigma(&fl, "Vcb_smelli", NULL),
                gen_param_sigma(&fl, "Vub_smelli", NULL), 0, v);
        for (i = 0; i < 3; i++)
            for (j = 0; j < 3; j++)
                ctx->ckm[i][j] = creal(v[i][j]);
    }
    gen_data_free(&f);
    gen_data_free(&fl);
    gen_data_free(&fs);
    build_coords(ctx);
    for (i = 0; i < SMELT_N_SMEFT; i++)
        api_lookup(ctx, i);
}

/* 16 pi^2 d/dln(mu) of the SM couplings.  Gauge: two loops (Machacek,
 * Vaughn; e.g. Arason et al. PRD 46 (1992) 3945, in g' normalisation);
 * Yukawa eigenvalues and lambda: one loop (the SM parts of JMT's
 * equations, arXiv:1308.2627 section 2). */
static void sm_beta(const double *g, double *b)
{
    const double k = 1 / (16 * PI * PI);
    double g1 = g[RGE_G1], g2 = g[RGE_G2], g3 = g[RGE_G3];
    double la = g[RGE_LAMBDA], yt = g[RGE_YT], yb = g[RGE_YB],
           yta = g[RGE_YTAU];
    double g12 = g1 * g1, g22 = g2 * g2, g32 = g3 * g3;
    double yt2 = yt * yt, yb2 = yb * yb, yta2 = yta * yta;
    double gamH = 3 * yt2 + 3 * yb2 + yta2;
    b[RGE_G1] = g1 * g12 * (41.0 / 6 +
                            k * (199.0 / 18 * g12 + 4.5 * g22 +
                                 44.0 / 3 * g32 - 17.0 / 6 * yt2 -
                                 5.0 / 6 * yb2 - 2.5 * yta2));
    b[RGE_G2] = g2 * g22 * (-19.0 / 6 +
                            k * (1.5 * g12 + 35.0 / 6 * g22 + 12 * g32 -
                                 1.5 * yt2 - 1.5 * yb2 - 0.5 * yta2));
    b[RGE_G3] = g3 * g32 * (-7 + k * (11.0 / 6 * g12 + 4.5 * g22 -
                                      26 * g32 - 2 * yt2 - 2 * yb2));
    b[RGE_YT] = yt * (1.5 * yt2 - 1.5 * yb2 + gamH - 8 * g32 - 2.25 * g22 -
                      17.0 / 12 * g12);
    b[RGE_YB] = yb * (1.5 * yb2 - 1.5 * yt2 + gamH - 8 * g32 - 2.25 * g22 -
                      5.0 / 12 * g12);
    b[RGE_YTAU] = yta * (1.5 * yta2 + gamH - 2.25 * g22 - 3.75 * g12);
    b[RGE_LAMBDA] = 12 * la * la + 0.75 * g12 * g12 + 1.5 * g12 * g22 +
                    2.25 * g22 * g22 - 3 * (g12 + 3 * g22) * la +
                    4 * la * gamH -
                    4 * (3 * yt2 * yt2 + 3 * yb2 * yb2 + yta2 * yta2);
}

void rge_sm_fill(const rge_ctx *ctx, const double sm[RGE_N_SM],
                 smeft_sm *out)
{
    int i, j;
    memset(out, 0, sizeof *out);
    out->g1 = sm[RGE_G1];
    out->g2 = sm[RGE_G2];
    out->g3 = sm[RGE_G3];
    out->lambda = sm[RGE_LAMBDA];
    /* down-aligned basis: Gd, Ge diagonal, Gu = V^dagger diag(y_u) */
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            out->Gu[i][j] = j == 2 ? ctx->ckm[2][i] * sm[RGE_YT] : 0;
    out->Gd[2][2] = sm[RGE_YB];
    out->Ge[2][2] = sm[RGE_YTAU];
}

/* ------------------------------------------------------------------ */
/* Dormand-Prince 5(4)                                                 */
/* ------------------------------------------------------------------ */

typedef void (*rge_rhs)(double t, const double *y, double *dy, void *arg);

/* integrate y from t0 to t1 (either direction); work: 9n doubles;
 * returns the number of accepted steps */
static int dopri(rge_rhs f, void *arg, int n, double *y, double t0,
                 double t1, double rtol, double atol, double *work)
{
    static const double a21 = 1.0 / 5, a31 = 3.0 / 40, a32 = 9.0 / 40,
        a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9,
        a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561,
        a54 = -212.0 / 729, a61 = 9017.0 / 3168, a62 = -355.0 / 33,
        a63 = 46732.0 / 5247, a64 = 49.0 / 176, a65 = -5103.0 / 18656,
        b1 = 35.0 / 384, b3 = 500.0 / 1113, b4 = 125.0 / 192,
        b5 = -2187.0 / 6784, b6 = 11.0 / 84, e1 = 71.0 / 57600,
        e3 = -71.0 / 16695, e4 = 71.0 / 1920, e5 = -17253.0 / 339200,
        e6 = 22.0 / 525, e7 = -1.0 / 40;
    double *k1 = work, *k2 = k1 + n, *k3 = k2 + n, *k4 = k3 + n,
           *k5 = k4 + n, *k6 = k5 + n, *k7 = k6 + n, *yt = k7 + n,
           *yn = yt + n;
    double t = t0, dir = t1 >= t0 ? 1 : -1, h = 0.02 * dir;
    int i, steps = 0, rejects = 0;
    if (t1 == t0)
        return 0;
    f(t, y, k1, arg);
    while (dir * (t1 - t) > 0) {
        double err = 0, fac;
        int last = 0;
        if (dir * (t + h - t1) >= 0) {
            h = t1 - t;
            last = 1;
        }
        for (i = 0; i < n; i++) yt[i] = y[i] + h * a21 * k1[i];
        f(t + h / 5, yt, k2, arg);
        for (i = 0; i < n; i++) yt[i] = y[i] + h * (a31 * k1[i] + a32 * k2[i]);
        f(t + 0.3 * h, yt, k3, arg);
        for (i = 0; i < n; i++)
            yt[i] = y[i] + h * (a41 * k1[i] + a42 * k2[i] + a43 * k3[i]);
        f(t + 0.8 * h, yt, k4, arg);
        for (i = 0; i < n; i++)
            yt[i] = y[i] + h * (a51 * k1[i] + a52 * k2[i] + a53 * k3[i] +
                                a54 * k4[i]);
        f(t + 8.0 / 9 * h, yt, k5, arg);
        for (i = 0; i < n; i++)
            yt[i] = y[i] + h * (a61 * k1[i] + a62 * k2[i] + a63 * k3[i] +
                                a64 * k4[i] + a65 * k5[i]);
        f(t + h, yt, k6, arg);
        for (i = 0; i < n; i++)
            yn[i] = y[i] + h * (b1 * k1[i] + b3 * k3[i] + b4 * k4[i] +
                                b5 * k5[i] + b6 * k6[i]);
        f(t + h, yn, k7, arg);
        for (i = 0; i < n; i++) {
            double e = h * (e1 * k1[i] + e3 * k3[i] + e4 * k4[i] +
                            e5 * k5[i] + e6 * k6[i] + e7 * k7[i]);
            double sc = atol + rtol * fmax(fabs(y[i]), fabs(yn[i]));
            err = fmax(err, fabs(e) / sc);
        }
        fac = err > 0 ? 0.9 * pow(err, -0.2) : 5;
        if (fac > 5) fac = 5;
        if (fac < 0.2) fac = 0.2;
        if (err <= 1) {
            t = last ? t1 : t + h;
            memcpy(y, yn, (size_t)n * sizeof *y);
            memcpy(k1, k7, (size_t)n * sizeof *y);
            steps++;
            if (last)
                break;
        } else if (++rejects > 100000) {
            fprintf(stderr, "gen: rge: integrator does not converge\n");
            exit(1);
        }
        h *= fac;
    }
    return steps;
}

/* ------------------------------------------------------------------ */
/* SM couplings alone                                                  */
/* ------------------------------------------------------------------ */

static void rhs_sm(double t, const double *y, double *dy, void *arg)
{
    int i;
    (void)t;
    (void)arg;
    sm_beta(y, dy);
    for (i = 0; i < RGE_N_SM; i++)
        dy[i] /= 16 * PI * PI;
}

void rge_sm_at(const rge_ctx *ctx, double mu, double sm[RGE_N_SM])
{
    double work[9 * RGE_N_SM];
    memcpy(sm, ctx->sm_ref, sizeof ctx->sm_ref);
    dopri(rhs_sm, NULL, RGE_N_SM, sm, log(ctx->mu_ref), log(mu), 1e-13,
          1e-15, work);
}

/* ------------------------------------------------------------------ */
/* direct (forward) evolution                                          */
/* ------------------------------------------------------------------ */

typedef struct {
    const rge_ctx *ctx;
    unsigned mask;
    smeft_wc *w, *b; /* scratch */
} fwd_arg;

static void mask_sm(unsigned mask, smeft_sm *s)
{
    int i, j;
    if (!(mask & (1u << RGE_G1))) s->g1 = 0;
    if (!(mask & (1u << RGE_G2))) s->g2 = 0;
    if (!(mask & (1u << RGE_G3))) s->g3 = 0;
    if (!(mask & (1u << RGE_LAMBDA))) s->lambda = 0;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            if (!(mask & (1u << RGE_YT))) s->Gu[i][j] = 0;
            if (!(mask & (1u << RGE_YB))) s->Gd[i][j] = 0;
            if (!(mask & (1u << RGE_YTAU))) s->Ge[i][j] = 0;
        }
}

/* state: n_coord coordinates, then the SM couplings */
static void rhs_fwd(double t, const double *y, double *dy, void *arg)
{
    fwd_arg *a = arg;
    const rge_ctx *ctx = a->ctx;
    int i, n = ctx->n_coord;
    smeft_sm s;
    (void)t;
    rge_sm_fill(ctx, y + n, &s);
    mask_sm(a->mask, &s);
    expand(ctx, y, a->w);
    smeft_beta(&s, a->w, a->b);
    project(ctx, a->b, dy);
    for (i = 0; i < n; i++)
        dy[i] /= 16 * PI * PI;
    rhs_sm(t, y + n, dy + n, NULL);
}

void rge_evolve_coords(const rge_ctx *ctx, unsigned mask, double mu_from,
                       double mu_to, const double *x_from, double *x_to)
{
    int n = ctx->n_coord + RGE_N_SM;
    double *y = malloc((size_t)n * sizeof *y);
    double *work = malloc((size_t)(9 * n) * sizeof *work);
    fwd_arg a;
    a.ctx = ctx;
    a.mask = mask;
    a.w = malloc(sizeof *a.w);
    a.b = malloc(sizeof *a.b);
    if (!y || !work || !a.w || !a.b) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    memcpy(y, x_from, (size_t)ctx->n_coord * sizeof *y);
    rge_sm_at(ctx, mu_from, y + ctx->n_coord);
    /* the coefficients are ~1e-6 GeV^-2 or smaller: absolute tolerance
     * scaled down accordingly */
    dopri(rhs_fwd, &a, n, y, log(mu_from), log(mu_to), ctx->rtol,
          ctx->atol * 1e-6, work);
    memcpy(x_to, y, (size_t)ctx->n_coord * sizeof *y);
    free(y);
    free(work);
    free(a.w);
    free(a.b);
}

void rge_coords_from_api(const rge_ctx *ctx, const double *c, double *x)
{
    int i;
    memset(x, 0, (size_t)ctx->n_coord * sizeof *x);
    /* WCxf values -> coordinates; an API entry sets its whole orbit */
    for (i = 0; i < SMELT_N_SMEFT; i++)
        x[ctx->api_coord[i]] += c[i] / ctx->api_d[i];
}

void rge_api_from_coords(const rge_ctx *ctx, const double *x, double *c)
{
    int i;
    for (i = 0; i < SMELT_N_SMEFT; i++)
        c[i] = x[ctx->api_coord[i]] * ctx->api_d[i];
}

void rge_evolve_masked(const rge_ctx *ctx, unsigned mask, double mu_from,
                       double mu_to, const double c_from[SMELT_N_SMEFT],
                       double c_to[SMELT_N_SMEFT])
{
    double *x = malloc((size_t)ctx->n_coord * sizeof *x);
    if (x == NULL) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    rge_coords_from_api(ctx, c_from, x);
    rge_evolve_coords(ctx, mask, mu_from, mu_to, x, x);
    rge_api_from_coords(ctx, x, c_to);
    free(x);
}

void rge_evolve(const rge_ctx *ctx, double mu_from, double mu_to,
                const double c_from[SMELT_N_SMEFT],
                double c_to[SMELT_N_SMEFT])
{
    rge_evolve_masked(ctx, ~0u, mu_from, mu_to, c_from, c_to);
}

/* ------------------------------------------------------------------ */
/* the anomalous-dimension matrix as 22 constant matrices              */
/* ------------------------------------------------------------------ */

/* monomials: kappa_a kappa_b (a <= b) of kappa = (g', g, g_s, y_t, y_b,
 * y_tau), then lambda */
#define N_KAPPA 6
#define N_MONO (N_KAPPA * (N_KAPPA + 1) / 2 + 1)
static const int kappa_sm[N_KAPPA] = {RGE_G1, RGE_G2, RGE_G3,
                                      RGE_YT, RGE_YB, RGE_YTAU};

static void monomials(const double *sm, double *f)
{
    int a, b, m = 0;
    for (a = 0; a < N_KAPPA; a++)
        for (b = a; b < N_KAPPA; b++)
            f[m++] = sm[kappa_sm[a]] * sm[kappa_sm[b]];
    f[m] = sm[RGE_LAMBDA];
}

/* Gamma in CSR by row (Gamma[k][col]), N_MONO values per entry */
typedef struct {
    int n, nnz;
    int *row_start, *col;
    double *val; /* nnz x N_MONO */
} gamma_csr;

/* dense Gamma(sm) (n x n, column j = projected beta of unit vector j) */
static void gamma_dense(const rge_ctx *ctx, const double *sm, double *g)
{
    int n = ctx->n_coord, j, i;
    double *x = calloc((size_t)n, sizeof *x), *col = malloc((size_t)n * sizeof *col);
    smeft_wc *w = malloc(sizeof *w), *b = malloc(sizeof *b);
    smeft_sm s;
    if (!x || !col || !w || !b) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    rge_sm_fill(ctx, sm, &s);
    for (j = 0; j < n; j++) {
        x[j] = 1;
        expand(ctx, x, w);
        smeft_beta(&s, w, b);
        project(ctx, b, col);
        for (i = 0; i < n; i++)
            g[(size_t)i * n + j] = col[i];
        x[j] = 0;
    }
    free(x);
    free(col);
    free(w);
    free(b);
}

static void gamma_build(const rge_ctx *ctx, gamma_csr *G)
{
    int n = ctx->n_coord, a, b, m, i, j, nz;
    size_t nn = (size_t)n * n;
    double *dm = calloc(nn * N_MONO, sizeof *dm), *tmp = malloc(nn * sizeof *tmp);
    double sm[RGE_N_SM], f[N_MONO], maxdev = 0, maxval = 0;
    int mono_aa[N_KAPPA];
    if (!dm || !tmp) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    /* diagonal monomials kappa_a^2 */
    m = 0;
    for (a = 0; a < N_KAPPA; a++) {
        mono_aa[a] = m;
        m += N_KAPPA - a;
    }
    for (a = 0; a < N_KAPPA; a++) {
        memset(sm, 0, sizeof sm);
        sm[kappa_sm[a]] = 1;
        gamma_dense(ctx, sm, dm + nn * mono_aa[a]);
    }
    for (a = 0; a < N_KAPPA; a++)
        for (b = a + 1; b < N_KAPPA; b++) {
            m = mono_aa[a] + (b - a);
            memset(sm, 0, sizeof sm);
            sm[kappa_sm[a]] = sm[kappa_sm[b]] = 1;
            gamma_dense(ctx, sm, tmp);
            for (i = 0; i < (int)nn; i++)
                dm[nn * m + i] = tmp[i] - dm[nn * mono_aa[a] + i] -
                                 dm[nn * mono_aa[b] + i];
        }
    memset(sm, 0, sizeof sm);
    sm[RGE_LAMBDA] = 1;
    gamma_dense(ctx, sm, dm + nn * (N_MONO - 1));
    /* drop rounding residues of the polarisation (entries are O(1..100)) */
    for (i = 0; i < (int)(nn * N_MONO); i++)
        if (fabs(dm[i]) < 1e-12)
            dm[i] = 0;
    /* check: Gamma at a generic point equals the assembled one */
    rge_sm_at(ctx, 1234.5, sm);
    gamma_dense(ctx, sm, tmp);
    monomials(sm, f);
    for (i = 0; i < (int)nn; i++) {
        double s = 0;
        for (m = 0; m < N_MONO; m++)
            s += f[m] * dm[nn * m + i];
        maxdev = fmax(maxdev, fabs(s - tmp[i]));
        maxval = fmax(maxval, fabs(tmp[i]));
    }
    if (maxdev > 1e-12 * maxval) {
        fprintf(stderr, "gen: rge: Gamma is not quadratic in the couplings "
                "(deviation %g of %g)\n", maxdev, maxval);
        exit(1);
    }
    /* CSR with the union pattern */
    G->n = n;
    G->row_start = malloc((size_t)(n + 1) * sizeof *G->row_start);
    nz = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            for (m = 0; m < N_MONO; m++)
                if (dm[nn * m + (size_t)i * n + j] != 0) {
                    nz++;
                    break;
                }
    G->nnz = nz;
    G->col = malloc((size_t)nz * sizeof *G->col);
    G->val = malloc((size_t)nz * N_MONO * sizeof *G->val);
    if (!G->row_start || !G->col || !G->val) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    nz = 0;
    for (i = 0; i < n; i++) {
        G->row_start[i] = nz;
        for (j = 0; j < n; j++) {
            int any = 0;
            for (m = 0; m < N_MONO; m++)
                any |= dm[nn * m + (size_t)i * n + j] != 0;
            if (!any)
                continue;
            G->col[nz] = j;
            for (m = 0; m < N_MONO; m++)
                G->val[(size_t)nz * N_MONO + m] = dm[nn * m + (size_t)i * n + j];
            nz++;
        }
    }
    G->row_start[n] = nz;
    fprintf(stderr, "gen: rge: %d coordinates, Gamma has %d non-zeros; "
            "quadratic-in-couplings check %.1e of %.1e\n", n, nz, maxdev,
            maxval);
    free(dm);
    free(tmp);
}

/* ------------------------------------------------------------------ */
/* adjoint integration: rows of U                                      */
/* ------------------------------------------------------------------ */

typedef struct {
    const rge_ctx *ctx;
    const gamma_csr *G;
    double *gv; /* nnz scratch: Gamma values at the current couplings */
} adj_arg;

/* state: SMELT_N_SMEFT rows x n_coord, then the SM couplings */
static void rhs_adj(double t, const double *y, double *dy, void *arg)
{
    adj_arg *a = arg;
    const gamma_csr *G = a->G;
    int n = G->n, r, k, e, m;
    double f[N_MONO];
    const double *sm = y + (size_t)SMELT_N_SMEFT * n;
    monomials(sm, f);
    for (e = 0; e < G->nnz; e++) {
        double s = 0;
        for (m = 0; m < N_MONO; m++)
            s += f[m] * G->val[(size_t)e * N_MONO + m];
        a->gv[e] = s / (16 * PI * PI);
    }
    /* dR/dtau = -R Gamma/(16 pi^2) */
    for (r = 0; r < SMELT_N_SMEFT; r++) {
        const double *R = y + (size_t)r * n;
        double *dR = dy + (size_t)r * n;
        for (k = 0; k < n; k++)
            dR[k] = 0;
        for (k = 0; k < n; k++) {
            double rk = R[k];
            if (rk == 0)
                continue;
            for (e = G->row_start[k]; e < G->row_start[k + 1]; e++)
                dR[G->col[e]] -= rk * a->gv[e];
        }
    }
    rhs_sm(t, sm, dy + (size_t)SMELT_N_SMEFT * n, NULL);
}

void rge_matrices(const rge_ctx *ctx, int nl, const double *lambda_gev,
                  double *u)
{
    gamma_csr G;
    adj_arg a;
    int n = ctx->n_coord, ny = SMELT_N_SMEFT * n + RGE_N_SM, i, j, k,
        steps = 0;
    double *y, *work, t;
    gamma_build(ctx, &G);
    y = calloc((size_t)ny, sizeof *y);
    work = malloc((size_t)ny * 9 * sizeof *work);
    a.ctx = ctx;
    a.G = &G;
    a.gv = malloc((size_t)G.nnz * sizeof *a.gv);
    if (!y || !work || !a.gv) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    /* at Lambda = mu_EW: row i is the unit row of coordinate api_coord[i]
     * (in coordinate units; WCxf factors applied at the end) */
    for (i = 0; i < SMELT_N_SMEFT; i++)
        y[(size_t)i * n + ctx->api_coord[i]] = 1;
    rge_sm_at(ctx, ctx->mu_ew, y + (size_t)SMELT_N_SMEFT * n);
    t = log(ctx->mu_ew);
    for (k = 0; k < nl; k++) {
        double tk = log(lambda_gev[k]);
        if (tk < t - 1e-15) {
            fprintf(stderr, "gen: rge: Lambda values must ascend from mu_EW\n");
            exit(1);
        }
        steps += dopri(rhs_adj, &a, ny, y, t, tk, ctx->rtol, ctx->atol, work);
        t = tk;
        /* U_WCxf[i][j] = d_i R[i][coord_j] / d_j */
        for (i = 0; i < SMELT_N_SMEFT; i++)
            for (j = 0; j < SMELT_N_SMEFT; j++)
                u[((size_t)k * SMELT_N_SMEFT + i) * SMELT_N_SMEFT + j] =
                    ctx->api_d[i] * y[(size_t)i * n + ctx->api_coord[j]] /
                    ctx->api_d[j];
    }
    fprintf(stderr, "gen: rge: adjoint integration, %d steps\n", steps);
    free(y);
    free(work);
    free(a.gv);
    free(G.row_start);
    free(G.col);
    free(G.val);
}

void rge_nodes(const rge_ctx *ctx, int n, double *lnmu)
{
    /* Chebyshev-Lobatto: x_j = -cos(pi j/(n-1)), ascending, ends exact */
    double lo = log(ctx->mu_ew), hi = log(ctx->mu_max);
    int j;
    for (j = 0; j < n; j++) {
        double x = -cos(PI * j / (n - 1));
        lnmu[j] = j == 0 ? lo : j == n - 1 ? hi
                  : 0.5 * (lo + hi) + 0.5 * (hi - lo) * x;
    }
}

/* ------------------------------------------------------------------ */
/* tables                                                              */
/* ------------------------------------------------------------------ */

/* Chebyshev coefficients a_0..a_{n-1} of the polynomial through f at the
 * Lobatto nodes x_j = -cos(pi j/(n-1)) (discrete cosine transform, e.g.
 * Trefethen, "Approximation Theory and Approximation Practice", ch. 3) */
static void cheb_coeffs(int n, const double *f, double *a)
{
    int m, j;
    for (m = 0; m < n; m++) {
        double s = 0;
        for (j = 0; j < n; j++) {
            double w = (j == 0 || j == n - 1) ? 0.5 : 1;
            /* -cos(pi j/(n-1)) = cos(pi (n-1-j)/(n-1)) */
            s += w * f[j] * cos(PI * m * (double)(n - 1 - j) / (n - 1));
        }
        a[m] = s * 2 / (n - 1) * ((m == 0 || m == n - 1) ? 0.5 : 1);
    }
}

static double cheb_eval(int n, const double *a, double x)
{
    double t0 = 1, t1 = x, s = a[0];
    int m;
    if (n > 1)
        s += a[1] * x;
    for (m = 2; m < n; m++) {
        double t2 = 2 * x * t1 - t0;
        s += a[m] * t2;
        t0 = t1;
        t1 = t2;
    }
    return s;
}

void rge_write_tables(const rge_ctx *ctx, const char *outdir)
{
    const int NN = SMELT_N_SMEFT * SMELT_N_SMEFT;
    int n = ctx->n_nodes, np, j, k, i, n_entries = 0, n_coef = 0, *keep,
        *nterm;
    double *lnmu, *lam, *u, *a, lo = log(ctx->mu_ew), hi = log(ctx->mu_max),
        maxerr = 0, maxtrunc = 0, maxpruned = 0;
    char path[1024];
    FILE *out;
    if (n < 3 || n > SMELT_RGE_MAX_TERMS) {
        fprintf(stderr, "gen: rge: n_nodes must be in 3..%d\n",
                SMELT_RGE_MAX_TERMS);
        exit(1);
    }
    /* nodes and, between them, the points where Chebyshev interpolation
     * errs most (midpoints in the angle): integrated directly to measure
     * the error of what is stored */
    np = 2 * n - 1;
    lnmu = malloc((size_t)n * sizeof *lnmu);
    lam = malloc((size_t)np * sizeof *lam);
    u = malloc((size_t)np * NN * sizeof *u);
    a = malloc((size_t)NN * n * sizeof *a);
    keep = calloc((size_t)NN, sizeof *keep);
    nterm = calloc((size_t)NN, sizeof *nterm);
    if (!lnmu || !lam || !u || !a || !keep || !nterm) {
        fprintf(stderr, "gen: rge: out of memory\n");
        exit(1);
    }
    rge_nodes(ctx, n, lnmu);
    for (k = 0; k < np; k++) {
        double x = -cos(PI * (k / 2.0) / (n - 1));
        lam[k] = k % 2 == 0 ? exp(lnmu[k / 2])
                            : exp(0.5 * (lo + hi) + 0.5 * (hi - lo) * x);
    }
    lam[0] = ctx->mu_ew;
    rge_matrices(ctx, np, lam, u);
    for (i = 0; i < NN; i++) {
        double f[SMELT_RGE_MAX_TERMS], mx = 0, drop = 0;
        for (k = 0; k < np; k++)
            mx = fmax(mx, fabs(u[(size_t)k * NN + i]));
        /* sparsity: keep U_ij if it exceeds `prune` anywhere */
        if (mx <= ctx->prune) {
            maxpruned = fmax(maxpruned, mx);
            continue;
        }
        keep[i] = 1;
        n_entries++;
        for (j = 0; j < n; j++)
            f[j] = u[(size_t)(2 * j) * NN + i];
        cheb_coeffs(n, f, a + (size_t)i * n);
        /* drop trailing coefficients while their sum stays below
         * cheb_tol: a bound on the change of U_ij anywhere */
        nterm[i] = n;
        while (nterm[i] > 1 &&
               drop + fabs(a[(size_t)i * n + nterm[i] - 1]) <= ctx->cheb_tol) {
            drop += fabs(a[(size_t)i * n + nterm[i] - 1]);
            nterm[i]--;
        }
        maxtrunc = fmax(maxtrunc, drop);
        n_coef += nterm[i];
        /* error of the stored series at the midpoints (and nodes) */
        for (k = 0; k < np; k++) {
            double x = (2 * log(lam[k]) - lo - hi) / (hi - lo);
            double v = cheb_eval(nterm[i], a + (size_t)i * n, x);
            maxerr = fmax(maxerr, fabs(v - u[(size_t)k * NN + i]));
        }
    }
    fprintf(stderr, "gen: rge: %d Chebyshev-Lobatto nodes in ln(Lambda); "
            "%d of %d entries of U kept (largest dropped %.1e); series "
            "truncated to %d coefficients (%.2f per entry, largest "
            "truncation %.1e); largest error at the nodes and midpoints "
            "%.2e\n", n, n_entries, NN, maxpruned, n_coef,
            (double)n_coef / n_entries, maxtrunc, maxerr);
    if (maxerr > ctx->interp_tol) {
        fprintf(stderr, "gen: rge: error above interp_tol %.1e: raise "
                "n_nodes or lower cheb_tol\n", ctx->interp_tol);
        exit(1);
    }
    snprintf(path, sizeof path, "%s/rge.c", outdir);
    out = fopen(path, "w");
    if (out == NULL) {
        fprintf(stderr, "gen: cannot write %s\n", path);
        exit(1);
    }
    gen_emit_header(out, "SMEFT evolution matrices U(Lambda -> mu_EW) as "
                    "truncated Chebyshev series in ln(Lambda), sparse by "
                    "columns (tools/rge.c)");
    fprintf(out, "#include \"smelt_internal.h\"\n\n");
    fprintf(out, "/* %d nodes; largest error against the integration at the "
            "nodes and the\n   midpoints between them: %.2e (max |U_ij|); "
            "entries below %.0e everywhere\n   dropped (largest %.1e); real "
            "CKM V_ts V_tb = %.6f */\n\n", n, maxerr, ctx->prune, maxpruned,
            ctx->ckm[2][1] * ctx->ckm[2][2]);
    fprintf(out, "SMELT_STATIC_ASSERT(%d <= SMELT_RGE_MAX_TERMS, "
            "rge_terms_fit);\n\n", n);
    fprintf(out, "static const unsigned short col_start[%d] = {",
            SMELT_N_SMEFT + 1);
    {
        int e = 0;
        for (j = 0; j <= SMELT_N_SMEFT; j++) {
            fprintf(out, "%s%d,", j % 12 == 0 ? "\n    " : " ", e);
            if (j < SMELT_N_SMEFT)
                for (i = 0; i < SMELT_N_SMEFT; i++)
                    e += keep[i * SMELT_N_SMEFT + j];
        }
    }
    fprintf(out, "\n};\n\n/* first coefficient of each column */\n"
            "static const unsigned long col_coef[%d] = {", SMELT_N_SMEFT + 1);
    {
        long c = 0;
        for (j = 0; j <= SMELT_N_SMEFT; j++) {
            fprintf(out, "%s%ld,", j % 8 == 0 ? "\n    " : " ", c);
            if (j < SMELT_N_SMEFT)
                for (i = 0; i < SMELT_N_SMEFT; i++)
                    if (keep[i * SMELT_N_SMEFT + j])
                        c += nterm[i * SMELT_N_SMEFT + j];
        }
    }
    fprintf(out, "\n};\n\nstatic const unsigned char row[%d] = {",
            n_entries);
    {
        int e = 0;
        for (j = 0; j < SMELT_N_SMEFT; j++)
            for (i = 0; i < SMELT_N_SMEFT; i++)
                if (keep[i * SMELT_N_SMEFT + j])
                    fprintf(out, "%s%d,", e++ % 16 == 0 ? "\n    " : " ", i);
    }
    fprintf(out, "\n};\n\nstatic const unsigned char nterm[%d] = {",
            n_entries);
    {
        int e = 0;
        for (j = 0; j < SMELT_N_SMEFT; j++)
            for (i = 0; i < SMELT_N_SMEFT; i++)
                if (keep[i * SMELT_N_SMEFT + j])
                    fprintf(out, "%s%d,", e++ % 16 == 0 ? "\n    " : " ",
                            nterm[i * SMELT_N_SMEFT + j]);
    }
    fprintf(out, "\n};\n\n/* Chebyshev coefficients of U_ij(x), entry by "
            "entry */\nstatic const smelt_real coef[%d] = {\n", n_coef);
    for (j = 0; j < SMELT_N_SMEFT; j++)
        for (i = 0; i < SMELT_N_SMEFT; i++) {
            int ij = i * SMELT_N_SMEFT + j;
            if (!keep[ij])
                continue;
            fprintf(out, "    /* %s <- %s */\n   ", gen_wc_name(i),
                    gen_wc_name(j));
            for (k = 0; k < nterm[ij]; k++) {
                fprintf(out, " ");
                gen_emit_real(out, a[(size_t)ij * n + k]);
                fprintf(out, ",");
            }
            fprintf(out, "\n");
        }
    fprintf(out, "};\n\nconst smelt_rge_def smelt_rge_tab = {\n    ");
    gen_emit_real(out, lo);
    fprintf(out, ",\n    ");
    gen_emit_real(out, hi);
    fprintf(out, ",\n    col_start, col_coef, row, nterm, coef\n};\n");
    fclose(out);
    free(lnmu);
    free(lam);
    free(u);
    free(a);
    free(keep);
    free(nterm);
}
