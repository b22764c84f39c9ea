/* SPDX-License-Identifier: MIT */
/*
 * test_bsll.c -- b->s sector I (issue 3): SMEFT -> WET tree matching,
 * B_s -> l l and Delta M_s, against the seed papers' relations and
 * published SM values.
 */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "smelt_test.h"
#include "bsll.h"

#ifndef SMELT_DATA_DIR
#define SMELT_DATA_DIR "tools/data"
#endif
/* the B -> K form-factor fit of the table set under test (make FF_BK=) */
#ifndef SMELT_TEST_FF_BK
#define SMELT_TEST_FF_BK BSLL_FF_BK_DEFAULT
#endif

/* the generator's central inputs, as behind the tables under test */
static void load_inputs(bsll_inputs *in)
{
    bsll_load_inputs_ff(in, SMELT_DATA_DIR, SMELT_TEST_FF_BK);
}

static int obs_index(const char *name)
{
    int i = -1;
    if (smelt_obs_find(name, "", &i) != SMELT_OK)
        return -1;
    return i;
}

static double wet_of(const smelt_real *c, int wc)
{
    smelt_real w[SMELT_N_WET];
    if (smelt_wet_from_wc(c, w) != SMELT_OK)
        return NAN;
    return (double)w[wc - SMELT_N_SMEFT];
}

/* The matching normalisation N = a/(C9 + C10) read back from the library
 * with only C_qe^2322 = a set (seed 000 eq. 2.1). */
static double norm_from_library(void)
{
    smelt_real c[SMELT_N_WC];
    const double a = 1e-9;
    smelt_wc_zero(c);
    c[SMELT_WC_qe_2322] = (smelt_real)a;
    return a / (wet_of(c, SMELT_WC_C9_bsmumu) + wet_of(c, SMELT_WC_C10_bsmumu));
}

/* Seed 000 eqs. (2.1), (2.2): C_qe^2322 = N(C9 + C10), C_lq^2223 =
 * N(C9 - C10), the same N for both and for electrons (indices 2 -> 1);
 * N < 0 (flavio's sign, PHYSICS.md 1.1) and close to PHYSICS.md's
 * -8.4e-10 GeV^-2, which used alpha_e = 1/127.95 and |lambda_t| = 0.041
 * where we use alpha_e(mu_b) = 1/132.1 in matching and observables alike
 * (expected ratio 0.976). */
TEST matching_seed_eqs_2_1_and_2_2(void)
{
    smelt_real c[SMELT_N_WC];
    double N = norm_from_library(), c9, c10;
    const double b = 2e-9;
    ASSERT(N < 0);
    ASSERT_RELm("N vs PHYSICS.md anchor", -8.4e-10 * 127.95 / 132.1, N, 0.02);
    smelt_wc_zero(c);
    c[SMELT_WC_lq1_2223] = (smelt_real)b;
    c9 = wet_of(c, SMELT_WC_C9_bsmumu);
    c10 = wet_of(c, SMELT_WC_C10_bsmumu);
    ASSERT_REL(b, N * (c9 - c10), 8 * SMELT_EPS);
    ASSERT_ABS(0.0, c9 + c10, 8 * SMELT_EPS * fabs(c9));
    /* lq3 enters like lq1 (both charged lepton and d quark are T3 = -1/2) */
    smelt_wc_zero(c);
    c[SMELT_WC_lq3_1123] = (smelt_real)b;
    ASSERT_REL(b, N * (wet_of(c, SMELT_WC_C9_bsee) -
                       wet_of(c, SMELT_WC_C10_bsee)), 8 * SMELT_EPS);
    ASSERT_EQ(0.0, wet_of(c, SMELT_WC_C9_bsmumu));
    /* right-handed quark currents: C_ed = N(C9' + C10'), C_ld = N(C9' - C10') */
    smelt_wc_zero(c);
    c[SMELT_WC_ed_2223] = (smelt_real)b;
    ASSERT_REL(b, N * (wet_of(c, SMELT_WC_C9p_bsmumu) +
                       wet_of(c, SMELT_WC_C10p_bsmumu)), 8 * SMELT_EPS);
    smelt_wc_zero(c);
    c[SMELT_WC_ld_2223] = (smelt_real)b;
    ASSERT_REL(b, N * (wet_of(c, SMELT_WC_C9p_bsmumu) -
                       wet_of(c, SMELT_WC_C10p_bsmumu)), 8 * SMELT_EPS);
    PASS();
}

/* Seed 000 eq. (5.1) with N restored (PHYSICS.md 2.1): for the Z' model
 * N C9^l = -X_l/2 g^2/M^2 sin(2 theta_sb), C10^l = 0 at tree level; at the
 * Table 3 point PHYSICS.md estimates C9^mu ~ -0.45, C9^e ~ -0.23 with its N
 * (ours is 2.4% smaller in magnitude, see above). */
TEST matching_seed_eq_5_1(void)
{
    smelt_real c[SMELT_N_WC];
    smelt_zprime m = {1, 2, 0, (smelt_real)0.206, 3000, (smelt_real)-0.0406};
    double N = norm_from_library(), g2m2 = 0.206 * 0.206 / (3000.0 * 3000.0);
    double want = -2.0 / 2 * g2m2 * sin(2 * -0.0406) / N;
    ASSERT_OK(smelt_zprime_match(&m, c));
    ASSERT_REL(want, wet_of(c, SMELT_WC_C9_bsmumu), 16 * SMELT_EPS);
    ASSERT_REL(want / 2, wet_of(c, SMELT_WC_C9_bsee), 16 * SMELT_EPS);
    ASSERT_ABS(0.0, wet_of(c, SMELT_WC_C10_bsmumu), 1e-6 * fabs(want));
    ASSERT_RELm("C9^mu vs PHYSICS.md -0.45", -0.45 / 0.976, want, 0.03);
    ASSERT(want < 0); /* theta_sb < 0 gives the anomaly direction */
    PASS();
}

/* Z-penguin-like Higgs currents: C_Hq^23 gives C10 = +k and C9 = -zeta k
 * with zeta = 1 - 4 s_W^2 ~ 0.075 (the Z's small vector coupling to
 * charged leptons), lepton-universally. */
TEST matching_z_penguin(void)
{
    smelt_real c[SMELT_N_WC];
    double zeta, vll1;
    smelt_wc_zero(c);
    c[SMELT_WC_Hq1_23] = (smelt_real)1e-8;
    zeta = -wet_of(c, SMELT_WC_C9_bsmumu) / wet_of(c, SMELT_WC_C10_bsmumu);
    ASSERT_REL(1 - 4 * 0.23121, zeta, 1e-6);
    ASSERT_REL(wet_of(c, SMELT_WC_C10_bsmumu), wet_of(c, SMELT_WC_C10_bsee),
               4 * SMELT_EPS);
    /* Delta F = 2: qq1 and qq3 2323 enter C_VLL with equal weight */
    smelt_wc_zero(c);
    c[SMELT_WC_qq1_2323] = (smelt_real)1e-11;
    vll1 = wet_of(c, SMELT_WC_CVLL_bsbs);
    /* LO QCD running M_Z -> mu_b: (alpha_s(M_Z)/alpha_s(mu_b))^(6/23),
     * 0.856 for alpha_s = 0.1184 -> 0.216 */
    ASSERT_REL(0.856e-11, vll1, 0.005);
    c[SMELT_WC_qq3_2323] = c[SMELT_WC_qq1_2323];
    c[SMELT_WC_qq1_2323] = 0;
    ASSERT_REL(vll1, wet_of(c, SMELT_WC_CVLL_bsbs), 4 * SMELT_EPS);
    PASS();
}

/* SM BR(B_s -> mu mu), time-integrated: flavio's test value 3.65e-9
 * (flavio bdecays/test_bll.py, PHYSICS.md 12), within its ~5% theory
 * precision; the theory uncertainty we assign is 2-8%. */
TEST bs_mumu_sm_published(void)
{
    smelt_obs_info info;
    int i = obs_index("BR(Bs->mumu)");
    ASSERT(i >= 0);
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_RELm("SM BR(Bs->mumu) vs flavio", 3.65e-9, info.sm, 0.05);
    ASSERT(info.sigma_th > 0.02 * info.sm && info.sigma_th < 0.08 * info.sm);
    ASSERT_EQ_FMT((int)SMELT_CAT_quarks, info.category, "%d");
    PASS();
}

/* Helicity suppression: in the SM BR(B_s -> ee)/BR(B_s -> mumu) =
 * (m_e/m_mu)^2 beta_e/beta_mu exactly (same C10, same hadronic input). */
TEST bs_ee_helicity_suppression(void)
{
    smelt_obs_info e, m;
    const double me = 0.00051099895, mm = 0.1056583755, mbs = 5.36692;
    double be = sqrt(1 - 4 * me * me / (mbs * mbs));
    double bm = sqrt(1 - 4 * mm * mm / (mbs * mbs));
    ASSERT_OK(smelt_obs_info_get(obs_index("BR(Bs->ee)"), &e));
    ASSERT_OK(smelt_obs_info_get(obs_index("BR(Bs->mumu)"), &m));
    ASSERT_REL(me * me / (mm * mm) * be / bm, (double)e.sm / (double)m.sm,
               16 * SMELT_EPS);
    PASS();
}

/* The untagged time-integrated rate exceeds the prompt one by 1/(1 - y_s)
 * when A_DeltaGamma = 1 (SM; arXiv:1204.1737, PHYSICS.md 3.1). */
TEST bs_mumu_time_integration(void)
{
    bsll_inputs in;
    gen_qform *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    double y;
    load_inputs(&in);
    y = in.y_s;
    bsll_bs_ll(&in, 1, a);
    in.y_s = 0;
    bsll_bs_ll(&in, 1, b);
    ASSERT_REL(1 / (1 - y), a->m[0][0] / b->m[0][0], 1e-14);
    ASSERT(y > 0.05 && y < 0.08); /* PHYSICS.md: y_s ~ 0.064 */
    free(a);
    free(b);
    PASS();
}

/* A scalar coefficient does not interfere with the SM (S^2 term) while
 * C10 does: first-order shift zero for C_S, non-zero for C10. */
TEST bs_mumu_scalar_does_not_interfere(void)
{
    smelt_real c[SMELT_N_WC];
    smelt_real v0, vs, vs2;
    int i = obs_index("BR(Bs->mumu)");
    smelt_wc_zero(c);
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &v0));
    c[SMELT_WC_CS_bsmumu] = (smelt_real)0.01;
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &vs));
    c[SMELT_WC_CS_bsmumu] = (smelt_real)-0.01;
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &vs2));
    ASSERT(vs > v0);
    ASSERT_REL((double)vs - (double)v0, (double)vs2 - (double)v0,
               SMELT_SINGLE ? 1e-3 : 1e-9);
    /* and the linear mode sees no first-order C_S effect at all */
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_LINEAR, &vs));
    ASSERT_EQ((double)v0, (double)vs);
    PASS();
}

/* Delta M_s: SM within two theory standard deviations of the HFLAV
 * measurement 17.757 ps^-1; Inami-Lim S0(x_t) ~ 2.31 for mbar_t ~ 163 GeV
 * (PHYSICS.md 5). */
TEST dms_sm(void)
{
    smelt_obs_info info;
    bsll_inputs in;
    double xt;
    ASSERT_OK(smelt_obs_info_get(obs_index("DeltaM_s"), &info));
    ASSERT(fabs((double)info.sm - 1.1688e-11) < 2 * (double)info.sigma_th);
    load_inputs(&in);
    xt = in.mt_mt * in.mt_mt / (in.m_W * in.m_W);
    ASSERT(in.mt_mt > 161 && in.mt_mt < 165);
    ASSERT_REL(2.31, bsll_S0(xt), 0.015);
    PASS();
}

/* Delta M_s = Delta M_s^SM |1 + C_NP/C_SM|: the seed-000 benchmark Z'
 * (C_qq1^2323 < 0) raises it by ~4-5% (PHYSICS.md 12); C_NP = -3 C_SM
 * gives |1 - 3| = 2 in exact mode (the absolute value, not -2). */
TEST dms_new_physics(void)
{
    smelt_real c[SMELT_N_WC];
    smelt_real v;
    smelt_obs_info info;
    bsll_inputs in;
    smelt_zprime m = {1, 2, 0, (smelt_real)0.206, 3000, (smelt_real)-0.0406};
    int i = obs_index("DeltaM_s");
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_OK(smelt_zprime_match(&m, c));
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &v));
    ASSERT((double)v / (double)info.sm > 1.03 && (double)v / (double)info.sm < 1.06);
    load_inputs(&in);
    smelt_wc_zero(c);
    c[SMELT_WC_CVLL_bsbs] =
        (smelt_real)(-3 * bsll_cvll_sm_lo(&in) * in.norm.eta_vll);
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &v));
    ASSERT_REL(2 * (double)info.sm, v, SMELT_SINGLE ? 1e-5 : 1e-12);
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_LINEAR, &v));
    ASSERT_REL(-2 * (double)info.sm, v, SMELT_SINGLE ? 1e-5 : 1e-12);
    PASS();
}

/* B -> K mu mu: the massive formula (BHP arXiv:0709.4174) at m_l -> 0
 * equals the massless textbook rate of PHYSICS.md 3.2, written out here
 * independently:
 * dG/dq^2 = G_F^2 alpha^2 |lambda_t|^2/(1536 pi^5 m_B^3) lam^(3/2)
 *           [|C9eff f+ + 2 m_b/(m_B+m_K) C7eff fT|^2 + |C10 f+|^2]. */
TEST bk_massless_limit(void)
{
    bsll_inputs in;
    gen_qform *g = malloc(sizeof *g);
    double x0[GEN_NX] = {1}, q2, pi = 3.14159265358979323846;
    load_inputs(&in);
    in.m_l[1] = 0;
    in.qcdf_off = 1; /* the leading-order formula below */
    for (q2 = 1.5; q2 < 22; q2 += 4.1) {
        double mB = in.m_Bp, mK = in.m_Kp, fp, f0, fT, lam, want;
        double complex fv, c9eff;
        /* a narrow bin approximates the differential rate */
        bsll_bk_gamma(&in, 1, 1, q2 - 1e-4, q2 + 1e-4, 8, g);
        ff_bk_eval(&in.ff, in.ff_par, q2, &fp, &f0, &fT);
        lam = pow(mB * mB - mK * mK - q2, 2) - 4 * mK * mK * q2;
        c9eff = in.wsm.c[9] + wet_Y(&in.wsm, q2, in.wsm.mu, in.mc_pole,
                                     in.mb_pole);
        fv = c9eff * fp + 2 * in.m_b / (mB + mK) * in.wsm.c[7] * fT;
        want = in.norm.GF * in.norm.GF * in.norm.alpha_e * in.norm.alpha_e *
               in.norm.lambda_t * in.norm.lambda_t /
               (1536 * pow(pi, 5) * pow(mB, 3)) * pow(lam, 1.5) *
               (cabs(fv) * cabs(fv) + pow(in.C10_SM * fp, 2));
        ASSERT_REL(want, gen_qf_eval(g, x0) / 2e-4, 1e-6);
    }
    free(g);
    PASS();
}

/* <dBR/dq2>(B+ -> K+ mu mu) in [1.1, 6] against the LO estimate of
 * PHYSICS.md 12 (~3.5e-8 GeV^-2 from the massless formula with its own
 * inputs), within 10%.  NOT asserted, reported in README.md instead: at
 * q^2 = 15 GeV^2 we are 32% above flavio's unit-test value 2.18e-8 (an
 * older code's number, tolerance 17%), with either form-factor fit. */
TEST bk_low_q2_rate_vs_estimate(void)
{
    int i = -1;
    smelt_obs_info info;
    ASSERT_OK(smelt_obs_find("<dBR/dq2>(B+->Kmumu)", "q2min=1.1,q2max=2.0", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_RELm("[1.1,2] vs PHYSICS.md LO estimate", 3.5e-8, info.sm, 0.10);
    ASSERT_OK(smelt_obs_find("<dBR/dq2>(B+->Kmumu)", "q2min=5.0,q2max=6.0", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_RELm("[5,6] vs PHYSICS.md LO estimate", 3.5e-8, info.sm, 0.10);
    PASS();
}

/* R_K = 1 in the SM up to lepton-mass effects: |R_K - 1| < 1e-3 in
 * [1.1, 6] (flavio: 1.000 +- 0.001 without QED, PHYSICS.md 12); below
 * 1 GeV^2 the muon mass suppresses the rate (R_K < 1); with m_mu set to
 * m_e the ratio is 1 to rounding. */
TEST rk_sm(void)
{
    smelt_obs_info info;
    bsll_inputs in;
    gen_qform *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    double x0[GEN_NX] = {1};
    int i = -1;
    ASSERT_OK(smelt_obs_find("<Rmue>(B+->Kll)", "q2min=1.1,q2max=6.0", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_ABS(1.0, info.sm, 1e-3);
    ASSERT_EQ_FMT((int)SMELT_CAT_lfu, info.category, "%d");
    ASSERT_OK(smelt_obs_find("<Rmue>(B+->Kll)", "q2min=0.1,q2max=1.1", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT(info.sm < 1 && info.sm > 0.98);
    load_inputs(&in);
    in.m_l[1] = in.m_l[0];
    bsll_bk_gamma(&in, 1, 1, 1.1, 6, 24, a);
    bsll_bk_gamma(&in, 1, 0, 1.1, 6, 24, b);
    ASSERT_REL(1.0, gen_qf_eval(a, x0) / gen_qf_eval(b, x0), 1e-14);
    free(a);
    free(b);
    PASS();
}

/* The acceptance check: C9^mu = -0.8 lowers the B -> K mu mu
 * rates (measured below the SM) and so improves the quarks chi^2; a
 * muon-only C9 moves R_K below 1. */
TEST c9mu_improves_quarks(void)
{
    smelt_real c[SMELT_N_WC], w[SMELT_CHI2_WORK_LEN], v;
    smelt_chi2_result r;
    int i = -1;
    smelt_wc_zero(c);
    c[SMELT_WC_C9_bsmumu] = (smelt_real)-0.8;
    ASSERT_OK(smelt_chi2_eval(c, SMELT_MODE_EXACT, w, &r));
    ASSERT(r.dchi2[SMELT_CAT_quarks] < -5);
    ASSERT_OK(smelt_obs_find("<Rmue>(B+->Kll)", "q2min=1.1,q2max=6.0", &i));
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &v));
    ASSERT(v < 0.9 && v > 0.7);
    PASS();
}

/* B_s -> mu mu effective lifetime (arXiv:1204.1737 eq. 19): with only
 * the SM's P amplitude (A_DG = +1) it is the heavy-eigenstate lifetime
 * tau_Bs/(1 - y_s); with P cancelled (C10^NP = -C10^SM) and a scalar
 * C_S alone (A_DG = -1) the light one, tau_Bs/(1 + y_s). */
TEST bs_mumu_effective_lifetime(void)
{
    smelt_real c[SMELT_N_WC], v;
    smelt_obs_info info;
    bsll_inputs in;
    int i = obs_index("tau_mumu");
    const double tol = SMELT_SINGLE ? 1e-5 : 1e-12;
    ASSERT(i >= 0);
    load_inputs(&in);
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_REL(in.tau_Bs / (1 - in.y_s), info.sm, tol);
    /* PHYSICS.md: tau_Bs = 1.52 ps, so the SM value is ~1.62 ps */
    ASSERT_RELm("SM tau_mumu in ps", 1.62, info.sm / 1.519267447878626e12,
                0.01);
    ASSERT_EQ_FMT((int)SMELT_CAT_quarks, info.category, "%d");
    smelt_wc_zero(c);
    c[SMELT_WC_C10_bsmumu] = (smelt_real)(-in.C10_SM);
    c[SMELT_WC_CS_bsmumu] = (smelt_real)0.3;
    ASSERT_OK(smelt_obs_predict(i, c, SMELT_MODE_EXACT, &v));
    ASSERT_REL(in.tau_Bs / (1 + in.y_s), v, SMELT_SINGLE ? 1e-4 : 1e-9);
    PASS();
}

/* LHCb R_K0S 2021: its tabulated likelihood (1000 points, read here
 * from the data file and interpolated linearly as flavio does) is
 * replaced by a Gaussian.  Its centre must be the table's mode, and the
 * Gaussian's chi^2 relative to R = 1 must follow the table's
 * -2 ln L(R)/L(1) to 0.2 for 0.6 <= R <= 1.05 (the range b -> s mu mu
 * models reach); outside it the approximation is poorer (README). */
static double rk0s_m2lnl(const double *x, const double *y, int n, double r)
{
    int k;
    for (k = 0; k + 1 < n; k++)
        if (x[k] <= r && r <= x[k + 1])
            return -2 * log(y[k] + (y[k + 1] - y[k]) * (r - x[k]) /
                                       (x[k + 1] - x[k]));
    return INFINITY;
}

TEST rk0s_tabulated_likelihood(void)
{
    gen_datafile f;
    char tok[16][64];
    static double x[1000], y[1000];
    double mode = 0, ymax = -1, sigma, r;
    int k, i = -1, n = 0;
    smelt_obs_info info;
    gen_data_read(&f, SMELT_DATA_DIR, "bsll_sector1.dat"); /* exits on error */
    for (k = 0; k < f.n && n < 1000; k++) {
        if (gen_tokens(f.lines[k], tok, 16) != 3 || strcmp(tok[0], "xy") != 0)
            continue;
        x[n] = atof(tok[1]);
        y[n] = atof(tok[2]);
        if (y[n] > ymax) {
            ymax = y[n];
            mode = x[n];
        }
        n++;
    }
    gen_data_free(&f);
    ASSERT_EQ(1000, n);
    ASSERT_OK(smelt_obs_find("<Rmue>(B0->Kll)", "q2min=1.1,q2max=6.0", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    ASSERT_EQ_FMT((int)SMELT_CAT_lfu, info.category, "%d");
    ASSERT_ABS(mode, info.measured, 1e-4);
    sigma = sqrt((double)info.sigma_exp * info.sigma_exp +
                 (double)info.sigma_th * info.sigma_th);
    for (r = 0.6; r <= 1.05; r += 0.05) {
        double g = pow((r - info.measured) / sigma, 2) -
                   pow((1 - info.measured) / sigma, 2);
        double t = rk0s_m2lnl(x, y, n, r) - rk0s_m2lnl(x, y, n, 1.0);
        ASSERT_ABS(t, g, 0.2);
    }
    PASS();
}

/* SM <dBR/dq2>(B -> K mu mu) against flavio's own SM predictions as
 * listed by smelli (smelli.github.io, fast_likelihood_quarks).  With
 * flavio's two-loop O1, O2, O8 matrix elements (delta C7, delta C9 of
 * qcdf.c, low- and high-q^2 expansions; without them the offsets were +7%
 * at low q^2 and +13% at high q^2) the measured offsets are +1.3%, +2.2%,
 * +1.7% (low) and +1.7%, +1.7% ([15, 22]); asserted within 3%. */
TEST bk_sm_vs_flavio(void)
{
    static const struct {
        const char *name, *args;
        double flavio;
    } ref[] = {
        {"<dBR/dq2>(B+->Kmumu)", "q2min=1.1,q2max=2.0", 3.5255788e-08},
        {"<dBR/dq2>(B+->Kmumu)", "q2min=5.0,q2max=6.0", 3.4428922e-08},
        {"<dBR/dq2>(B+->Kmumu)", "q2min=15.0,q2max=22.0", 1.5048898e-08},
        {"<dBR/dq2>(B0->Kmumu)", "q2min=2.0,q2max=4.0", 3.2448335e-08},
        {"<dBR/dq2>(B0->Kmumu)", "q2min=15.0,q2max=22.0", 1.3854512e-08},
    };
    size_t k;
    for (k = 0; k < sizeof ref / sizeof ref[0]; k++) {
        smelt_obs_info info;
        int i = -1;
        ASSERT_OK(smelt_obs_find(ref[k].name, ref[k].args, &i));
        ASSERT_OK(smelt_obs_info_get(i, &info));
        ASSERT_RELm(ref[k].args, ref[k].flavio, info.sm, 0.03);
    }
    PASS();
}

/* The tables under test were made with the form-factor fit the build
 * names (make FF_BK=...): the stored SM bin rate equals the generator's
 * rate with that fit, and differs from the other fit's by more than
 * rounding (the two fits differ by ~1-3% in these bins). */
TEST bk_table_set_matches_ff(void)
{
    bsll_inputs in, other;
    gen_qform *g = malloc(sizeof *g);
    double x0[GEN_NX] = {1}, mine, theirs;
    smelt_obs_info info;
    int i = -1;
    load_inputs(&in);
    ASSERT_STR_EQ(SMELT_TEST_FF_BK, in.ff.name);
    bsll_load_inputs_ff(&other, SMELT_DATA_DIR,
                        strcmp(in.ff.name, "GKvD2018") == 0 ? "GRvDV2023"
                                                            : "GKvD2018");
    ASSERT_OK(smelt_obs_find("<dBR/dq2>(B+->Kmumu)", "q2min=1.1,q2max=2.0", &i));
    ASSERT_OK(smelt_obs_info_get(i, &info));
    bsll_bk_gamma(&in, 1, 1, 1.1, 2.0, 24, g);
    mine = gen_qf_eval(g, x0) * in.tau_Bp / 0.9;
    bsll_bk_gamma(&other, 1, 1, 1.1, 2.0, 24, g);
    theirs = gen_qf_eval(g, x0) * other.tau_Bp / 0.9;
    free(g);
    ASSERT_REL(mine, info.sm, SMELT_SINGLE ? 1e-6 : 1e-10);
    ASSERT(fabs(theirs / mine - 1) > 0.005);
    PASS();
}

/* Scalar operator in B -> K mu mu at m_l -> 0: in flavio's helicity
 * basis (angular.py) the rate is proportional to
 * (4/3) q^2 |h_V|^2 + 2 q^2 |h_S|^2 + ..., h_V = sqrt(lam)/(2 sqrt(q^2)) F_V,
 * h_S = (m_B^2 - m_K^2)/2 f0 m_b/(m_b - m_s) C_S, so the pure-C_S rate is
 * 6 q^2 |h_S|^2/lam times the rate of F_V alone:
 *   dG_S/dq^2 = G_F^2 alpha^2 |lambda_t|^2/(256 pi^5 m_B^3) sqrt(lam) q^2 |h_S|^2.
 * C_S and C_S' enter as their sum; C_S has no term linear in it. */
TEST bk_scalar_massless(void)
{
    bsll_inputs in;
    gen_qform *g = malloc(sizeof *g);
    double x[GEN_NX], q2, pi = 3.14159265358979323846;
    load_inputs(&in);
    in.m_l[1] = 0;
    for (q2 = 1.5; q2 < 22; q2 += 5.1) {
        double mB = in.m_Bp, mK = in.m_Kp, fp, f0, fT, lam, hs, want;
        bsll_bk_gamma(&in, 1, 1, q2 - 1e-4, q2 + 1e-4, 8, g);
        ff_bk_eval(&in.ff, in.ff_par, q2, &fp, &f0, &fT);
        lam = pow(mB * mB - mK * mK - q2, 2) - 4 * mK * mK * q2;
        hs = (mB * mB - mK * mK) / 2 * f0 * in.m_b / (in.m_b - in.m_s);
        want = in.norm.GF * in.norm.GF * in.norm.alpha_e * in.norm.alpha_e *
               in.norm.lambda_t * in.norm.lambda_t /
               (256 * pow(pi, 5) * pow(mB, 3)) * sqrt(lam) * q2 * hs * hs;
        memset(x, 0, sizeof x);
        x[GEN_X(WET(CS_bsmumu))] = 1; /* the pure |C_S|^2 term */
        ASSERT_REL(want, gen_qf_eval(g, x) / 2e-4, 1e-6);
        x[GEN_X(WET(CS_bsmumu))] = 0.5;
        x[GEN_X(WET(CSp_bsmumu))] = 0.5; /* C_S + C_S' = 1 again */
        ASSERT_REL(want, gen_qf_eval(g, x) / 2e-4, 1e-6);
        x[0] = 1; /* with the SM: no interference */
        x[GEN_X(WET(CS_bsmumu))] = 0;
        x[GEN_X(WET(CSp_bsmumu))] = 0;
        {
            double sm = gen_qf_eval(g, x);
            x[GEN_X(WET(CS_bsmumu))] = 1;
            ASSERT_REL(want, (gen_qf_eval(g, x) - sm) / 2e-4, 1e-6);
        }
    }
    free(g);
    PASS();
}

/* B -> K subleading-hadronic nuisances (flavio's B -> P model): delta
 * C9 = c above 14 GeV^2 is a lepton-universal shift of C9 in F_V, so the
 * rate with nlk_c = c at the SM point equals the rate form at C9^mu = c;
 * a + b q^2 acts only below 9 GeV^2. */
TEST bk_nonlocal_is_c9_shift(void)
{
    bsll_inputs in, sh;
    gen_qform *g = malloc(sizeof *g), *h = malloc(sizeof *h);
    double x[GEN_NX] = {1}, x0[GEN_NX] = {1}, c = 0.37;
    load_inputs(&in);
    sh = in;
    sh.nlk_c[1] = c;
    sh.nlk_a[1] = 0.5;
    x[GEN_X(WET(C9_bsmumu))] = c;
    bsll_bk_gamma(&in, 1, 1, 15, 22, 24, g);
    bsll_bk_gamma(&sh, 1, 1, 15, 22, 24, h);
    ASSERT_REL(gen_qf_eval(g, x), gen_qf_eval(h, x0), 1e-12);
    ASSERT(fabs(gen_qf_eval(h, x0) / gen_qf_eval(g, x0) - 1) > 0.02);
    sh.nlk_c[1] = 0;
    bsll_bk_gamma(&in, 1, 1, 1.1, 6, 24, g);
    bsll_bk_gamma(&sh, 1, 1, 1.1, 6, 24, h);
    x[GEN_X(WET(C9_bsmumu))] = 0.5;
    ASSERT_REL(gen_qf_eval(g, x), gen_qf_eval(h, x0), 1e-12);
    free(g);
    free(h);
    PASS();
}

/* Marginalising Gaussian nuisances that enter (nearly) linearly is a
 * covariance addition (issue 4 section 3): for O(theta) = O0 + J theta,
 * theta ~ N(0, S),
 *   int N(d; O(theta), V) N(theta; 0, S) dtheta = N(d; O0, V + J S J^T).
 * Checked for two B+ -> K+ mu mu bins and three of flavio's B -> K
 * nuisances (Re a, Re b below 9 GeV^2, Re c above 14): (1) the
 * generator-style Monte-Carlo covariance of O(theta) (what bsll_build
 * stores) equals J S J^T from finite differences, within its sampling
 * error and the small quadratic terms; (2) the likelihood of a
 * pseudo-measurement averaged over explicit draws of theta equals the
 * Gaussian with the added covariance. */
static void bk_two_bins(const bsll_inputs *in, double o[2])
{
    gen_qform *g = malloc(sizeof *g);
    double x0[GEN_NX] = {1};
    bsll_bk_gamma(in, 1, 1, 1.1, 6.0, 24, g);
    o[0] = gen_qf_eval(g, x0) * in->tau_Bp / 4.9;
    bsll_bk_gamma(in, 1, 1, 15.0, 22.0, 24, g);
    o[1] = gen_qf_eval(g, x0) * in->tau_Bp / 7.0;
    free(g);
}

static void bk_set_nuisance(bsll_inputs *in, const double th[3])
{
    in->nlk_a[1] = th[0];
    in->nlk_b[1] = th[1];
    in->nlk_c[1] = th[2];
}

TEST nuisance_marginalisation_is_covariance(void)
{
    enum { ND = 4000 };
    const double sig[3] = {0.08, 0.03, 0.2}; /* bvll_nonlocal.dat nlk */
    bsll_inputs in, w;
    gen_rng rng;
    double o0[2], J[2][3], C[2][2] = {{0}}, mean[2] = {0}, lin[2][2];
    double V[2][2], d[2], Lmc = 0, Lg, M[2][2], det, q, th[3];
    double (*os)[2] = malloc(sizeof *os * ND);
    const double pi = 3.14159265358979323846;
    int i, j, k, t;
    load_inputs(&in);
    w = in;
    bk_two_bins(&in, o0);
    for (k = 0; k < 3; k++) {
        /* central differences at the natural size */
        double op[2], om[2], h = sig[k];
        th[0] = th[1] = th[2] = 0;
        th[k] = h;
        bk_set_nuisance(&w, th);
        bk_two_bins(&w, op);
        th[k] = -h;
        bk_set_nuisance(&w, th);
        bk_two_bins(&w, om);
        for (i = 0; i < 2; i++)
            J[i][k] = (op[i] - om[i]) / (2 * h);
    }
    for (i = 0; i < 2; i++)
        for (j = 0; j < 2; j++) {
            lin[i][j] = 0;
            for (k = 0; k < 3; k++)
                lin[i][j] += J[i][k] * sig[k] * sig[k] * J[j][k];
        }
    /* each bin depends on its own nuisances only */
    ASSERT(J[0][2] == 0 && J[1][0] == 0 && J[1][1] == 0);
    gen_rng_seed(&rng, 20230608669ULL);
    for (t = 0; t < ND; t++) {
        for (k = 0; k < 3; k++)
            th[k] = sig[k] * gen_rng_normal(&rng);
        bk_set_nuisance(&w, th);
        bk_two_bins(&w, os[t]);
        mean[0] += os[t][0] / ND;
        mean[1] += os[t][1] / ND;
    }
    for (t = 0; t < ND; t++)
        for (i = 0; i < 2; i++)
            for (j = 0; j < 2; j++)
                C[i][j] += (os[t][i] - mean[i]) * (os[t][j] - mean[j]) /
                           (ND - 1);
    /* (1) variances: sampling error sqrt(2/N) = 2.2%, quadratic terms
     * (delta C9 / C9 ~ 5%) a few per cent more */
    for (i = 0; i < 2; i++)
        ASSERT_REL(lin[i][i], C[i][i], 0.1);
    ASSERT(fabs(C[0][1]) < 0.1 * sqrt(C[0][0] * C[1][1]));
    /* (2) a pseudo-measurement 1.5 theory sigma below the SM, with an
     * experimental error equal to the theory one */
    for (i = 0; i < 2; i++) {
        d[i] = o0[i] - 1.5 * sqrt(lin[i][i]);
        V[i][i] = lin[i][i];
    }
    V[0][1] = V[1][0] = 0;
    for (t = 0; t < ND; t++) {
        double r0 = d[0] - os[t][0], r1 = d[1] - os[t][1];
        Lmc += exp(-0.5 * (r0 * r0 / V[0][0] + r1 * r1 / V[1][1])) /
               (2 * pi * sqrt(V[0][0] * V[1][1])) / ND;
    }
    for (i = 0; i < 2; i++)
        for (j = 0; j < 2; j++)
            M[i][j] = V[i][j] + C[i][j];
    det = M[0][0] * M[1][1] - M[0][1] * M[1][0];
    q = ((d[0] - o0[0]) * (d[0] - o0[0]) * M[1][1] -
         2 * (d[0] - o0[0]) * (d[1] - o0[1]) * M[0][1] +
         (d[1] - o0[1]) * (d[1] - o0[1]) * M[0][0]) / det;
    Lg = exp(-0.5 * q) / (2 * pi * sqrt(det));
    /* -2 ln L agree to the Monte-Carlo error of the average (~2%) */
    ASSERT_ABS(-2 * log(Lg), -2 * log(Lmc), 0.1);
    free(os);
    PASS();
}

SUITE(suite_bsll)
{
    RUN_TEST(nuisance_marginalisation_is_covariance);
    RUN_TEST(bk_nonlocal_is_c9_shift);
    RUN_TEST(bk_table_set_matches_ff);
    RUN_TEST(bk_massless_limit);
    RUN_TEST(bk_scalar_massless);
    RUN_TEST(bk_low_q2_rate_vs_estimate);
    RUN_TEST(rk_sm);
    RUN_TEST(c9mu_improves_quarks);
    RUN_TEST(matching_seed_eqs_2_1_and_2_2);
    RUN_TEST(matching_seed_eq_5_1);
    RUN_TEST(matching_z_penguin);
    RUN_TEST(bs_mumu_sm_published);
    RUN_TEST(bs_ee_helicity_suppression);
    RUN_TEST(bs_mumu_time_integration);
    RUN_TEST(bs_mumu_scalar_does_not_interfere);
    RUN_TEST(bs_mumu_effective_lifetime);
    RUN_TEST(rk0s_tabulated_likelihood);
    RUN_TEST(bk_sm_vs_flavio);
    RUN_TEST(dms_sm);
    RUN_TEST(dms_new_physics);
}
