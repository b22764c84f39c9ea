/* SPDX-License-Identifier: MIT */
/*
 * test_lep2.c -- physics tests of the LEP-2 sector (seed 000 section 4).
 *
 * Each test compares the committed tables (through the public API) or the
 * generator's amplitudes with something computed independently here:
 *  - analytic limits (SM ratios exactly 1, textbook QED cross-sections),
 *  - numerical integration of the differential cross-sections (4.3), (4.9)
 *    written out literally in this file,
 *  - an independent V/A-basis derivation of the linear (interference)
 *    terms, with the Z-coupling shifts re-derived in flavio's
 *    g_V = T3/2 - Q s^2, g_A = T3/2 normalisation (Brivio-Trott App. A),
 *  - explicit heavy Z' exchange with full s- and t-channel propagators,
 *    which must approach the contact-operator result as 1/M_Z'^2: this
 *    fixes the Bhabha contact normalisation (PHYSICS.md section 13 item 4).
 */
#include <complex.h>
#include <stdlib.h>
#include <string.h>

#include "smelt_test.h"
#include "lep2.h"

#ifndef SMELT_DATA_DIR
#define SMELT_DATA_DIR "tools/data"
#endif

static const double PI = 3.14159265358979323846;

/* SM inputs, read once from the same data file the generator uses */
static ew_inputs ew_in;
static int ew_loaded;

static const ew_inputs *inputs(void)
{
    if (!ew_loaded) {
        gen_datafile f;
        gen_data_read(&f, SMELT_DATA_DIR, "sm_inputs.dat");
        ew_load(&ew_in, &f);
        gen_data_free(&f);
        ew_loaded = 1;
    }
    return &ew_in;
}

/* Relative tolerance on deviations from the SM, O(C) - 1: double builds
 * resolve them to ~1e-12, float builds to a few 1e-7 of O itself. */
#define DEV_TOL (SMELT_SINGLE ? 3e-4 : 1e-9)

static int obs_index(const char *name, const char *args)
{
    int i = -1;
    if (smelt_obs_find(name, args, &i) != SMELT_OK)
        return -1;
    return i;
}

static double predict(int i, const smelt_real *c, smelt_mode mode)
{
    smelt_real v = 0;
    if (smelt_obs_predict(i, c, mode, &v) != SMELT_OK)
        return NAN;
    return (double)v;
}

/* x = (1, C) for the generator's forms */
static void to_x(const smelt_real *c, double *x)
{
    int k;
    x[0] = 1;
    for (k = 0; k < SMELT_N_WC; k++)
        x[GEN_X(k)] = (double)c[k];
}

static double complex amp_at(const gen_amp *a, const double *x)
{
    double complex s = 0;
    int k;
    for (k = 0; k < GEN_NX; k++)
        s += a->v[k] * x[k];
    return s;
}

/* deterministic pseudo-random numbers in [-1, 1] */
static unsigned long long lcg_state;
static double lcg(void)
{
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(lcg_state >> 11) / 4503599627370496.0 - 1.0;
}

/* A random point in the LEP-2 coefficients, |C| ~ scale GeV^-2 */
static void random_lep2_point(smelt_real *c, double scale)
{
    static const int ids[] = {
        SMELT_WC_ll_1111, SMELT_WC_ll_1122, SMELT_WC_ll_1133, SMELT_WC_ll_1221,
        SMELT_WC_ll_1331, SMELT_WC_ee_1111, SMELT_WC_ee_1122, SMELT_WC_ee_1133,
        SMELT_WC_le_1111, SMELT_WC_le_1122, SMELT_WC_le_1133, SMELT_WC_le_1221,
        SMELT_WC_le_1331, SMELT_WC_le_2211, SMELT_WC_le_3311, SMELT_WC_Hl1_11,
        SMELT_WC_Hl1_22, SMELT_WC_Hl1_33, SMELT_WC_Hl3_11, SMELT_WC_Hl3_22,
        SMELT_WC_Hl3_33, SMELT_WC_He_11, SMELT_WC_He_22, SMELT_WC_He_33,
        SMELT_WC_HD, SMELT_WC_HWB};
    size_t k;
    smelt_wc_zero(c);
    for (k = 0; k < sizeof ids / sizeof ids[0]; k++)
        c[ids[k]] = (smelt_real)(scale * lcg());
}

/* ------------------------------------------------------------------ */

/* Every observable is a ratio to the SM: exactly 1 at C = 0, both modes. */
TEST sm_ratios_are_exactly_one(void)
{
    smelt_real c[SMELT_N_WC];
    int i;
    smelt_wc_zero(c);
    for (i = 0; i < SMELT_N_OBS; i++) {
        smelt_obs_info info;
        ASSERT_OK(smelt_obs_info_get(i, &info));
        if (info.category != SMELT_CAT_lep2)
            continue;
        ASSERT_EQ(1.0, (double)info.sm);
        ASSERT_EQ(1.0, predict(i, c, SMELT_MODE_EXACT));
        ASSERT_EQ(1.0, predict(i, c, SMELT_MODE_LINEAR));
    }
    PASS();
}

/* Pure QED (Z couplings switched off): sigma(ee->mumu) = 4 pi alpha^2/(3s),
 * A_FB = 0, and Bhabha d sigma/d cos = pi alpha^2/(2s) ((3+c^2)/(1-c))^2
 * (textbook, e.g. Peskin-Schroeder problem 5.2, massless limit). */
TEST qed_limits_textbook(void)
{
    ew_inputs q = *inputs();
    gen_qform *sig = malloc(sizeof *sig), *fb = malloc(sizeof *fb);
    double x[GEN_NX] = {1}, s = 188.6 * 188.6, alpha = q.alpha, c;
    q.gz = 0; /* no Z */
    lep2_ll_sigma(&q, s, 2, sig, fb);
    ASSERT_REL(4 * PI * alpha * alpha / (3 * s), gen_qf_eval(sig, x), 1e-14);
    ASSERT_ABS(0.0, gen_qf_eval(fb, x), 1e-14 * gen_qf_eval(sig, x));
    for (c = -0.85; c < 0.9; c += 0.17) {
        double ref = PI * alpha * alpha / (2 * s) * pow((3 + c * c) / (1 - c), 2);
        gen_qf_zero(sig);
        lep2_bhabha_dsigma_add(&q, s, c, 1.0, sig);
        ASSERT_REL(ref, gen_qf_eval(sig, x), 1e-13);
    }
    free(sig);
    free(fb);
    PASS();
}

/* d sigma/dt of eq. (4.3), written out, integrated numerically over t:
 * total on [-s, 0], forward (cos > 0) on [-s/2, 0], backward on [-s, -s/2].
 * Must equal the closed forms (4.4), (4.5) used by the generator. */
static double dsigma_dt_4_3(const double complex n[4], double complex sc,
                            double s, double t)
{
    double sum = cabs(sc) * cabs(sc);
    int h;
    for (h = 0; h < 4; h++) {
        int same = (h == LEP2_LL || h == LEP2_RR);
        double w = same ? (1 + t / s) * (1 + t / s) : t * t / (s * s);
        sum += cabs(n[h]) * cabs(n[h]) * w;
    }
    return sum / (16 * PI);
}

static double integrate_4_3(const double complex n[4], double complex sc,
                            double s, double t0, double t1)
{
    double tx[16], tw[16], sum = 0;
    int i;
    gen_gauss_legendre(16, t0, t1, tx, tw);
    for (i = 0; i < 16; i++)
        sum += tw[i] * dsigma_dt_4_3(n, sc, s, tx[i]);
    return sum;
}

TEST ll_closed_forms_match_integrated_4_3(void)
{
    static const double energies[] = {130.3, 188.6, 206.5};
    gen_qform *sig = malloc(sizeof *sig), *fb = malloc(sizeof *fb);
    smelt_real c[SMELT_N_WC];
    double x[GEN_NX];
    int e, fam, trial;
    lcg_state = 20261122;
    for (trial = 0; trial < 3; trial++) {
        /* large coefficients (~1/(2 TeV)^2) so that quadratic terms,
         * including the non-interfering scalar one, matter */
        random_lep2_point(c, trial == 0 ? 0.0 : 2.5e-7);
        to_x(c, x);
        for (e = 0; e < 3; e++) {
            for (fam = 2; fam <= 3; fam++) {
                double s = energies[e] * energies[e];
                gen_amp n[4], sa;
                double complex nv[4], scv;
                int h;
                lep2_ll_amplitudes(inputs(), s, fam, n, &sa);
                for (h = 0; h < 4; h++)
                    nv[h] = amp_at(&n[h], x);
                scv = amp_at(&sa, x);
                lep2_ll_sigma(inputs(), s, fam, sig, fb);
                ASSERT_REL(integrate_4_3(nv, scv, s, -s, 0),
                           gen_qf_eval(sig, x), 1e-13);
                ASSERT_REL(integrate_4_3(nv, scv, s, -s / 2, 0) -
                               integrate_4_3(nv, scv, s, -s, -s / 2),
                           gen_qf_eval(fb, x), 1e-12);
            }
        }
    }
    free(sig);
    free(fb);
    PASS();
}

/* The committed tables reproduce the generator's cross-sections: R_sigma =
 * sigma(C)/sigma(0), R_Afb = A_FB(C)/A_FB(0) at random points. */
TEST tables_match_generator_ll(void)
{
    gen_qform *sig = malloc(sizeof *sig), *fb = malloc(sizeof *fb);
    smelt_real c[SMELT_N_WC];
    double x[GEN_NX], x0[GEN_NX] = {1};
    int i, trial, checked = 0;
    lcg_state = 7;
    for (trial = 0; trial < 4; trial++) {
        random_lep2_point(c, 2e-8);
        to_x(c, x);
        for (i = 0; i < SMELT_N_OBS; i++) {
            smelt_obs_info info;
            double E, s, want, got;
            int fam, is_sigma;
            ASSERT_OK(smelt_obs_info_get(i, &info));
            is_sigma = strcmp(info.name, "R_sigma(ee->ll)") == 0;
            if (!is_sigma && strcmp(info.name, "R_Afb(ee->ll)") != 0)
                continue;
            ASSERT_EQ(2, sscanf(info.args, "E=%lf,fam=%d", &E, &fam));
            s = E * E;
            lep2_ll_sigma(inputs(), s, fam, sig, fb);
            if (is_sigma)
                want = gen_qf_eval(sig, x) / gen_qf_eval(sig, x0);
            else
                want = (gen_qf_eval(fb, x) / gen_qf_eval(sig, x)) /
                       (gen_qf_eval(fb, x0) / gen_qf_eval(sig, x0));
            got = predict(i, c, SMELT_MODE_EXACT);
            ASSERT_RELm(info.args, want - 1, got - 1, DEV_TOL);
            checked++;
        }
    }
    ASSERT_EQ(4 * 40, checked);
    free(sig);
    free(fb);
    PASS();
}

/* ------------------------------------------------------------------ */
/* Bhabha: eq. (4.9) written out literally                             */
/* ------------------------------------------------------------------ */

/* Independent Z couplings of the electron, gbar_Z (g + dg), in flavio's
 * V/A normalisation (g_V = T3/2 - Q s^2, g_A = T3/2; smeftew.py and
 * Brivio-Trott arXiv:1706.08945 App. A.1) converted here to L/R. */
static void electron_couplings_va(const ew_inputs *q, const smelt_real *c,
                                  double g[2], double dg[2])
{
    const double v2 = 1 / (sqrt(2.0) * q->GF), sh = q->sh, ch = q->ch;
    const double T3 = -0.5, Q = -1, s2 = q->s2w_eff;
    double gV = T3 / 2 - Q * s2, gA = T3 / 2;
    double gf = v2 * ((double)c[SMELT_WC_Hl3_11] + (double)c[SMELT_WC_Hl3_22] -
                      0.5 * (double)c[SMELT_WC_ll_1221]); /* dG_F/G_F */
    double dmz2 = v2 * (0.5 * (double)c[SMELT_WC_HD] +
                        2 * sh * ch * (double)c[SMELT_WC_HWB]);
    double dgz = -0.5 * gf - 0.5 * dmz2 + sh * ch * v2 * (double)c[SMELT_WC_HWB];
    double s2c = 2 * sh * ch, c2c = ch * ch - sh * sh;
    double ds2 = s2c / (8 * c2c) * v2 *
                 (s2c * ((double)c[SMELT_WC_HD] + 2 * gf / v2) +
                  4 * (double)c[SMELT_WC_HWB]);
    double cHe = (double)c[SMELT_WC_He_11], cH1 = (double)c[SMELT_WC_Hl1_11],
           cH3 = (double)c[SMELT_WC_Hl3_11];
    double dgV = -(cHe + cH1 + cH3) * v2 / 4 + dgz * gV + ds2;
    double dgA = (cHe - cH1 - cH3) * v2 / 4 + dgz * gA;
    g[0] = q->gz * (gV + gA);
    g[1] = q->gz * (gV - gA);
    dg[0] = q->gz * (dgV + dgA);
    dg[1] = q->gz * (dgV - dgA);
}

/* d sigma/d cos(theta), eq. (4.9) of seed 000 term by term, GeV^-2, given
 * the complex t_XY, s_XY (index 2X+Y) */
static double dsigma_4_9(double s, double cth, const double complex tXY[4],
                         const double complex sXY[4], double e2)
{
    double t = -0.5 * s * (1 - cth), u = -0.5 * s * (1 + cth);
    double sum = 2 * e2 * e2 * ((u * u + s * s) / (t * t) +
                                (u * u + t * t) / (s * s) + 2 * u * u / (s * t));
    int h;
    for (h = 0; h < 4; h++) {
        double d = (h == LEP2_LL || h == LEP2_RR) ? 1 : 0;
        double complex tt = tXY[h], ss = sXY[h];
        sum += 2 * e2 / t *
               (creal(tt) * (u * u * d + s * s * (1 - d)) + creal(ss) * u * u * d);
        sum += 2 * e2 / s *
               (creal(ss) * (u * u * d + t * t * (1 - d)) + creal(tt) * u * u * d);
        sum += cabs(tt) * cabs(tt) * (u * u * d + s * s * (1 - d)) +
               cabs(ss) * cabs(ss) * (u * u * d + t * t * (1 - d)) +
               2 * creal(conj(tt) * ss) * u * u * d;
    }
    return sum / (32 * PI * s);
}

/* Z' of mass mzp coupling g_zp (-X_e) to both electron chiralities; set
 * g_zp = 0 for none.  kappa_ll multiplies the LL/RR contact terms: 2 is
 * smelt's (and Wick's) normalisation, 1 that of seed eq. (4.8). */
typedef struct {
    const smelt_real *c;
    double kappa_ll;
    double gzp, xe, mzp;
} bhabha_model;

static void bhabha_tXY_sXY(const bhabha_model *m, double s, double t,
                           double complex tXY[4], double complex sXY[4])
{
    const ew_inputs *q = inputs();
    double g[2], dg[2];
    double complex pt = 1.0 / (t - q->mZ * q->mZ + I * q->GammaZ * q->mZ);
    double complex ps = 1.0 / (s - q->mZ * q->mZ + I * q->GammaZ * q->mZ);
    int X, Y;
    electron_couplings_va(q, m->c, g, dg);
    for (X = 0; X < 2; X++) {
        for (Y = 0; Y < 2; Y++) {
            int h = 2 * X + Y;
            /* product truncated at first order in C, as documented */
            double gg = g[X] * g[Y] + g[X] * dg[Y] + dg[X] * g[Y];
            double contact;
            if (h == LEP2_LL)
                contact = m->kappa_ll * (double)m->c[SMELT_WC_ll_1111];
            else if (h == LEP2_RR)
                contact = m->kappa_ll * (double)m->c[SMELT_WC_ee_1111];
            else
                contact = (double)m->c[SMELT_WC_le_1111];
            tXY[h] = gg * pt + contact;
            sXY[h] = gg * ps + contact;
            if (m->gzp != 0) {
                double gz2 = m->gzp * m->gzp * m->xe * m->xe;
                tXY[h] += gz2 / (t - m->mzp * m->mzp);
                sXY[h] += gz2 / (s - m->mzp * m->mzp);
            }
        }
    }
}

/* bin integral by composite 8-point Gauss-Legendre on 16 panels */
static double bhabha_bin_4_9(const bhabha_model *m, double s, double c0,
                             double c1)
{
    double gx[8], gw[8], sum = 0, e2 = inputs()->e2;
    int p, i;
    for (p = 0; p < 16; p++) {
        double a = c0 + (c1 - c0) * p / 16, b = c0 + (c1 - c0) * (p + 1) / 16;
        gen_gauss_legendre(8, a, b, gx, gw);
        for (i = 0; i < 8; i++) {
            double t = -0.5 * s * (1 - gx[i]);
            double complex tXY[4], sXY[4];
            bhabha_tXY_sXY(m, s, t, tXY, sXY);
            sum += gw[i] * dsigma_4_9(s, gx[i], tXY, sXY, e2);
        }
    }
    return sum;
}

/* The library's Bhabha ratios equal the ratio of numerically integrated
 * literal eq. (4.9), at points with contact terms and Z-coupling shifts. */
TEST bhabha_bins_match_integrated_4_9(void)
{
    smelt_real c[SMELT_N_WC], c0[SMELT_N_WC];
    int i, trial, checked = 0;
    smelt_wc_zero(c0);
    lcg_state = 99;
    for (trial = 0; trial < 3; trial++) {
        bhabha_model m = {NULL, 2.0, 0, 0, 1};
        bhabha_model m0 = {NULL, 2.0, 0, 0, 1};
        random_lep2_point(c, 3e-8);
        m.c = c;
        m0.c = c0;
        for (i = 0; i < SMELT_N_OBS; i += 1) {
            smelt_obs_info info;
            double E, a, b, want, got;
            ASSERT_OK(smelt_obs_info_get(i, &info));
            if (strcmp(info.name, "R_sigma(ee->ee)") != 0)
                continue;
            if (i % 3 != trial) /* a third of the bins per trial */
                continue;
            ASSERT_EQ(3, sscanf(info.args, "E=%lf,cthmin=%lf,cthmax=%lf", &E,
                                &a, &b));
            want = bhabha_bin_4_9(&m, E * E, a, b) /
                   bhabha_bin_4_9(&m0, E * E, a, b);
            got = predict(i, c, SMELT_MODE_EXACT);
            /* a float build returns O ~ 1 to ~4 ulp; double resolves R - 1 */
            if (SMELT_SINGLE)
                ASSERT_ABSm(info.args, want - 1, got - 1, 4 * SMELT_EPS);
            else
                ASSERT_RELm(info.args, want - 1, got - 1, 1e-8);
            checked++;
        }
    }
    ASSERT_EQ(105, checked);
    PASS();
}

/* ------------------------------------------------------------------ */
/* heavy Z' exchange -> contact operators                              */
/* ------------------------------------------------------------------ */

/* sigma(ee->mumu) and A_FB with an explicit Z' in the s channel: the
 * amplitude N^XY gains g^2 X_e X_mu/(s - M^2) (charges L_i = e_i = -X_i).
 * The ratios must approach smelt's contact-operator prediction from the
 * Table 2 matching, with (R_Z' - 1)/(R_EFT - 1) - 1 = O(s/M^2). */
TEST zprime_exchange_converges_ll(void)
{
    static const double masses[] = {5e3, 1e4, 2e4, 5e4};
    const double E = 206.5, s = E * E, g = 1.0, xe = 1, xmu = 2;
    int isig = obs_index("R_sigma(ee->ll)", "E=206.5,fam=2");
    int iafb = obs_index("R_Afb(ee->ll)", "E=206.5,fam=2");
    double prev_sig = 0, prev_afb = 0;
    int k, nm = SMELT_SINGLE ? 2 : 4;
    gen_amp n[4], sa;
    double x0[GEN_NX] = {1};
    double complex nsm[4];
    double sig_sm = 0, fb_sm = 0;
    ASSERT(isig >= 0 && iafb >= 0);
    lep2_ll_amplitudes(inputs(), s, 2, n, &sa);
    for (k = 0; k < 4; k++) {
        int same = (k == LEP2_LL || k == LEP2_RR);
        nsm[k] = amp_at(&n[k], x0);
        sig_sm += cabs(nsm[k]) * cabs(nsm[k]);
        fb_sm += (same ? 0.75 : -0.75) * cabs(nsm[k]) * cabs(nsm[k]);
    }
    for (k = 0; k < nm; k++) {
        double M = masses[k], sig = 0, fb = 0, rs, ra, es, ea, ds, da;
        smelt_real c[SMELT_N_WC];
        smelt_zprime zp = {(smelt_real)xe, (smelt_real)xmu, 0, (smelt_real)g,
                           (smelt_real)M, 0};
        int h;
        for (h = 0; h < 4; h++) {
            int same = (h == LEP2_LL || h == LEP2_RR);
            double complex a = nsm[h] + g * g * xe * xmu / (s - M * M);
            sig += cabs(a) * cabs(a);
            fb += (same ? 0.75 : -0.75) * cabs(a) * cabs(a);
        }
        rs = sig / sig_sm;                /* R_sigma with the full Z' */
        ra = (fb / sig) / (fb_sm / sig_sm); /* R_Afb with the full Z' */
        ASSERT_OK(smelt_zprime_match(&zp, c));
        es = predict(isig, c, SMELT_MODE_EXACT);
        ea = predict(iafb, c, SMELT_MODE_EXACT);
        ds = (rs - 1) / (es - 1) - 1;
        da = (ra - 1) / (ea - 1) - 1;
        /* the normalisation is right (a factor 2 would give -0.5 or +1) */
        ASSERT(fabs(ds) < (SMELT_SINGLE ? 5e-3 : 3 * s / (M * M)));
        ASSERT(fabs(da) < (SMELT_SINGLE ? 5e-3 : 3 * s / (M * M)));
        /* and the remainder falls like 1/M^2 (ratio 4 per doubling) */
        if (!SMELT_SINGLE && k > 0) {
            double r = (masses[k] / masses[k - 1]) * (masses[k] / masses[k - 1]);
            ASSERT_RELm("R_sigma remainder not O(1/M^2)", r, prev_sig / ds, 0.05);
            ASSERT_RELm("R_Afb remainder not O(1/M^2)", r, prev_afb / da, 0.05);
        }
        prev_sig = ds;
        prev_afb = da;
    }
    PASS();
}

/* Bhabha with an explicit Z' in the s AND t channels against the contact
 * result.  smelt's Chat_LL = 2 C_ll^1111 converges (remainder O(s/M^2));
 * the seed's literal (C_XY + C_YX)/2 = C_ll^1111 does not, which this test
 * also demonstrates, so the test can tell the two apart. */
TEST zprime_exchange_converges_bhabha(void)
{
    static const char *const bins[] = {
        "E=206.5,cthmin=-0.9,cthmax=-0.72", "E=206.5,cthmin=0,cthmax=0.09",
        "E=188.6,cthmin=0.81,cthmax=0.9"};
    static const double masses[] = {5e3, 1e4, 2e4};
    smelt_real c0[SMELT_N_WC];
    double worst_seed = 0;
    size_t b;
    int k, nm = SMELT_SINGLE ? 1 : 3;
    smelt_wc_zero(c0);
    for (b = 0; b < sizeof bins / sizeof bins[0]; b++) {
        int i = obs_index("R_sigma(ee->ee)", bins[b]);
        double E, lo, hi, prev = 0, s, den;
        bhabha_model sm = {NULL, 2.0, 0, 0, 1};
        ASSERT(i >= 0);
        ASSERT_EQ(3, sscanf(bins[b], "E=%lf,cthmin=%lf,cthmax=%lf", &E, &lo,
                            &hi));
        s = E * E;
        sm.c = c0;
        den = bhabha_bin_4_9(&sm, s, lo, hi);
        for (k = 0; k < nm; k++) {
            double M = masses[k], g = 1.0, rz, re, rseed, d, dseed;
            smelt_real c[SMELT_N_WC];
            smelt_zprime zp = {1, 0, 0, (smelt_real)g, (smelt_real)M, 0};
            bhabha_model full = {NULL, 2.0, 1.0, 1.0, 1};
            bhabha_model seed = {NULL, 1.0, 0, 0, 1};
            full.c = c0;
            full.mzp = M;
            ASSERT_OK(smelt_zprime_match(&zp, c));
            seed.c = c;
            rz = bhabha_bin_4_9(&full, s, lo, hi) / den;
            re = predict(i, c, SMELT_MODE_EXACT);
            rseed = bhabha_bin_4_9(&seed, s, lo, hi) / den;
            d = (rz - 1) / (re - 1) - 1;
            dseed = (rz - 1) / (rseed - 1) - 1;
            ASSERTm(bins[b], fabs(d) < (SMELT_SINGLE ? 1e-2 : 5 * s / (M * M)));
            if (fabs(dseed) > worst_seed)
                worst_seed = fabs(dseed);
            if (k > 0) {
                double r = (masses[k] / masses[k - 1]) *
                           (masses[k] / masses[k - 1]);
                ASSERT_RELm("Bhabha remainder not O(1/M^2)", r, prev / d, 0.05);
            }
            prev = d;
        }
    }
    /* backward bins are dominated by the LR/RL helicities, forward ones
     * by LL/RR, where the seed's contact term is half the Z' limit */
    ASSERTm("seed normalisation unexpectedly converges everywhere",
            worst_seed > 0.1);
    PASS();
}

/* ------------------------------------------------------------------ */
/* linear coefficients                                                 */
/* ------------------------------------------------------------------ */

/* Stored linear coefficients (linear mode) agree with central finite
 * differences of the exact expression, for every observable and every
 * coefficient it depends on; purely quadratic ones (the scalar C_le^{1jj1})
 * have zero slope both ways. */
TEST linear_matches_finite_differences(void)
{
    smelt_real c[SMELT_N_WC];
    int i, checked = 0;
    smelt_wc_zero(c);
    for (i = 0; i < SMELT_N_OBS; i++) {
        int wc[SMELT_MAX_OBS_WC], n, k;
        smelt_obs_info info;
        double sm, unit, mag;
        /* static: greatest prints the message after the test returns */
        static char what[256];
        ASSERT_OK(smelt_obs_info_get(i, &info));
        ASSERT_OK(smelt_obs_wc(i, wc, &n));
        sm = (double)info.sm;
        /* the size that rounding scales with: |O|, except for Belle's
         * D_mue = P'(mu) - P'(e), a small difference of two O(1) values
         * that each carry their own rounding */
        mag = fabs(sm);
        if (strncmp(info.name, "<Dmue_", 6) == 0)
            mag = fmax(mag, 1.0);
        /* a nuisance prior (PDD-fit set) is the parameter itself, 0 at
         * the SM: its scale is its width */
        if (strncmp(info.name, "prior(nl_", 9) == 0)
            mag = info.sigma_exp;
        for (k = 0; k < n; k++) {
            double slope, h, fd, target = SMELT_SINGLE ? 3e-3 : 1e-5;
            /* linear mode is exactly linear: a step large enough that
             * O - sm is resolved in float too (SMEFT in GeV^-2, WET
             * coefficients dimensionless, so the unit differs) */
            unit = wc[k] < SMELT_N_SMEFT ? 1e-6 : 1e-2;
            if (wc[k] == SMELT_WC_CVLL_bsbs)
                unit = 1e-12; /* GeV^-2, C_VLL^SM ~ -1e-10 */
            if (wc[k] >= SMELT_WC_nl_h0_0_re) {
                /* a non-local nuisance (PDD-fit set): its prior width,
                 * from the prior pseudo-measurement, is 100 units */
                char pn[64];
                int ip;
                smelt_obs_info pi;
                snprintf(pn, sizeof pn, "prior(%s)", smelt_wc_name(wc[k]));
                ASSERT_OK(smelt_obs_find(pn, "", &ip));
                ASSERT_OK(smelt_obs_info_get(ip, &pi));
                unit = pi.sigma_exp / 100;
            }
            {
                /* (a nuisance is probed at its prior width: the
                 * suppressed-helicity ones, like hp_0 in F_L, change O
                 * by less than float resolution over one unit) */
                const double probe =
                    wc[k] >= SMELT_WC_nl_h0_0_re ? 100 * unit : unit;
                c[wc[k]] = (smelt_real)probe;
                slope = (predict(i, c, SMELT_MODE_LINEAR) - sm) / probe;
                c[wc[k]] = 0;
            }
            if (slope == 0) {
                /* even function of this coefficient */
                c[wc[k]] = (smelt_real)(100 * unit);
                fd = predict(i, c, SMELT_MODE_EXACT);
                c[wc[k]] = (smelt_real)(-100 * unit);
                fd -= predict(i, c, SMELT_MODE_EXACT);
                c[wc[k]] = 0;
                snprintf(what, sizeof what, "%s %s: %s even", info.name,
                         info.args, smelt_wc_name(wc[k]));
                ASSERT_ABSm(what, 0.0, fd, 10 * SMELT_EPS * mag);
                continue;
            }
            /* step giving a relative change ~target; Richardson
             * extrapolation of two central differences removes the h^2
             * term, which matters when other coefficients' scales make the
             * curvature large compared with this slope */
            h = target * mag / fabs(slope);
            /* ...but no larger than a natural size of the coefficient
             * (where a slope nearly cancels, e.g. C7 in R_K, a huge step
             * would probe the quadratic terms instead) */
            if (h > 100 * unit)
                h = 100 * unit;
            /* scalar operators are enhanced by m_B^2/(m_b m_l) against
             * C10, and C7 by 2 m_b m_B/q^2: their natural size is ten
             * times smaller (an electron C_P, linear only through m_e, or
             * C7 in R_K*, where the mu and e slopes nearly cancel, would
             * otherwise be probed at 1, deep in the quadratic regime) */
            if ((strncmp(smelt_wc_name(wc[k]), "CS", 2) == 0 ||
                 strncmp(smelt_wc_name(wc[k]), "CP", 2) == 0 ||
                 strncmp(smelt_wc_name(wc[k]), "C7", 2) == 0) &&
                h > 10 * unit)
                h = 10 * unit;
            {
                double f1, f2;
                c[wc[k]] = (smelt_real)h;
                f1 = predict(i, c, SMELT_MODE_EXACT);
                c[wc[k]] = (smelt_real)-h;
                f1 = (f1 - predict(i, c, SMELT_MODE_EXACT)) / (2 * h);
                c[wc[k]] = (smelt_real)(h / 2);
                f2 = predict(i, c, SMELT_MODE_EXACT);
                c[wc[k]] = (smelt_real)(-h / 2);
                f2 = (f2 - predict(i, c, SMELT_MODE_EXACT)) / h;
                c[wc[k]] = 0;
                fd = (4 * f2 - f1) / 3;
            }
            /* tolerance: relative to the slope or, for slopes that
             * nearly vanish (P1 at high q^2 depends on C9 only through
             * m_mu^2/q^2: slope 1e-5), to the change of O over the
             * coefficient's natural size 100 unit, where the finite
             * difference is dominated by O(h^4) terms; plus the
             * resolution of O itself in both difference quotients,
             * ~8 eps |O| / step */
            snprintf(what, sizeof what, "%s %s: %s (slope %.6g, finite "
                     "difference %.6g)", info.name, info.args,
                     smelt_wc_name(wc[k]), slope, fd);
            ASSERT_ABSm(what, slope, fd,
                        (SMELT_SINGLE ? 2e-3 : 1e-6) *
                                fmax(fabs(slope), mag / (100 * unit)) +
                            8 * SMELT_EPS * mag * (1 / h + 1 / unit));
            checked++;
        }
    }
    ASSERT(checked > 1000);
    PASS();
}

/* Independent derivation of the interference (linear) terms of sigma and
 * sigma_F - sigma_B for ee -> mumu: textbook helicity sums with SM
 * amplitudes built here from Q, g_V, g_A, and chain rule through the
 * V/A-basis coupling shifts of electron_couplings_va (and the same for the
 * muon), contact terms entering N^XY with unit weight (eq. 4.2). */
static void muon_couplings_va(const ew_inputs *q, const smelt_real *c,
                              double g[2], double dg[2])
{
    /* the muon differs from the electron only in the flavour-specific
     * Higgs-current coefficients: swap them in and reuse */
    smelt_real cm[SMELT_N_WC];
    memcpy(cm, c, sizeof cm);
    cm[SMELT_WC_He_11] = c[SMELT_WC_He_22];
    cm[SMELT_WC_Hl1_11] = c[SMELT_WC_Hl1_22];
    cm[SMELT_WC_Hl3_11] = c[SMELT_WC_Hl3_22];
    /* the universal G_F shift must still see Hl3_11 + Hl3_22 */
    cm[SMELT_WC_Hl3_22] = c[SMELT_WC_Hl3_11];
    electron_couplings_va(q, cm, g, dg);
}

TEST interference_terms_independent_derivation(void)
{
    static const int probe[] = {
        SMELT_WC_ll_1122, SMELT_WC_ll_1221, SMELT_WC_ee_1122, SMELT_WC_le_1122,
        SMELT_WC_le_2211, SMELT_WC_Hl1_11, SMELT_WC_Hl3_11, SMELT_WC_He_11,
        SMELT_WC_Hl1_22, SMELT_WC_Hl3_22, SMELT_WC_He_22, SMELT_WC_HD,
        SMELT_WC_HWB};
    const ew_inputs *q = inputs();
    const double E = 199.5, s = E * E;
    int isig = obs_index("R_sigma(ee->ll)", "E=199.5,fam=2");
    int iafb = obs_index("R_Afb(ee->ll)", "E=199.5,fam=2");
    double complex pz = 1.0 / (s - q->mZ * q->mZ + I * q->GammaZ * q->mZ);
    double ge[2], gm[2], dge[2], dgm[2];
    double complex nsm[4];
    double sig0 = 0, fb0 = 0;
    smelt_real c[SMELT_N_WC];
    size_t p;
    int X, Y;
    ASSERT(isig >= 0 && iafb >= 0);
    smelt_wc_zero(c);
    electron_couplings_va(q, c, ge, dge);
    muon_couplings_va(q, c, gm, dgm);
    for (X = 0; X < 2; X++)
        for (Y = 0; Y < 2; Y++)
            nsm[2 * X + Y] = q->e2 / s + ge[X] * gm[Y] * pz;
    for (X = 0; X < 4; X++) {
        double w = cabs(nsm[X]) * cabs(nsm[X]);
        sig0 += w;
        fb0 += (X == LEP2_LL || X == LEP2_RR) ? w : -w;
    }
    for (p = 0; p < sizeof probe / sizeof probe[0]; p++) {
        double dsig = 0, dfb = 0, want_sig, want_afb, got_sig, got_afb;
        double complex dn[4];
        /* linear mode is exactly linear: a unit step large enough that
         * O - 1 is resolved in a float build too */
        const double unit = 1e-6;
        smelt_wc_zero(c);
        c[probe[p]] = (smelt_real)unit;
        electron_couplings_va(q, c, ge, dge);
        muon_couplings_va(q, c, gm, dgm);
        for (X = 0; X < 2; X++)
            for (Y = 0; Y < 2; Y++)
                dn[2 * X + Y] = (dge[X] * gm[Y] + ge[X] * dgm[Y]) * pz / unit;
        dn[LEP2_LL] += (probe[p] == SMELT_WC_ll_1122 ||
                        probe[p] == SMELT_WC_ll_1221) ? 1 : 0;
        dn[LEP2_RR] += probe[p] == SMELT_WC_ee_1122 ? 1 : 0;
        dn[LEP2_LR] += probe[p] == SMELT_WC_le_1122 ? 1 : 0;
        dn[LEP2_RL] += probe[p] == SMELT_WC_le_2211 ? 1 : 0;
        for (X = 0; X < 4; X++) {
            double w = 2 * creal(conj(nsm[X]) * dn[X]);
            dsig += w;
            dfb += (X == LEP2_LL || X == LEP2_RR) ? w : -w;
        }
        /* d ln sigma/dC and d ln A_FB/dC = d ln(fb)/dC - d ln(sigma)/dC */
        want_sig = dsig / sig0;
        want_afb = dfb / fb0 - dsig / sig0;
        got_sig = (predict(isig, c, SMELT_MODE_LINEAR) - 1) / unit;
        got_afb = (predict(iafb, c, SMELT_MODE_LINEAR) - 1) / unit;
        ASSERT_RELm(smelt_wc_name(probe[p]), want_sig, got_sig,
                    SMELT_SINGLE ? 1e-3 : 1e-9);
        ASSERT_RELm(smelt_wc_name(probe[p]), want_afb, got_afb,
                    SMELT_SINGLE ? 1e-3 : 1e-9);
    }
    PASS();
}

/* Linear and exact agree to first order: their difference shrinks like
 * C^2 (ratio ~100 when C shrinks by 10). */
TEST linear_and_exact_agree_to_second_order(void)
{
    smelt_real c[SMELT_N_WC], cs[SMELT_N_WC];
    int i, k;
    lcg_state = 4242;
    random_lep2_point(c, 1e-7);
    for (k = 0; k < SMELT_N_WC; k++)
        cs[k] = c[k] / 10;
    for (i = 0; i < SMELT_N_OBS; i += 7) {
        double d1, d2;
        smelt_obs_info info;
        ASSERT_OK(smelt_obs_info_get(i, &info));
        if (info.category != SMELT_CAT_lep2)
            continue;
        d1 = predict(i, c, SMELT_MODE_EXACT) -
                    predict(i, c, SMELT_MODE_LINEAR);
        d2 = predict(i, cs, SMELT_MODE_EXACT) -
                    predict(i, cs, SMELT_MODE_LINEAR);
        if (SMELT_SINGLE)
            continue; /* d2 ~ 1e-7 is at float resolution */
        ASSERT(fabs(d1) > 0);
        ASSERT_RELm("exact - linear not O(C^2)", 100.0, d1 / d2, 0.1);
    }
    PASS();
}

/* A Z' that does not couple to electrons leaves LEP-2 exactly at the SM
 * (seed 000 Fig. 4: the LEP curve passes through X_e = 0). */
TEST no_electron_coupling_no_lep2_effect(void)
{
    smelt_real c[SMELT_N_WC], w[SMELT_CHI2_WORK_LEN];
    smelt_chi2_result r;
    smelt_zprime zp = {0, 2, 1, (smelt_real)0.5, 3000, (smelt_real)-0.05};
    ASSERT_OK(smelt_zprime_match(&zp, c));
    ASSERT_OK(smelt_chi2_eval(c, SMELT_MODE_EXACT, w, &r));
    ASSERT_EQ(0.0, (double)r.dchi2[SMELT_CAT_lep2]);
    PASS();
}

SUITE(suite_lep2)
{
    RUN_TEST(sm_ratios_are_exactly_one);
    RUN_TEST(qed_limits_textbook);
    RUN_TEST(ll_closed_forms_match_integrated_4_3);
    RUN_TEST(tables_match_generator_ll);
    RUN_TEST(bhabha_bins_match_integrated_4_9);
    RUN_TEST(zprime_exchange_converges_ll);
    RUN_TEST(zprime_exchange_converges_bhabha);
    RUN_TEST(linear_matches_finite_differences);
    RUN_TEST(interference_terms_independent_derivation);
    RUN_TEST(linear_and_exact_agree_to_second_order);
    RUN_TEST(no_electron_coupling_no_lep2_effect);
}
