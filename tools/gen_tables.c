/* SPDX-License-Identifier: MIT */
/*
 * gen_tables.c -- the table generator: runs every sector's physics once and
 * writes the const C tables the runtime reads.
 *
 *   usage: gen_tables DATADIR OUTDIR
 *
 * Output (deterministic: no timestamps, no paths, hex-float literals):
 *   OUTDIR/lep2.c      LEP-2 observables (quadratic forms), whitening matrix
 *   OUTDIR/registry.c  global observable index, categories (blocks, linear
 *                      chi^2 forms), sorted coefficient names
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ew.h"
#include "lep2.h"
#include "match.h"
#include "rge.h"
#include "bsll.h"
#include "../src/smelt_internal.h"

#define MAX_OBS 1024
#define MAX_BLOCKS 1024

typedef struct {
    const char *name;           /* file and symbol stem */
    int first_obs, n_obs;
    int first_block, n_blocks;
} sector;

static gen_obs obs[MAX_OBS];
static gen_block blocks[MAX_BLOCKS];
static int n_obs, n_blocks;
/* 1 for the table set that exposes the nl_* nuisances (smelt.h) */
static int nl_exposed;
static double *whiten[MAX_BLOCKS]; /* lower-triangular W, row-major n x n */
static match_map tree_map;         /* SMEFT -> WET at tree level */

/* Linearised prediction and its gradient with respect to the USER's
 * coefficient vector: for WET-space observables the chain rule through
 * the matching map (WET entries directly, SMEFT entries via M). */
static void obs_linear_wc(const gen_obs *o, double *value, double *grad)
{
    double g[SMELT_N_WC];
    int j, k;
    gen_obs_linear(o, value, g);
    if (o->space == SMELT_SPACE_WC) {
        memcpy(grad, g, sizeof g);
        return;
    }
    for (k = 0; k < SMELT_N_WC; k++)
        grad[k] = 0;
    for (j = 0; j < SMELT_N_WET; j++) {
        if (g[j] == 0)
            continue;
        grad[SMELT_N_SMEFT + j] += g[j];
        for (k = 0; k < SMELT_N_SMEFT; k++)
            grad[k] += g[j] * tree_map.m[j][k];
    }
}

static FILE *open_out(const char *dir, const char *name)
{
    char path[1024];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "gen_tables: cannot write %s\n", path);
        exit(1);
    }
    return f;
}

/* Active coefficients of an observable: those with a non-zero monomial. */
static int active_wc(const gen_obs *o, int *wc)
{
    int k, l, n = 0;
    if (o->flags & SMELT_OBS_DIFF) {
        /* the union of the two terms' coefficients, in index order */
        int wa[SMELT_N_WC], wb[SMELT_N_WC], na, nb, ia = 0, ib = 0;
        na = active_wc(o->sub[0], wa);
        nb = active_wc(o->sub[1], wb);
        while (ia < na || ib < nb) {
            if (ib == nb || (ia < na && wa[ia] < wb[ib]))
                wc[n++] = wa[ia++];
            else if (ia == na || wb[ib] < wa[ia])
                wc[n++] = wb[ib++];
            else {
                wc[n++] = wa[ia++];
                ib++;
            }
        }
        return n;
    }
    for (k = 0; k < SMELT_N_WC; k++) {
        int used = 0;
        for (l = 0; l < GEN_NX && !used; l++) {
            if (o->num->m[GEN_X(k)][l] != 0)
                used = 1;
            if (o->den != NULL && o->den->m[GEN_X(k)][l] != 0)
                used = 1;
            if (o->den2 != NULL && o->den2->m[GEN_X(k)][l] != 0)
                used = 1;
        }
        if (used)
            wc[n++] = k;
    }
    return n;
}

/* Monomial coefficients of q over (1, C[wc[0]], ...), packed by rows. */
static void emit_qform(FILE *f, const gen_qform *q, const int *wc, int n)
{
    int a, b, col = 0;
    for (a = 0; a <= n; a++) {
        int ia = a == 0 ? 0 : GEN_X(wc[a - 1]);
        for (b = a; b <= n; b++) {
            int ib = b == 0 ? 0 : GEN_X(wc[b - 1]);
            double v = (a == b) ? q->m[ia][ia] : 2 * q->m[ia][ib];
            fputs(col % 3 == 0 ? "\n    " : " ", f);
            gen_emit_real(f, v);
            fputc(',', f);
            col++;
        }
    }
    fputc('\n', f);
}

static void emit_obs_init(FILE *f, const gen_obs *o, const char *tag);

/* The arrays of one observable under the symbol suffix tag: wc_TAG and
 * the monomials num_TAG (Ntilde, or N - N(0) for SMELT_OBS_SQRT_DEN),
 * den_TAG, den2_TAG (see smelt_internal.h).  A SMELT_OBS_DIFF observable
 * has only wc_TAG (the union of its terms' coefficients) and its two
 * terms as static smelt_obs_def objects sub_TAG_a, sub_TAG_b. */
static void emit_obs_arrays(FILE *f, const gen_obs *o, const char *tag)
{
    int wc[SMELT_N_WC], n = active_wc(o, wc), k;
    if (n > (nl_exposed ? SMELT_MAX_OBS_WC_NL_EXPOSED
                        : SMELT_MAX_OBS_WC_NL_COV)) {
        fprintf(stderr, "gen_tables: %s %s has %d coefficients > "
                        "SMELT_MAX_OBS_WC\n", o->name, o->args, n);
        exit(1);
    }
    /* (an SM-only observable has no coefficients: a dummy entry, as C has
     * no empty arrays) */
    fprintf(f, "static const unsigned short wc_%s[%d] = {", tag, n ? n : 1);
    for (k = 0; k < n; k++)
        fprintf(f, "%s%d", k ? ", " : "", wc[k]);
    fprintf(f, "%s};\n", n ? "" : "0");
    if (o->flags & SMELT_OBS_DIFF) {
        char t2[40];
        for (k = 0; k < 2; k++) {
            snprintf(t2, sizeof t2, "%s_%c", tag, "ab"[k]);
            emit_obs_arrays(f, o->sub[k], t2);
            fprintf(f, "static const smelt_obs_def sub_%s = ", t2);
            emit_obs_init(f, o->sub[k], t2);
            fputs(";\n", f);
        }
        return;
    }
    {
        /* Ntilde = N - sm D: constant monomial exactly 0, linear
         * monomials the combined slopes (see smelt_internal.h) */
        gen_qform *nt = malloc(sizeof *nt);
        double sm, grad[SMELT_N_WC];
        gen_obs_linear(o, &sm, grad);
        *nt = *o->num;
        if (o->flags & SMELT_OBS_SQRT_DEN) {
            /* N / sqrt(D(0) D2(0)) - sm (see smelt_internal.h) */
            gen_qf_axpy(nt, 1 / sqrt(o->den->m[0][0] * o->den2->m[0][0]) - 1,
                        nt);
        } else if (o->den != NULL) {
            /* scaled by 1/D(0) like D below: the forms of ratios are built
             * in physical units (|N|^2 ~ 1e-20 for b -> s), whose small
             * monomials would underflow a float */
            gen_qf_axpy(nt, -sm, o->den);
            gen_qf_axpy(nt, 1 / o->den->m[0][0] - 1, nt);
        } else
            nt->m[0][0] -= sm;
        nt->m[0][0] = 0;
        fprintf(f, "static const smelt_real num_%s[%d] SMELT_TABLE_ATTR = {",
                tag, (n + 1) * (n + 2) / 2);
        emit_qform(f, nt, wc, n);
        fprintf(f, "};\n");
        free(nt);
    }
    for (k = 0; k < 2; k++) {
        const gen_qform *src = k == 0 ? o->den : o->den2;
        gen_qform *d;
        if (src == NULL)
            continue;
        d = malloc(sizeof *d);
        *d = *src;
        gen_qf_axpy(d, 1 / d->m[0][0] - 1, d); /* D(0) = 1 */
        fprintf(f, "static const smelt_real %s_%s[%d] SMELT_TABLE_ATTR = {",
                k == 0 ? "den" : "den2", tag, (n + 1) * (n + 2) / 2);
        emit_qform(f, d, wc, n);
        fprintf(f, "};\n");
        free(d);
    }
}

/* The initializer of one observable's smelt_obs_def (arrays emitted by
 * emit_obs_arrays under the same tag). */
static void emit_obs_init(FILE *f, const gen_obs *o, const char *tag)
{
    int wc[SMELT_N_WC], n = active_wc(o, wc);
    double val, grad[SMELT_N_WC];
    const int diff = (o->flags & SMELT_OBS_DIFF) != 0;
    gen_obs_linear(o, &val, grad);
    fprintf(f, "{\"%s\", \"%s\", wc_%s, ", o->name, o->args, tag);
    if (diff)
        fputs("NULL, ", f);
    else
        fprintf(f, "num_%s, ", tag);
    if (o->den != NULL && !diff)
        fprintf(f, "den_%s, ", tag);
    else
        fputs("NULL, ", f);
    if (o->den2 != NULL && !diff)
        fprintf(f, "den2_%s,\n     ", tag);
    else
        fputs("NULL,\n     ", f);
    if (diff)
        fprintf(f, "&sub_%s_a, &sub_%s_b, ", tag, tag);
    else
        fputs("NULL, NULL, ", f);
    gen_emit_real(f, val);
    fputs(", ", f);
    gen_emit_real(f, o->measured);
    fputs(", ", f);
    gen_emit_real(f, o->sigma_exp);
    fputs(", ", f);
    gen_emit_real(f, o->sigma_th);
    fprintf(f, ", %d, %d, %d, %u}", o->category, n, o->space, o->flags);
}

static void build_whitening(void)
{
    int b;
    for (b = 0; b < n_blocks; b++) {
        int n = blocks[b].n, i;
        double *l = malloc((size_t)n * (size_t)n * sizeof *l);
        memcpy(l, blocks[b].cov, (size_t)n * (size_t)n * sizeof *l);
        for (i = 0; i < n; i++) {
            const gen_obs *o = &obs[blocks[b].first + i];
            /* theory covariance (diagonal so far) adds to the experimental */
            l[i * n + i] += o->sigma_th * o->sigma_th;
        }
        if (!gen_cholesky(l, n)) {
            fprintf(stderr, "gen_tables: block %d covariance not positive "
                            "definite\n", b);
            exit(1);
        }
        gen_tri_inverse_lower(l, n);
        whiten[b] = l;
    }
}

static void emit_sector(const char *outdir, const sector *sec)
{
    char fname[64];
    FILE *f;
    int i, b, off;
    snprintf(fname, sizeof fname, "%s.c", sec->name);
    f = open_out(outdir, fname);
    gen_emit_header(f, "observables of one sector as quadratic forms, and the "
                       "whitening matrices of its covariance blocks; layout "
                       "in src/smelt_internal.h");
    fprintf(f, "#include \"smelt_internal.h\"\n\n");

    for (i = sec->first_obs; i < sec->first_obs + sec->n_obs; i++) {
        const gen_obs *o = &obs[i];
        char tag[32];
        fprintf(f, "/* [%d] %s %s: %s */\n", i, o->name, o->args, o->comment);
        snprintf(tag, sizeof tag, "%d", i);
        emit_obs_arrays(f, o, tag);
    }
    fprintf(f, "\nconst smelt_obs_def smelt_%s_obs[%d] SMELT_TABLE_ATTR = {\n",
            sec->name, sec->n_obs);
    for (i = sec->first_obs; i < sec->first_obs + sec->n_obs; i++) {
        char tag[32];
        snprintf(tag, sizeof tag, "%d", i);
        fputs("    ", f);
        emit_obs_init(f, &obs[i], tag);
        fputs(",\n", f);
    }
    fprintf(f, "};\n\n");

    /* whitening matrices, concatenated */
    off = 0;
    for (b = sec->first_block; b < sec->first_block + sec->n_blocks; b++)
        off += blocks[b].n * (blocks[b].n + 1) / 2;
    fprintf(f, "/* W with W^T W = V^-1 per block, lower triangle by rows */\n");
    fprintf(f, "const smelt_real smelt_%s_whiten[%d] SMELT_TABLE_ATTR = {",
            sec->name, off);
    for (b = sec->first_block; b < sec->first_block + sec->n_blocks; b++) {
        int n = blocks[b].n, r, c, col = 0;
        fprintf(f, "\n    /* block %d: observables %d..%d */", b,
                blocks[b].first, blocks[b].first + n - 1);
        for (r = 0; r < n; r++) {
            for (c = 0; c <= r; c++) {
                fputs(col % 3 == 0 ? "\n    " : " ", f);
                gen_emit_real(f, whiten[b][r * n + c]);
                fputc(',', f);
                col++;
            }
        }
    }
    fprintf(f, "\n};\n\n");

    /* z0 = W (sm - measured) per block, concatenated */
    off = 0;
    for (b = sec->first_block; b < sec->first_block + sec->n_blocks; b++)
        off += blocks[b].n;
    fprintf(f, "/* whitened SM residuals z0 = W (sm - measured) per block */\n");
    fprintf(f, "const smelt_real smelt_%s_z0[%d] SMELT_TABLE_ATTR = {",
            sec->name, off);
    for (b = sec->first_block; b < sec->first_block + sec->n_blocks; b++) {
        int n = blocks[b].n, r, c;
        for (r = 0; r < n; r++) {
            double z = 0;
            for (c = 0; c <= r; c++) {
                double val, grad[SMELT_N_WC];
                const gen_obs *o = &obs[blocks[b].first + c];
                gen_obs_linear(o, &val, grad);
                z += whiten[b][r * n + c] * (val - o->measured);
            }
            fputs(r % 3 == 0 ? "\n    " : " ", f);
            gen_emit_real(f, z);
            fputc(',', f);
        }
    }
    fprintf(f, "\n};\n");
    fclose(f);
}

/* Linear-mode chi^2 form of one category:
 * chi2 = |W (r0 + G C)|^2 = chi2_0 + 2 b.C + C.A.C,
 * r0 = sm - measured, G the gradient rows, b = (WG)^T W r0, A = (WG)^T WG. */
static void emit_category_form(FILE *f, int cat, const char *cname)
{
    static double A[SMELT_N_WC][SMELT_N_WC];
    double bvec[SMELT_N_WC] = {0}, chi2_0 = 0;
    int active[SMELT_N_WC], n_act = 0, k, l, bi;
    memset(A, 0, sizeof A);
    for (bi = 0; bi < n_blocks; bi++) {
        int n = blocks[bi].n, i, j;
        double *G, *r0, *WG, *Wr;
        if (obs[blocks[bi].first].category != cat)
            continue;
        G = calloc((size_t)n * SMELT_N_WC, sizeof *G);
        r0 = calloc((size_t)n, sizeof *r0);
        WG = calloc((size_t)n * SMELT_N_WC, sizeof *WG);
        Wr = calloc((size_t)n, sizeof *Wr);
        for (i = 0; i < n; i++) {
            double val;
            const gen_obs *o = &obs[blocks[bi].first + i];
            obs_linear_wc(o, &val, &G[i * SMELT_N_WC]);
            r0[i] = val - o->measured;
        }
        for (i = 0; i < n; i++) {
            for (j = 0; j <= i; j++) {
                double w = whiten[bi][i * n + j];
                Wr[i] += w * r0[j];
                for (k = 0; k < SMELT_N_WC; k++)
                    WG[i * SMELT_N_WC + k] += w * G[j * SMELT_N_WC + k];
            }
        }
        for (i = 0; i < n; i++) {
            chi2_0 += Wr[i] * Wr[i];
            for (k = 0; k < SMELT_N_WC; k++) {
                double zk = WG[i * SMELT_N_WC + k];
                if (zk == 0)
                    continue;
                bvec[k] += zk * Wr[i];
                for (l = 0; l < SMELT_N_WC; l++)
                    A[k][l] += zk * WG[i * SMELT_N_WC + l];
            }
        }
        free(G);
        free(r0);
        free(WG);
        free(Wr);
    }
    for (k = 0; k < SMELT_N_WC; k++)
        if (A[k][k] != 0 || bvec[k] != 0)
            active[n_act++] = k;
    fprintf(f, "static const unsigned short form_%s_wc[%d] = {", cname,
            n_act > 0 ? n_act : 1);
    for (k = 0; k < n_act; k++)
        fprintf(f, "%s%d", k ? ", " : "", active[k]);
    fprintf(f, "%s};\n", n_act ? "" : "0");
    fprintf(f, "static const smelt_real form_%s_b[%d] SMELT_TABLE_ATTR = {",
            cname, n_act > 0 ? n_act : 1);
    for (k = 0; k < n_act; k++) {
        fputs(k % 3 == 0 ? "\n    " : " ", f);
        gen_emit_real(f, bvec[active[k]]);
        fputc(',', f);
    }
    fprintf(f, "%s\n};\n", n_act ? "" : "0");
    fprintf(f, "static const smelt_real form_%s_a[%d] SMELT_TABLE_ATTR = {",
            cname, n_act > 0 ? n_act * (n_act + 1) / 2 : 1);
    {
        int col = 0;
        for (k = 0; k < n_act; k++) {
            for (l = k; l < n_act; l++) {
                fputs(col % 3 == 0 ? "\n    " : " ", f);
                gen_emit_real(f, A[active[k]][active[l]]);
                fputc(',', f);
                col++;
            }
        }
    }
    fprintf(f, "%s\n};\n", n_act ? "" : "0");
    fprintf(f, "#define FORM_%s_N %d\n#define FORM_%s_CHI2_0 ", cname, n_act,
            cname);
    gen_emit_real(f, chi2_0);
    fprintf(f, "\n\n");
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(gen_wc_name(*(const int *)a),
                  gen_wc_name(*(const int *)b));
}

static void emit_registry(const char *outdir, const sector *secs, int n_secs)
{
    static const char *const cat_names[SMELT_N_CAT] = {
#define CNAME_(x) #x,
        SMELT_CATEGORY_LIST(CNAME_)
#undef CNAME_
    };
    FILE *f = open_out(outdir, "registry.c");
    int s, i, cat, sorted[SMELT_N_WC];
    gen_emit_header(f, "global observable index, categories (covariance "
                       "blocks, linear chi^2 forms), sorted coefficient names");
    fprintf(f, "#include <stddef.h>\n\n#include \"smelt_internal.h\"\n\n");
    fprintf(f, "SMELT_STATIC_ASSERT(SMELT_NL_EXPOSED == %d, "
               "nl_exposed_matches_tables);\n", nl_exposed);
    fprintf(f, "SMELT_STATIC_ASSERT(SMELT_N_OBS == %d, n_obs_matches_tables);\n",
            n_obs);
    fprintf(f, "SMELT_STATIC_ASSERT(SMELT_N_WC == %d, n_wc_matches_tables);\n\n",
            SMELT_N_WC);
    for (s = 0; s < n_secs; s++) {
        fprintf(f, "extern const smelt_obs_def smelt_%s_obs[%d];\n",
                secs[s].name, secs[s].n_obs);
        fprintf(f, "extern const smelt_real smelt_%s_whiten[];\n", secs[s].name);
        fprintf(f, "extern const smelt_real smelt_%s_z0[];\n", secs[s].name);
    }
    fprintf(f, "\nconst smelt_obs_def *const smelt_obs_all[SMELT_N_OBS] = {");
    for (s = 0; s < n_secs; s++)
        for (i = 0; i < secs[s].n_obs; i++)
            fprintf(f, "%s&smelt_%s_obs[%d],", i % 4 == 0 ? "\n    " : " ",
                    secs[s].name, i);
    fprintf(f, "\n};\n\n");

    for (cat = 0; cat < SMELT_N_CAT; cat++) {
        int nb = 0, nobs = 0;
        fprintf(f, "static const smelt_block_def blocks_%s[] = {",
                cat_names[cat]);
        for (s = 0; s < n_secs; s++) {
            int b, off = 0, offz = 0;
            for (b = secs[s].first_block;
                 b < secs[s].first_block + secs[s].n_blocks; b++) {
                if (obs[blocks[b].first].category == cat) {
                    fprintf(f, "\n    {%d, %d, smelt_%s_whiten + %d, "
                               "smelt_%s_z0 + %d},",
                            blocks[b].first, blocks[b].n, secs[s].name, off,
                            secs[s].name, offz);
                    nb++;
                    nobs += blocks[b].n;
                }
                off += blocks[b].n * (blocks[b].n + 1) / 2;
                offz += blocks[b].n;
            }
        }
        if (nb == 0)
            fprintf(f, "{0, 0, NULL, NULL}");
        fprintf(f, "\n};\n#define BLOCKS_%s_N %d\n#define OBS_%s_N %d\n",
                cat_names[cat], nb, cat_names[cat], nobs);
        emit_category_form(f, cat, cat_names[cat]);
    }
    fprintf(f, "const smelt_category_def smelt_category_all[SMELT_N_CAT] = {\n");
    for (cat = 0; cat < SMELT_N_CAT; cat++) {
        const char *c = cat_names[cat];
        fprintf(f, "    {blocks_%s, BLOCKS_%s_N, OBS_%s_N, FORM_%s_N, "
                   "form_%s_wc, FORM_%s_CHI2_0, form_%s_b, form_%s_a},\n",
                c, c, c, c, c, c, c, c);
    }
    fprintf(f, "};\n\n");

    {
        int j, k, ne = 0;
        fprintf(f, "/* tree-level matching SMEFT(mu_EW) -> WET(mu_b), see "
                   "tools/match.c */\n");
        fprintf(f, "const smelt_match_entry smelt_match_tree[] = {");
        for (j = 0; j < SMELT_N_WET; j++) {
            for (k = 0; k < SMELT_N_SMEFT; k++) {
                if (tree_map.m[j][k] == 0)
                    continue;
                fprintf(f, "\n    {%d, %d, ", j, k);
                gen_emit_real(f, tree_map.m[j][k]);
                fprintf(f, "}, /* d %s / d %s */",
                        gen_wc_name(SMELT_N_SMEFT + j), gen_wc_name(k));
                ne++;
            }
        }
        if (ne == 0)
            fprintf(f, "{0, 0, SMELT_R(0x0p+0)}");
        fprintf(f, "\n};\nconst unsigned short smelt_match_tree_n = %d;\n\n",
                ne);
    }
    for (i = 0; i < SMELT_N_WC; i++)
        sorted[i] = i;
    qsort(sorted, SMELT_N_WC, sizeof sorted[0], cmp_names);
    fprintf(f, "/* coefficient indices in strcmp order of their names */\n");
    fprintf(f, "const unsigned short smelt_wc_sorted[SMELT_N_WC] = {");
    for (i = 0; i < SMELT_N_WC; i++)
        fprintf(f, "%s%d,", i % 12 == 0 ? "\n    " : " ", sorted[i]);
    fprintf(f, "\n};\n");
    fclose(f);
}

static void sector_begin(sector *sec, const char *name)
{
    sec->name = name;
    sec->first_obs = n_obs;
    sec->first_block = n_blocks;
}

static void sector_end(sector *sec)
{
    sec->n_obs = n_obs - sec->first_obs;
    sec->n_blocks = n_blocks - sec->first_block;
}

int main(int argc, char **argv)
{
    gen_datafile sm;
    ew_inputs ew;
    sector secs[8];
    int n_secs = 0;
    const char *ff_bk = BSLL_FF_BK_DEFAULT, *nonlocal = BSLL_NL_DEFAULT;
    int with_rge = 1;
    while (argc >= 2 && strcmp(argv[1], "--no-rge") == 0) {
        with_rge = 0;
        argv++;
        argc--;
    }
    while (argc >= 3 && (strcmp(argv[1], "--ff-bk") == 0 ||
                         strcmp(argv[1], "--nonlocal") == 0)) {
        if (strcmp(argv[1], "--ff-bk") == 0)
            ff_bk = argv[2];
        else
            nonlocal = argv[2];
        argv += 2;
        argc -= 2;
    }
    if (argc != 3 || bsll_nl_model(nonlocal) < 0) {
        fprintf(stderr, "usage: gen_tables [--no-rge] [--ff-bk GRvDV2023|"
                        "GKvD2018] [--nonlocal flavio|PDD|PDD-fit] DATADIR "
                        "OUTDIR\n");
        return 2;
    }
    gen_data_read(&sm, argv[1], "sm_inputs.dat");
    ew_load(&ew, &sm);
    gen_data_free(&sm);

    /* each sector appends its observables and blocks; the driver only
     * records which ranges belong to which table file */
    sector_begin(&secs[n_secs], "lep2");
    lep2_build(&ew, argv[1], obs, &n_obs, blocks, &n_blocks);
    sector_end(&secs[n_secs++]);

    {
        bsll_inputs bi;
        bsll_load_inputs_ff(&bi, argv[1], ff_bk);
        bi.nl_model = bsll_nl_model(nonlocal);
        nl_exposed = bi.nl_model == BSLL_NL_PDD_FIT;
        match_tree(&bi.norm, &tree_map);
        fprintf(stderr, "gen_tables: N = %.6g GeV^-2 (alpha_e(mu_b) = "
                        "1/%.3f, V_tb V_ts* = %.6g)\n",
                bi.norm.N, 1 / bi.norm.alpha_e, bi.norm.lambda_t);
        sector_begin(&secs[n_secs], "bsll");
        bsll_build(&bi, argv[1], obs, &n_obs, blocks, &n_blocks);
        sector_end(&secs[n_secs++]);
    }

    if (n_obs != (nl_exposed ? SMELT_N_OBS_NL_EXPOSED : SMELT_N_OBS_NL_COV)) {
        fprintf(stderr, "gen_tables: %d observables but smelt.h says "
                        "%d\n", n_obs,
                nl_exposed ? SMELT_N_OBS_NL_EXPOSED : SMELT_N_OBS_NL_COV);
        return 1;
    }
    build_whitening();
    {
        int k;
        for (k = 0; k < n_secs; k++)
            emit_sector(argv[2], &secs[k]);
    }
    emit_registry(argv[2], secs, n_secs);
    /* the SMEFT evolution tables (shared by every table set) */
    if (with_rge) {
        rge_ctx *rc = malloc(sizeof *rc);
        if (rc == NULL) {
            fprintf(stderr, "gen_tables: out of memory\n");
            return 1;
        }
        rge_setup(argv[1], rc);
        rge_write_tables(rc, argv[2]);
        free(rc);
    }
    fprintf(stderr, "gen_tables: %d observables, %d blocks written to %s\n",
            n_obs, n_blocks, argv[2]);
    return 0;
}
