/* SPDX-License-Identifier: MIT */
/*
 * rge.h -- SMEFT renormalisation-group evolution in the generator (issue 5,
 * PHYSICS.md section 8): SM couplings, the coordinates the equations are
 * integrated in, an adaptive Dormand-Prince integrator, the direct
 * (forward) evolution of a coefficient vector, and the evolution matrices
 * U(Lambda -> mu_EW) that tables/rge.c stores.
 */
#ifndef SMELT_RGE_H
#define SMELT_RGE_H

#include "gen.h"
#include "smeft_beta.h"

/* entries of smeft_wc: 20 four-index, 7 two-index classes, 5 scalars */
#define RGE_N_FLAT (20 * 81 + 7 * 9 + 5)
/* independent real coordinates (symmetry orbits); upper bound */
#define RGE_MAX_COORD RGE_N_FLAT

/* SM couplings that run: g', g, g_s, lambda (JMT normalisation), y_t,
 * y_b, y_tau */
enum { RGE_G1, RGE_G2, RGE_G3, RGE_LAMBDA, RGE_YT, RGE_YB, RGE_YTAU,
       RGE_N_SM };

typedef struct {
    double mu_ref;            /* scale of the SM inputs, GeV */
    double sm_ref[RGE_N_SM];  /* couplings at mu_ref */
    double ckm[3][3];         /* real CKM (standard parametrisation, delta = 0) */
    double mu_ew;             /* SMELT_SCALE_EW_GEV */
    double mu_max;            /* SMELT_SCALE_MAX_GEV */
    double rtol, atol;        /* integrator tolerances */
    int n_nodes;              /* Chebyshev-Lobatto nodes of the tables */
    double prune;             /* |U_ij| below this everywhere: not stored */
    double interp_tol;        /* largest error of the stored U accepted */
    double cheb_tol;          /* per-entry truncation of the series */
    /* symmetry orbits of the flat smeft_wc entries */
    int n_coord;
    int coord_of_flat[RGE_N_FLAT];
    int orbit_size[RGE_MAX_COORD];
    /* the public SMEFT coefficients: coordinate and WCxf factor
     * (WCxf value = d x array value) */
    int api_coord[SMELT_N_SMEFT];
    double api_d[SMELT_N_SMEFT];
} rge_ctx;

/* Load tools/data/rge_inputs.dat (and the CKM of flavour_inputs.dat),
 * build the coordinates.  Exits with a message on bad input. */
void rge_setup(const char *datadir, rge_ctx *ctx);

/* SM couplings at mu (integrated from mu_ref with the SM RGEs). */
void rge_sm_at(const rge_ctx *ctx, double mu, double sm[RGE_N_SM]);
/* the smeft_sm the beta functions take, from the running couplings */
void rge_sm_fill(const rge_ctx *ctx, const double sm[RGE_N_SM],
                 smeft_sm *out);

/* Direct evolution of the public SMEFT coefficients (WCxf values, GeV^-2)
 * from mu_from to mu_to (either direction): beta functions evaluated on
 * the full arrays at every step, no tables, no interpolation. */
void rge_evolve(const rge_ctx *ctx, double mu_from, double mu_to,
                const double c_from[SMELT_N_SMEFT],
                double c_to[SMELT_N_SMEFT]);

/* Same, restricted to some couplings (mask of 1u << RGE_G1 ...; the
 * others are set to zero in the beta functions, not in their running).
 * For tests of the QCD-only and Yukawa-only parts. */
void rge_evolve_masked(const rge_ctx *ctx, unsigned mask, double mu_from,
                       double mu_to, const double c_from[SMELT_N_SMEFT],
                       double c_to[SMELT_N_SMEFT]);

/* The same on all coordinates (ctx->n_coord entries: every independent
 * array entry of the classes, not only the public coefficients); x_to may
 * be x_from.  Evolution in this full space is exact (up to integration
 * error) and composes: U(a->b) U(b->c) = U(a->c).  Restricted to the
 * public coefficients it does so only up to the operators outside that
 * list which the running generates at intermediate scales. */
void rge_evolve_coords(const rge_ctx *ctx, unsigned mask, double mu_from,
                       double mu_to, const double *x_from, double *x_to);
/* public coefficients (WCxf values) <-> coordinates */
void rge_coords_from_api(const rge_ctx *ctx, const double *c, double *x);
void rge_api_from_coords(const rge_ctx *ctx, const double *x, double *c);

/* Evolution matrices U(Lambda_k -> mu_EW) at n Lambda values (ascending,
 * the first may equal mu_EW), by one upward integration of the adjoint
 * equation dU/dln(Lambda) = -U Gamma(Lambda)/(16 pi^2).
 * u: n x SMELT_N_SMEFT x SMELT_N_SMEFT, u[k][i][j] = dC_i(mu_EW)/dC_j(Lambda_k),
 * WCxf values.  Prints the integrator's step count to stderr. */
void rge_matrices(const rge_ctx *ctx, int n, const double *lambda_gev,
                  double *u);

/* Chebyshev-Lobatto nodes in ln(mu) on [ln mu_EW, ln mu_max]. */
void rge_nodes(const rge_ctx *ctx, int n, double *lnmu);

/* Write OUTDIR/rge.c: the evolution tables for the runtime (src/rge.c). */
void rge_write_tables(const rge_ctx *ctx, const char *outdir);

#endif
