/* SPDX-License-Identifier: MIT */
/*
 * ff.c -- B -> K form factors f+, f0, fT in the BSZ parametrisation, as
 * flavio 2.7 evaluates them (the default 'B->K BSZ3' implementation).
 *
 * Definition (flavio 2.7.0 = flav-io/flavio commit 2591f8c3,
 * flavio/physics/bdecays/formfactors/b_p/bsz.py with common.py's z; the
 * same functional form as EOS's BSZ2015 B -> P implementation,
 * eos/form-factors/parametric-bsz2015-impl.hh, which GRvDV used to fit):
 *
 *   t+- = (m_B +- m_K)^2,   t0 = t+ (1 - sqrt(1 - t-/t+))
 *   z(q2) = (sqrt(t+ - q2) - sqrt(t+ - t0)) / (sqrt(t+ - q2) + sqrt(t+ - t0))
 *   F(q2) = 1/(1 - q2/m_R,F^2) * sum_{k=0}^{2} a_k^F [z(q2) - z(0)]^k
 *
 * (BSZ, arXiv:1503.05534, Sec. 4, for B -> V; the B -> P version with
 * these poles is that of Gubernari-Kokulu-van Dyk, arXiv:1811.00983.)
 * Because the series is in z - z(0), F(0) = a_0^F exactly.
 *
 * Fixed inputs, both fits (tools/data/ff_bk_*.dat):
 *  - m_B = m_B0 = 5.27966 GeV, m_K = m_K0 = 0.497611 GeV: flavio's
 *    process_dict['B->K'] = {B0, K0} with PDG 2022 masses.
 *  - m_R = 5.415 GeV (B_s^*, 1^-) for f+ and fT; 5.630 GeV (B_s0^*, 0^+) for
 *    f0: flavio parameters 'B->K BCL m+' / 'B->K BCL m0'
 *    (parameters_uncorrelated.yml, "# B->K form factors (2305.06301)"),
 *    the same values bsz_parameters.py sets for the GKvD 2018 fit.
 *  - t0 as above, i.e. t0 = t+ - 2 (m_B + m_K) sqrt(m_B m_K) (the
 *    "optimal" t0 of BSZ), not t- and not 0.
 *  - No outer function, no q2-independent normalisation: BSZ is a plain
 *    pole times a polynomial in z - z(0).  (The dispersively bounded
 *    parametrisation of arXiv:2305.06301 is a different, BGL-like series;
 *    flavio does not use it.  It uses BSZ-parameters-N2.yaml from the same
 *    paper, which the EOS analysis README describes as the BSZ-style fit
 *    of the same inputs without dispersive bounds: lattice HPQCD 2022 and
 *    FLAG 2021 = FNAL/MILC 2015 + HPQCD 2013, file BToK_FF.yaml, posterior
 *    "BSZ".)
 *
 * Constraint f0(0) = f+(0): both fits have 8 free coefficients; a0_f0 is
 * not one of them.  flavio (bsz.py) sets a0_f0 = a0_f+ at evaluation;
 * for GKvD 2018 the JSON has no a0_f0 either and bsz_parameters.py
 * deletes its (NaN) row and column.  EOS does the same (f_0 uses
 * _a_fp[0]).  We do likewise, so f0(0) = f+(0) holds draw by draw.
 *
 * Known convention difference, inherited on purpose: EOS evaluates the
 * BSZ2015 parametrisation with its own parameters 'mass::B_d@BSZ2015',
 * 'mass::K_d@BSZ2015', 'mass::B_s^*@BSZ2015', 'mass::B_s,0@BSZ2015'
 * (EOS's unit tests set these to 5.279, 0.492, 5.416, 5.711 GeV; EOS's
 * hadron-properties.yaml has mass::B_s,0 = 5.711 GeV, LMPW 2015).  If the
 * GRvDV fit used m(B_s,0) = 5.711 GeV, flavio's 5.630 GeV makes its f0
 * larger by (1 - q2/5.711^2)/(1 - q2/5.630^2): +0.5 % at 5, +1.3 % at 10,
 * +4.8 % at 20 GeV^2, +7.3 % at q2max (f0 enters B -> K l l only through
 * m_l^2 terms and scalar operators).  Not settled: the default EOS used
 * for the fit was not found in the sources at hand.  smelt follows flavio,
 * whose likelihood it reproduces; the masses are data
 * (ff_bk_grvdv2023.dat) and can be changed there.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ff.h"
#include "gen.h"

const char *const ff_bk_par_names[FF_BK_NPAR] = {
    "a0_f+", "a1_f+", "a2_f+", "a1_f0", "a2_f0", "a0_fT", "a1_fT", "a2_fT"};

#define NP FF_BK_NPAR

void ff_bk_setup(ff_bk_fit *fit)
{
    const double sp = fit->m_B + fit->m_P, sm = fit->m_B - fit->m_P;
    fit->tp = sp * sp;
    fit->tm = sm * sm;
    fit->t0 = fit->tp * (1.0 - sqrt(1.0 - fit->tm / fit->tp));
    fit->z0 = ff_bk_z(fit, 0.0);
}

double ff_bsz_z(double tp, double t0, double q2)
{
    const double a = sqrt(tp - q2), b = sqrt(tp - t0);
    return (a - b) / (a + b);
}

double ff_bsz(const double a[3], double dz, double q2, double m_pole)
{
    const double pole = 1.0 / (1.0 - q2 / (m_pole * m_pole));
    return pole * (a[0] + a[1] * dz + a[2] * (dz * dz));
}

double ff_bk_z(const ff_bk_fit *fit, double q2)
{
    return ff_bsz_z(fit->tp, fit->t0, q2);
}

/* one BSZ form factor from three coefficients, as bsz.py */
static double bsz(double a0, double a1, double a2, double dz, double q2,
                  double m_pole)
{
    const double a[3] = {a0, a1, a2};
    return ff_bsz(a, dz, q2, m_pole);
}

void ff_bk_eval(const ff_bk_fit *fit, const double *params, double q2,
                double *fplus, double *fzero, double *ftensor)
{
    const double *a = params != NULL ? params : fit->central;
    const double dz = ff_bk_z(fit, q2) - fit->z0;
    if (fplus != NULL)
        *fplus = bsz(a[FF_A0_FP], a[FF_A1_FP], a[FF_A2_FP], dz, q2,
                     fit->m_pole_plus);
    if (fzero != NULL) /* a0_f0 = a0_f+: f0(0) = f+(0) */
        *fzero = bsz(a[FF_A0_FP], a[FF_A1_F0], a[FF_A2_F0], dz, q2,
                     fit->m_pole_zero);
    if (ftensor != NULL)
        *ftensor = bsz(a[FF_A0_FT], a[FF_A1_FT], a[FF_A2_FT], dz, q2,
                       fit->m_pole_plus);
}

int ff_bk_nparams(const ff_bk_fit *fit)
{
    (void)fit;
    return NP;
}

void ff_bk_sample(const ff_bk_fit *fit, gen_rng *rng, double *params_out)
{
    gen_rng_mvnormal(rng, NP, fit->central, fit->chol, params_out);
}

void ff_bk_grid(const ff_bk_fit *fit, const double *params, int n,
                double q2min, double q2max, double *fp, double *f0,
                double *fT)
{
    int i;
    const double h = n > 1 ? (q2max - q2min) / (double)(n - 1) : 0.0;
    for (i = 0; i < n; i++) {
        /* the last point is q2max exactly, not q2min + (n-1) h */
        const double q2 = (i == n - 1 && n > 1) ? q2max : q2min + h * i;
        ff_bk_eval(fit, params, q2, fp ? fp + i : NULL, f0 ? f0 + i : NULL,
                   fT ? fT + i : NULL);
    }
}

/* ------------------------------------------------------------------ */
/* data files                                                          */
/* ------------------------------------------------------------------ */

/*
 * Format (ff_bk_*.dat; '#' comments):
 *   fit NAME
 *   m_B V | m_P V | m_pole_plus V | m_pole_zero V      (GeV)
 *   param NAME central [sigma]    8 lines, in the order of ff_bk_par_names
 *   cov  NAME c_1 ... c_8         8 rows of the covariance, or
 *   corr NAME r_1 ... r_8         8 rows of the correlation (then every
 *                                 param line carries sigma)
 */
int ff_bk_load(ff_bk_fit *fit, const char *datadir, const char *which)
{
    static const char *const masses[4] = {"m_B", "m_P", "m_pole_plus",
                                          "m_pole_zero"};
    gen_datafile f;
    const char *file;
    char tok[NP + 3][64]; /* one spare: too many tokens is detected */
    double rows[NP * NP];
    int have_sigma[NP];
    int npar = 0, nrow = 0, kind = 0; /* kind: 1 cov, 2 corr */
    int have_fit = 0, i, j, k;

    if (strcmp(which, "GRvDV2023") == 0)
        file = "ff_bk_grvdv2023.dat";
    else if (strcmp(which, "GKvD2018") == 0)
        file = "ff_bk_gkvd2018.dat";
    else
        return -1;

    memset(fit, 0, sizeof *fit);
    gen_data_read(&f, datadir, file);

    for (i = 0; i < f.n; i++) {
        const int nt = gen_tokens(f.lines[i], tok, NP + 3);
        if (strcmp(tok[0], "fit") == 0) {
            if (nt != 2 || strcmp(tok[1], which) != 0)
                gen_data_die(&f, i, "fit name does not match", which);
            if (strlen(tok[1]) >= sizeof fit->name)
                gen_data_die(&f, i, "fit name too long", NULL);
            memcpy(fit->name, tok[1], strlen(tok[1]) + 1);
            have_fit = 1;
        } else if (strcmp(tok[0], "param") == 0) {
            if (npar == NP)
                gen_data_die(&f, i, "too many param lines", NULL);
            if ((nt != 3 && nt != 4) ||
                strcmp(tok[1], ff_bk_par_names[npar]) != 0)
                gen_data_die(&f, i, "expected: param", ff_bk_par_names[npar]);
            fit->central[npar] = gen_atof(&f, i, tok[2]);
            have_sigma[npar] = nt == 4;
            if (nt == 4) {
                fit->sigma[npar] = gen_atof(&f, i, tok[3]);
                if (!(fit->sigma[npar] > 0))
                    gen_data_die(&f, i, "sigma must be positive", NULL);
            }
            npar++;
        } else if (strcmp(tok[0], "cov") == 0 ||
                   strcmp(tok[0], "corr") == 0) {
            const int this_kind = strcmp(tok[0], "cov") == 0 ? 1 : 2;
            if (kind != 0 && kind != this_kind)
                gen_data_die(&f, i, "mixed cov and corr rows", NULL);
            kind = this_kind;
            if (nrow == NP)
                gen_data_die(&f, i, "too many matrix rows", NULL);
            if (nt != NP + 2 || strcmp(tok[1], ff_bk_par_names[nrow]) != 0)
                gen_data_die(&f, i, "expected 8 entries in the row of",
                    ff_bk_par_names[nrow]);
            for (j = 0; j < NP; j++)
                rows[nrow * NP + j] = gen_atof(&f, i, tok[j + 2]);
            nrow++;
        } else {
            for (k = 0; k < 4; k++)
                if (strcmp(tok[0], masses[k]) == 0)
                    break;
            if (k == 4 || nt != 2)
                gen_data_die(&f, i, "unknown or malformed entry", tok[0]);
        }
    }
    if (!have_fit || npar != NP || nrow != NP)
        gen_data_die(&f, -1, "need one 'fit' line, 8 'param' lines, 8 matrix rows",
            NULL);

    fit->m_B = gen_param(&f, "m_B");
    fit->m_P = gen_param(&f, "m_P");
    fit->m_pole_plus = gen_param(&f, "m_pole_plus");
    fit->m_pole_zero = gen_param(&f, "m_pole_zero");
    if (!(fit->m_B > fit->m_P && fit->m_P > 0 &&
          fit->m_pole_plus > fit->m_B - fit->m_P &&
          fit->m_pole_zero > fit->m_B - fit->m_P))
        gen_data_die(&f, -1, "masses out of order (need m_B > m_P > 0, poles above "
                    "q2max)", NULL);

    for (i = 0; i < NP; i++) {
        for (j = 0; j < NP; j++) {
            if (rows[i * NP + j] != rows[j * NP + i])
                gen_data_die(&f, -1, "matrix is not symmetric at",
                    ff_bk_par_names[i]);
        }
    }
    if (kind == 2) {
        for (i = 0; i < NP; i++) {
            if (!have_sigma[i])
                gen_data_die(&f, -1, "correlation given but no sigma for",
                    ff_bk_par_names[i]);
            if (rows[i * NP + i] != 1.0)
                gen_data_die(&f, -1, "correlation diagonal is not 1 for",
                    ff_bk_par_names[i]);
        }
        for (i = 0; i < NP; i++)
            for (j = 0; j < NP; j++)
                fit->cov[i * NP + j] =
                    fit->sigma[i] * fit->sigma[j] * rows[i * NP + j];
    } else {
        memcpy(fit->cov, rows, sizeof rows);
        for (i = 0; i < NP; i++) {
            const double s = sqrt(fit->cov[i * NP + i]);
            if (have_sigma[i] && fabs(s - fit->sigma[i]) > 1e-6 * s)
                gen_data_die(&f, -1, "sigma inconsistent with covariance for",
                    ff_bk_par_names[i]);
            fit->sigma[i] = s;
        }
    }
    memcpy(fit->chol, fit->cov, sizeof fit->cov);
    if (!gen_cholesky(fit->chol, NP))
        gen_data_die(&f, -1, "covariance is not positive definite", NULL);

    ff_bk_setup(fit);
    gen_data_free(&f);
    return 0;
}
