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
void bsll_bs_ll(const bsll_inputs *in, int l, gen_qform *br)
{
    static const int c10[2] = {WET(C10_bsee), WET(C10_bsmumu)};
    static const int c10p[2] = {WET(C10p_bsee), WET(C10p_bsmumu)};
    static const int cs[2] = {WET(CS_bsee), WET(CS_bsmumu)};
    static const int csp[2] = {WET(CSp_bsee), WET(CSp_bsmumu)};
    static const int cp[2] = {WET(CP_bsee), WET(CP_bsmumu)};
    static const int cpp[2] = {WET(CPp_bsee), WET(CPp_bsmumu)};
    double m = in->m_Bs, ml = in->m_l[l], y = in->y_s;
    double beta = sqrt(1 - 4 * ml * ml / (m * m));
    double ks = m * in->m_b / (in->m_b + in->m_s);
    double K = in->tau_Bs * in->norm.N * in->norm.N * m * m * m * in->f_Bs *
               in->f_Bs * beta / (32 * PI);
    gen_amp P, S;
    gen_amp_zero(&P);
    gen_amp_zero(&S);
    P.v[0] = 2 * ml / m * in->C10_SM;
    P.v[GEN_X(c10[l])] = 2 * ml / m;
    P.v[GEN_X(c10p[l])] = -2 * ml / m;
    P.v[GEN_X(cp[l])] = ks;
    P.v[GEN_X(cpp[l])] = -ks;
    S.v[GEN_X(cs[l])] = beta * ks;
    S.v[GEN_X(csp[l])] = -beta * ks;
    gen_qf_zero(br);
    gen_qf_add_herm(br, K / (1 - y), &P, &P);
    gen_qf_add_herm(br, K / (1 + y), &S, &S);
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
static double fi_get(const gen_datafile *f, const char *name, double *sigma)
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
    fprintf(stderr, "bsll: %s: parameter '%s' missing\n", f->path, name);
    exit(1);
}

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
enum {
    P_FBS, P_FB0, P_VUS, P_VCB, P_VUB, P_GAMMA, P_TAU_BS, P_TAU_B0, P_YS,
    P_BAG1, P_MT, P_ALPHAS, N_PAR
};

typedef struct {
    double central[N_PAR];
    double chol[N_PAR * N_PAR];
    /* fixed inputs */
    double GF, alpha_e_MZ, mZ, s2w, m_Bs, m_B0, m_mu, m_e, m_b, m_s, eta_B;
    wet_sm_inputs wet;
} bsll_params;

static void params_load(bsll_params *p, const char *datadir)
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
    p->central[P_FBS] = fi_get(&fi, "f_Bs", &sig[P_FBS]);
    p->central[P_FB0] = fi_get(&fi, "f_B0", &sig[P_FB0]);
    p->central[P_VUS] = fi_get(&fi, "Vus_smelli", &sig[P_VUS]);
    p->central[P_VCB] = fi_get(&fi, "Vcb_smelli", &sig[P_VCB]);
    p->central[P_VUB] = fi_get(&fi, "Vub_smelli", &sig[P_VUB]);
    p->central[P_GAMMA] = fi_get(&fi, "gamma_smelli", &sig[P_GAMMA]);
    p->central[P_TAU_BS] = fi_get(&fi, "tau_Bs", &sig[P_TAU_BS]);
    p->central[P_TAU_B0] = fi_get(&fi, "tau_B0", &sig[P_TAU_B0]);
    p->central[P_YS] = fi_get(&fi, "y_s", &sig[P_YS]);
    p->central[P_BAG1] = fi_get(&fi, "bag_Bs_1", &sig[P_BAG1]);
    p->central[P_MT] = fi_get(&fi, "m_t", &sig[P_MT]);
    p->central[P_ALPHAS] = fi_get(&fi, "alpha_s", &sig[P_ALPHAS]);
    p->m_Bs = fi_get(&fi, "m_Bs", NULL);
    p->m_B0 = fi_get(&fi, "m_B0", NULL);
    p->m_mu = fi_get(&fi, "m_mu", NULL);
    p->m_e = fi_get(&fi, "m_e", NULL);
    p->m_b = fi_get(&fi, "m_b", NULL);
    p->m_s = fi_get(&fi, "m_s", NULL);
    p->eta_B = fi_get(&fi, "eta_tt_Bs", NULL);
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
    double s13 = vub, c13 = sqrt(1 - s13 * s13);
    double s12 = vus / c13, c12 = sqrt(1 - s12 * s12);
    double s23 = vcb / c13, c23 = sqrt(1 - s23 * s23);
    double complex e = cexp(I * gam);
    double complex vtb = c23 * c13;
    double complex vts = -c12 * s23 - s12 * c23 * s13 * e;
    double complex vtd = s12 * s23 - c12 * c23 * s13 * e;
    *lt_s = vtb * conj(vts);
    *lt_d = vtb * conj(vtd);
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

static void inputs_from(const bsll_params *p, const double *v, bsll_inputs *in)
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
}

void bsll_load_inputs(bsll_inputs *in, const char *datadir)
{
    bsll_params p;
    params_load(&p, datadir);
    inputs_from(&p, p.central, in);
}

/* ------------------------------------------------------------------ */
/* observables                                                         */
/* ------------------------------------------------------------------ */

enum { K_BS_EE, K_BS_MUMU, K_B0_EE, K_B0_MUMU, K_DMS, N_KIND };

static int kind_of(const char *name)
{
    static const char *const names[N_KIND] = {
        "BR(Bs->ee)", "BR(Bs->mumu)", "BR(B0->ee)", "BR(B0->mumu)",
        "DeltaM_s"};
    int k;
    for (k = 0; k < N_KIND; k++)
        if (strcmp(name, names[k]) == 0)
            return k;
    return -1;
}

static void kind_form(int kind, const bsll_inputs *in, gen_qform *q)
{
    switch (kind) {
    case K_BS_EE: bsll_bs_ll(in, 0, q); break;
    case K_BS_MUMU: bsll_bs_ll(in, 1, q); break;
    case K_B0_EE:
    case K_B0_MUMU:
        /* b -> d new physics is not in smelt's coefficient set: SM only */
        gen_qf_zero(q);
        q->m[0][0] = bsll_b0_ll_sm(in, kind == K_B0_EE ? 0 : 1);
        break;
    default: bsll_dms(in, q); break;
    }
}

#define N_MC 2000
#define MC_SEED 20230608669ULL /* arXiv:2306.08669 */

void bsll_build(const bsll_inputs *in, const char *datadir, gen_obs *obs,
                int *n_obs, gen_block *blocks, int *n_blocks)
{
    gen_datafile f, df2;
    gen_datafile *files[2];
    char tok[16][64];
    int kinds[64], first = *n_obs, n = 0, fi, i, j, t;
    double cov_exp[64 * 64], *sm_s, mean[64];
    bsll_params p;
    gen_rng rng;
    gen_block *b;

    gen_data_read(&f, datadir, "bsll_sector1.dat");
    gen_data_read(&df2, datadir, "df2.dat");
    files[0] = &f;
    files[1] = &df2;
    memset(cov_exp, 0, sizeof cov_exp);
    for (fi = 0; fi < 2; fi++) {
        gen_datafile *d = files[fi];
        for (i = 0; i < d->n; i++) {
            int nt = gen_tokens(d->lines[i], tok, 16), bn, k, g0 = n;
            int gauss;
            if (nt < 5 || strcmp(tok[0], "block") != 0)
                continue;
            /* only the quark likelihood's blocks so far (the LFU ratios
             * need B -> K l l, the next step of this sector) */
            if (strcmp(tok[3], "quark") != 0)
                continue;
            gauss = strcmp(tok[2], "gauss") == 0;
            if (!gauss && strcmp(tok[2], "indep") != 0)
                continue;
            bn = (int)gen_atof(d, i, tok[4]);
            for (k = 1; k <= bn; k++) {
                gen_obs *o;
                int kind;
                gen_tokens(d->lines[i + k], tok, 16);
                kind = kind_of(tok[2]);
                if (kind < 0)
                    continue; /* an observable of a later step */
                o = &obs[*n_obs + n];
                memset(o, 0, sizeof *o);
                snprintf(o->name, sizeof o->name, "%s", tok[2]);
                snprintf(o->args, sizeof o->args, "%s",
                         strcmp(tok[3], "-") == 0 ? "" : tok[3]);
                o->category = SMELT_CAT_quarks;
                o->space = SMELT_SPACE_WET;
                o->flags = kind == K_DMS ? SMELT_OBS_ABS : 0;
                /* fast likelihood: the mean and standard deviation of
                 * flavio's distribution (see the data file header) */
                o->measured = gen_atof(d, i + k, tok[gauss ? 4 : 8]);
                o->sigma_exp = gen_atof(d, i + k, tok[gauss ? 5 : 9]);
                o->num = malloc(sizeof *o->num);
                kind_form(kind, in, o->num);
                snprintf(o->comment, sizeof o->comment, "SM %.6g (%s)",
                         o->num->m[0][0], d->path + strlen(datadir) + 1);
                kinds[n] = kind;
                cov_exp[n * 64 + n] = o->sigma_exp * o->sigma_exp;
                n++;
            }
            if (gauss) {
                /* correlation rows follow the gmeas lines */
                int a, c;
                for (a = 0; a < n - g0; a++) {
                    gen_tokens(d->lines[i + bn + 1 + a], tok, 16);
                    for (c = 0; c < n - g0; c++)
                        cov_exp[(g0 + a) * 64 + g0 + c] =
                            gen_atof(d, i + bn + 1 + a, tok[1 + c]) *
                            obs[*n_obs + g0 + a].sigma_exp *
                            obs[*n_obs + g0 + c].sigma_exp;
                }
            }
        }
    }

    /* theory covariance: SM predictions over N_MC draws of the inputs */
    params_load(&p, datadir);
    gen_rng_seed(&rng, MC_SEED);
    sm_s = malloc(sizeof *sm_s * (size_t)N_MC * (size_t)n);
    for (t = 0; t < N_MC; t++) {
        double v[N_PAR];
        bsll_inputs si;
        gen_rng_mvnormal(&rng, N_PAR, p.central, p.chol, v);
        inputs_from(&p, v, &si);
        for (j = 0; j < n; j++) {
            gen_qform q;
            kind_form(kinds[j], &si, &q);
            sm_s[t * n + j] = q.m[0][0];
        }
    }
    for (j = 0; j < n; j++) {
        mean[j] = 0;
        for (t = 0; t < N_MC; t++)
            mean[j] += sm_s[t * n + j] / N_MC;
    }
    b = &blocks[(*n_blocks)++];
    b->first = first;
    b->n = n;
    b->cov = malloc(sizeof *b->cov * (size_t)n * (size_t)n);
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
            double c = 0;
            for (t = 0; t < N_MC; t++)
                c += (sm_s[t * n + i] - mean[i]) * (sm_s[t * n + j] - mean[j]);
            c /= N_MC - 1;
            if (i == j)
                obs[first + i].sigma_th = sqrt(c);
            /* experiment + theory; build_whitening adds sigma_th^2 on the
             * diagonal, so store the off-diagonal theory part here */
            b->cov[i * n + j] = cov_exp[i * 64 + j] + (i == j ? 0 : c);
        }
    }
    free(sm_s);
    *n_obs += n;
    fprintf(stderr, "bsll: %d observables; theory covariance from %d draws "
                    "(relative precision of each variance ~%.0f%%)\n",
            n, N_MC, 100 * sqrt(2.0 / N_MC));
    gen_data_free(&f);
    gen_data_free(&df2);
}
