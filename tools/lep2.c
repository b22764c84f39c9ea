/* SPDX-License-Identifier: MIT */
/*
 * lep2.c -- LEP-2 di-lepton and Bhabha cross-sections in SMEFT, tree level,
 * massless leptons (seed 000, arXiv:2306.08669, section 4).
 *
 * Amplitudes are kept LINEAR in the coefficients (Z-coupling shifts and
 * contact terms; the product of two coupling shifts is dropped) and then
 * squared exactly, so every cross-section is a quadratic form in
 * x = (1, C) and never negative.  Observables are ratios to the tree-level
 * SM; data enter as measured/SM(LEP EW WG) so that the radiative
 * corrections contained in the LEP SM predictions cancel (seed 000 4.1).
 *
 * Contact normalisation of Bhabha scattering.  Seed eq. (4.8) writes the
 * contact part of t_XY, s_XY as (C_XY + C_YX)/2 with C_LL = C_ll^1111.  An
 * operator built from two IDENTICAL currents, C (ebar g e)(ebar g e),
 * contracts with the external states in two ways, so its amplitude is 2C
 * (the origin of the 1/(1 + delta_ef) in the LEP contact-interaction
 * convention).  We therefore use
 *     Chat_LL = 2 C_ll^1111, Chat_RR = 2 C_ee^1111, Chat_LR = Chat_RL = C_le^1111,
 * and tests/test_lep2.c proves it: explicit Z' exchange with full s- and
 * t-channel propagators converges to this contact result as 1/M_Z'^2.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lep2.h"

static const double PI = 3.14159265358979323846;

/* Weight of C_ll^1111, C_ee^1111 in the LL, RR Bhabha contact amplitude:
 * 2 (Wick counting, verified by the Z'-exchange test).  Building the
 * generator with -DLEP2_BHABHA_KAPPA=1 reproduces seed eq. (4.8) literally,
 * for comparisons only (README, accuracy table). */
#ifndef LEP2_BHABHA_KAPPA
#define LEP2_BHABHA_KAPPA 2
#endif

/* WC indices of the contact terms of e+e- -> l_j l_j, j = 2, 3 */
typedef struct {
    int ll_11jj, ll_1jj1, ee_11jj, le_11jj, le_jj11, le_1jj1;
} ll_contacts;

static ll_contacts contacts_for(int fam)
{
    ll_contacts c;
    if (fam == 2) {
        c.ll_11jj = SMELT_WC_ll_1122;
        c.ll_1jj1 = SMELT_WC_ll_1221;
        c.ee_11jj = SMELT_WC_ee_1122;
        c.le_11jj = SMELT_WC_le_1122;
        c.le_jj11 = SMELT_WC_le_2211;
        c.le_1jj1 = SMELT_WC_le_1221;
    } else if (fam == 3) {
        c.ll_11jj = SMELT_WC_ll_1133;
        c.ll_1jj1 = SMELT_WC_ll_1331;
        c.ee_11jj = SMELT_WC_ee_1133;
        c.le_11jj = SMELT_WC_le_1133;
        c.le_jj11 = SMELT_WC_le_3311;
        c.le_1jj1 = SMELT_WC_le_1331;
    } else {
        fprintf(stderr, "lep2: family %d not supported\n", fam);
        exit(1);
    }
    return c;
}

void lep2_ll_amplitudes(const ew_inputs *ew, double s, int fam,
                        gen_amp n[4], gen_amp *scalar)
{
    ll_contacts c = contacts_for(fam);
    gen_amp ge[2], gj[2], prod;
    double complex prop = 1.0 / (s - ew->mZ * ew->mZ +
                                 I * ew->GammaZ * ew->mZ);
    int X, Y;
    for (X = 0; X < 2; X++) {
        ew_zcoupling_lepton(ew, 1, X, &ge[X]);
        ew_zcoupling_lepton(ew, fam, X, &gj[X]);
    }
    for (X = 0; X < 2; X++) {
        for (Y = 0; Y < 2; Y++) {
            gen_amp *a = &n[2 * X + Y];
            gen_amp_zero(a);
            /* photon: e^2 Q_e Q_j / s with Q_e Q_j = +1 */
            a->v[0] = ew->e2 / s;
            ew_product_linear(&prod, &ge[X], &gj[Y]);
            gen_amp_axpy(a, prop, &prod);
        }
    }
    /* eq. (4.2): contact terms per helicity */
    n[LEP2_LL].v[GEN_X(c.ll_11jj)] += 1;
    n[LEP2_LL].v[GEN_X(c.ll_1jj1)] += 1;
    n[LEP2_RR].v[GEN_X(c.ee_11jj)] += 1;
    n[LEP2_LR].v[GEN_X(c.le_11jj)] += 1;
    n[LEP2_RL].v[GEN_X(c.le_jj11)] += 1;
    gen_amp_zero(scalar);
    scalar->v[GEN_X(c.le_1jj1)] = 1;
}

void lep2_ll_sigma(const ew_inputs *ew, double s, int fam, gen_qform *sigma,
                   gen_qform *fb)
{
    gen_amp n[4], sc;
    int h;
    lep2_ll_amplitudes(ew, s, fam, n, &sc);
    gen_qf_zero(sigma);
    gen_qf_zero(fb);
    for (h = 0; h < 4; h++) {
        int same = (h == LEP2_LL || h == LEP2_RR);
        /* eq. (4.4): sigma = s/(48 pi) [3|C_le^1jj1|^2 + sum |N|^2] */
        gen_qf_add_herm(sigma, s / (48 * PI), &n[h], &n[h]);
        /* eq. (4.5): sigma_F - sigma_B = s/(64 pi) sum |N|^2 (2 delta - 1) */
        gen_qf_add_herm(fb, (same ? 1.0 : -1.0) * s / (64 * PI), &n[h], &n[h]);
    }
    gen_qf_add_herm(sigma, 3 * s / (48 * PI), &sc, &sc);
}

void lep2_bhabha_amplitudes(const ew_inputs *ew, double s, double t,
                            gen_amp S[4], gen_amp T[4])
{
    gen_amp ge[2], prod;
    /* eq. (4.8) keeps the fixed width in both propagators; in the t channel
     * it is a ~1e-4 relative effect that cancels further in the ratio */
    double complex ps = 1.0 / (s - ew->mZ * ew->mZ + I * ew->GammaZ * ew->mZ);
    double complex pt = 1.0 / (t - ew->mZ * ew->mZ + I * ew->GammaZ * ew->mZ);
    int X, Y;
    for (X = 0; X < 2; X++)
        ew_zcoupling_lepton(ew, 1, X, &ge[X]);
    for (X = 0; X < 2; X++) {
        for (Y = 0; Y < 2; Y++) {
            int h = 2 * X + Y;
            ew_product_linear(&prod, &ge[X], &ge[Y]);
            gen_amp_zero(&S[h]);
            gen_amp_zero(&T[h]);
            S[h].v[0] = ew->e2 / s;
            T[h].v[0] = ew->e2 / t;
            gen_amp_axpy(&S[h], ps, &prod);
            gen_amp_axpy(&T[h], pt, &prod);
        }
    }
    /* contacts, identical in the s and t channels (see file comment) */
    S[LEP2_LL].v[GEN_X(SMELT_WC_ll_1111)] += LEP2_BHABHA_KAPPA;
    T[LEP2_LL].v[GEN_X(SMELT_WC_ll_1111)] += LEP2_BHABHA_KAPPA;
    S[LEP2_RR].v[GEN_X(SMELT_WC_ee_1111)] += LEP2_BHABHA_KAPPA;
    T[LEP2_RR].v[GEN_X(SMELT_WC_ee_1111)] += LEP2_BHABHA_KAPPA;
    S[LEP2_LR].v[GEN_X(SMELT_WC_le_1111)] += 1;
    T[LEP2_LR].v[GEN_X(SMELT_WC_le_1111)] += 1;
    S[LEP2_RL].v[GEN_X(SMELT_WC_le_1111)] += 1;
    T[LEP2_RL].v[GEN_X(SMELT_WC_le_1111)] += 1;
}

void lep2_bhabha_dsigma_add(const ew_inputs *ew, double s, double cth,
                            double w, gen_qform *out)
{
    /* eq. (4.9) regrouped by helicity: with S = e^2/s + s_XY and
     * T = e^2/t + t_XY,
     *   d sigma/d cos = 1/(32 pi s) sum_XY [ delta_XY u^2 |S + T|^2
     *                    + (1 - delta_XY)(t^2 |S|^2 + s^2 |T|^2) ],
     * which expands term by term into the seed's expression (QED part:
     * 2e^4[(u^2+s^2)/t^2 + (u^2+t^2)/s^2 + 2u^2/(st)]). */
    double t = -0.5 * s * (1 - cth), u = -0.5 * s * (1 + cth);
    double k = w / (32 * PI * s);
    gen_amp S[4], T[4], sum;
    int h;
    lep2_bhabha_amplitudes(ew, s, t, S, T);
    for (h = 0; h < 4; h++) {
        if (h == LEP2_LL || h == LEP2_RR) {
            sum = S[h];
            gen_amp_axpy(&sum, 1.0, &T[h]);
            gen_qf_add_herm(out, k * u * u, &sum, &sum);
        } else {
            gen_qf_add_herm(out, k * t * t, &S[h], &S[h]);
            gen_qf_add_herm(out, k * s * s, &T[h], &T[h]);
        }
    }
}

void lep2_bhabha_bin(const ew_inputs *ew, double s, double c0, double c1,
                     int npts, gen_qform *out)
{
    double x[128], w[128];
    int i;
    if (npts > 128) {
        fprintf(stderr, "lep2: too many quadrature points\n");
        exit(1);
    }
    gen_gauss_legendre(npts, c0, c1, x, w);
    gen_qf_zero(out);
    for (i = 0; i < npts; i++)
        lep2_bhabha_dsigma_add(ew, s, x[i], w[i], out);
}

/* ------------------------------------------------------------------ */
/* observables                                                         */
/* ------------------------------------------------------------------ */

static gen_qform *qf_new(void)
{
    gen_qform *q = malloc(sizeof *q);
    if (q == NULL) {
        fprintf(stderr, "lep2: out of memory\n");
        exit(1);
    }
    gen_qf_zero(q);
    return q;
}

static void add_single_block(gen_block *blocks, int *n_blocks, int first,
                             double sigma)
{
    gen_block *b = &blocks[(*n_blocks)++];
    b->first = first;
    b->n = 1;
    b->cov = malloc(sizeof *b->cov);
    b->cov[0] = sigma * sigma;
}

/* Bhabha bins are integrated with BHABHA_NPTS points; the generator
 * verifies against 2 x BHABHA_NPTS that every entry of every bin's form
 * agrees to 1e-12 of its natural scale sqrt(|m_aa m_bb|). */
#define BHABHA_NPTS 32

void lep2_build(const ew_inputs *ew, const char *datadir, gen_obs *obs,
                int *n_obs, gen_block *blocks, int *n_blocks)
{
    gen_datafile ll, bh, corr;
    char tok[16][64];
    int i, j, first_bh, n_bh = 0;
    double worst = 0;
    double sig_bh[256];

    gen_data_read(&ll, datadir, "lep2_ll.dat");
    gen_data_read(&bh, datadir, "lep2_bhabha.dat");
    gen_data_read(&corr, datadir, "lep2_bhabha_corr.dat");

    /* ---- e+e- -> mu mu, tau tau: sigma ratios and A_FB ratios ---- */
    for (i = 0; i < ll.n; i++) {
        int nt = gen_tokens(ll.lines[i], tok, 16);
        gen_obs *o = &obs[*n_obs];
        double E, s, stat, syst;
        int fam;
        gen_qform sig, fb;
        memset(o, 0, sizeof *o);
        if (nt < 6) {
            fprintf(stderr, "%s:%d: too few columns\n", ll.path, ll.lineno[i]);
            exit(1);
        }
        E = gen_atof(&ll, i, tok[1]);
        fam = (int)gen_atof(&ll, i, tok[2]);
        stat = gen_atof(&ll, i, tok[4]);
        syst = gen_atof(&ll, i, tok[5]);
        s = E * E;
        lep2_ll_sigma(ew, s, fam, &sig, &fb);
        o->category = SMELT_CAT_lep2;
        snprintf(o->args, sizeof o->args, "E=%g,fam=%d", E, fam);
        if (strcmp(tok[0], "sigma") == 0 && nt == 6) {
            /* R_sigma = sigma(C) / sigma_SM(tree) vs sigma_meas / sigma_SM(LEP) */
            snprintf(o->name, sizeof o->name, "R_sigma(ee->ll)");
            o->num = qf_new();
            *o->num = sig;
            o->measured = gen_atof(&ll, i, tok[3]);
            o->sigma_exp = sqrt(stat * stat + syst * syst);
            snprintf(o->comment, sizeof o->comment,
                     "tree SM sigma = %.6g pb", sig.m[0][0] * ew->hbarc2);
        } else if (strcmp(tok[0], "afb") == 0 && nt == 7) {
            /* A_FB = (sigma_F - sigma_B)/sigma, the measured quantity;
             * R_Afb = A_FB(C)/A_FB,SM(tree) vs A_FB,meas/A_FB,SM(LEP) */
            double afb_sm = gen_atof(&ll, i, tok[6]);
            snprintf(o->name, sizeof o->name, "R_Afb(ee->ll)");
            o->num = qf_new();
            o->den = qf_new();
            *o->num = fb;
            *o->den = sig;
            o->measured = gen_atof(&ll, i, tok[3]) / afb_sm;
            o->sigma_exp = sqrt(stat * stat + syst * syst) / afb_sm;
            snprintf(o->comment, sizeof o->comment,
                     "tree SM A_FB = %.6g; LEP EW WG SM A_FB = %g",
                     fb.m[0][0] / sig.m[0][0], afb_sm);
        } else {
            fprintf(stderr, "%s:%d: bad line\n", ll.path, ll.lineno[i]);
            exit(1);
        }
        gen_obs_normalise(o, 1.0);
        add_single_block(blocks, n_blocks, *n_obs, o->sigma_exp);
        (*n_obs)++;
    }

    /* ---- Bhabha: ratios in cos(theta) bins, one correlated block ---- */
    first_bh = *n_obs;
    for (i = 0; i < bh.n; i++) {
        int nt = gen_tokens(bh.lines[i], tok, 16);
        gen_obs *o = &obs[*n_obs];
        double E, s, c0, c1;
        int a, b;
        gen_qform *q2;
        memset(o, 0, sizeof *o);
        if (nt != 6 || strcmp(tok[0], "bhabha") != 0) {
            fprintf(stderr, "%s:%d: bad line\n", bh.path, bh.lineno[i]);
            exit(1);
        }
        E = gen_atof(&bh, i, tok[1]);
        c0 = gen_atof(&bh, i, tok[2]);
        c1 = gen_atof(&bh, i, tok[3]);
        s = E * E;
        o->num = qf_new();
        lep2_bhabha_bin(ew, s, c0, c1, BHABHA_NPTS, o->num);
        /* convergence check of the quadrature */
        q2 = qf_new();
        lep2_bhabha_bin(ew, s, c0, c1, 2 * BHABHA_NPTS, q2);
        for (a = 0; a < GEN_NX; a++) {
            for (b = 0; b < GEN_NX; b++) {
                double scale = sqrt(fabs(q2->m[a][a] * q2->m[b][b]));
                double d = fabs(q2->m[a][b] - o->num->m[a][b]);
                if (scale > 0 && d / scale > worst)
                    worst = d / scale;
            }
        }
        free(q2);
        o->category = SMELT_CAT_lep2;
        snprintf(o->name, sizeof o->name, "R_sigma(ee->ee)");
        snprintf(o->args, sizeof o->args, "E=%g,cthmin=%g,cthmax=%g", E, c0,
                 c1);
        snprintf(o->comment, sizeof o->comment,
                 "tree SM dsigma/dcos = %.6g pb (bin average)",
                 o->num->m[0][0] / (c1 - c0) * ew->hbarc2);
        o->measured = gen_atof(&bh, i, tok[4]);
        o->sigma_exp = gen_atof(&bh, i, tok[5]);
        sig_bh[n_bh++] = o->sigma_exp;
        gen_obs_normalise(o, 1.0);
        (*n_obs)++;
    }
    if (worst > 1e-12) {
        fprintf(stderr, "lep2: Bhabha quadrature not converged (%g)\n", worst);
        exit(1);
    }
    fprintf(stderr, "lep2: Bhabha quadrature %d vs %d points: max rel. "
                    "difference %.2g\n", BHABHA_NPTS, 2 * BHABHA_NPTS, worst);
    if (corr.n != n_bh) {
        fprintf(stderr, "%s: %d rows for %d bins\n", corr.path, corr.n, n_bh);
        exit(1);
    }
    {
        gen_block *b = &blocks[(*n_blocks)++];
        b->first = first_bh;
        b->n = n_bh;
        b->cov = malloc((size_t)n_bh * (size_t)n_bh * sizeof *b->cov);
        for (i = 0; i < n_bh; i++) {
            const char *p = corr.lines[i];
            for (j = 0; j < n_bh; j++) {
                char *end;
                double r = strtod(p, &end);
                if (end == p) {
                    fprintf(stderr, "%s:%d: short row\n", corr.path,
                            corr.lineno[i]);
                    exit(1);
                }
                p = end;
                /* covariance of the ratios: the SM normalisation cancels in
                 * the correlation (seed 000 section 4.2) */
                b->cov[i * n_bh + j] = r * sig_bh[i] * sig_bh[j];
            }
        }
    }
    gen_data_free(&ll);
    gen_data_free(&bh);
    gen_data_free(&corr);
}
