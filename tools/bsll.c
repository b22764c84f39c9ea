/* SPDX-License-Identifier: MIT */
/*
 * bsll.c -- b -> s l l and Delta F = 2 observables as quadratic forms in
 * x = (1, wet), wet = the WET new-physics coefficients at mu_b (smelt.h
 * SMELT_WET_LIST).  Formulas and conventions: PHYSICS.md sections 1.1, 3.1,
 * 5; reference implementation flavio (bdecays/bll.py,
 * mesonmixing/), read for conventions only.
 */
#include <math.h>
#include <string.h>

#include "bsll.h"
#include "bvll.h"
#include "bsgamma.h"
#include "qcdf.h"

static const double PI = 3.14159265358979323846;

/*
 * B_s -> l+ l- (PHYSICS.md 3.1):
 *   BR_0 = tau |N|^2 m^3 f^2 beta (|P|^2 + |S|^2) / (32 pi),
 *   P = (2 m_l/m)(C10 - C10') + m m_b/(m_b + m_s) (C_P - C_P'),
 *   S = beta m m_b/(m_b + m_s) (C_S - C_S'),
 * and the untagged time-integrated rate (arXiv:1204.1737)
 *   BRbar = BR_0 (1 + A_DG y_s)/(1 - y_s^2),
 *   A_DG = (Re P^2 - Re S^2)/(|P|^2 + |S|^2).
 * For real coefficients (1 + A_DG y)(P^2 + S^2) = (1+y) P^2 + (1-y) S^2,
 * so BRbar = K [P^2/(1 - y) + S^2/(1 + y)]: an exact quadratic form.
 */
const bsll_lepton_wc bsll_lwc[2] = {
    {WET(C9_bsee), WET(C9p_bsee), WET(C10_bsee), WET(C10p_bsee),
     WET(CS_bsee), WET(CSp_bsee), WET(CP_bsee), WET(CPp_bsee)},
    {WET(C9_bsmumu), WET(C9p_bsmumu), WET(C10_bsmumu), WET(C10p_bsmumu),
     WET(CS_bsmumu), WET(CSp_bsmumu), WET(CP_bsmumu), WET(CPp_bsmumu)}};

/* P and S (real parts, x = (1, wet)) up to a common factor */
static void bs_ll_amps(const bsll_inputs *in, int l, gen_amp *P, gen_amp *S)
{
    const bsll_lepton_wc *w = &bsll_lwc[l];
    double m = in->m_Bs, ml = in->m_l[l];
    double beta = sqrt(1 - 4 * ml * ml / (m * m));
    double ks = m * in->m_b / (in->m_b + in->m_s);
    gen_amp_zero(P);
    gen_amp_zero(S);
    P->v[0] = 2 * ml / m * in->C10_SM;
    P->v[GEN_X(w->c10)] = 2 * ml / m;
    P->v[GEN_X(w->c10p)] = -2 * ml / m;
    P->v[GEN_X(w->cp)] = ks;
    P->v[GEN_X(w->cpp)] = -ks;
    S->v[GEN_X(w->cs)] = beta * ks;
    S->v[GEN_X(w->csp)] = -beta * ks;
}

void bsll_bs_ll(const bsll_inputs *in, int l, gen_qform *br)
{
    double m = in->m_Bs, ml = in->m_l[l], y = in->y_s;
    double beta = sqrt(1 - 4 * ml * ml / (m * m));
    double K = in->tau_Bs * in->norm.N * in->norm.N * m * m * m * in->f_Bs *
               in->f_Bs * beta / (32 * PI);
    gen_amp P, S;
    bs_ll_amps(in, l, &P, &S);
    gen_qf_zero(br);
    gen_qf_add_herm(br, K / (1 - y), &P, &P);
    gen_qf_add_herm(br, K / (1 + y), &S, &S);
}

/*
 * Effective lifetime of B_s -> l l (De Bruyn et al. arXiv:1204.1737,
 * eq. 19 there; flavio's bll.py tau_ll):
 *   tau_eff = tau_Bs/(1 - y^2) (1 + 2 A_DG y + y^2)/(1 + A_DG y).
 * With real coefficients, P and S as in bsll_bs_ll,
 *   (P^2 + S^2)(1 + A y)          = (1 + y) P^2 + (1 - y) S^2,
 *   (P^2 + S^2)(1 + 2 A y + y^2)  = (1 + y)^2 P^2 + (1 - y)^2 S^2,
 * so tau_eff = tau_Bs [P^2 (1+y)/(1-y) + S^2 (1-y)/(1+y)]
 *                     / [(1+y) P^2 + (1-y) S^2],
 * a ratio of two quadratic forms (num/den; common factors dropped).
 * SM (S = 0): tau_Bs/(1 - y_s), the heavy-eigenstate lifetime.
 */
void bsll_bs_tau_eff(const bsll_inputs *in, int l, gen_qform *num,
                     gen_qform *den)
{
    gen_amp P, S;
    double y = in->y_s;
    bs_ll_amps(in, l, &P, &S);
    gen_qf_zero(num);
    gen_qf_zero(den);
    gen_qf_add_herm(num, in->tau_Bs * (1 + y) / (1 - y), &P, &P);
    gen_qf_add_herm(num, in->tau_Bs * (1 - y) / (1 + y), &S, &S);
    gen_qf_add_herm(den, 1 + y, &P, &P);
    gen_qf_add_herm(den, 1 - y, &S, &S);
}

double bsll_b0_ll_sm(const bsll_inputs *in, int l)
{
    /* same formula with lambda_t -> V_tb V_td^*, y_d ~ 0 */
    double m = in->m_B0, ml = in->m_l[l];
    double beta = sqrt(1 - 4 * ml * ml / (m * m));
    double N = in->norm.N / in->norm.lambda_t * in->lambda_td;
    double P = 2 * ml / m * in->C10_SM;
    return in->tau_B0 * N * N * m * m * m * in->f_B0 * in->f_B0 * beta * P *
           P / (32 * PI);
}

double bsll_S0(double x)
{
    /* Inami-Lim box function (PHYSICS.md section 5) */
    return (4 * x - 11 * x * x + x * x * x) / (4 * (1 - x) * (1 - x)) -
           3 * x * x * x * log(x) / (2 * (1 - x) * (1 - x) * (1 - x));
}

double bsll_cvll_sm_lo(const bsll_inputs *in)
{
    double xt = in->mt_mt * in->mt_mt / (in->m_W * in->m_W);
    double lt = in->norm.lambda_t;
    return -in->norm.GF * in->norm.GF * in->m_W * in->m_W /
           (4 * PI * PI) * lt * lt * bsll_S0(xt);
}

double bsll_dms_sm(const bsll_inputs *in)
{
    /* Delta M_s = G_F^2 m_W^2/(6 pi^2) m f^2 Bhat eta_B S0(x_t) |lambda_t|^2 */
    double xt = in->mt_mt * in->mt_mt / (in->m_W * in->m_W);
    double lt = in->norm.lambda_t;
    return in->norm.GF * in->norm.GF * in->m_W * in->m_W / (6 * PI * PI) *
           in->m_Bs * in->f_Bs * in->f_Bs * in->bag_hat_Bs * in->eta_B *
           bsll_S0(xt) * lt * lt;
}

/*
 * Delta M_s = 2|M_12| with M_12 proportional to C_VLL^SM + C_VLL^NP, both
 * compared at the electroweak scale where the NP coefficient is matched:
 * the QCD running below it is common to both and cancels in the ratio
 * (PHYSICS.md section 5).  The WET input CVLL_bsbs is at mu_b and carries
 * the LO running factor eta_vll, so C^NP(mu_EW) = wet / eta_vll.  The form
 * holds Delta M_s^SM (1 + r), r real; the observable is its absolute
 * value (SMELT_OBS_ABS), exact for real coefficients.
 */
void bsll_dms(const bsll_inputs *in, gen_qform *dms)
{
    double sm = bsll_dms_sm(in);
    double csm = bsll_cvll_sm_lo(in);
    gen_amp one, lin;
    gen_amp_zero(&one);
    gen_amp_zero(&lin);
    one.v[0] = 1;
    lin.v[0] = sm;
    lin.v[GEN_X(WET(CVLL_bsbs))] = sm / (in->norm.eta_vll * csm);
    gen_qf_zero(dms);
    /* a linear function as a quadratic form: Re(one * lin) */
    gen_qf_add_herm(dms, 1.0, &one, &lin);
}

/* ------------------------------------------------------------------ */
/* inputs                                                              */
/* ------------------------------------------------------------------ */

#include <stdlib.h>

#include "rng.h"
#include "wet_sm.h"

/* "name central sigma unit" lines of flavour_inputs.dat */
/* correlation matrix of group `group` restricted to names[0..n-1] */
static void fi_corr(const gen_datafile *f, const char *group, int n,
                    const char *const *names, double *rho)
{
    char tok[16][64];
    int i, k, a, b;
    for (i = 0; i < f->n; i++) {
        int nt = gen_tokens(f->lines[i], tok, 16), m, idx[16];
        if (nt != 3 || strcmp(tok[0], "corr") != 0 || strcmp(tok[1], group))
            continue;
        m = (int)gen_atof(f, i, tok[2]);
        gen_tokens(f->lines[i + 1], tok, 16);
        for (a = 0; a < n; a++) {
            idx[a] = -1;
            for (k = 0; k < m; k++)
                if (strcmp(tok[k], names[a]) == 0)
                    idx[a] = k;
            if (idx[a] < 0) {
                fprintf(stderr, "bsll: %s not in group %s\n", names[a], group);
                exit(1);
            }
        }
        for (a = 0; a < n; a++) {
            gen_tokens(f->lines[i + 2 + idx[a]], tok, 16);
            for (b = 0; b < n; b++)
                rho[a * n + b] = gen_atof(f, i + 2 + idx[a], tok[idx[b]]);
        }
        return;
    }
    fprintf(stderr, "bsll: %s: correlation group %s missing\n", f->path, group);
    exit(1);
}

/* The parameters varied for the theory covariance, with their central
 * values and the Cholesky factor of their covariance. */
enum { N_NL = 32 }; /* room for the nuisance list */

enum {
    P_FBS, P_FB0, P_VUS, P_VCB, P_VUB, P_GAMMA, P_TAU_BS, P_TAU_B0, P_YS,
    P_BAG1, P_MT, P_ALPHAS, P_TAU_BP, N_PAR
};

typedef struct {
    double central[N_PAR];
    double chol[N_PAR * N_PAR];
    /* fixed inputs */
    double GF, alpha_e_MZ, mZ, s2w, m_Bs, m_B0, m_mu, m_e, m_b, m_s, eta_B;
    double m_Bp, m_Kp, m_K0, m_Kst0, m_Kstp, m_phi;
    double br_xs, br_xs_sigma; /* NNLO SM BR(B -> X_s gamma) */
    wet_sm_inputs wet;
    ff_bk_fit ff;
    ff_bv_fit ff_kst, ff_phi;
    qcdf_inputs qcdf;
    wet_sm_coeffs wsm;
    double mc_pole, mb_pole;
    /* B -> K* subleading hadronic nuisances (bvll_nonlocal.dat) */
    int n_nl, nl_coef[N_NL], nl_hel[N_NL], nl_im[N_NL];
    double nl_sigma[N_NL][3]; /* B0, B+, Bs */
    double nl_chol[9];        /* Cholesky factor of their correlation */
    /* B -> K: delta C9 a, b (GeV^-2), c; Re and Im; B0/B+ correlation */
    double nlk_sigma[3], nlk_rho;
} bsll_params;

/* Read the nuisance list of tools/data/bvll_nonlocal.dat. */
static void nl_load(bsll_params *p, const char *datadir)
{
    gen_datafile f;
    char tok[8][64];
    int i;
    gen_data_read(&f, datadir, "bvll_nonlocal.dat");
    p->n_nl = 0;
    /* correlation between the mesons' copies of each parameter */
    memset(p->nl_chol, 0, sizeof p->nl_chol);
    p->nl_chol[0] = p->nl_chol[4] = p->nl_chol[8] = 1;
    p->nl_chol[1] = p->nl_chol[3] = gen_param(&f, "nl_corr_B0_Bp");
    p->nl_chol[2] = p->nl_chol[6] = gen_param(&f, "nl_corr_B0_Bs");
    p->nl_chol[5] = p->nl_chol[7] = gen_param(&f, "nl_corr_Bp_Bs");
    if (!gen_cholesky(p->nl_chol, 3))
        gen_data_die(&f, -1, "nuisance correlation not positive definite",
                     "nl_corr_*");
    p->nlk_rho = gen_param(&f, "nlk_corr_B0_Bp");
    for (i = 0; i < 3; i++)
        p->nlk_sigma[i] = -1;
    for (i = 0; i < f.n; i++) {
        int nt = gen_tokens(f.lines[i], tok, 8);
        const char *hel = "0+-";
        if (strcmp(tok[0], "nlk") == 0) {
            /* nlk COEF SIGMA, the same for Re and Im */
            if (nt != 3 || strlen(tok[1]) != 1 ||
                strchr("abc", tok[1][0]) == NULL)
                gen_data_die(&f, i, "malformed B -> K nuisance record",
                             tok[0]);
            p->nlk_sigma[tok[1][0] - 'a'] = gen_atof(&f, i, tok[2]);
            continue;
        }
        if (strcmp(tok[0], "nl") != 0)
            continue;
        if (nt != 6 || strlen(tok[1]) != 1 || strchr("abc", tok[1][0]) == NULL ||
            strlen(tok[2]) != 1 || strchr(hel, tok[2][0]) == NULL ||
            (strcmp(tok[3], "Re") != 0 && strcmp(tok[3], "Im") != 0))
            gen_data_die(&f, i, "malformed nuisance record", tok[0]);
        if (p->n_nl == N_NL)
            gen_data_die(&f, i, "too many nuisance parameters", tok[1]);
        p->nl_coef[p->n_nl] = tok[1][0] - 'a';
        p->nl_hel[p->n_nl] = (int)(strchr(hel, tok[2][0]) - hel);
        p->nl_im[p->n_nl] = tok[3][0] == 'I';
        p->nl_sigma[p->n_nl][0] = p->nl_sigma[p->n_nl][1] =
            gen_atof(&f, i, tok[4]);
        p->nl_sigma[p->n_nl][2] = gen_atof(&f, i, tok[5]);
        p->n_nl++;
    }
    for (i = 0; i < 3; i++)
        if (p->nlk_sigma[i] < 0)
            gen_data_die(&f, -1, "B -> K nuisance missing", "nlk");
    gen_data_free(&f);
}

/*
 * Seed 003's "phenomenological data-driven" (PDD) non-local model,
 * tools/data/bvll_nonlocal_pdd.dat: HEPfit's flat priors on the h_lambda
 * (|h| in [0, MAX], phase in [0, 2 pi)) times its Gaussian constraints
 * (B -> K* gamma in Delta C7 units, |h_+(0)/h_-(0)|, the KMPW-sized
 * |g-tilde_i(1 GeV^2)|).  HEPfit samples these jointly with the data; a
 * fixed-covariance likelihood can only take their spread into the theory
 * covariance, so the theory Monte Carlo takes its h_lambda from a
 * Metropolis chain on prior x constraints (importance weighting of prior
 * draws keeps only ~150 of 200000: too few).  One component (|h_j| and
 * its phase) is updated per step, |h_j| reflected at 0 and MAX.
 */
#define N_MC 2000
#define MC_SEED 20230608669ULL /* arXiv:2306.08669 */
enum { N_NLPAR = 2 * BSLL_HL_N }; /* Re, Im of each h_lambda parameter */
#define PDD_SWEEPS 50   /* sweeps of all 8 components between draws */
#define PDD_BURN 2000   /* sweeps discarded at the start */
typedef struct {
    double complex (*h)[BSLL_HL_N]; /* N_MC draws */
    double acc;                     /* acceptance rate */
    /* second moments of (Re h_0, Im h_0, Re h_1, ...) over the draws
     * (the means vanish: the prior and the constraints are invariant
     * under one common phase of all h) -- the PDD-fit prior */
    double cov[N_NLPAR * N_NLPAR];
} pdd_chain;

/* rms |h_j| of the chain, from its second moments */
static double pdd_rms(const pdd_chain *pc, int j)
{
    return sqrt(pc->cov[2 * j * (N_NLPAR + 1)] +
                pc->cov[(2 * j + 1) * (N_NLPAR + 1)]);
}

static double pdd_chi2(const bsll_inputs *in, const double complex *h,
                       const double *mu, const double *sig)
{
    double c[BV_PDDC_N], chi = 0;
    int k;
    bvll_pdd_constraints(in, h, c);
    for (k = 0; k < BV_PDDC_N; k++)
        chi += (c[k] - mu[k]) * (c[k] - mu[k]) / (sig[k] * sig[k]);
    return chi;
}

void bsll_pdd_load(const char *datadir, double hmax[BSLL_HL_N],
                   double mu[BV_PDDC_N], double sig[BV_PDDC_N])
{
    static const char *const hname[BSLL_HL_N] = {
        "h0_0", "hp_0", "hm_0", "h0_1", "hp_1", "hm_1", "hp_2", "hm_2"};
    static const char *const cname[BV_PDDC_N] = {
        "DC7_1", "DC7_2", "hp0_hm0", "gt1", "gt2", "gt3"};
    gen_datafile f;
    char tok[8][64];
    int i, j, k;
    for (j = 0; j < BSLL_HL_N; j++)
        hmax[j] = -1;
    for (k = 0; k < BV_PDDC_N; k++)
        sig[k] = -1;
    gen_data_read(&f, datadir, "bvll_nonlocal_pdd.dat");
    for (i = 0; i < f.n; i++) {
        int nt = gen_tokens(f.lines[i], tok, 8);
        int isc = strcmp(tok[0], "pddc") == 0;
        if (!isc && strcmp(tok[0], "pdd") != 0)
            continue;
        if (nt != 4)
            gen_data_die(&f, i, "malformed PDD record", tok[0]);
        for (j = 0; j < (isc ? BV_PDDC_N : BSLL_HL_N); j++)
            if (strcmp(tok[1], isc ? cname[j] : hname[j]) == 0)
                break;
        if (j == (isc ? BV_PDDC_N : BSLL_HL_N))
            gen_data_die(&f, i, "unknown PDD parameter", tok[1]);
        if (isc) {
            mu[j] = gen_atof(&f, i, tok[2]);
            sig[j] = gen_atof(&f, i, tok[3]);
        } else {
            hmax[j] = gen_atof(&f, i, tok[2]);
        }
    }
    for (j = 0; j < BSLL_HL_N; j++)
        if (!(hmax[j] > 0))
            gen_data_die(&f, -1, "PDD prior missing", hname[j]);
    for (k = 0; k < BV_PDDC_N; k++)
        if (!(sig[k] > 0))
            gen_data_die(&f, -1, "PDD constraint missing", cname[k]);
    gen_data_free(&f);
}

static void pdd_chain_build(const bsll_inputs *in, const char *datadir,
                            pdd_chain *pc)
{
    double hmax[BSLL_HL_N], mu[BV_PDDC_N], sig[BV_PDDC_N];
    double r[BSLL_HL_N], ph[BSLL_HL_N], chi;
    double complex h[BSLL_HL_N];
    long n_acc = 0, n_try = 0;
    gen_rng rng;
    int j, k, t;
    bsll_pdd_load(datadir, hmax, mu, sig);
    pc->h = malloc(sizeof *pc->h * N_MC);
    memset(pc->cov, 0, sizeof pc->cov);
    gen_rng_seed(&rng, MC_SEED + 5);
    /* start mid-box with phase 0 */
    for (j = 0; j < BSLL_HL_N; j++) {
        r[j] = hmax[j] / 2;
        ph[j] = 0;
        h[j] = r[j];
    }
    chi = pdd_chi2(in, h, mu, sig);
    for (t = -PDD_BURN; t < N_MC * PDD_SWEEPS; t++) {
        for (j = 0; j < BSLL_HL_N; j++) {
            /* symmetric proposal: |h| +- 0.1 MAX reflected into
             * [0, MAX], phase +- 0.5 rad */
            double rn = r[j] + 0.1 * hmax[j] * (2 * gen_rng_u01(&rng) - 1);
            double pn = ph[j] + 0.5 * (2 * gen_rng_u01(&rng) - 1);
            double complex old = h[j];
            double cn;
            if (rn < 0)
                rn = -rn;
            if (rn > hmax[j])
                rn = 2 * hmax[j] - rn;
            h[j] = rn * cos(pn) + I * rn * sin(pn);
            cn = pdd_chi2(in, h, mu, sig);
            n_try++;
            if (cn <= chi || gen_rng_u01(&rng) < exp(-(cn - chi) / 2)) {
                r[j] = rn;
                ph[j] = pn;
                chi = cn;
                n_acc++;
            } else {
                h[j] = old;
            }
        }
        if (t >= 0 && (t + 1) % PDD_SWEEPS == 0) {
            double v[N_NLPAR];
            memcpy(pc->h[t / PDD_SWEEPS], h, sizeof h);
            for (j = 0; j < BSLL_HL_N; j++) {
                v[2 * j] = creal(h[j]);
                v[2 * j + 1] = cimag(h[j]);
            }
            for (j = 0; j < N_NLPAR; j++)
                for (k = 0; k < N_NLPAR; k++)
                    pc->cov[j * N_NLPAR + k] += v[j] * v[k] / N_MC;
        }
    }
    pc->acc = (double)n_acc / (double)n_try;
}

/* One draw of the nuisances into in (B0, B+, Bs correlated). */
static void nl_draw(const bsll_params *p, gen_rng *rng, bsll_inputs *in)
{
    int k, ch;
    memset(in->nl_a, 0, sizeof in->nl_a);
    memset(in->nl_b, 0, sizeof in->nl_b);
    memset(in->nl_c, 0, sizeof in->nl_c);
    for (k = 0; k < p->n_nl; k++) {
        double u[3], z[3];
        int a;
        for (a = 0; a < 3; a++)
            u[a] = gen_rng_normal(rng);
        for (a = 0; a < 3; a++)
            z[a] = p->nl_chol[a * 3] * u[0] + p->nl_chol[a * 3 + 1] * u[1] +
                   p->nl_chol[a * 3 + 2] * u[2];
        for (ch = 0; ch < 3; ch++) {
            double complex v = p->nl_sigma[k][ch] * z[ch] *
                               (p->nl_im[k] ? I : 1);
            double complex *t = p->nl_coef[k] == 0   ? in->nl_a[ch]
                                : p->nl_coef[k] == 1 ? in->nl_b[ch]
                                                     : in->nl_c[ch];
            t[p->nl_hel[k]] += v;
        }
    }
    /* B -> K: after the B -> V ones, so that adding them left those
     * draws unchanged */
    memset(in->nlk_a, 0, sizeof in->nlk_a);
    memset(in->nlk_b, 0, sizeof in->nlk_b);
    memset(in->nlk_c, 0, sizeof in->nlk_c);
    for (k = 0; k < 6; k++) {
        const double r = p->nlk_rho, r2 = sqrt(1 - r * r);
        double z0 = gen_rng_normal(rng), zp = r * z0 + r2 * gen_rng_normal(rng);
        double complex u = k % 2 ? I : 1;
        double complex *t = k / 2 == 0 ? in->nlk_a : k / 2 == 1 ? in->nlk_b
                                                                : in->nlk_c;
        t[0] += p->nlk_sigma[k / 2] * z0 * u;
        t[1] += p->nlk_sigma[k / 2] * zp * u;
    }
}

static void params_load(bsll_params *p, const char *datadir,
                        const char *ff_name)
{
    static const char *const fb[2] = {"f_Bs", "f_B0"};
    static const char *const ckm[4] = {"Vus_smelli", "Vcb_smelli",
                                       "Vub_smelli", "gamma_smelli"};
    gen_datafile fi, sm;
    double sig[N_PAR], rho[16];
    int i, j;
    gen_data_read(&fi, datadir, "flavour_inputs.dat");
    gen_data_read(&sm, datadir, "sm_inputs.dat");
    wet_sm_load_dir(&p->wet, datadir);
    p->GF = gen_param(&sm, "GF");
    p->alpha_e_MZ = gen_param(&sm, "alpha_e_MZ");
    p->mZ = gen_param(&sm, "m_Z");
    p->s2w = gen_param(&sm, "s2w");
    memset(p->chol, 0, sizeof p->chol);
    p->central[P_FBS] = gen_param_sigma(&fi, "f_Bs", &sig[P_FBS]);
    p->central[P_FB0] = gen_param_sigma(&fi, "f_B0", &sig[P_FB0]);
    p->central[P_VUS] = gen_param_sigma(&fi, "Vus_smelli", &sig[P_VUS]);
    p->central[P_VCB] = gen_param_sigma(&fi, "Vcb_smelli", &sig[P_VCB]);
    p->central[P_VUB] = gen_param_sigma(&fi, "Vub_smelli", &sig[P_VUB]);
    p->central[P_GAMMA] = gen_param_sigma(&fi, "gamma_smelli", &sig[P_GAMMA]);
    p->central[P_TAU_BS] = gen_param_sigma(&fi, "tau_Bs", &sig[P_TAU_BS]);
    p->central[P_TAU_B0] = gen_param_sigma(&fi, "tau_B0", &sig[P_TAU_B0]);
    p->central[P_YS] = gen_param_sigma(&fi, "y_s", &sig[P_YS]);
    p->central[P_BAG1] = gen_param_sigma(&fi, "bag_Bs_1", &sig[P_BAG1]);
    p->central[P_MT] = gen_param_sigma(&fi, "m_t", &sig[P_MT]);
    p->central[P_ALPHAS] = gen_param_sigma(&fi, "alpha_s", &sig[P_ALPHAS]);
    p->m_Bs = gen_param_sigma(&fi, "m_Bs", NULL);
    p->m_B0 = gen_param_sigma(&fi, "m_B0", NULL);
    p->m_mu = gen_param_sigma(&fi, "m_mu", NULL);
    p->m_e = gen_param_sigma(&fi, "m_e", NULL);
    p->m_b = gen_param_sigma(&fi, "m_b", NULL);
    p->m_s = gen_param_sigma(&fi, "m_s", NULL);
    p->eta_B = gen_param_sigma(&fi, "eta_tt_Bs", NULL);
    p->m_Bp = gen_param_sigma(&fi, "m_B+", NULL);
    p->m_Kp = gen_param_sigma(&fi, "m_K+", NULL);
    p->m_K0 = gen_param_sigma(&fi, "m_K0", NULL);
    p->central[P_TAU_BP] = gen_param_sigma(&fi, "tau_B+", &sig[P_TAU_BP]);
    p->m_Kst0 = gen_param_sigma(&fi, "m_K*0", NULL);
    p->m_Kstp = gen_param_sigma(&fi, "m_K*+", NULL);
    p->m_phi = gen_param_sigma(&fi, "m_phi", NULL);
    p->br_xs = gen_param_sigma(&fi, "BR_Xsgamma_SM", &p->br_xs_sigma);
    nl_load(p, datadir);
    qcdf_load_inputs(&p->qcdf, datadir);
    if (ff_bv_load(&p->ff_kst, datadir, "BKstar") != 0 ||
        ff_bv_load(&p->ff_phi, datadir, "Bsphi") != 0) {
        fprintf(stderr, "bsll: cannot load the B->V form factors\n");
        exit(1);
    }
    if (ff_bk_load(&p->ff, datadir, ff_name) != 0) {
        fprintf(stderr, "bsll: unknown B->K form-factor fit '%s'\n", ff_name);
        exit(1);
    }
    {
        wet_sm_inputs w = p->wet;
        wet_sm_compute(&w, SMELT_SCALE_B_GEV, &p->wsm);
        p->mc_pole = wet_mc_pole(&w);
        p->mb_pole = wet_mb_pole(&w);
    }
    /* covariance: correlated groups, the rest independent */
    for (i = 0; i < N_PAR; i++)
        p->chol[i * N_PAR + i] = sig[i] * sig[i];
    fi_corr(&fi, "B_decay_constants", 2, fb, rho);
    p->chol[P_FBS * N_PAR + P_FB0] = p->chol[P_FB0 * N_PAR + P_FBS] =
        rho[1] * sig[P_FBS] * sig[P_FB0];
    fi_corr(&fi, "ckm_smelli", 4, ckm, rho);
    for (i = 0; i < 4; i++)
        for (j = 0; j < 4; j++)
            p->chol[(P_VUS + i) * N_PAR + P_VUS + j] =
                rho[i * 4 + j] * sig[P_VUS + i] * sig[P_VUS + j];
    if (!gen_cholesky(p->chol, N_PAR)) {
        fprintf(stderr, "bsll: input covariance not positive definite\n");
        exit(1);
    }
    gen_data_free(&fi);
    gen_data_free(&sm);
}

/* V_tb V_ts^* and V_tb V_td^* in the standard parametrisation from
 * |V_us|, |V_cb|, |V_ub| and gamma (delta = gamma to O(lambda^4)). */
static void ckm_lambda(double vus, double vcb, double vub, double gam,
                       double complex *lt_s, double complex *lt_d)
{
    double complex v[3][3];
    gen_ckm(vus, vcb, vub, gam, v);
    *lt_s = v[2][2] * conj(v[2][1]);
    *lt_d = v[2][2] * conj(v[2][0]);
}

/* alpha_e(mu) from alpha_e(M_Z) by one-loop QED running with the five
 * quarks and three leptons lighter than M_Z active:
 * 1/alpha(mu) = 1/alpha(M_Z) + (2/3pi) sum N_c Q^2 ln(M_Z/mu), sum = 20/3.
 * (PHYSICS.md: 1/alpha_e(4.8 GeV) ~ 132.1.) */
static double alpha_e_at(double alpha_mz, double mz, double mu)
{
    const double pi = 3.14159265358979323846;
    return 1 / (1 / alpha_mz + 2.0 / (3 * pi) * 20.0 / 3 * log(mz / mu));
}

static void inputs_from(const bsll_params *p, const double *v,
                        const double *ffpar, const double *ffkst,
                        const double *ffphi, bsll_inputs *in)
{
    double complex lts, ltd;
    wet_sm_inputs w = p->wet;
    wet_sm_coeffs cw;
    double as_b, as_z, as42, eta;
    w.alpha_s_MZ = v[P_ALPHAS];
    w.mt_pole = v[P_MT];
    ckm_lambda(v[P_VUS], v[P_VCB], v[P_VUB], v[P_GAMMA], &lts, &ltd);
    as_b = wet_alpha_s(&w, SMELT_SCALE_B_GEV, 0);
    as_z = wet_alpha_s(&w, p->mZ, 0);
    /* LO running of C_VLL from mu_EW = M_Z to mu_b: gamma0 = 4,
     * exponent gamma0/(2 beta0) = 6/23 for n_f = 5 */
    eta = pow(as_z / as_b, 6.0 / 23);
    /* lambda_t taken real (its phase is ~0.02 rad), sign of Re */
    match_norm_init(&in->norm, p->GF,
                    alpha_e_at(p->alpha_e_MZ, p->mZ, SMELT_SCALE_B_GEV),
                    creal(lts) < 0 ? -cabs(lts) : cabs(lts), p->s2w, eta);
    in->m_Bs = p->m_Bs;
    in->m_B0 = p->m_B0;
    in->tau_Bs = v[P_TAU_BS];
    in->tau_B0 = v[P_TAU_B0];
    in->f_Bs = v[P_FBS];
    in->f_B0 = v[P_FB0];
    in->y_s = v[P_YS];
    in->m_b = p->m_b;
    in->m_s = p->m_s;
    in->m_l[0] = p->m_e;
    in->m_l[1] = p->m_mu;
    in->lambda_td = cabs(ltd);
    /* beta = arg(-V_cd V_cb^* / (V_td V_tb^*)) = arg(V_tb V_td^*) in the
     * standard parametrisation (V_cd V_cb^* < 0 real to O(lambda^5)) */
    in->sin2beta = sin(2 * carg(ltd));
    in->br_xsgamma_sm = p->br_xs;
    /* C10 is QCD-scale independent: take it at the matching scale */
    wet_sm_match(&w, &cw);
    in->C10_SM = cw.c[10];
    in->m_W = w.mW;
    {
        /* fixed point m = m_t(m) */
        double m = w.mt_pole;
        int it;
        for (it = 0; it < 20; it++)
            m = wet_mt_msbar(&w, m);
        in->mt_mt = m;
    }
    /* RGI bag parameter from flavio's MSbar B_1(4.2 GeV) (NLO, n_f = 5):
     * Bhat = B(mu) alpha_s(mu)^(-6/23) (1 + alpha_s(mu)/(4 pi) J_5),
     * J_5 = 5165/3174 (Buras, Jamin, Weisz 1990) */
    as42 = wet_alpha_s(&w, 4.2, 0);
    in->bag_hat_Bs = v[P_BAG1] * pow(as42, -6.0 / 23) *
                     (1 + as42 / (4 * PI) * 5165.0 / 3174);
    in->eta_B = p->eta_B;
    in->m_Bp = p->m_Bp;
    in->m_Kp = p->m_Kp;
    in->m_K0 = p->m_K0;
    in->tau_Bp = v[P_TAU_BP];
    in->ff = p->ff;
    memcpy(in->ff_par, ffpar != NULL ? ffpar : p->ff.central,
           sizeof in->ff_par);
    in->m_Kst0 = p->m_Kst0;
    in->m_Kstp = p->m_Kstp;
    in->ff_kst = p->ff_kst;
    memcpy(in->ff_kst_par, ffkst != NULL ? ffkst : p->ff_kst.central,
           sizeof in->ff_kst_par);
    in->qcdf = p->qcdf;
    in->qcdf_off = 0;
    in->qcdf_mc = NULL;
    in->m_phi = p->m_phi;
    in->ff_phi = p->ff_phi;
    memcpy(in->ff_phi_par, ffphi != NULL ? ffphi : p->ff_phi.central,
           sizeof in->ff_phi_par);
    in->wsm = p->wsm;
    memset(in->nl_a, 0, sizeof in->nl_a);
    memset(in->nl_b, 0, sizeof in->nl_b);
    memset(in->nl_c, 0, sizeof in->nl_c);
    memset(in->nlk_a, 0, sizeof in->nlk_a);
    memset(in->nlk_b, 0, sizeof in->nlk_b);
    memset(in->nlk_c, 0, sizeof in->nlk_c);
    in->nl_model = BSLL_NL_FLAVIO;
    memset(in->hl, 0, sizeof in->hl);
    in->mc_pole = p->mc_pole;
    in->mb_pole = p->mb_pole;
}

int bsll_nl_model(const char *name)
{
    if (strcmp(name, "flavio") == 0)
        return BSLL_NL_FLAVIO;
    if (strcmp(name, "PDD") == 0)
        return BSLL_NL_PDD;
    if (strcmp(name, "PDD-fit") == 0)
        return BSLL_NL_PDD_FIT;
    return -1;
}

void bsll_load_inputs(bsll_inputs *in, const char *datadir)
{
    bsll_load_inputs_ff(in, datadir, BSLL_FF_BK_DEFAULT);
}

void bsll_load_inputs_ff(bsll_inputs *in, const char *datadir,
                         const char *ff_name)
{
    bsll_params p;
    params_load(&p, datadir, ff_name);
    inputs_from(&p, p.central, NULL, NULL, NULL, in);
}

/*
 * B -> K l+ l- (Bobeth, Hiller, Piranishvili arXiv:0709.4174, section 4,
 * with flavio's operator normalisation; massless limit = PHYSICS.md 3.2):
 *   d Gamma/dq^2 = 2 (a + c/3),
 *   a = G0 sqrt(lam) beta [ q^2 |F_P|^2 + lam/4 (|F_A|^2 + |F_V|^2)
 *                           + 4 m_l^2 m_B^2 |F_A|^2
 *                           + 2 m_l (m_B^2 - m_K^2 + q^2) Re(F_P F_A^*) ],
 *   c = -G0 sqrt(lam) beta^3 lam/4 (|F_A|^2 + |F_V|^2),
 *   G0 = G_F^2 alpha_e^2 |lambda_t|^2 / (512 pi^5 m_B^3),
 *   F_V = (C9eff(q^2) + C9 + C9') f+ + 2 m_b/(m_B + m_K) (C7eff + C7 + C7') f_T,
 *   F_A = (C10 + C10') f+,
 *   F_P = m_l (C10 + C10') [ (m_B^2 - m_K^2)/q^2 (f0 - f+) - f+ ].
 * Scalar and pseudoscalar operators (flavio basis: O_S = m_b (s P_R b)(l l)
 * e^2/16pi^2, so <K|s b|B> = (m_B^2 - m_K^2)/(m_b - m_s) f0 brings
 * m_b/(m_b - m_s); BHP's F_S, F_P; flavio's angular.py h_S, h_P):
 *   F_S = (m_B^2 - m_K^2)/2 f0 m_b/(m_b - m_s) (C_S + C_S'),
 *   F_P += (m_B^2 - m_K^2)/2 f0 m_b/(m_b - m_s) (C_P + C_P'),
 * and a gains q^2 beta^2 |F_S|^2 (F_S interferes with F_V only in the
 * forward-backward term, which the rate integrates away).  The SM
 * parts C7eff, C9eff = C9 + Y(q^2), C10 are the NLL values of wet_sm.c.
 * m_b in the dipole term: MSbar m_b(m_b).
 */
static void bk_dgamma_add(const bsll_inputs *in, int charged, int l,
                          double q2, double w, gen_qform *g)
{
    static const int c7[2] = {WET(C7_bs), WET(C7p_bs)};
    const bsll_lepton_wc *lw = &bsll_lwc[l];
    /* unprimed and primed enter B -> K with the same sign */
    const int c9[2] = {lw->c9, lw->c9p}, c10[2] = {lw->c10, lw->c10p};
    const int cs[2] = {lw->cs, lw->csp}, cp[2] = {lw->cp, lw->cpp};
    double mB = charged ? in->m_Bp : in->m_B0;
    double mK = charged ? in->m_Kp : in->m_K0;
    double ml = in->m_l[l];
    double lam = gen_kallen(mB, mK, q2);
    double beta2 = 1 - 4 * ml * ml / q2, beta, fp, f0, fT, kap, g0, fpp, ksp;
    double complex c9eff, c7eff = in->wsm.c[7];
    gen_amp FV, FA, FP, FS;
    int k;
    if (lam <= 0 || beta2 <= 0)
        return;
    beta = sqrt(beta2);
    ff_bk_eval(&in->ff, in->ff_par, q2, &fp, &f0, &fT);
    kap = 2 * in->m_b / (mB + mK);
    c9eff = in->wsm.c[9] + wet_Y(&in->wsm, q2, in->wsm.mu, in->mc_pole,
                                 in->mb_pole);
    gen_amp_zero(&FV);
    gen_amp_zero(&FA);
    gen_amp_zero(&FP);
    gen_amp_zero(&FS);
    ksp = (mB * mB - mK * mK) / 2 * f0 * in->m_b / (in->m_b - in->m_s);
    /* subleading hadronic nuisances (flavio's B -> P parametrisation,
     * bvll_nonlocal.dat "nlk"): delta C9 = a + b q^2 below 9 GeV^2, c
     * above 14 GeV^2; 0 at the central point */
    if (q2 <= 9)
        c9eff += in->nlk_a[charged] + in->nlk_b[charged] * q2;
    else if (q2 > 14)
        c9eff += in->nlk_c[charged];
    /* the two-loop O1, O2, O8 matrix elements (qcdf.c: delta C7, delta C9,
     * helicity independent, as flavio adds them to C7eff, C9eff of every
     * exclusive mode); their expansion holds below 8.9 GeV^2 */
    if (!in->qcdf_off && (q2 < QCDF_Q2_MAX || q2 > 14)) {
        /* low- and high-q^2 expansions (~1 us; no spectator term in
         * B -> K at this order, so no cache needed) */
        double complex d7, d9;
        if (qcdf_delta_c79_all(in, &in->qcdf, q2, &d7, &d9) == 0) {
            c7eff += d7;
            c9eff += d9;
        }
    }
    FV.v[0] = c9eff * fp + kap * c7eff * fT;
    FA.v[0] = in->C10_SM * fp;
    fpp = ml * ((mB * mB - mK * mK) / q2 * (f0 - fp) - fp);
    FP.v[0] = in->C10_SM * fpp;
    for (k = 0; k < 2; k++) {
        FV.v[GEN_X(c9[k])] = fp;
        FV.v[GEN_X(c7[k])] = kap * fT;
        FA.v[GEN_X(c10[k])] = fp;
        FP.v[GEN_X(c10[k])] = fpp;
        FP.v[GEN_X(cp[k])] = ksp;
        FS.v[GEN_X(cs[k])] = ksp;
    }
    g0 = in->norm.GF * in->norm.GF * in->norm.alpha_e * in->norm.alpha_e *
         in->norm.lambda_t * in->norm.lambda_t /
         (512 * PI * PI * PI * PI * PI * mB * mB * mB);
    w *= 2 * g0 * sqrt(lam) * beta;
    /* 2(a + c/3): |F_V|^2 and |F_A|^2 get lam/4 (1 - beta^2/3) */
    gen_qf_add_herm(g, w * q2, &FP, &FP);
    gen_qf_add_herm(g, w * q2 * beta2, &FS, &FS);
    gen_qf_add_herm(g, w * lam / 4 * (1 - beta2 / 3), &FV, &FV);
    gen_qf_add_herm(g, w * (lam / 4 * (1 - beta2 / 3) + 4 * ml * ml * mB * mB),
                    &FA, &FA);
    gen_qf_add_herm(g, w * 2 * ml * (mB * mB - mK * mK + q2), &FP, &FA);
}

void bsll_bk_gamma(const bsll_inputs *in, int charged, int l, double q2min,
                   double q2max, int npts, gen_qform *g)
{
    double x[128], wt[128], mB = charged ? in->m_Bp : in->m_B0;
    double mK = charged ? in->m_Kp : in->m_K0, ml = in->m_l[l];
    double lo = q2min, hi = q2max;
    int i;
    /* the physical region only: 4 m_l^2 <= q^2 <= (m_B - m_K)^2 */
    if (lo < 4 * ml * ml)
        lo = 4 * ml * ml;
    if (hi > (mB - mK) * (mB - mK))
        hi = (mB - mK) * (mB - mK);
    gen_qf_zero(g);
    /* substitution q^2 = lo + (hi - lo) u^2 removes the sqrt(beta)-type
     * endpoint behaviour at threshold from the quadrature */
    gen_gauss_legendre(npts, 0, 1, x, wt);
    for (i = 0; i < npts; i++) {
        double q2 = lo + (hi - lo) * x[i] * x[i];
        bk_dgamma_add(in, charged, l, q2, wt[i] * 2 * x[i] * (hi - lo), g);
    }
}

/* ------------------------------------------------------------------ */
/* observables                                                         */
/* ------------------------------------------------------------------ */

enum {
    K_BS_EE, K_BS_MUMU, K_B0_EE, K_B0_MUMU, K_DMS, K_TAU_MUMU, K_BPK_MUMU,
    K_B0K_MUMU,
    K_RK_P, K_RK_0, N_KIND,
    /* B -> V (bvll.c): K_BV0 + 9 obs + 3 meson + lepton, meson 0 (B0 ->
     * K*0), 1 (B+ -> K*+), 2 (B_s -> phi), lepton 0 (e), 1 (mu), 2 (mu/e
     * ratio) */
    K_BV0 = N_KIND,
    /* b -> s gamma (bsgamma.c): K_BG0 + BG_* */
    K_BG0 = K_BV0 + 9 * BV_NOBS,
    /* Belle's D_mue P4', P5' = P'(B0 -> K* mu mu) - P'(B0 -> K* e e) */
    K_DMUE_P4P = K_BG0 + BG_NOBS, K_DMUE_P5P,
    /* PDD-fit: the prior of nuisance nl_* j as a pseudo-measurement of
     * the parameter itself, K_NLPRIOR0 + j in SMELT_NL_LIST order */
    K_NLPRIOR0
};

/* the two B -> K* kinds whose difference a D_mue kind is */
static int dmue_term(int kind, int lep)
{
    int obs = kind == K_DMUE_P4P ? BV_P4P : BV_P5P;
    return K_BV0 + 9 * obs + lep; /* meson 0: B0 -> K*0 */
}

static int kind_of(const char *name)
{
    static const char *const names[N_KIND] = {
        "BR(Bs->ee)", "BR(Bs->mumu)", "BR(B0->ee)", "BR(B0->mumu)",
        "DeltaM_s", "tau_mumu", "<dBR/dq2>(B+->Kmumu)", "<dBR/dq2>(B0->Kmumu)",
        "<Rmue>(B+->Kll)", "<Rmue>(B0->Kll)"};
    int k, obs, charged, lep;
    for (k = 0; k < N_KIND; k++)
        if (strcmp(name, names[k]) == 0)
            return k;
    obs = bvll_kind(name, &charged, &lep);
    if (obs >= 0)
        return K_BV0 + 9 * obs + 3 * charged + (lep < 0 ? 2 : lep);
    obs = bsgamma_kind(name);
    if (obs >= 0)
        return K_BG0 + obs;
    if (strcmp(name, "<Dmue_P4p>(B0->K*ll)") == 0)
        return K_DMUE_P4P;
    if (strcmp(name, "<Dmue_P5p>(B0->K*ll)") == 0)
        return K_DMUE_P5P;
    return -1;
}

/* q^2 points per bin; the generator checks the result against twice as
 * many (bsll_build) */
#define BK_NPTS 24

/* Build num (and den, for ratios; den->m[0][0] = 0 means none; den2 for
 * num/sqrt(den den2), den2->m[0][0] = 0 means none) */
static void kind_form(int kind, const bsll_inputs *in, double q2a, double q2b,
                      int npts, gen_qform *q, gen_qform *den, gen_qform *den2)
{
    gen_qf_zero(den);
    gen_qf_zero(den2);
    switch (kind) {
    case K_BS_EE: bsll_bs_ll(in, 0, q); break;
    case K_BS_MUMU: bsll_bs_ll(in, 1, q); break;
    case K_B0_EE:
    case K_B0_MUMU:
        /* b -> d new physics is not in smelt's coefficient set: SM only */
        gen_qf_zero(q);
        q->m[0][0] = bsll_b0_ll_sm(in, kind == K_B0_EE ? 0 : 1);
        break;
    case K_DMS: bsll_dms(in, q); break;
    case K_TAU_MUMU: bsll_bs_tau_eff(in, 1, q, den); break;
    case K_BPK_MUMU:
    case K_B0K_MUMU: {
        /* bin average of dBR/dq^2, GeV^-2 (flavio's <dBR/dq2>) */
        int ch = kind == K_BPK_MUMU;
        double tau = ch ? in->tau_Bp : in->tau_B0;
        bsll_bk_gamma(in, ch, 1, q2a, q2b, npts, q);
        gen_qf_axpy(q, tau / (q2b - q2a) - 1, q);
        break;
    }
    case K_RK_P:
    case K_RK_0: {
        /* R_K = Gamma(mu mu)/Gamma(e e) in the same bin (seed 000 eq. 1.2) */
        int ch = kind == K_RK_P;
        bsll_bk_gamma(in, ch, 1, q2a, q2b, npts, q);
        bsll_bk_gamma(in, ch, 0, q2a, q2b, npts, den);
        break;
    }
    default: {
        if (kind >= K_NLPRIOR0) {
            /* the parameter itself: x^T M x with M_0j = M_j0 = 1/2 */
            const int x = GEN_X(WET(nl_h0_0_re) + kind - K_NLPRIOR0);
            gen_qf_zero(q);
            q->m[0][x] = q->m[x][0] = 0.5;
            break;
        }
        if (kind >= K_BG0) {
            bsgamma_obs(in, kind - K_BG0, q, den);
            break;
        }
        /* B -> V l l (bvll.c), kind = K_BV0 + 9 obs + 3 meson + lep */
        int r = kind - K_BV0;
        bvll_bin(in, r / 9, (r / 3) % 3, r % 3 == 2 ? -1 : r % 3, q2a, q2b,
                 npts, q, den, den2);
        break;
    }
    }
}

/* SM value of num/den or num/sqrt(den den2) (zero forms: absent) */
static double form_value(const gen_qform *q, const gen_qform *d,
                         const gen_qform *d2)
{
    if (d2->m[0][0] != 0)
        return q->m[0][0] / sqrt(d->m[0][0] * d2->m[0][0]);
    return d->m[0][0] != 0 ? q->m[0][0] / d->m[0][0] : q->m[0][0];
}

static double kind_sm(int kind, const bsll_inputs *in, double a, double b)
{
    if (kind == K_DMUE_P4P || kind == K_DMUE_P5P)
        return kind_sm(dmue_term(kind, 1), in, a, b) -
               kind_sm(dmue_term(kind, 0), in, a, b);
    {
    gen_qform *q = malloc(sizeof *q), *d = malloc(sizeof *d),
              *d2 = malloc(sizeof *d2);
    double v;
    kind_form(kind, in, a, b, BK_NPTS, q, d, d2);
    v = form_value(q, d, d2);
    free(q);
    free(d);
    free(d2);
    return v;
    }
}

/* one observable found in the data files */
typedef struct {
    int kind, cat;
    double q2a, q2b;
} entry;

enum { MAXN = 256, MAXB = 32 /* observables per block */ };

/* The data files' measurements of the observables implemented so far,
 * combined as smelli's fast likelihood combines them: the product of all
 * measurement Gaussians, i.e. the precisions add,
 *     V^-1 = sum_blocks V_b^-1,   V^-1 m = sum_blocks V_b^-1 m_b
 * (each block's V_b embedded in the observables it measures).  For one
 * observable measured twice independently (tau_mumu: LHCb and CMS) this
 * is the weighted average; for an independent measurement of an
 * observable that is also in a correlated block (ATLAS P5' and LHCb's
 * P-basis fit in [4,6]) it keeps the correlations of the block. */
typedef struct {
    entry ent[MAXN];
    double *prec; /* MAXN x MAXN, the summed V_b^-1 */
    double h[MAXN];
    int n, n_blocks_read, n_repeat, skipped;
    double worst; /* q^2 quadrature check */
} meas_acc;

/* The forms of kind for bin e in o (o's name etc. already set), with the
 * quadrature check against twice the points. */
static void obs_forms(meas_acc *acc, const bsll_inputs *in, gen_obs *o,
                      int kind, const entry *e)
{
    gen_qform *q2, *d2, *e2;
    o->flags |= kind == K_DMS ? SMELT_OBS_ABS : 0;
    o->num = malloc(sizeof *o->num);
    o->den = malloc(sizeof *o->den);
    o->den2 = malloc(sizeof *o->den2);
    kind_form(kind, in, e->q2a, e->q2b, BK_NPTS, o->num, o->den, o->den2);
    if (kind >= K_BPK_MUMU && kind < K_NLPRIOR0) {
        /* quadrature check against twice the points: relative for rates;
         * for the ratios (O(1) by construction, some exactly 0 in the SM,
         * like P6' and S7) the difference of the values, relative to
         * max(|O|, 0.01) */
        double r, v1 = form_value(o->num, o->den, o->den2), v2;
        q2 = malloc(sizeof *q2);
        d2 = malloc(sizeof *d2);
        e2 = malloc(sizeof *e2);
        kind_form(kind, in, e->q2a, e->q2b, 2 * BK_NPTS, q2, d2, e2);
        v2 = form_value(q2, d2, e2);
        r = fabs(v2 - v1) /
            (o->den->m[0][0] != 0 ? fmax(fabs(v1), 0.01) : fabs(v1));
        acc->worst = r > acc->worst ? r : acc->worst;
        free(q2);
        free(d2);
        free(e2);
    }
    if (o->den2->m[0][0] != 0) {
        o->flags |= SMELT_OBS_SQRT_DEN;
    } else {
        free(o->den2);
        o->den2 = NULL;
    }
    if (o->den->m[0][0] == 0) {
        free(o->den);
        o->den = NULL;
    }
}

static int find_or_add(meas_acc *acc, const bsll_inputs *in, gen_obs *obs,
                       const entry *e, const char *name, const char *args)
{
    int j;
    gen_obs *o;
    for (j = 0; j < acc->n; j++)
        if (acc->ent[j].kind == e->kind && acc->ent[j].cat == e->cat &&
            acc->ent[j].q2a == e->q2a && acc->ent[j].q2b == e->q2b) {
            acc->n_repeat++;
            return j;
        }
    if (acc->n == MAXN) {
        fprintf(stderr, "bsll: more than %d observables\n", MAXN);
        exit(1);
    }
    acc->ent[acc->n] = *e;
    o = &obs[acc->n];
    memset(o, 0, sizeof *o);
    snprintf(o->name, sizeof o->name, "%s", name);
    snprintf(o->args, sizeof o->args, "%s", strcmp(args, "-") == 0 ? "" : args);
    o->category = e->cat;
    o->space = SMELT_SPACE_WET;
    if (e->kind == K_DMUE_P4P || e->kind == K_DMUE_P5P) {
        /* a difference of two P' observables, each with its own forms */
        int t;
        o->flags = SMELT_OBS_DIFF;
        for (t = 0; t < 2; t++) {
            gen_obs *u = calloc(1, sizeof *u);
            snprintf(u->name, sizeof u->name, "<%s>(B0->K*%s)",
                     e->kind == K_DMUE_P4P ? "P4p" : "P5p",
                     t == 0 ? "mumu" : "ee");
            snprintf(u->args, sizeof u->args, "%s", o->args);
            u->category = o->category;
            u->space = o->space;
            obs_forms(acc, in, u, dmue_term(e->kind, 1 - t), e);
            o->sub[t] = u;
        }
    } else {
        obs_forms(acc, in, o, e->kind, e);
    }
    snprintf(o->comment, sizeof o->comment, "SM %.6g",
             kind_sm(e->kind, in, e->q2a, e->q2b));
    return acc->n++;
}

/* Read the blocks of category lik ("quark" or "lfu") of one data file. */
static void read_blocks(meas_acc *acc, const bsll_inputs *in,
                        const gen_datafile *d, const char *lik, int cat,
                        gen_obs *obs)
{
    char tok[MAXB + 2][64];
    int i;
    for (i = 0; i < d->n; i++) {
        int nt = gen_tokens(d->lines[i], tok, MAXB + 2), bn, k, a, c;
        int idx[MAXB], nk = 0, gauss, numerical, mcol;
        double m[MAXB], sig[MAXB], cov[MAXB * MAXB];
        if (nt < 5 || strcmp(tok[0], "block") != 0 ||
            strcmp(tok[3], lik) != 0)
            continue;
        gauss = strcmp(tok[2], "gauss") == 0;
        numerical = strcmp(tok[2], "numerical") == 0;
        bn = (int)gen_atof(d, i, tok[4]);
        if (!gauss && !numerical && strcmp(tok[2], "indep") != 0)
            gen_data_die(d, i, "unknown block kind", tok[2]);
        if ((numerical && bn != 1) || bn < 1 || bn > MAXB)
            gen_data_die(d, i, "bad number of observables", tok[4]);
        /* columns of the Gaussian's mean and standard deviation:
         * indep "meas": MEAN SIGMA (the exact moments of flavio's
         * distribution); gauss "gmeas": CENTRAL SIGMA; numerical (LHCb
         * R_K0S, R_K*+): the "napprox" MODE and ERR_UP -- the tabulated
         * likelihood replaced by the Gaussian at its mode with the upper
         * 68% highest-density width, which follows R_K0S's table to 0.15
         * in chi^2 for 0.6 < R < 1.05, where b -> s mu mu models put R;
         * the pdf's mean and standard deviation miss it there by up to
         * 1.5 (README accuracy table; test rk0s_tabulated_likelihood) */
        mcol = gauss || numerical ? 4 : 8;
        for (k = 0; k < bn; k++) {
            entry e;
            int line = numerical ? i + 2 : i + 1 + k;
            if (gen_tokens(d->lines[line], tok, MAXB + 2) < mcol + 2 ||
                strcmp(tok[0], numerical ? "napprox"
                               : gauss   ? "gmeas"
                                         : "meas") != 0)
                gen_data_die(d, line, "malformed record", tok[0]);
            e.kind = kind_of(tok[2]);
            idx[k] = -1;
            m[k] = gen_atof(d, line, tok[mcol]);
            sig[k] = gen_atof(d, line, tok[mcol + 1]);
            if (e.kind < 0) {
                acc->skipped++; /* an observable of a later step */
                continue;
            }
            e.cat = cat;
            e.q2a = e.q2b = 0;
            if (strcmp(tok[3], "-") != 0 &&
                sscanf(tok[3], "q2min=%lf,q2max=%lf", &e.q2a, &e.q2b) != 2)
                gen_data_die(d, line, "bad arguments", tok[3]);
            idx[k] = find_or_add(acc, in, obs, &e, tok[2], tok[3]);
            nk++;
        }
        if (nk == 0)
            continue;
        /* covariance of the implemented entries (correlation rows
         * follow the gmeas lines); unimplemented entries are
         * marginalised, i.e. their rows and columns dropped */
        for (a = 0; a < bn; a++)
            for (c = 0; c < bn; c++)
                cov[a * MAXB + c] = a == c ? sig[a] * sig[a] : 0;
        if (gauss) {
            for (a = 0; a < bn; a++) {
                int line = i + bn + 1 + a;
                if (gen_tokens(d->lines[line], tok, MAXB + 2) != bn + 1 ||
                    strcmp(tok[0], "corr") != 0)
                    gen_data_die(d, line, "malformed correlation row",
                                 tok[0]);
                for (c = 0; c < bn; c++)
                    cov[a * MAXB + c] =
                        gen_atof(d, line, tok[1 + c]) * sig[a] * sig[c];
            }
        }
        {
            double ck[MAXB * MAXB];
            int ka[MAXB], na = 0;
            for (a = 0; a < bn; a++)
                if (idx[a] >= 0)
                    ka[na++] = a;
            for (a = 0; a < na; a++)
                for (c = 0; c < na; c++)
                    ck[a * na + c] = cov[ka[a] * MAXB + ka[c]];
            if (!gen_spd_inverse(ck, na))
                gen_data_die(d, i, "covariance not positive definite",
                             tok[1]);
            for (a = 0; a < na; a++) {
                int ia = idx[ka[a]];
                for (c = 0; c < na; c++) {
                    int ic = idx[ka[c]];
                    acc->prec[ia * MAXN + ic] += ck[a * na + c];
                    acc->h[ia] += ck[a * na + c] * m[ka[c]];
                }
            }
        }
        acc->n_blocks_read++;
    }
}

/* PDD-fit: the prior of the nl_* parameters (the Gaussian with the PDD
 * chain's second moments) as 16 pseudo-measurements "prior(nl_...)" = 0
 * of the parameters themselves, appended to the quarks category */
static void add_nl_prior(meas_acc *acc, const bsll_inputs *in, gen_obs *obs,
                         const double *cov)
{
    static const char *const names[N_NLPAR] = {
#define NL_NAME_(n) #n,
        SMELT_NL_LIST(NL_NAME_)
#undef NL_NAME_
    };
    double prec[N_NLPAR * N_NLPAR];
    int idx[N_NLPAR], a, b;
    memcpy(prec, cov, sizeof prec);
    if (!gen_spd_inverse(prec, N_NLPAR)) {
        fprintf(stderr, "bsll: PDD prior covariance not positive definite\n");
        exit(1);
    }
    for (a = 0; a < N_NLPAR; a++) {
        entry e;
        char name[64];
        e.kind = K_NLPRIOR0 + a;
        e.cat = SMELT_CAT_quarks;
        e.q2a = e.q2b = 0;
        snprintf(name, sizeof name, "prior(%s)", names[a]);
        idx[a] = find_or_add(acc, in, obs, &e, name, "-");
    }
    for (a = 0; a < N_NLPAR; a++)
        for (b = 0; b < N_NLPAR; b++)
            acc->prec[idx[a] * MAXN + idx[b]] += prec[a * N_NLPAR + b];
}

void bsll_build(const bsll_inputs *in, const char *datadir, gen_obs *obs,
                int *n_obs, gen_block *blocks, int *n_blocks)
{
    static const char *const fname[3] = {"bsll_sector1.dat", "df2.dat",
                                         "bsll_sector2.dat"};
    gen_datafile files[3];
    meas_acc *acc = calloc(1, sizeof *acc);
    int first = *n_obs, n, fi, j, t, cat;
    double *cov_exp, *sm_s, mean[MAXN];
    bsll_params p;
    gen_rng rng, rng_kst, rng_nl, rng_phi, rng_xs;
    qcdf_cache qc;
    pdd_chain pdd;

    for (fi = 0; fi < 3; fi++)
        gen_data_read(&files[fi], datadir, fname[fi]);
    acc->prec = calloc((size_t)MAXN * MAXN, sizeof *acc->prec);
    memset(&pdd, 0, sizeof pdd);
    /* PDD table sets: h_lambda from a Metropolis chain (MC_SEED + 5) */
    if (in->nl_model != BSLL_NL_FLAVIO) {
        pdd_chain_build(in, datadir, &pdd);
        fprintf(stderr,
                "bsll: PDD non-local model: Metropolis chain, %d draws "
                "every %d sweeps, acceptance %.2f; rms |hm_0| (-delta C7) "
                "%.3g, |hm_1| (-delta C9) %.3g, |hp_0| %.3g, |hp_1| %.3g "
                "GeV^-2, |h0_0| %.3g GeV^-1\n",
                N_MC, PDD_SWEEPS, pdd.acc, pdd_rms(&pdd, BSLL_HL_HM_0),
                pdd_rms(&pdd, BSLL_HL_HM_1), pdd_rms(&pdd, BSLL_HL_HP_0),
                pdd_rms(&pdd, BSLL_HL_HP_1), pdd_rms(&pdd, BSLL_HL_H0_0));
    }
    /* Observables are appended category by category (quarks, then lfu) so
     * that each category is one contiguous block. */
    for (cat = 0; cat < 2; cat++) {
        for (fi = 0; fi < 3; fi++)
            read_blocks(acc, in, &files[fi], cat == 0 ? "quark" : "lfu",
                        cat == 0 ? SMELT_CAT_quarks : SMELT_CAT_lfu,
                        obs + *n_obs);
        if (cat == 0 && in->nl_model == BSLL_NL_PDD_FIT)
            add_nl_prior(acc, in, obs + *n_obs, pdd.cov);
    }
    n = acc->n;
    /* the combined Gaussian: V = (sum V_b^-1)^-1, m = V sum V_b^-1 m_b */
    cov_exp = malloc(sizeof *cov_exp * (size_t)n * (size_t)n);
    for (j = 0; j < n; j++)
        for (t = 0; t < n; t++)
            cov_exp[j * n + t] = acc->prec[j * MAXN + t];
    if (!gen_spd_inverse(cov_exp, n)) {
        fprintf(stderr, "bsll: combined precision not positive definite\n");
        exit(1);
    }
    for (j = 0; j < n; j++) {
        gen_obs *o = &obs[first + j];
        o->measured = 0;
        for (t = 0; t < n; t++)
            o->measured += cov_exp[j * n + t] * acc->h[t];
        o->sigma_exp = sqrt(cov_exp[j * n + j]);
    }
    if (acc->worst > 1e-8) {
        fprintf(stderr, "bsll: q^2 quadrature not converged (%g)\n",
                acc->worst);
        exit(1);
    }

    /* theory covariance: SM predictions over N_MC draws of the inputs and
     * of the form-factor coefficients (their published covariance) */
    params_load(&p, datadir, in->ff.name);
    gen_rng_seed(&rng, MC_SEED);
    /* the B -> K* form factors draw from their own stream, so that adding
     * them left the sector-I draws (and tables) unchanged */
    gen_rng_seed(&rng_kst, MC_SEED + 1);
    /* and the B -> K* subleading hadronic nuisances from a third */
    gen_rng_seed(&rng_nl, MC_SEED + 2);
    /* and the B_s -> phi form factors from a fourth */
    gen_rng_seed(&rng_phi, MC_SEED + 3);
    /* and the NNLO SM BR(B -> X_s gamma) from a fifth */
    gen_rng_seed(&rng_xs, MC_SEED + 4);
    sm_s = malloc(sizeof *sm_s * (size_t)N_MC * (size_t)n);
    /* the QCDF terms at their central values for every draw (qcdf.h) */
    qcdf_cache_init(&qc, 1 << 16);
    gen_qf_sm_only(1);
    {
        /* fill the cache at the central inputs, before any draw */
        bsll_inputs *ci = malloc(sizeof *ci);
        *ci = *in;
        ci->qcdf_mc = &qc;
        for (j = 0; j < n; j++)
            kind_sm(acc->ent[j].kind, ci, acc->ent[j].q2a, acc->ent[j].q2b);
        free(ci);
    }
    for (t = 0; t < N_MC; t++) {
        double v[N_PAR], ffp[FF_BK_NPAR], ffk[FF_BV_NPAR], ffs[FF_BV_NPAR];
        bsll_inputs *si = malloc(sizeof *si);
        gen_rng_mvnormal(&rng, N_PAR, p.central, p.chol, v);
        ff_bk_sample(&p.ff, &rng, ffp);
        ff_bv_sample(&p.ff_kst, &rng_kst, ffk);
        ff_bv_sample(&p.ff_phi, &rng_phi, ffs);
        inputs_from(&p, v, ffp, ffk, ffs, si);
        nl_draw(&p, &rng_nl, si);
        /* PDD: h_lambda drawn; PDD-fit: they are parameters, 0 in the
         * SM-only Monte Carlo, and flavio's low-q^2 nuisances are off */
        si->nl_model = in->nl_model;
        if (in->nl_model == BSLL_NL_PDD)
            memcpy(si->hl, pdd.h[t], sizeof si->hl);
        si->qcdf_mc = &qc;
        si->br_xsgamma_sm = p.br_xs + p.br_xs_sigma * gen_rng_normal(&rng_xs);
        for (j = 0; j < n; j++)
            sm_s[t * n + j] = kind_sm(acc->ent[j].kind, si, acc->ent[j].q2a,
                                    acc->ent[j].q2b);
        free(si);
    }
    gen_qf_sm_only(0);
    qcdf_cache_free(&qc);
    for (j = 0; j < n; j++) {
        mean[j] = 0;
        for (t = 0; t < N_MC; t++)
            mean[j] += sm_s[t * n + j] / N_MC;
    }
    /* one block per category: experiment + theory (correlated through
     * the common inputs) */
    for (cat = 0; cat < 2; cat++) {
        int c0 = -1, cn = 0, a, b2;
        gen_block *b;
        for (j = 0; j < n; j++) {
            if (acc->ent[j].cat == (cat == 0 ? SMELT_CAT_quarks : SMELT_CAT_lfu)) {
                if (c0 < 0)
                    c0 = j;
                cn++;
            }
        }
        if (cn == 0)
            continue;
        b = &blocks[(*n_blocks)++];
        b->first = first + c0;
        b->n = cn;
        b->cov = malloc(sizeof *b->cov * (size_t)cn * (size_t)cn);
        for (a = 0; a < cn; a++) {
            for (b2 = 0; b2 < cn; b2++) {
                int ia = c0 + a, ib = c0 + b2;
                double c = 0;
                for (t = 0; t < N_MC; t++)
                    c += (sm_s[t * n + ia] - mean[ia]) *
                         (sm_s[t * n + ib] - mean[ib]);
                c /= N_MC - 1;
                if (a == b2)
                    obs[first + ia].sigma_th = sqrt(c);
                /* build_whitening adds sigma_th^2 on the diagonal */
                b->cov[a * cn + b2] = cov_exp[ia * n + ib] + (a == b2 ? 0 : c);
            }
        }
    }
    free(sm_s);
    free(pdd.h);
    *n_obs += n;
    fprintf(stderr,
            "bsll: %d observables from %d blocks (%d repeated measurements "
            "combined, %d of later steps skipped); q^2 quadrature %d vs "
            "%d points: %.2g; theory covariance from %d draws (each "
            "variance to ~%.0f%%)\n",
            n, acc->n_blocks_read, acc->n_repeat, acc->skipped, BK_NPTS,
            2 * BK_NPTS, acc->worst, N_MC,
            100 * sqrt(2.0 / N_MC));
    for (fi = 0; fi < 3; fi++)
        gen_data_free(&files[fi]);
    free(cov_exp);
    free(acc->prec);
    free(acc);
}
