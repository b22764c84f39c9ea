/* SPDX-License-Identifier: MIT */
/*
 * ff_bv.c -- B -> V form factors in the BSZ expansion (see ff_bv.h).
 *
 * Data file format (ff_bkstar_bsz2015.dat, ff_bsphi_bsz2015.dat; '#'
 * comments):
 *   fit NAME
 *   m_B V | m_V V                          (GeV)
 *   pole FF MASS                           one per form factor (GeV)
 *   param aK_FF central sigma              the 19 independent coefficients
 *   corr  aK_FF r_1 ... r_19               their correlation matrix, rows in
 *                                          the order of the param lines
 * a0_A12 and a0_T2 must not appear as params: the endpoint relations set
 * them (ff_bv.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ff.h"
#include "ff_bv.h"
#include "gen.h"

const char *const ff_bv_names[FF_BV_NFF] = {"V",  "A0", "A1", "A12",
                                            "T1", "T2", "T23"};

#define NP FF_BV_NPAR

/* "a1_T23" -> coefficient index 3 * FF_T23 + 1, or -1 */
static int coef_index(const char *name)
{
    int k, F;
    if (name[0] != 'a' || name[1] < '0' || name[1] > '2' || name[2] != '_')
        return -1;
    k = name[1] - '0';
    for (F = 0; F < FF_BV_NFF; F++)
        if (strcmp(name + 3, ff_bv_names[F]) == 0)
            return 3 * F + k;
    return -1;
}

int ff_bv_load(ff_bv_fit *fit, const char *datadir, const char *which)
{
    gen_datafile f;
    const char *file;
    char tok[NP + 3][64];
    double corr[NP * NP];
    int npar = 0, nrow = 0, have_fit = 0, have_pole[FF_BV_NFF] = {0};
    int i, j;

    if (strcmp(which, "BKstar") == 0)
        file = "ff_bkstar_bsz2015.dat";
    else if (strcmp(which, "Bsphi") == 0)
        file = "ff_bsphi_bsz2015.dat";
    else
        return -1;
    memset(fit, 0, sizeof *fit);
    gen_data_read(&f, datadir, file);
    for (i = 0; i < f.n; i++) {
        const int nt = gen_tokens(f.lines[i], tok, NP + 3);
        if (strcmp(tok[0], "fit") == 0 && nt == 2) {
            if (strlen(tok[1]) >= sizeof fit->name)
                gen_data_die(&f, i, "fit name too long", NULL);
            memcpy(fit->name, tok[1], strlen(tok[1]) + 1);
            have_fit = 1;
        } else if (strcmp(tok[0], "m_B") == 0 && nt == 2) {
            fit->m_B = gen_atof(&f, i, tok[1]);
        } else if (strcmp(tok[0], "m_V") == 0 && nt == 2) {
            fit->m_V = gen_atof(&f, i, tok[1]);
        } else if (strcmp(tok[0], "pole") == 0 && nt == 3) {
            int F;
            for (F = 0; F < FF_BV_NFF; F++)
                if (strcmp(tok[1], ff_bv_names[F]) == 0)
                    break;
            if (F == FF_BV_NFF || have_pole[F])
                gen_data_die(&f, i, "unknown or repeated form factor", tok[1]);
            fit->m_pole[F] = gen_atof(&f, i, tok[2]);
            have_pole[F] = 1;
        } else if (strcmp(tok[0], "param") == 0 && nt == 4) {
            int c = coef_index(tok[1]);
            if (npar == NP)
                gen_data_die(&f, i, "too many param lines", NULL);
            if (c < 0 || c == 3 * FF_A12 || c == 3 * FF_T2)
                gen_data_die(&f, i, "not an independent coefficient:", tok[1]);
            for (j = 0; j < npar; j++)
                if (fit->par_coef[j] == c)
                    gen_data_die(&f, i, "repeated param", tok[1]);
            fit->par_coef[npar] = c;
            fit->central[npar] = gen_atof(&f, i, tok[2]);
            fit->sigma[npar] = gen_atof(&f, i, tok[3]);
            if (!(fit->sigma[npar] > 0))
                gen_data_die(&f, i, "sigma must be positive", NULL);
            npar++;
        } else if (strcmp(tok[0], "corr") == 0 && nt == NP + 2) {
            if (nrow >= npar || coef_index(tok[1]) != fit->par_coef[nrow])
                gen_data_die(&f, i, "correlation row out of the param order:", tok[1]);
            for (j = 0; j < NP; j++)
                corr[nrow * NP + j] = gen_atof(&f, i, tok[j + 2]);
            nrow++;
        } else {
            gen_data_die(&f, i, "unknown or malformed entry", tok[0]);
        }
    }
    if (!have_fit || npar != NP || nrow != NP)
        gen_data_die(&f, -1, "need a 'fit' line, 19 'param' lines and 19 'corr' rows",
            NULL);
    for (j = 0; j < FF_BV_NFF; j++)
        if (!have_pole[j] || !(fit->m_pole[j] > fit->m_B - fit->m_V))
            gen_data_die(&f, -1, "missing pole mass, or pole below q2max:",
                ff_bv_names[j]);
    if (!(fit->m_B > fit->m_V && fit->m_V > 0))
        gen_data_die(&f, -1, "need m_B > m_V > 0", NULL);
    for (i = 0; i < NP; i++) {
        if (corr[i * NP + i] != 1.0)
            gen_data_die(&f, -1, "correlation diagonal is not 1", NULL);
        for (j = 0; j < NP; j++) {
            if (corr[i * NP + j] != corr[j * NP + i])
                gen_data_die(&f, -1, "correlation matrix not symmetric", NULL);
            fit->cov[i * NP + j] = fit->sigma[i] * fit->sigma[j] * corr[i * NP + j];
        }
    }
    memcpy(fit->chol, fit->cov, sizeof fit->cov);
    if (!gen_cholesky(fit->chol, NP))
        gen_data_die(&f, -1, "covariance not positive definite", NULL);
    fit->tp = (fit->m_B + fit->m_V) * (fit->m_B + fit->m_V);
    fit->tm = (fit->m_B - fit->m_V) * (fit->m_B - fit->m_V);
    fit->t0 = fit->tp * (1.0 - sqrt(1.0 - fit->tm / fit->tp));
    fit->z0 = ff_bsz_z(fit->tp, fit->t0, 0.0);
    gen_data_free(&f);
    return 0;
}

void ff_bv_eval(const ff_bv_fit *fit, const double *params, double q2,
                double ff[FF_BV_NFF])
{
    const double *p = params != NULL ? params : fit->central;
    const double dz = ff_bsz_z(fit->tp, fit->t0, q2) - fit->z0;
    const double mB = fit->m_B, mV = fit->m_V;
    double a[FF_BV_NCOEF];
    int i, F;
    for (i = 0; i < NP; i++)
        a[fit->par_coef[i]] = p[i];
    /* exact endpoint relations at q^2 = 0 (arXiv:1503.05534 eq. 3.x;
     * PHYSICS.md 3.6) */
    a[3 * FF_A12] = a[3 * FF_A0] * (mB * mB - mV * mV) / (8 * mB * mV);
    a[3 * FF_T2] = a[3 * FF_T1];
    for (F = 0; F < FF_BV_NFF; F++)
        ff[F] = ff_bsz(&a[3 * F], dz, q2, fit->m_pole[F]);
}

void ff_bv_sample(const ff_bv_fit *fit, gen_rng *rng, double *params_out)
{
    gen_rng_mvnormal(rng, NP, fit->central, fit->chol, params_out);
}
