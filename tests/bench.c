/* SPDX-License-Identifier: MIT */
/*
 * bench.c -- `make bench`: chi^2 evaluations per second (exact and linear
 * mode, and a naive per-observable loop for comparison), and the
 * footprint of the tables.  A benchmark program, not a test: it prints
 * and never fails on timing.
 */
#include <stdio.h>
#include <time.h>

#include "smelt.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* the seed-000 benchmark point, varied slightly per call so that nothing
 * can be hoisted out of the loop */
static void point(smelt_real *c, int k)
{
    smelt_zprime m = {1, 2, 0, (smelt_real)0.206, 3000, (smelt_real)-0.0406};
    m.gzp = (smelt_real)(0.206 + 1e-6 * (k % 7));
    smelt_zprime_match(&m, c);
}

/* naive reference: predict each observable separately and form the
 * chi^2 with a diagonal error only (what a simple per-observable loop
 * costs; it ignores the Bhabha correlations, so it is a lower bound) */
static double naive_chi2(const smelt_real *c)
{
    double chi2 = 0;
    int i;
    for (i = 0; i < SMELT_N_OBS; i++) {
        smelt_obs_info info;
        smelt_real p;
        double r;
        smelt_obs_info_get(i, &info);
        smelt_obs_predict(i, c, SMELT_MODE_EXACT, &p);
        r = ((double)p - (double)info.measured) / (double)info.sigma_exp;
        chi2 += r * r;
    }
    return chi2;
}

typedef struct {
    const char *what;
    double per_sec, ns;
} row;

/* mode 0/1: smelt_chi2_eval_cats (exact/linear), or with scale > 0
 * smelt_chi2_eval_scale from that scale; 2: the naive loop; 3: only
 * smelt_wc_run from scale */
static row time_mode(const char *what, int mode, unsigned mask,
                     smelt_real (*cs)[SMELT_N_WC], int ncs, double scale)
{
    smelt_real c_ew[SMELT_N_WC];
    static smelt_real work[SMELT_CHI2_WORK_LEN];
    smelt_chi2_result r;
    volatile double sink = 0;
    long n = 0, batch = 1000;
    double t0 = now(), t;
    row out;
    do {
        long k;
        for (k = 0; k < batch; k++) {
            const smelt_real *c = cs[(n + k) % ncs];
            if (mode < 2 && scale > 0) {
                smelt_chi2_eval_scale(c, (smelt_real)scale, (smelt_mode)mode,
                                      mask, work, &r);
                sink += (double)r.dtotal;
            } else if (mode < 2) {
                smelt_chi2_eval_cats(c, (smelt_mode)mode, mask, work, &r);
                sink += (double)r.dtotal;
            } else if (mode == 3) {
                smelt_wc_run(c, (smelt_real)scale, c_ew);
                sink += (double)c_ew[k % SMELT_N_SMEFT];
            } else {
                sink += naive_chi2(c);
            }
        }
        n += batch;
        t = now() - t0;
    } while (t < 1.0);
    (void)sink;
    out.what = what;
    out.per_sec = (double)n / t;
    out.ns = 1e9 * t / (double)n;
    return out;
}

int main(void)
{
    static smelt_real cs[16][SMELT_N_WC];
    static char label[2][SMELT_N_CAT][64];
    row rows[3 + 2 * SMELT_N_CAT + 8];
    smelt_chi2_form f;
    int k, nrows = 3;
    for (k = 0; k < 16; k++)
        point(cs[k], k);
    rows[0] = time_mode("chi2 exact  (all categories)", SMELT_MODE_EXACT,
                        SMELT_CAT_ALL, cs, 16, 0);
    rows[1] = time_mode("chi2 linear (all categories)", SMELT_MODE_LINEAR,
                        SMELT_CAT_ALL, cs, 16, 0);
    rows[2] = time_mode("naive per-observable loop", 2, SMELT_CAT_ALL, cs, 16,
                        0);
    /* one category at a time (smelt_chi2_eval_cats) */
    for (k = 0; k < SMELT_N_CAT; k++) {
        smelt_obs_info info;
        int i, n = 0;
        for (i = 0; i < SMELT_N_OBS; i++)
            if (smelt_obs_info_get(i, &info) == SMELT_OK && info.category == k)
                n++;
        snprintf(label[0][k], sizeof label[0][k], "chi2 exact  (%s, %d obs)",
                 smelt_category_name(k), n);
        snprintf(label[1][k], sizeof label[1][k], "chi2 linear (%s)",
                 smelt_category_name(k));
        rows[nrows++] = time_mode(label[0][k], SMELT_MODE_EXACT,
                                  SMELT_CAT_BIT(k), cs, 16, 0);
        rows[nrows++] = time_mode(label[1][k], SMELT_MODE_LINEAR,
                                  SMELT_CAT_BIT(k), cs, 16, 0);
    }
    /* RG evolution: the same cost at a node of the tables (1e5 GeV is the
     * last one) as between nodes (3000, 777.7 GeV); the Z' point sets 46
     * coefficients at M_Z' */
    rows[nrows++] = time_mode("wc_run, Lambda = 1e5 (node)", 3, 0, cs, 16,
                              1e5);
    rows[nrows++] = time_mode("wc_run, Lambda = 3000", 3, 0, cs, 16, 3000);
    rows[nrows++] = time_mode("wc_run, Lambda = 777.7", 3, 0, cs, 16, 777.7);
    rows[nrows++] = time_mode("chi2 linear, Lambda = 1e5 (node)",
                              SMELT_MODE_LINEAR, SMELT_CAT_ALL, cs, 16, 1e5);
    rows[nrows++] = time_mode("chi2 linear, Lambda = 3000", SMELT_MODE_LINEAR,
                              SMELT_CAT_ALL, cs, 16, 3000);
    rows[nrows++] = time_mode("chi2 exact,  Lambda = 1e5 (node)",
                              SMELT_MODE_EXACT, SMELT_CAT_ALL, cs, 16, 1e5);
    rows[nrows++] = time_mode("chi2 exact,  Lambda = 3000", SMELT_MODE_EXACT,
                              SMELT_CAT_ALL, cs, 16, 3000);
    printf("smelt %s benchmark, smelt_real = %s, %d observables, %d "
           "coefficients\n\n", smelt_version(),
           sizeof(smelt_real) == sizeof(float) ? "float" : "double",
           SMELT_N_OBS, SMELT_N_WC);
    printf("%-34s %14s %12s\n", "evaluation", "per second", "ns each");
    for (k = 0; k < nrows; k++)
        printf("%-34s %14.0f %12.1f\n", rows[k].what, rows[k].per_sec,
               rows[k].ns);
    printf("\nlinear / exact speed ratio: %.1f\n",
           rows[1].per_sec / rows[0].per_sec);
    printf("exact / naive speed ratio:  %.2f\n",
           rows[0].per_sec / rows[2].per_sec);
    for (k = 0; k < SMELT_N_CAT; k++) {
        if (smelt_chi2_form_get(k, &f) == SMELT_OK)
            printf("category %-6s linear form over %d active coefficients\n",
                   smelt_category_name(k), f.n);
    }
    printf("\nfootprint: see 'size build/libsmelt.a' below and "
           "'make -C ports/cortex-m4 size' for the MCU numbers\n");
    return 0;
}
