/* SPDX-License-Identifier: MIT */
/*
 * smelt.c -- the command-line front end, build/smelt.
 *
 * Subcommands: obs (observables, predictions, pulls), chi2 (chi^2 at a
 * coefficient point), zprime (the U(1)_X Z' models of seed 000,
 * arXiv:2306.08669), wc (coefficient names) and version.  Only the public
 * API of smelt.h is used.  Every argument is validated: bad input or a
 * library error prints one message naming the offending token to stderr
 * and exits with status 2; success exits 0.  Results go to stdout, as
 * aligned tables or, with --tsv, as tab-separated values.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smelt.h"

#define EXIT_USAGE 2 /* every error: bad input or a library failure */

#if defined(__GNUC__)
#define CLI_NORETURN __attribute__((noreturn))
#define CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CLI_NORETURN
#define CLI_PRINTF(f, a)
#endif

/* ------------------------------------------------------------------ */
/* Subcommands and their usage                                         */
/* ------------------------------------------------------------------ */

static int cmd_obs(int argc, char **argv);
static int cmd_chi2(int argc, char **argv);
static int cmd_zprime(int argc, char **argv);
static int cmd_wc(int argc, char **argv);
static int cmd_version(int argc, char **argv);

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand */
    const char *summary;
    const char *usage;
} command;

static const command commands[] = {
    {"obs", cmd_obs, "list observables (SM, measured, sigma; pred and pull)",
     "usage: smelt obs [CATEGORY] [NAME=VALUE ...] [--mode exact|linear] "
     "[--tsv]\n\n"
     "List every observable of the likelihood (or those of CATEGORY) with\n"
     "its SM prediction, measurement and total uncertainty\n"
     "sigma = sqrt(sigma_exp^2 + sigma_th^2).  Given coefficients\n"
     "NAME=VALUE (WCxf Warsaw names, GeV^-2, at mu = M_Z), also the\n"
     "prediction at that point and pull = (pred - measured)/sigma.\n\n"
     "  --mode M    exact (default) or linear predictions\n"
     "  --tsv       tab-separated: id name args category sm measured sigma\n"
     "              [pred pull]\n"
     "  -h, --help  this help\n"},
    {"chi2", cmd_chi2, "chi^2 per category at a coefficient point",
     "usage: smelt chi2 [--mode exact|linear] [--tsv] NAME=VALUE ...\n\n"
     "chi^2, chi^2 at the SM and their difference dchi2 per category and in\n"
     "total, with the p-value of chi^2 for dof = n_obs.  Coefficients are\n"
     "SMEFT Warsaw-basis (WCxf names, see 'smelt wc') in GeV^-2 at mu = M_Z,\n"
     "tree level, no RG running yet; unset ones are zero (no NAME=VALUE:\n"
     "the SM point).\n\n"
     "  --mode M    exact (default) or linear (first order in C)\n"
     "  --tsv       tab-separated: category n_obs chi2 chi2_sm dchi2\n"
     "  -h, --help  this help\n"},
    {"zprime", cmd_zprime, "chi^2 of a 3B3 - (Xe Le + Xmu Lmu + Xtau Ltau) Z'",
     "usage: smelt zprime --xe XE --xmu XMU [--xtau XTAU] --gzp G\n"
     "                    --mzp M_GEV --thsb THETA [--allow-anomalous]\n"
     "                    [--mode exact|linear] [--tsv] [--npulls N]\n\n"
     "The U(1)_X Z' of seed 000 (arXiv:2306.08669, section 3) with charges\n"
     "3B3 - (Xe Le + Xmu Lmu + Xtau Ltau): tree-level matching at M_Z' onto\n"
     "SMEFT, chi^2 per category, the N largest pulls.  No RG running yet.\n\n"
     "  --xe, --xmu, --xtau X  lepton charges: integer, p/q or decimal\n"
     "                         (exact); default XTAU = 3 - XE - XMU\n"
     "  --gzp G                gauge coupling g_Z' >= 0\n"
     "  --mzp M_GEV            Z' mass in GeV, > 0\n"
     "  --thsb THETA           s_L-b_L mixing angle theta_sb in rad\n"
     "  --allow-anomalous      evaluate even if (3.2)-(3.7) fail\n"
     "  --mode M               exact (default) or linear\n"
     "  --tsv                  only the chi^2 table, tab-separated\n"
     "  --npulls N             largest pulls to list (default 5)\n"
     "  -h, --help             this help\n\n"
     "Options also accept the form --opt=VALUE.\n"},
    {"wc", cmd_wc, "list the Wilson-coefficient names and indices",
     "usage: smelt wc [--tsv]\n\n"
     "List the SMEFT Warsaw-basis coefficients (WCxf names) smelt knows,\n"
     "with their index in a coefficient vector.\n\n"
     "  --tsv       tab-separated: index name\n"
     "  -h, --help  this help\n"},
    {"version", cmd_version, "print the library version",
     "usage: smelt version\n\nPrint the smelt library version.\n"},
};

#define N_COMMANDS ((int)(sizeof commands / sizeof commands[0]))

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static void usage_error(const char *cmd, const char *fmt, ...)
    CLI_NORETURN CLI_PRINTF(2, 3);
static void lib_error(smelt_status st, const char *fmt, ...)
    CLI_NORETURN CLI_PRINTF(2, 3);
static void die(const char *fmt, ...) CLI_NORETURN CLI_PRINTF(1, 2);

/* Bad input: "smelt: <message>", a hint, exit 2. */
static void usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fputs("smelt: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'smelt %s --help' for more information.\n", cmd);
    exit(EXIT_USAGE);
}

/* A library call failed: "smelt: <message>: <smelt_strerror>", exit 2. */
static void lib_error(smelt_status st, const char *fmt, ...)
{
    va_list ap;
    fputs("smelt: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, ": %s (status %d)\n", smelt_strerror(st), (int)st);
    exit(EXIT_USAGE);
}

/* Any other failure: "smelt: <message>", exit 2. */
static void die(const char *fmt, ...)
{
    va_list ap;
    fputs("smelt: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(EXIT_USAGE);
}

/* ------------------------------------------------------------------ */
/* Parsing numbers, coefficient assignments and options                */
/* ------------------------------------------------------------------ */

/* A complete, finite number as strtod reads it.  @return NULL or why not. */
static const char *parse_double(const char *s, double *out)
{
    char *end;
    double v;
    /* strtod skips leading blanks and reads "nan", "inf": refuse both */
    if (!((*s >= '0' && *s <= '9') || *s == '+' || *s == '-' || *s == '.'))
        return "not a number";
    errno = 0;
    v = strtod(s, &end);
    if (end == s || *end != '\0')
        return "not a number";
    if (isnan(v) || (isinf(v) && errno != ERANGE))
        return "not finite";
    if (errno == ERANGE)
        return "out of range (overflow or underflow)";
    *out = v;
    return NULL;
}

/* parse_double, and the value must survive the conversion to smelt_real */
static const char *parse_real(const char *s, smelt_real *out)
{
    double v = 0;
    const char *why = parse_double(s, &v);
    if (why != NULL)
        return why;
    if (sizeof(smelt_real) < sizeof(double) &&
        (fabs(v) > FLT_MAX || (v != 0 && fabs(v) < FLT_MIN)))
        return "out of range for single precision";
    *out = (smelt_real)v;
    return NULL;
}

/* A non-negative decimal int.  @return NULL or why not. */
static const char *parse_count(const char *s, int *out)
{
    char *end;
    long v;
    if (!(*s >= '0' && *s <= '9'))
        return "not a non-negative integer";
    errno = 0;
    v = strtol(s, &end, 10);
    if (*end != '\0')
        return "not a non-negative integer";
    if (errno == ERANGE || v > INT_MAX)
        return "too large";
    *out = (int)v;
    return NULL;
}

static smelt_mode parse_mode(const char *cmd, const char *s)
{
    if (strcmp(s, "exact") == 0)
        return SMELT_MODE_EXACT;
    if (strcmp(s, "linear") == 0)
        return SMELT_MODE_LINEAR;
    usage_error(cmd, "unknown mode '%s' for --mode (use exact or linear)", s);
    return SMELT_MODE_EXACT; /* not reached */
}

static const char *mode_name(smelt_mode mode)
{
    return mode == SMELT_MODE_LINEAR ? "linear" : "exact";
}

/* A coefficient point built from NAME=VALUE arguments. */
typedef struct {
    smelt_real c[SMELT_N_WC];
    unsigned char set[SMELT_N_WC];
    int n_set;
} point;

static void point_init(point *p)
{
    smelt_wc_zero(p->c);
    memset(p->set, 0, sizeof p->set);
    p->n_set = 0;
}

/* Parse "NAME=VALUE": known name, complete finite number, name unused. */
static void parse_assignment(const char *cmd, const char *arg, point *p)
{
    char name[64];
    const char *eq = strchr(arg, '=');
    size_t len;
    int idx = -1;
    smelt_real v = 0;
    const char *why;
    if (eq == NULL)
        usage_error(cmd, "expected NAME=VALUE, got '%s'", arg);
    len = (size_t)(eq - arg);
    if (len == 0)
        usage_error(cmd, "missing coefficient name in '%s'", arg);
    if (len >= sizeof name)
        usage_error(cmd, "unknown coefficient in '%s'", arg);
    memcpy(name, arg, len);
    name[len] = '\0';
    if (smelt_wc_index(name, &idx) != SMELT_OK)
        usage_error(cmd, "unknown coefficient '%s' in '%s' (see 'smelt wc')",
                    name, arg);
    if (p->set[idx])
        usage_error(cmd, "coefficient '%s' given twice (again in '%s')", name,
                    arg);
    why = parse_real(eq + 1, &v);
    if (why != NULL)
        usage_error(cmd, "bad value '%s' for %s in '%s': %s", eq + 1, name,
                    arg, why);
    p->c[idx] = v;
    p->set[idx] = 1;
    p->n_set++;
}

/* If argv[*i] is option @p opt, as "--opt VALUE" or "--opt=VALUE", store
 * the value, advance *i past it and return 1; otherwise return 0. */
static int opt_value(const char *cmd, int argc, char **argv, int *i,
                     const char *opt, const char **val)
{
    const char *a = argv[*i];
    size_t n = strlen(opt);
    if (strncmp(a, opt, n) != 0)
        return 0;
    if (a[n] == '=') {
        *val = a + n + 1;
        return 1;
    }
    if (a[n] != '\0')
        return 0;
    if (*i + 1 >= argc)
        usage_error(cmd, "option '%s' requires an argument", opt);
    *val = argv[++*i];
    return 1;
}

typedef struct {
    smelt_mode mode;
    int mode_set;
    int tsv;
} common_opts;

/* Consume --mode M or --tsv at argv[*i].  @return 1 if consumed. */
static int common_option(const char *cmd, int argc, char **argv, int *i,
                         common_opts *o)
{
    const char *val;
    if (strcmp(argv[*i], "--tsv") == 0) {
        o->tsv = 1;
        return 1;
    }
    if (opt_value(cmd, argc, argv, i, "--mode", &val)) {
        if (o->mode_set)
            usage_error(cmd, "option '--mode' given twice (again as '%s')",
                        val);
        o->mode = parse_mode(cmd, val);
        o->mode_set = 1;
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Exact rationals (Z' charges)                                        */
/* ------------------------------------------------------------------ */

static long long gcd_ll(long long a, long long b) /* a, b >= 0 */
{
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* num/den in lowest terms, den > 0.  @return 0 if not representable. */
static int rat_make(long long num, long long den, smelt_rational *r)
{
    long long g;
    if (den == 0 || num == LLONG_MIN || den == LLONG_MIN)
        return 0;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    g = gcd_ll(num < 0 ? -num : num, den);
    r->num = num / g;
    r->den = den / g;
    return 1;
}

/* Append decimal digits at *p to *acc (and multiply *scale by 10 per
 * digit).  At most 18 digits in all, so nothing can overflow a 64-bit
 * long long (10^18 < 9.2e18).  @return 0 if there are more. */
static int read_digits(const char **p, long long *acc, long long *scale,
                       int *count)
{
    for (; **p >= '0' && **p <= '9'; (*p)++, (*count)++) {
        if (*count >= 18)
            return 0;
        *acc = *acc * 10 + (**p - '0');
        if (scale != NULL)
            *scale *= 10;
    }
    return 1;
}

/* An exact rational: "2", "-1", "1/3", "+0.25", "-.5" (decimals are read
 * digit by digit into num/10^k; exponents are refused).
 * @return NULL or why not. */
static const char *parse_rational(const char *s, smelt_rational *r)
{
    const char *p = s;
    long long num = 0, den = 1;
    int neg = 0, digits = 0, den_digits = 0;
    if (*p == '+' || *p == '-')
        neg = (*p++ == '-');
    if (!read_digits(&p, &num, NULL, &digits))
        return "too large";
    if (*p == '.') {
        p++;
        if (!read_digits(&p, &num, &den, &digits))
            return "too many digits";
    } else if (*p == '/' && digits > 0) {
        p++;
        den = 0;
        if (!read_digits(&p, &den, NULL, &den_digits))
            return "denominator too large";
        if (den_digits == 0)
            return "missing denominator";
        if (den == 0)
            return "zero denominator";
    }
    if (digits == 0 || *p != '\0')
        return "not an integer, fraction p/q or decimal (no exponents)";
    if (!rat_make(neg ? -num : num, den, r))
        return "too large";
    return NULL;
}

static const char *rat_str(smelt_rational r, char *buf, size_t n)
{
    if (r.den == 1)
        snprintf(buf, n, "%lld", r.num);
    else
        snprintf(buf, n, "%lld/%lld", r.num, r.den);
    return buf;
}

static double rat_double(smelt_rational r)
{
    return (double)r.num / (double)r.den;
}

static int rat_is(smelt_rational r, long long num)
{
    return r.den == 1 && r.num == num;
}

/* ------------------------------------------------------------------ */
/* Observables                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
    int id;
    smelt_obs_info info;
    double sigma;   /* sqrt(sigma_exp^2 + sigma_th^2) */
    double pull_sm; /* (sm - measured)/sigma */
    double pred;    /* at the point, if one was given */
    double pull;
} obs_row;

#define ROW_PRED 1u    /* print pred and pull */
#define ROW_SM_PULL 2u /* print pull_sm */

/* Describe observable @p id: info, total sigma, SM pull. */
static void obs_row_fill(int id, obs_row *r)
{
    smelt_status st = smelt_obs_info_get(id, &r->info);
    double se, sth;
    if (st != SMELT_OK)
        lib_error(st, "smelt_obs_info_get(%d)", id);
    if (r->info.name == NULL)
        r->info.name = "";
    if (r->info.args == NULL)
        r->info.args = "";
    r->id = id;
    se = (double)r->info.sigma_exp;
    sth = (double)r->info.sigma_th;
    r->sigma = sqrt(se * se + sth * sth);
    if (!(r->sigma > 0))
        die("observable %d (%s %s) has no uncertainty", id, r->info.name,
            r->info.args);
    r->pull_sm = ((double)r->info.sm - (double)r->info.measured) / r->sigma;
    r->pred = r->pull = 0;
}

/* Predict the observable of @p r at @p c, and its pull. */
static void obs_row_predict(obs_row *r, const smelt_real *c, smelt_mode mode)
{
    smelt_real v = 0;
    smelt_status st = smelt_obs_predict(r->id, c, mode, &v);
    if (st != SMELT_OK)
        lib_error(st, "smelt_obs_predict(%d: %s %s, mode %s)", r->id,
                  r->info.name, r->info.args, mode_name(mode));
    if (!isfinite((double)v))
        die("smelt_obs_predict(%d: %s %s, mode %s): prediction is not finite",
            r->id, r->info.name, r->info.args, mode_name(mode));
    r->pred = (double)v;
    r->pull = (r->pred - (double)r->info.measured) / r->sigma;
}

static const char *category_str(int cat)
{
    const char *s = smelt_category_name(cat);
    return s != NULL ? s : "?";
}

static int max_len(int w, const char *s)
{
    int n = (int)strlen(s);
    return n > w ? n : w;
}

static void print_obs_table(const obs_row *rows, int n, unsigned flags,
                            int tsv)
{
    int k, wn = 4, wa = 4, wc = 8;
    if (tsv) {
        fputs("id\tname\targs\tcategory\tsm\tmeasured\tsigma", stdout);
        fputs((flags & ROW_PRED) ? "\tpred\tpull\n" : "\n", stdout);
        for (k = 0; k < n; k++) {
            const obs_row *r = &rows[k];
            printf("%d\t%s\t%s\t%s\t%.10g\t%.10g\t%.10g", r->id, r->info.name,
                   r->info.args, category_str(r->info.category),
                   (double)r->info.sm, (double)r->info.measured, r->sigma);
            if (flags & ROW_PRED)
                printf("\t%.10g\t%.10g", r->pred, r->pull);
            putchar('\n');
        }
        return;
    }
    for (k = 0; k < n; k++) {
        wn = max_len(wn, rows[k].info.name);
        wa = max_len(wa, rows[k].info.args);
        wc = max_len(wc, category_str(rows[k].info.category));
    }
    printf("%4s  %-*s  %-*s  %-*s  %11s  %11s  %11s", "id", wn, "name", wa,
           "args", wc, "category", "sm", "measured", "sigma");
    if (flags & ROW_PRED)
        printf("  %11s  %7s", "pred", "pull");
    if (flags & ROW_SM_PULL)
        printf("  %7s", "pull_sm");
    putchar('\n');
    for (k = 0; k < n; k++) {
        const obs_row *r = &rows[k];
        printf("%4d  %-*s  %-*s  %-*s  %11.6g  %11.6g  %11.6g", r->id, wn,
               r->info.name, wa, r->info.args, wc,
               category_str(r->info.category), (double)r->info.sm,
               (double)r->info.measured, r->sigma);
        if (flags & ROW_PRED)
            printf("  %11.6g  %+7.3f", r->pred, r->pull);
        if (flags & ROW_SM_PULL)
            printf("  %+7.3f", r->pull_sm);
        putchar('\n');
    }
}

static const char pull_note[] =
    "sigma = sqrt(sigma_exp^2 + sigma_th^2); pull = (pred - measured)/sigma "
    "(diagonal: the correlations used in chi^2 are ignored)\n";

/* Name=value list of the coefficients set on the command line. */
static void print_point(const point *p)
{
    int k;
    for (k = 0; k < SMELT_N_WC; k++)
        if (p->set[k])
            printf("  %-10s = %.6g GeV^-2\n", smelt_wc_name(k),
                   (double)p->c[k]);
}

/* ------------------------------------------------------------------ */
/* chi^2                                                               */
/* ------------------------------------------------------------------ */

static void eval_chi2(const smelt_real *c, smelt_mode mode,
                      smelt_chi2_result *res)
{
    smelt_real work[SMELT_CHI2_WORK_LEN];
    smelt_status st = smelt_chi2_eval(c, mode, work, res);
    if (st != SMELT_OK)
        lib_error(st, "smelt_chi2_eval (mode %s)", mode_name(mode));
    /* the library reports OK even if chi^2 overflows (huge coefficients) */
    if (!isfinite((double)res->total) || !isfinite((double)res->dtotal))
        die("smelt_chi2_eval (mode %s): chi^2 is not finite at this point",
            mode_name(mode));
}

/* Row k of the chi^2 table: a category, or the global sum for k = N_CAT. */
static void chi2_row(const smelt_chi2_result *res, int k, const char **name,
                     int *n, double *chi2, double *chi2_sm, double *dchi2)
{
    if (k < SMELT_N_CAT) {
        *name = category_str(k);
        *n = res->n_obs[k];
        *chi2 = (double)res->chi2[k];
        *chi2_sm = (double)res->chi2_sm[k];
        *dchi2 = (double)res->dchi2[k];
    } else {
        *name = "global";
        *n = res->n_obs_total;
        *chi2 = (double)res->total;
        *chi2_sm = (double)res->total_sm;
        *dchi2 = (double)res->dtotal;
    }
}

/* %12.4f while that stays 12 wide, else %12.6g; and a blank */
static void print_fixed(double v)
{
    if (fabs(v) < 1e6)
        printf("%12.4f ", v);
    else
        printf("%12.6g ", v);
}

static void print_chi2(const smelt_chi2_result *res, int tsv)
{
    int k;
    if (tsv)
        puts("category\tn_obs\tchi2\tchi2_sm\tdchi2");
    else
        printf("%-10s %6s %12s %12s %12s %10s\n", "category", "n_obs", "chi2",
               "chi2_sm", "dchi2", "p-value");
    for (k = 0; k <= SMELT_N_CAT; k++) {
        const char *name;
        int n;
        double chi2, chi2_sm, dchi2, p = 0;
        smelt_status st;
        chi2_row(res, k, &name, &n, &chi2, &chi2_sm, &dchi2);
        if (tsv) {
            printf("%s\t%d\t%.10g\t%.10g\t%.10g\n", name, n, chi2, chi2_sm,
                   dchi2);
            continue;
        }
        printf("%-10s %6d ", name, n);
        print_fixed(chi2);
        print_fixed(chi2_sm);
        printf("%+12.6g ", dchi2);
        if (n < 1) {
            printf("%10s\n", "-");
            continue;
        }
        st = smelt_chi2_pvalue(chi2, n, &p);
        if (st != SMELT_OK)
            lib_error(st, "smelt_chi2_pvalue(%g, %d) for %s", chi2, n, name);
        printf("%10.4g\n", p);
    }
    if (!tsv)
        puts("p-value: P(chi^2 >= chi2) for dof = n_obs");
}

static void print_conventions(smelt_mode mode)
{
    printf("mode %s; coefficients: SMEFT Warsaw basis (WCxf) in GeV^-2 at "
           "mu = %g GeV, tree level, no RG running yet\n",
           mode_name(mode), SMELT_SCALE_EW_GEV);
}

/* ------------------------------------------------------------------ */
/* smelt obs                                                           */
/* ------------------------------------------------------------------ */

static void category_list(char *buf, size_t n)
{
    int k;
    buf[0] = '\0';
    for (k = 0; k < SMELT_N_CAT; k++) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", k ? ", " : "", category_str(k));
    }
}

static int cmd_obs(int argc, char **argv)
{
    obs_row rows[SMELT_N_OBS];
    common_opts o = {SMELT_MODE_EXACT, 0, 0};
    point p;
    const char *cat_arg = NULL;
    int cat = -1, i, n = 0;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (common_option("obs", argc, argv, &i, &o))
            continue;
        if (a[0] == '-')
            usage_error("obs", "unknown option '%s'", a);
        if (strchr(a, '=') != NULL) {
            parse_assignment("obs", a, &p);
            continue;
        }
        if (cat_arg != NULL)
            usage_error("obs", "unexpected argument '%s' (category '%s' "
                        "already given; coefficients are NAME=VALUE)",
                        a, cat_arg);
        if (smelt_category_index(a, &cat) != SMELT_OK) {
            char known[256];
            category_list(known, sizeof known);
            usage_error("obs", "unknown category '%s' (known: %s)", a, known);
        }
        cat_arg = a;
    }
    for (i = 0; i < SMELT_N_OBS; i++) {
        obs_row *r = &rows[n];
        obs_row_fill(i, r);
        if (cat_arg != NULL && r->info.category != cat)
            continue;
        if (p.n_set)
            obs_row_predict(r, p.c, o.mode);
        n++;
    }
    if (!o.tsv) {
        printf("%d observables%s%s", n, cat_arg ? " in category " : "",
               cat_arg ? cat_arg : "");
        if (p.n_set) {
            printf("; predictions at (mode %s):\n", mode_name(o.mode));
            print_point(&p);
        } else {
            putchar('\n');
        }
        fputs(pull_note, stdout);
    }
    print_obs_table(rows, n, p.n_set ? ROW_PRED : 0u, o.tsv);
    return 0;
}

/* ------------------------------------------------------------------ */
/* smelt chi2                                                          */
/* ------------------------------------------------------------------ */

static int cmd_chi2(int argc, char **argv)
{
    common_opts o = {SMELT_MODE_EXACT, 0, 0};
    point p;
    smelt_chi2_result res;
    int i;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        if (common_option("chi2", argc, argv, &i, &o))
            continue;
        if (argv[i][0] == '-')
            usage_error("chi2", "unknown option '%s'", argv[i]);
        parse_assignment("chi2", argv[i], &p);
    }
    eval_chi2(p.c, o.mode, &res);
    if (o.tsv) {
        print_chi2(&res, 1);
        return 0;
    }
    if (p.n_set) {
        printf("chi^2 at %d coefficient%s:\n", p.n_set,
               p.n_set > 1 ? "s" : "");
        print_point(&p);
    } else {
        puts("chi^2 at the SM point (no coefficients given)");
    }
    print_conventions(o.mode);
    putchar('\n');
    print_chi2(&res, 0);
    return 0;
}

/* ------------------------------------------------------------------ */
/* smelt zprime                                                        */
/* ------------------------------------------------------------------ */

static const struct {
    unsigned bit;
    const char *eq, *what;
} anomaly_conditions[] = {
    {SMELT_ANOMALY_SU3_SU3_X, "(3.2)", "SU(3)_c^2 U(1)_X"},
    {SMELT_ANOMALY_SU2_SU2_X, "(3.3)", "SU(2)_L^2 U(1)_X"},
    {SMELT_ANOMALY_Y_Y_X, "(3.4)", "U(1)_Y^2 U(1)_X"},
    {SMELT_ANOMALY_GRAV_GRAV_X, "(3.5)", "gravity^2 U(1)_X"},
    {SMELT_ANOMALY_Y_X_X, "(3.6)", "U(1)_Y U(1)_X^2"},
    {SMELT_ANOMALY_X_X_X, "(3.7)", "U(1)_X^3"},
};

#define N_ANOMALY \
    ((int)(sizeof anomaly_conditions / sizeof anomaly_conditions[0]))

/* "3B3 - Le - 2Lmu": terms with zero charge and coefficients 1 omitted */
static void model_label(const smelt_rational x[3], char *buf, size_t n)
{
    static const char *const lepton[3] = {"Le", "Lmu", "Ltau"};
    int i;
    snprintf(buf, n, "3B3");
    for (i = 0; i < 3; i++) {
        char coef[64] = "";
        long long a = x[i].num < 0 ? -x[i].num : x[i].num;
        size_t len = strlen(buf);
        if (x[i].num == 0)
            continue;
        if (x[i].den != 1)
            snprintf(coef, sizeof coef, "(%lld/%lld)", a, x[i].den);
        else if (a != 1)
            snprintf(coef, sizeof coef, "%lld", a);
        snprintf(buf + len, n - len, " %c %s%s", x[i].num > 0 ? '-' : '+',
                 coef, lepton[i]);
    }
}

typedef struct {
    const char *xe, *xmu, *xtau, *gzp, *mzp, *thsb, *npulls; /* as given */
    int allow_anomalous;
    common_opts common;
} zprime_args;

static void zprime_parse_args(int argc, char **argv, zprime_args *z)
{
    static const char *const names[7] = {"--xe",  "--xmu",  "--xtau",
                                         "--gzp", "--mzp",  "--thsb",
                                         "--npulls"};
    const char **slots[7];
    int i, k;
    slots[0] = &z->xe;
    slots[1] = &z->xmu;
    slots[2] = &z->xtau;
    slots[3] = &z->gzp;
    slots[4] = &z->mzp;
    slots[5] = &z->thsb;
    slots[6] = &z->npulls;
    for (k = 0; k < 7; k++)
        *slots[k] = NULL;
    z->allow_anomalous = 0;
    z->common.mode = SMELT_MODE_EXACT;
    z->common.mode_set = z->common.tsv = 0;
    for (i = 1; i < argc; i++) {
        const char *val = NULL;
        if (common_option("zprime", argc, argv, &i, &z->common))
            continue;
        if (strcmp(argv[i], "--allow-anomalous") == 0) {
            z->allow_anomalous = 1;
            continue;
        }
        for (k = 0; k < 7; k++)
            if (opt_value("zprime", argc, argv, &i, names[k], &val))
                break;
        if (k == 7)
            usage_error("zprime", "%s '%s'",
                        argv[i][0] == '-' ? "unknown option"
                                          : "unexpected argument",
                        argv[i]);
        if (*slots[k] != NULL)
            usage_error("zprime", "option '%s' given twice ('%s', then '%s')",
                        names[k], *slots[k], val);
        *slots[k] = val;
    }
    for (k = 0; k < 6; k++)
        if (k != 2 && *slots[k] == NULL)
            usage_error("zprime", "missing required option '%s'", names[k]);
}

static smelt_rational zprime_charge(const char *opt, const char *s)
{
    smelt_rational r = {0, 1};
    const char *why = parse_rational(s, &r);
    if (why != NULL)
        usage_error("zprime", "bad charge '%s' for %s: %s", s, opt, why);
    return r;
}

static smelt_real zprime_param(const char *opt, const char *s)
{
    smelt_real v = 0;
    const char *why = parse_real(s, &v);
    if (why != NULL)
        usage_error("zprime", "bad value '%s' for %s: %s", s, opt, why);
    return v;
}

/* Check (3.2)-(3.7); report failures; exit 2 unless they are allowed.
 * @return the mask of failed conditions. */
static unsigned zprime_anomalies(const smelt_rational x[3], int allow)
{
    smelt_u1_charges ch;
    unsigned failed = 0;
    char b[3][48];
    int k;
    smelt_status st = smelt_zprime_charges(x[0], x[1], x[2], &ch);
    if (st != SMELT_OK)
        lib_error(st, "smelt_zprime_charges");
    st = smelt_anomaly_check(&ch, &failed);
    if (st != SMELT_OK)
        lib_error(st, "smelt_anomaly_check (charges X_e = %s, X_mu = %s, "
                  "X_tau = %s)", rat_str(x[0], b[0], sizeof b[0]),
                  rat_str(x[1], b[1], sizeof b[1]),
                  rat_str(x[2], b[2], sizeof b[2]));
    if (failed == 0)
        return 0;
    fprintf(stderr, "smelt: charges X_e = %s, X_mu = %s, X_tau = %s "
            "(X_e + X_mu + X_tau != 3) are anomalous; failing conditions:\n",
            rat_str(x[0], b[0], sizeof b[0]), rat_str(x[1], b[1], sizeof b[1]),
            rat_str(x[2], b[2], sizeof b[2]));
    for (k = 0; k < N_ANOMALY; k++)
        if (failed & anomaly_conditions[k].bit)
            fprintf(stderr, "  eq. %s  %s\n", anomaly_conditions[k].eq,
                    anomaly_conditions[k].what);
    if (!allow) {
        fputs("smelt: pass --allow-anomalous to evaluate anyway\n", stderr);
        exit(EXIT_USAGE);
    }
    fputs("smelt: warning: evaluating anyway (--allow-anomalous)\n", stderr);
    return failed;
}

static void print_zprime_model(const smelt_rational x[3], int xtau_derived,
                               unsigned failed, const smelt_zprime *m)
{
    char label[256], b[3][48];
    int k;
    model_label(x, label, sizeof label);
    printf("Z' model: U(1)_X = %s  (seed 000, arXiv:2306.08669)\n", label);
    printf("  X_e = %s, X_mu = %s, X_tau = %s%s\n",
           rat_str(x[0], b[0], sizeof b[0]), rat_str(x[1], b[1], sizeof b[1]),
           rat_str(x[2], b[2], sizeof b[2]),
           xtau_derived ? "  (X_tau = 3 - X_e - X_mu)" : "");
    if (failed == 0) {
        puts("  anomaly-free: conditions (3.2)-(3.7) hold");
    } else {
        fputs("  ANOMALOUS (--allow-anomalous): fails", stdout);
        for (k = 0; k < N_ANOMALY; k++)
            if (failed & anomaly_conditions[k].bit)
                printf(" %s", anomaly_conditions[k].eq);
        putchar('\n');
    }
    printf("  g_Z'      = %.6g\n", (double)m->gzp);
    printf("  M_Z'      = %.6g GeV\n", (double)m->mzp_gev);
    printf("  theta_sb  = %.6g rad\n", (double)m->theta_sb);
    printf("  g_Z'/M_Z' = %.6g TeV^-1\n",
           (double)m->gzp / ((double)m->mzp_gev / 1000.0));
    puts("note: tree-level matching at M_Z'; coefficients used at the "
         "electroweak scale WITHOUT RG running (RG evolution not implemented "
         "yet)");
}

static void print_coefficients(const smelt_real *c, const smelt_zprime *m)
{
    int k, n = 0;
    for (k = 0; k < SMELT_N_WC; k++)
        n += c[k] != 0;
    printf("\n%d non-zero SMEFT coefficients (Warsaw basis, WCxf) from "
           "matching at M_Z' = %.6g GeV, used at mu = %g GeV:\n",
           n, (double)m->mzp_gev, SMELT_SCALE_EW_GEV);
    printf("  %-10s %14s %13s\n", "name", "GeV^-2", "TeV^-2");
    for (k = 0; k < SMELT_N_WC; k++)
        if (c[k] != 0)
            printf("  %-10s %14.6e %13.6g\n", smelt_wc_name(k), (double)c[k],
                   (double)c[k] * 1e6);
}

/* The benchmark of seed 000 Table 3: 3B3 - Le - 2Lmu, g 0.206, 3 TeV. */
static int is_seed_benchmark(const smelt_rational x[3], const smelt_zprime *m)
{
    return rat_is(x[0], 1) && rat_is(x[1], 2) && rat_is(x[2], 0) &&
           m->gzp == (smelt_real)0.206 && m->mzp_gev == (smelt_real)3000 &&
           m->theta_sb == (smelt_real)-0.0406;
}

static void print_seed_comparison(const smelt_chi2_result *res,
                                  smelt_mode mode)
{
    int k;
    printf("\ndchi2 = chi2 - chi2_SM, compared with the seed paper:\n");
    printf("  smelt (tree level, no RG running, mode %s):", mode_name(mode));
    for (k = 0; k < SMELT_N_CAT; k++)
        printf(" %s %+.2f,", category_str(k), (double)res->dchi2[k]);
    printf(" global %+.2f\n", (double)res->dtotal);
    puts("  seed 000 Table 3 (smelli, with RG running): LEP +0.12, "
         "LFU -0.48, quarks -34.1, global -33.8");
    puts("  (smelt's global sums only the categories it has so far)");
}

static int cmp_abs_pull(const void *pa, const void *pb)
{
    const obs_row *a = (const obs_row *)pa, *b = (const obs_row *)pb;
    double fa = fabs(a->pull), fb = fabs(b->pull);
    if (fa != fb)
        return fa > fb ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static void print_top_pulls(const smelt_real *c, smelt_mode mode, int n)
{
    obs_row rows[SMELT_N_OBS];
    int i;
    if (n <= 0)
        return;
    if (n > SMELT_N_OBS)
        n = SMELT_N_OBS;
    for (i = 0; i < SMELT_N_OBS; i++) {
        obs_row_fill(i, &rows[i]);
        obs_row_predict(&rows[i], c, mode);
    }
    qsort(rows, SMELT_N_OBS, sizeof rows[0], cmp_abs_pull);
    printf("\n%d largest |pull| at the Z' point (pull_sm: at the SM):\n", n);
    fputs(pull_note, stdout);
    print_obs_table(rows, n, ROW_PRED | ROW_SM_PULL, 0);
}

static int cmd_zprime(int argc, char **argv)
{
    zprime_args z;
    smelt_rational x[3];
    smelt_zprime m;
    smelt_real c[SMELT_N_WC];
    smelt_chi2_result res;
    smelt_status st;
    unsigned failed;
    int npulls = 5;
    zprime_parse_args(argc, argv, &z);
    x[0] = zprime_charge("--xe", z.xe);
    x[1] = zprime_charge("--xmu", z.xmu);
    if (z.xtau != NULL) {
        x[2] = zprime_charge("--xtau", z.xtau);
    } else if (smelt_zprime_xtau(x[0], x[1], &x[2]) != SMELT_OK) {
        usage_error("zprime", "X_tau = 3 - X_e - X_mu overflows for "
                    "--xe '%s' --xmu '%s'", z.xe, z.xmu);
    }
    m.gzp = zprime_param("--gzp", z.gzp);
    m.mzp_gev = zprime_param("--mzp", z.mzp);
    m.theta_sb = zprime_param("--thsb", z.thsb);
    if (z.npulls != NULL) {
        const char *why = parse_count(z.npulls, &npulls);
        if (why != NULL)
            usage_error("zprime", "bad value '%s' for --npulls: %s", z.npulls,
                        why);
    }
    failed = zprime_anomalies(x, z.allow_anomalous);
    m.xe = (smelt_real)rat_double(x[0]);
    m.xmu = (smelt_real)rat_double(x[1]);
    m.xtau = (smelt_real)rat_double(x[2]);
    st = smelt_zprime_match(&m, c);
    if (st == SMELT_ERANGE && !(m.mzp_gev > 0))
        lib_error(st, "smelt_zprime_match: --mzp '%s' must be > 0", z.mzp);
    if (st == SMELT_ERANGE && m.gzp < 0)
        lib_error(st, "smelt_zprime_match: --gzp '%s' must be >= 0", z.gzp);
    if (st != SMELT_OK)
        lib_error(st, "smelt_zprime_match (--gzp '%s' --mzp '%s' --thsb '%s')",
                  z.gzp, z.mzp, z.thsb);
    eval_chi2(c, z.common.mode, &res);
    if (z.common.tsv) {
        print_chi2(&res, 1);
        return 0;
    }
    print_zprime_model(x, z.xtau == NULL, failed, &m);
    print_coefficients(c, &m);
    puts("\nchi^2 at the Z' point:");
    print_conventions(z.common.mode);
    print_chi2(&res, 0);
    if (is_seed_benchmark(x, &m))
        print_seed_comparison(&res, z.common.mode);
    print_top_pulls(c, z.common.mode, npulls);
    return 0;
}

/* ------------------------------------------------------------------ */
/* smelt wc, smelt version                                             */
/* ------------------------------------------------------------------ */

static int cmd_wc(int argc, char **argv)
{
    int i, tsv = 0;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tsv") == 0)
            tsv = 1;
        else
            usage_error("wc", "%s '%s'",
                        argv[i][0] == '-' ? "unknown option"
                                          : "unexpected argument",
                        argv[i]);
    }
    puts(tsv ? "index\tname" : "index  name");
    for (i = 0; i < SMELT_N_WC; i++)
        printf(tsv ? "%d\t%s\n" : "%5d  %s\n", i, smelt_wc_name(i));
    return 0;
}

static int cmd_version(int argc, char **argv)
{
    if (argc > 1)
        usage_error("version", "%s '%s'",
                    argv[1][0] == '-' ? "unknown option"
                                      : "unexpected argument",
                    argv[1]);
    puts(smelt_version());
    return 0;
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

static void print_summary(void)
{
    int k;
    printf("smelt %s -- chi^2 of SMEFT Wilson coefficients against data\n\n"
           "usage: smelt COMMAND [ARGS...]\n\ncommands:\n",
           smelt_version());
    for (k = 0; k < N_COMMANDS; k++)
        printf("  %-8s %s\n", commands[k].name, commands[k].summary);
    printf("\nCoefficients are NAME=VALUE with WCxf Warsaw-basis names "
           "('smelt wc'),\nin GeV^-2 at mu = %g GeV (tree level, no RG "
           "running yet).\nRun 'smelt COMMAND --help' for details.  Errors "
           "exit with status 2.\n",
           SMELT_SCALE_EW_GEV);
}

static const command *find_command(const char *name)
{
    int k;
    for (k = 0; k < N_COMMANDS; k++)
        if (strcmp(name, commands[k].name) == 0)
            return &commands[k];
    return NULL;
}

static int is_help(const char *s)
{
    return strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0;
}

/* Flush stdout; a write error (full disk, closed pipe) is an error too. */
static int finish(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "smelt: error writing output: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    return rc;
}

int main(int argc, char **argv)
{
    const command *cmd;
    int j;
    if (argc < 2 || is_help(argv[1])) {
        print_summary();
        return finish(0);
    }
    cmd = find_command(argv[1]);
    if (cmd == NULL) {
        fprintf(stderr, "smelt: unknown subcommand '%s'\n"
                "Try 'smelt --help' for the list of subcommands.\n",
                argv[1]);
        return EXIT_USAGE;
    }
    for (j = 2; j < argc; j++) {
        if (is_help(argv[j])) {
            fputs(cmd->usage, stdout);
            return finish(0);
        }
    }
    return finish(cmd->run(argc - 1, argv + 1));
}
