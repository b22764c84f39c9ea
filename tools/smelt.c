/* SPDX-License-Identifier: MIT */
/*
 * smelt.c -- the command-line front end, build/smelt.
 *
 * Subcommands: obs (observables, predictions, pulls), chi2 (chi^2 at a
 * coefficient point), run (SMEFT coefficients run from Lambda to mu_EW
 * and the WET they match onto), zprime (the U(1)_X Z' models of seed 000,
 * arXiv:2306.08669), wet2d (95% CL regions in the (C9^e, C9^mu) plane,
 * seed 000 Fig. 1), pulls, wc (coefficient names) and version.  Only the public
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
#include <time.h>

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
static int cmd_wet2d(int argc, char **argv);
static int cmd_pulls(int argc, char **argv);
static int cmd_wc(int argc, char **argv);
static int cmd_run(int argc, char **argv);
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
     "[--scale MU]\n                [--tsv]\n\n"
     "List every observable of the likelihood (or those of CATEGORY) with\n"
     "its SM prediction, measurement and total uncertainty\n"
     "sigma = sqrt(sigma_exp^2 + sigma_th^2).  Given coefficients\n"
     "NAME=VALUE (see 'smelt chi2 --help'), also the prediction at that\n"
     "point and pull = (pred - measured)/sigma.\n\n"
     "  --mode M    exact (default) or linear predictions\n"
     "  --scale MU  scale in GeV at which the SMEFT coefficients are given,\n"
     "              91.1876 (default, no running) to 1e5; they are run to\n"
     "              91.1876 GeV with the one-loop SMEFT RGE\n"
     "  --tsv       tab-separated: id name args category sm measured sigma\n"
     "              [pred pull]\n"
     "  -h, --help  this help\n"},
    {"chi2", cmd_chi2, "chi^2 per category at a coefficient point",
     "usage: smelt chi2 [--mode exact|linear] [--scale MU] [--tsv] "
     "NAME=VALUE ...\n\n"
     "chi^2, chi^2 at the SM and their difference dchi2 per category and in\n"
     "total, with the p-value of chi^2 for dof = n_obs.  NAME is a SMEFT\n"
     "Warsaw-basis coefficient (WCxf name, GeV^-2, at mu = --scale) or a\n"
     "WET b->s coefficient (flavio basis, new-physics part, dimensionless, at\n"
     "mu_b = 4.8 GeV), e.g. C9_bsmumu=-0.8; 'smelt wc' lists both.  Both\n"
     "kinds may be mixed (their WET contributions add).  SMEFT coefficients\n"
     "are run from --scale to mu_EW = 91.1876 GeV (one-loop SMEFT RGE, see\n"
     "'smelt run') and matched onto the WET at tree level; unset\n"
     "coefficients are zero (no NAME=VALUE: the SM point).\n\n"
     "  --mode M    exact (default) or linear (first order in C)\n"
     "  --scale MU  scale in GeV at which the SMEFT coefficients are given,\n"
     "              91.1876 (default, no running) to 1e5; they are run to\n"
     "              91.1876 GeV with the one-loop SMEFT RGE\n"
     "  --tsv       tab-separated: category n_obs chi2 chi2_sm dchi2\n"
     "  -h, --help  this help\n"},
    {"zprime", cmd_zprime, "chi^2 of a 3B3 - (Xe Le + Xmu Lmu + Xtau Ltau) Z'",
     "usage: smelt zprime --xe XE --xmu XMU [--xtau XTAU] --gzp G\n"
     "                    --mzp M_GEV --thsb THETA [--allow-anomalous]\n"
     "                    [--no-running] [--mode exact|linear] [--tsv]\n"
     "                    [--npulls N]\n\n"
     "The U(1)_X Z' of seed 000 (arXiv:2306.08669, section 3) with charges\n"
     "3B3 - (Xe Le + Xmu Lmu + Xtau Ltau): tree-level matching at M_Z' onto\n"
     "SMEFT, one-loop SMEFT running from M_Z' to mu_EW = 91.1876 GeV (M_Z'\n"
     "up to 1e5 GeV), chi^2 per category, the N largest pulls.\n\n"
     "  --xe, --xmu, --xtau X  lepton charges: integer, p/q or decimal\n"
     "                         (exact); default XTAU = 3 - XE - XMU\n"
     "  --gzp G                gauge coupling g_Z' >= 0\n"
     "  --mzp M_GEV            Z' mass in GeV, > 0\n"
     "  --thsb THETA           s_L-b_L mixing angle theta_sb in rad\n"
     "  --allow-anomalous      evaluate even if (3.2)-(3.7) fail\n"
     "  --no-running           use the matched coefficients at mu_EW as\n"
     "                         they are (the tree-level approximation)\n"
     "  --mode M               exact (default) or linear\n"
     "  --tsv                  only the chi^2 table, tab-separated\n"
     "  --npulls N             largest pulls to list (default 5)\n"
     "  -h, --help             this help\n\n"
     "Options also accept the form --opt=VALUE.\n"},
    {"wet2d", cmd_wet2d, "95% CL regions in the (C9^e, C9^mu) plane (Fig. 1)",
     "usage: smelt wet2d --scenario S [--svg FILE] [--tsv]\n"
     "                   [--mode exact|linear] [--range XMIN XMAX YMIN YMAX]\n"
     "                   [--n N]\n\n"
     "Scan the plane x = C9^e (C9_bsee), y = C9^mu (C9_bsmumu) of WET\n"
     "new-physics coefficients at mu_b (flavio normalisation, dimensionless;\n"
     "all SMEFT coefficients zero) as in seed 000 Fig. 1, and report per\n"
     "category (quarks, lfu, global = sum of all) the best-fit grid point,\n"
     "chi2_SM - chi2_min and the extent of the 95% CL region\n"
     "chi2 - chi2_min < 5.99 (2 dof); the global best fit is refined off the\n"
     "grid.  Data: every b->s l l measurement of smelt's quarks and lfu\n"
     "categories (B->K*, B_s->phi and b->s gamma included; no QCD-\n"
     "factorisation corrections, see README).\n\n"
     "  --scenario S   c10zero           C10^e = C10^mu = 0\n"
     "                 lefthanded        C10^e = -C9^e, C10^mu = -C9^mu\n"
     "                 e-left-mu-vector  C10^e = -C9^e, C10^mu = 0\n"
     "                 e-vector-mu-left  C10^e = 0, C10^mu = -C9^mu\n"
     "  --range XMIN XMAX YMIN YMAX  grid limits (default -2 1 -2 1)\n"
     "  --n N          points per axis, 5..401 (default 61)\n"
     "  --mode M       exact (default) or linear\n"
     "  --svg FILE     write a plot: 95% CL contours of quarks, lfu and\n"
     "                 global, chi2_SM - chi2 shaded inside global, best fit\n"
     "  --tsv          tab-separated grid instead of the report:\n"
     "                 scenario x y chi2_quarks chi2_lfu chi2_global\n"
     "  -h, --help     this help\n\n"
     "--scenario, --svg, --n and --mode also accept the form --opt=VALUE.\n"},
    {"pulls", cmd_pulls, "largest pulls at the SM and at a point (Fig. 7)",
     "usage: smelt pulls [CATEGORY] [NAME=VALUE ...] [--n N] [--svg FILE]\n"
     "                   [--mode exact|linear] [--scale MU] [--tsv]\n\n"
     "The observables with the largest pulls, pull = (pred - measured)/sigma\n"
     "with sigma = sqrt(sigma_exp^2 + sigma_th^2) (correlations ignored, as\n"
     "in seed 000 Fig. 7), at the SM and, given coefficients NAME=VALUE (see\n"
     "'smelt chi2 --help'), at that point.  Ranked by the larger of the two\n"
     "|pulls|; CATEGORY restricts the list.\n\n"
     "  --n N       observables to list, 1..SMELT_N_OBS (default 15)\n"
     "  --svg FILE  bar chart: SM pull (grey) and pull at the point (blue)\n"
     "  --mode M    exact (default) or linear predictions\n"
     "  --scale MU  scale in GeV at which the SMEFT coefficients are given,\n"
     "              91.1876 (default, no running) to 1e5; they are run to\n"
     "              91.1876 GeV with the one-loop SMEFT RGE\n"
     "  --tsv       tab-separated rows (as 'smelt obs --tsv', plus pull_sm)\n"
     "  -h, --help  this help\n\n"
     "--n, --svg and --mode also accept the form --opt=VALUE.\n"},
    {"run", cmd_run, "SMEFT coefficients at mu_EW and WET at mu_b from Lambda",
     "usage: smelt run [--scale LAMBDA] [--tsv] NAME=VALUE ...\n\n"
     "Run SMEFT coefficients given at LAMBDA (GeV, 91.1876 to 1e5; default\n"
     "91.1876) down to mu_EW = 91.1876 GeV with the one-loop SMEFT RGE\n"
     "(gauge and y_t, y_b, y_tau terms; tables interpolated in ln LAMBDA),\n"
     "match onto the WET at tree level and print every non-zero SMEFT\n"
     "coefficient at mu_EW (WCxf names, GeV^-2) and WET new-physics\n"
     "coefficient at mu_b = 4.8 GeV (flavio names, e.g. C9_bsmumu).  WET\n"
     "coefficients given as NAME=VALUE are at mu_b and pass through.\n\n"
     "  --scale L   scale of the given SMEFT coefficients in GeV\n"
     "  --tsv       rows 'name<TAB>value' (SMEFT at mu_EW, then WET at mu_b)\n"
     "  -h, --help  this help\n"},
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
    smelt_real c[SMELT_N_WC];    /* as given: SMEFT at `scale` */
    smelt_real c_ew[SMELT_N_WC]; /* SMEFT run to mu_EW (point_run) */
    unsigned char set[SMELT_N_WC];
    int n_set;
    double scale;                /* GeV, --scale (default mu_EW) */
} point;

static void point_init(point *p)
{
    smelt_wc_zero(p->c);
    smelt_wc_zero(p->c_ew);
    memset(p->set, 0, sizeof p->set);
    p->n_set = 0;
    p->scale = SMELT_SCALE_EW_GEV;
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
    {
        /* the library's own check of this one value (e.g. an nl_*
         * nuisance the table set does not expose), reported by token */
        smelt_real one[SMELT_N_WC];
        smelt_status st;
        smelt_wc_zero(one);
        one[idx] = v;
        st = smelt_wc_check(one, NULL);
        if (st != SMELT_OK)
            usage_error(cmd, "'%s': %s", arg, smelt_strerror(st));
    }
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

/* --scale MU_GEV (obs, chi2, pulls, run): the scale Lambda at which the
 * SMEFT coefficients are given; they are run down to mu_EW with the
 * library's evolution tables, which cover [SMELT_SCALE_EW_GEV,
 * SMELT_SCALE_MAX_GEV].  A scale outside is refused, not clamped.  WET
 * coefficients are always at mu_b = SMELT_SCALE_B_GEV. */
static int scale_option(const char *cmd, int argc, char **argv, int *i,
                        int *seen, double *scale)
{
    const char *val, *why;
    double mu = 0;
    if (!opt_value(cmd, argc, argv, i, "--scale", &val))
        return 0;
    if (*seen)
        usage_error(cmd, "option '--scale' given twice (again as '%s')", val);
    *seen = 1;
    why = parse_double(val, &mu);
    if (why != NULL)
        usage_error(cmd, "bad value '%s' for --scale: %s", val, why);
    if (!(mu >= SMELT_SCALE_EW_GEV && mu <= SMELT_SCALE_MAX_GEV))
        usage_error(cmd, "bad value '%s' for --scale: outside [%g, %g] GeV, "
                    "the range of the RG evolution tables", val,
                    SMELT_SCALE_EW_GEV, SMELT_SCALE_MAX_GEV);
    *scale = mu;
    return 1;
}

/* c_ew = the given point with its SMEFT part run from p->scale to mu_EW */
static void point_run(const char *cmd, point *p)
{
    smelt_status st = smelt_wc_run(p->c, (smelt_real)p->scale, p->c_ew);
    if (st != SMELT_OK)
        lib_error(st, "%s: smelt_wc_run(scale %g GeV)", cmd, p->scale);
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
        fputs((flags & ROW_PRED) ? "\tpred\tpull" : "", stdout);
        fputs((flags & ROW_SM_PULL) ? "\tpull_sm\n" : "\n", stdout);
        for (k = 0; k < n; k++) {
            const obs_row *r = &rows[k];
            printf("%d\t%s\t%s\t%s\t%.10g\t%.10g\t%.10g", r->id, r->info.name,
                   r->info.args, category_str(r->info.category),
                   (double)r->info.sm, (double)r->info.measured, r->sigma);
            if (flags & ROW_PRED)
                printf("\t%.10g\t%.10g", r->pred, r->pull);
            if (flags & ROW_SM_PULL)
                printf("\t%.10g", r->pull_sm);
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
            printf("  %-10s = %.6g%s\n", smelt_wc_name(k), (double)p->c[k],
                   k < SMELT_N_SMEFT            ? " GeV^-2 (at --scale)"
                   : k >= SMELT_WC_nl_h0_0_re ? " (non-local nuisance)"
                                              : " (WET, at mu_b)");
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

static void print_conventions(smelt_mode mode, double scale)
{
    printf("mode %s; SMEFT coefficients (Warsaw basis, WCxf, GeV^-2) given "
           "at mu = %g GeV", mode_name(mode), scale);
    if (scale != SMELT_SCALE_EW_GEV)
        printf(", run to mu_EW = %g GeV (one-loop SMEFT RGE)",
               SMELT_SCALE_EW_GEV);
    printf(";\n  tree-level matching onto the WET at mu_EW; WET "
           "coefficients at mu_b = %g GeV\n", SMELT_SCALE_B_GEV);
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

/* A positional argument of obs and pulls: NAME=VALUE (into p) or one
 * category name (into *cat_arg, *cat); anything else is a usage error. */
static void obs_positional(const char *cmd, const char *a, point *p,
                           const char **cat_arg, int *cat)
{
    if (strchr(a, '=') != NULL) {
        parse_assignment(cmd, a, p);
        return;
    }
    if (*cat_arg != NULL)
        usage_error(cmd, "unexpected argument '%s' (category '%s' already "
                    "given; coefficients are NAME=VALUE)", a, *cat_arg);
    if (smelt_category_index(a, cat) != SMELT_OK) {
        char known[256];
        category_list(known, sizeof known);
        usage_error(cmd, "unknown category '%s' (known: %s)", a, known);
    }
    *cat_arg = a;
}

/* The rows of every observable of category cat (-1: all), predicted at
 * p if it sets any coefficient.  @return the number of rows. */
static int obs_rows(obs_row *rows, int cat, const point *p, smelt_mode mode)
{
    int i, n = 0;
    for (i = 0; i < SMELT_N_OBS; i++) {
        obs_row *r = &rows[n];
        obs_row_fill(i, r);
        if (cat >= 0 && r->info.category != cat)
            continue;
        if (p->n_set)
            obs_row_predict(r, p->c_ew, mode);
        n++;
    }
    return n;
}

static int cmd_obs(int argc, char **argv)
{
    obs_row rows[SMELT_N_OBS];
    common_opts o = {SMELT_MODE_EXACT, 0, 0};
    int scale_seen = 0;
    point p;
    const char *cat_arg = NULL;
    int cat = -1, i, n = 0;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (common_option("obs", argc, argv, &i, &o) ||
            scale_option("obs", argc, argv, &i, &scale_seen,
                         &p.scale))
            continue;
        if (a[0] == '-')
            usage_error("obs", "unknown option '%s'", a);
        obs_positional("obs", a, &p, &cat_arg, &cat);
    }
    point_run("obs", &p);
    n = obs_rows(rows, cat_arg != NULL ? cat : -1, &p, o.mode);
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
    int scale_seen = 0;
    point p;
    smelt_chi2_result res;
    int i;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        if (common_option("chi2", argc, argv, &i, &o) ||
            scale_option("chi2", argc, argv, &i, &scale_seen,
                         &p.scale))
            continue;
        if (argv[i][0] == '-')
            usage_error("chi2", "unknown option '%s'", argv[i]);
        parse_assignment("chi2", argv[i], &p);
    }
    point_run("chi2", &p);
    eval_chi2(p.c_ew, o.mode, &res);
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
    print_conventions(o.mode, p.scale);
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
    int no_running; /* --no-running: coefficients used at mu_EW as matched */
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
    z->no_running = 0;
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
        if (strcmp(argv[i], "--no-running") == 0) {
            z->no_running = 1;
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
}

/* the matched coefficients at M_Z' and, run, at mu_EW: every one set at
 * M_Z' and those the running makes larger than 1e-3 of the largest */
static void print_coefficients(const smelt_real *c, const smelt_real *c_ew,
                               const smelt_zprime *m, int running)
{
    int k, n = 0, n_small = 0;
    double cmax = 0;
    for (k = 0; k < SMELT_N_SMEFT; k++) {
        n += c[k] != 0;
        cmax = fmax(cmax, fabs((double)c[k]));
    }
    printf("\n%d non-zero SMEFT coefficients (Warsaw basis, WCxf, TeV^-2) "
           "from tree-level matching at M_Z' = %.6g GeV", n,
           (double)m->mzp_gev);
    if (!running) {
        printf(", used at mu_EW = %g GeV without running "
               "(--no-running):\n", SMELT_SCALE_EW_GEV);
        for (k = 0; k < SMELT_N_SMEFT; k++)
            if (c[k] != 0)
                printf("  %-10s %13.6g\n", smelt_wc_name(k),
                       (double)c[k] * 1e6);
        return;
    }
    printf(",\nand at mu_EW = %g GeV after one-loop SMEFT running:\n",
           SMELT_SCALE_EW_GEV);
    printf("  %-10s %13s %13s\n", "name", "at M_Z'", "at mu_EW");
    for (k = 0; k < SMELT_N_SMEFT; k++) {
        if (c[k] == 0 && fabs((double)c_ew[k]) < 1e-3 * cmax) {
            n_small += c_ew[k] != 0;
            continue;
        }
        printf("  %-10s %13.6g %13.6g\n", smelt_wc_name(k),
               (double)c[k] * 1e6, (double)c_ew[k] * 1e6);
    }
    if (n_small > 0)
        printf("  (%d more generated by the running, each below 1e-3 of "
               "the largest)\n", n_small);
}

/* The benchmark of seed 000 Table 3: 3B3 - Le - 2Lmu, g 0.206, 3 TeV. */
static int is_seed_benchmark(const smelt_rational x[3], const smelt_zprime *m)
{
    return rat_is(x[0], 1) && rat_is(x[1], 2) && rat_is(x[2], 0) &&
           m->gzp == (smelt_real)0.206 && m->mzp_gev == (smelt_real)3000 &&
           m->theta_sb == (smelt_real)-0.0406;
}

static void print_seed_comparison(const smelt_chi2_result *run,
                                  const smelt_chi2_result *tree,
                                  smelt_mode mode)
{
    int k;
    const smelt_chi2_result *r[2];
    static const char *const what[2] = {
        "with one-loop SMEFT running from M_Z'",
        "no running (--no-running)"};
    r[0] = run;
    r[1] = tree;
    printf("\ndchi2 = chi2 - chi2_SM, compared with the seed paper "
           "(mode %s):\n", mode_name(mode));
    for (k = 0; k < 2; k++) {
        int c;
        if (r[k] == NULL)
            continue;
        printf("  smelt, %-38s", what[k]);
        for (c = 0; c < SMELT_N_CAT; c++)
            printf(" %s %+.2f,", category_str(c), (double)r[k]->dchi2[c]);
        printf(" global %+.2f\n", (double)r[k]->dtotal);
    }
    puts("  seed 000 Table 3 (smelli, running with wilson):  "
         "LEP +0.12, LFU -0.48, quarks -34.1, global -33.8");
    puts("  (smelt's global sums only the categories it has so far)");
}

/* rank by max(|pull_sm|, |pull|) (pull = pull_sm without a point) */
static int cmp_max_pull(const void *pa, const void *pb)
{
    const obs_row *a = (const obs_row *)pa, *b = (const obs_row *)pb;
    double fa = fmax(fabs(a->pull), fabs(a->pull_sm));
    double fb = fmax(fabs(b->pull), fabs(b->pull_sm));
    if (fa != fb)
        return fa > fb ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

/* XML text: escape the characters that matter (names hold '<', '>', '&'
 * is not used but cheap to cover) */
static void svg_text(FILE *f, const char *s)
{
    for (; *s != '\0'; s++) {
        if (*s == '<')
            fputs("&lt;", f);
        else if (*s == '>')
            fputs("&gt;", f);
        else if (*s == '&')
            fputs("&amp;", f);
        else
            fputc(*s, f);
    }
}

/* Horizontal bars, one row per observable: SM pull grey, pull at the
 * point blue (seed 000 Fig. 7 style). */
static void pulls_svg(const char *path, const obs_row *rows, int n,
                      int have_point, smelt_mode mode)
{
    const double lw = 430, pw = 420, rh = 22, top = 50;
    double xmax = 3, h = top + rh * n + 50, w = lw + pw + 30, x0;
    FILE *f = fopen(path, "w");
    int k, t;
    if (f == NULL)
        die("cannot open '%s' for writing: %s", path, strerror(errno));
    for (k = 0; k < n; k++)
        xmax = fmax(xmax, fmax(fabs(rows[k].pull_sm), fabs(rows[k].pull)));
    xmax = ceil(xmax);
    x0 = lw + pw / 2;
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
            "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\""
            "Helvetica, Arial, sans-serif\" font-size=\"12\">\n", w, h, w,
            h);
    fprintf(f, "<desc>smelt %s pulls, mode %s; pull = (pred - measured)/"
            "sigma, correlations ignored</desc>\n", smelt_version(),
            mode_name(mode));
    fprintf(f, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fff\"/>\n",
            w, h);
    fprintf(f, "<text x=\"%.1f\" y=\"24\" text-anchor=\"middle\" "
            "font-size=\"15\">pulls: SM (grey)%s</text>\n", w / 2,
            have_point ? ", point (blue)" : "");
    /* grid lines at integer pulls */
    for (t = (int)-xmax; t <= (int)xmax; t++) {
        double px = x0 + t * pw / (2 * xmax);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"1\"/>\n", px, top - 5, px,
                top + rh * n, t == 0 ? "#000" : "#ddd");
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
                "%+d</text>\n", px, top + rh * n + 16, t);
    }
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
            "(prediction - measurement) / sigma</text>\n", x0,
            top + rh * n + 36);
    for (k = 0; k < n; k++) {
        const obs_row *r = &rows[k];
        double y = top + rh * k, v[2];
        int b;
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
                lw - 8, y + rh * 0.65);
        svg_text(f, r->info.name);
        fputc(' ', f);
        svg_text(f, r->info.args);
        fputs("</text>\n", f);
        v[0] = r->pull_sm;
        v[1] = r->pull;
        for (b = 0; b < 1 + have_point; b++) {
            double a = x0, e = x0 + v[b] * pw / (2 * xmax);
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    "height=\"%.1f\" fill=\"%s\"/>\n", fmin(a, e),
                    y + 3 + b * (rh - 6) / 2, fabs(e - a),
                    have_point ? (rh - 6) / 2 : rh - 6,
                    b == 0 ? "#999" : "#1f5fa8");
        }
    }
    fputs("</svg>\n", f);
    if (ferror(f) | fclose(f))
        die("error writing '%s'", path);
}

static int cmd_pulls(int argc, char **argv)
{
    static obs_row rows[SMELT_N_OBS];
    common_opts o = {SMELT_MODE_EXACT, 0, 0};
    int scale_seen = 0, cat = -1, i, n = 0, nshow = 15;
    const char *cat_arg = NULL, *svg = NULL, *val, *why;
    point p;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (common_option("pulls", argc, argv, &i, &o) ||
            scale_option("pulls", argc, argv, &i, &scale_seen,
                         &p.scale))
            continue;
        if (opt_value("pulls", argc, argv, &i, "--n", &val)) {
            why = parse_count(val, &nshow);
            if (why == NULL && (nshow < 1 || nshow > SMELT_N_OBS))
                why = "out of range";
            if (why != NULL)
                usage_error("pulls", "bad value '%s' for --n: %s", val, why);
            continue;
        }
        if (opt_value("pulls", argc, argv, &i, "--svg", &val)) {
            svg = val;
            continue;
        }
        if (a[0] == '-')
            usage_error("pulls", "unknown option '%s'", a);
        obs_positional("pulls", a, &p, &cat_arg, &cat);
    }
    point_run("pulls", &p);
    n = obs_rows(rows, cat_arg != NULL ? cat : -1, &p, o.mode);
    for (i = 0; i < n && !p.n_set; i++) {
        /* no point: rank (and print) the SM pulls */
        rows[i].pull = rows[i].pull_sm;
        rows[i].pred = (double)rows[i].info.sm;
    }
    qsort(rows, (size_t)n, sizeof rows[0], cmp_max_pull);
    if (nshow > n)
        nshow = n;
    if (!o.tsv) {
        printf("%d largest pulls among %d observables%s%s", nshow, n,
               cat_arg ? " in category " : "", cat_arg ? cat_arg : "");
        if (p.n_set) {
            printf("; at the SM (pull_sm) and at (mode %s):\n",
                   mode_name(o.mode));
            print_point(&p);
        } else {
            puts(" at the SM");
        }
        fputs(pull_note, stdout);
    }
    print_obs_table(rows, nshow, ROW_PRED | ROW_SM_PULL, o.tsv);
    if (svg != NULL)
        pulls_svg(svg, rows, nshow, p.n_set > 0, o.mode);
    return 0;
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
    smelt_real c[SMELT_N_WC], c_ew[SMELT_N_WC];
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
    /* the coefficients are matched at M_Z' and run down to mu_EW */
    if (z.no_running) {
        memcpy(c_ew, c, sizeof c_ew);
    } else {
        if (!(m.mzp_gev >= SMELT_SCALE_EW_GEV &&
              m.mzp_gev <= SMELT_SCALE_MAX_GEV))
            usage_error("zprime", "--mzp '%s' is outside [%g, %g] GeV, the "
                        "range of the RG evolution tables (--no-running uses "
                        "the matched coefficients at mu_EW)", z.mzp,
                        SMELT_SCALE_EW_GEV, SMELT_SCALE_MAX_GEV);
        st = smelt_wc_run(c, m.mzp_gev, c_ew);
        if (st != SMELT_OK)
            lib_error(st, "smelt_wc_run(--mzp '%s')", z.mzp);
    }
    eval_chi2(c_ew, z.common.mode, &res);
    if (z.common.tsv) {
        print_chi2(&res, 1);
        return 0;
    }
    print_zprime_model(x, z.xtau == NULL, failed, &m);
    print_coefficients(c, c_ew, &m, !z.no_running);
    puts("\nchi^2 at the Z' point:");
    print_conventions(z.common.mode,
                      z.no_running ? SMELT_SCALE_EW_GEV : (double)m.mzp_gev);
    print_chi2(&res, 0);
    if (is_seed_benchmark(x, &m)) {
        smelt_chi2_result tree;
        if (!z.no_running)
            eval_chi2(c, z.common.mode, &tree);
        print_seed_comparison(z.no_running ? NULL : &res,
                              z.no_running ? &res : &tree, z.common.mode);
    }
    print_top_pulls(c_ew, z.common.mode, npulls);
    return 0;
}

/* ------------------------------------------------------------------ */
/* smelt wet2d                                                         */
/* ------------------------------------------------------------------ */

/*
 * A two-dimensional scan in the plane (x, y) = (C9^e, C9^mu) of the WET
 * coefficients C9_bsee, C9_bsmumu (new-physics parts at mu_b, flavio
 * normalisation, dimensionless), with C10^e and C10^mu tied to them as in
 * the four panels of seed 000 Fig. 1.  All SMEFT entries stay zero, so the
 * lep2 chi^2 is constant over the plane (it enters 'global' as an offset).
 *
 * Statistics.  For each category the best-fit point minimises chi^2 over
 * the plane.  By Wilks' theorem Delta chi^2 = chi^2 - chi^2_min follows a
 * chi^2 distribution with 2 degrees of freedom (the two free parameters),
 * whose cumulative distribution is 1 - exp(-Delta/2); the 95% confidence
 * region is therefore Delta chi^2 < -2 ln(0.05) = 5.991.  This is the
 * region seed 000 Fig. 1 draws for 'quarks', 'LFU' and 'global'.  On a grid
 * the region, its extent and its boundary are resolved to a grid spacing.
 */

/* -2 ln(1 - 0.95): the 95% quantile of chi^2 with 2 dof */
#define WET2D_DCHI2_95 5.991464547107979
#define WET2D_N_DEFAULT 61
#define WET2D_N_MIN 5
#define WET2D_N_MAX 401

/* Categories of the scan: quarks, lfu and the sum over all (global). */
enum { W2_QUARKS, W2_LFU, W2_GLOBAL, W2_N };
static const char *const w2_name[W2_N] = {"quarks", "lfu", "global"};
static const char *const w2_colour[W2_N] = {"#1f5fbf", "#d62728",
                                            "#2b9a3b"};

typedef struct {
    const char *name;
    double c10e, c10mu; /* C10^e = c10e C9^e, C10^mu = c10mu C9^mu */
    const char *relation;
    const char *panel;  /* position in seed 000 Fig. 1 */
    const char *paper;  /* what seed 000 section 2.1 says about it */
} wet2d_scenario;

static const wet2d_scenario wet2d_scenarios[] = {
    {"c10zero", 0, 0, "C10^e = C10^mu = 0", "top-left",
     "region of overlap of 'LFU' and 'quarks' with C9^e between about -2 "
     "and 0"},
    {"lefthanded", -1, -1, "C10^e = -C9^e, C10^mu = -C9^mu", "top-right",
     "a smaller range of best-fit values of C9^e than for c10zero"},
    {"e-left-mu-vector", -1, 0, "C10^e = -C9^e, C10^mu = 0", "bottom-left",
     "C9^e range similar to lefthanded, a wider range of C9^mu"},
    {"e-vector-mu-left", 0, -1, "C10^e = 0, C10^mu = -C9^mu",
     "bottom-right",
     "a larger range of good-fit C9^e, extending below C9^e = -1"},
};

#define N_WET2D_SCENARIOS \
    ((int)(sizeof wet2d_scenarios / sizeof wet2d_scenarios[0]))

typedef struct {
    const wet2d_scenario *sc;
    smelt_mode mode;
    int n;                   /* points per axis */
    double x0, x1, y0, y1;   /* the grid: x in [x0, x1], y in [y0, y1] */
    smelt_real *work;        /* SMELT_CHI2_WORK_LEN reals (heap) */
    smelt_real c[SMELT_N_WC];
    double *chi2;            /* W2_N * n * n: chi2[(k * n + j) * n + i] */
    double chi2_sm[W2_N];    /* at C = 0 */
    double lep2;             /* constant over the plane */
    long n_eval;
} wet2d_ctx;

/* Best-fit grid point and the 95% region of one category. */
typedef struct {
    int ibest, jbest;
    double chi2_min;
    double xlo, xhi, ylo, yhi; /* extent of chi2 - chi2_min < 5.99 */
    int n_in;
    int edge;                  /* the region reaches the grid boundary */
} wet2d_region;

static double wet2d_x(const wet2d_ctx *w, int i)
{
    return w->x0 + (w->x1 - w->x0) * i / (w->n - 1);
}

static double wet2d_y(const wet2d_ctx *w, int j)
{
    return w->y0 + (w->y1 - w->y0) * j / (w->n - 1);
}

static double *wet2d_at(const wet2d_ctx *w, int k, int i, int j)
{
    return &w->chi2[((size_t)k * (size_t)w->n + (size_t)j) * (size_t)w->n +
                    (size_t)i];
}

/* chi^2 of quarks, lfu and global at (C9^e, C9^mu) = (x, y). */
static void wet2d_eval(wet2d_ctx *w, double x, double y, double out[W2_N])
{
    smelt_chi2_result res;
    smelt_status st;
    const wet2d_scenario *sc = w->sc;
    w->c[SMELT_WC_C9_bsee] = (smelt_real)x;
    w->c[SMELT_WC_C9_bsmumu] = (smelt_real)y;
    w->c[SMELT_WC_C10_bsee] = (smelt_real)(sc->c10e * x);
    w->c[SMELT_WC_C10_bsmumu] = (smelt_real)(sc->c10mu * y);
    st = smelt_chi2_eval(w->c, w->mode, w->work, &res);
    if (st != SMELT_OK)
        lib_error(st, "smelt_chi2_eval at C9_bsee = %g, C9_bsmumu = %g "
                  "(scenario %s, mode %s)", x, y, sc->name,
                  mode_name(w->mode));
    if (!isfinite((double)res.total))
        die("smelt_chi2_eval at C9_bsee = %g, C9_bsmumu = %g (scenario %s, "
            "mode %s): chi^2 is not finite", x, y, sc->name,
            mode_name(w->mode));
    out[W2_QUARKS] = (double)res.chi2[SMELT_CAT_quarks];
    out[W2_LFU] = (double)res.chi2[SMELT_CAT_lfu];
    out[W2_GLOBAL] = (double)res.total;
    w->chi2_sm[W2_QUARKS] = (double)res.chi2_sm[SMELT_CAT_quarks];
    w->chi2_sm[W2_LFU] = (double)res.chi2_sm[SMELT_CAT_lfu];
    w->chi2_sm[W2_GLOBAL] = (double)res.total_sm;
    w->lep2 = (double)res.chi2[SMELT_CAT_lep2];
    w->n_eval++;
}

static void wet2d_scan(wet2d_ctx *w)
{
    int i, j, k;
    for (j = 0; j < w->n; j++)
        for (i = 0; i < w->n; i++) {
            double v[W2_N];
            wet2d_eval(w, wet2d_x(w, i), wet2d_y(w, j), v);
            for (k = 0; k < W2_N; k++)
                *wet2d_at(w, k, i, j) = v[k];
        }
}

static void wet2d_find_region(const wet2d_ctx *w, int k, wet2d_region *r)
{
    int i, j, n = w->n;
    r->ibest = r->jbest = 0;
    r->chi2_min = *wet2d_at(w, k, 0, 0);
    for (j = 0; j < n; j++)
        for (i = 0; i < n; i++)
            if (*wet2d_at(w, k, i, j) < r->chi2_min) {
                r->chi2_min = *wet2d_at(w, k, i, j);
                r->ibest = i;
                r->jbest = j;
            }
    r->xlo = r->ylo = HUGE_VAL;
    r->xhi = r->yhi = -HUGE_VAL;
    r->n_in = r->edge = 0;
    for (j = 0; j < n; j++)
        for (i = 0; i < n; i++) {
            double x = wet2d_x(w, i), y = wet2d_y(w, j);
            if (!(*wet2d_at(w, k, i, j) - r->chi2_min < WET2D_DCHI2_95))
                continue;
            r->n_in++;
            r->xlo = x < r->xlo ? x : r->xlo;
            r->xhi = x > r->xhi ? x : r->xhi;
            r->ylo = y < r->ylo ? y : r->ylo;
            r->yhi = y > r->yhi ? y : r->yhi;
            if (i == 0 || j == 0 || i == n - 1 || j == n - 1)
                r->edge = 1;
        }
}

/* Refine the global minimum with Nelder-Mead (reflection 1, expansion 2,
 * contraction and shrink 1/2), started from the best grid point with a
 * simplex of one grid spacing.  chi^2 is smooth (ratios of quadratic
 * forms), so this converges in a few dozen evaluations.  Unconstrained:
 * the result may lie outside --range. */
static void wet2d_refine(wet2d_ctx *w, const wet2d_region *r, double *bx,
                         double *by, double *bf, int *n_eval)
{
    double p[3][2], f[3], v[W2_N];
    double hx = (w->x1 - w->x0) / (w->n - 1), hy = (w->y1 - w->y0) / (w->n - 1);
    long start = w->n_eval;
    int it, a, b;
    p[0][0] = wet2d_x(w, r->ibest);
    p[0][1] = wet2d_y(w, r->jbest);
    p[1][0] = p[0][0] + hx;
    p[1][1] = p[0][1];
    p[2][0] = p[0][0];
    p[2][1] = p[0][1] + hy;
    for (a = 0; a < 3; a++) {
        wet2d_eval(w, p[a][0], p[a][1], v);
        f[a] = v[W2_GLOBAL];
    }
    for (it = 0; it < 500; it++) {
        double c[2], xr[2], xt[2], fr, ft, size = 0;
        /* order: f[0] <= f[1] <= f[2] */
        for (a = 0; a < 2; a++)
            for (b = a + 1; b < 3; b++)
                if (f[b] < f[a]) {
                    double t = f[a], t0 = p[a][0], t1 = p[a][1];
                    f[a] = f[b];
                    p[a][0] = p[b][0];
                    p[a][1] = p[b][1];
                    f[b] = t;
                    p[b][0] = t0;
                    p[b][1] = t1;
                }
        for (a = 1; a < 3; a++)
            size = fmax(size, fmax(fabs(p[a][0] - p[0][0]),
                                   fabs(p[a][1] - p[0][1])));
        if (size < 1e-7 && f[2] - f[0] < 1e-10)
            break;
        c[0] = 0.5 * (p[0][0] + p[1][0]);
        c[1] = 0.5 * (p[0][1] + p[1][1]);
        xr[0] = 2 * c[0] - p[2][0];
        xr[1] = 2 * c[1] - p[2][1];
        wet2d_eval(w, xr[0], xr[1], v);
        fr = v[W2_GLOBAL];
        if (fr < f[0]) { /* expand */
            xt[0] = 3 * c[0] - 2 * p[2][0];
            xt[1] = 3 * c[1] - 2 * p[2][1];
            wet2d_eval(w, xt[0], xt[1], v);
            ft = v[W2_GLOBAL];
            if (ft < fr) {
                xr[0] = xt[0];
                xr[1] = xt[1];
                fr = ft;
            }
            p[2][0] = xr[0];
            p[2][1] = xr[1];
            f[2] = fr;
            continue;
        }
        if (fr < f[1]) { /* accept the reflection */
            p[2][0] = xr[0];
            p[2][1] = xr[1];
            f[2] = fr;
            continue;
        }
        /* contract towards the better of the reflection and the worst */
        if (fr < f[2]) {
            xt[0] = 0.5 * (c[0] + xr[0]);
            xt[1] = 0.5 * (c[1] + xr[1]);
        } else {
            xt[0] = 0.5 * (c[0] + p[2][0]);
            xt[1] = 0.5 * (c[1] + p[2][1]);
        }
        wet2d_eval(w, xt[0], xt[1], v);
        ft = v[W2_GLOBAL];
        if (ft < fmin(fr, f[2])) {
            p[2][0] = xt[0];
            p[2][1] = xt[1];
            f[2] = ft;
            continue;
        }
        for (a = 1; a < 3; a++) { /* shrink towards the best */
            p[a][0] = 0.5 * (p[0][0] + p[a][0]);
            p[a][1] = 0.5 * (p[0][1] + p[a][1]);
            wet2d_eval(w, p[a][0], p[a][1], v);
            f[a] = v[W2_GLOBAL];
        }
    }
    a = f[1] < f[0] ? 1 : 0;
    a = f[2] < f[a] ? 2 : a;
    *bx = p[a][0];
    *by = p[a][1];
    *bf = f[a];
    *n_eval = (int)(w->n_eval - start);
}

/* ---- SVG ---------------------------------------------------------- */

/* Geometry of the plot (SVG user units = px). */
#define SVG_W 780
#define SVG_H 620
#define SVG_L 80.0  /* plot area */
#define SVG_T 60.0
#define SVG_PW 480.0
#define SVG_PH 480.0

static double svg_px(const wet2d_ctx *w, double x)
{
    return SVG_L + SVG_PW * (x - w->x0) / (w->x1 - w->x0);
}

static double svg_py(const wet2d_ctx *w, double y)
{
    return SVG_T + SVG_PH * (1 - (y - w->y0) / (w->y1 - w->y0));
}

/* A 1-2-5 tick step giving about six ticks over @p span. */
static double nice_step(double span)
{
    double raw = span / 6, p = pow(10, floor(log10(raw))), m = raw / p;
    return (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p;
}

/* Ticks, grid lines and labels of one axis (0: x, 1: y). */
static void svg_axis(FILE *f, const wet2d_ctx *w, int axis)
{
    double lo = axis ? w->y0 : w->x0, hi = axis ? w->y1 : w->x1;
    double step = nice_step(hi - lo), t;
    long k;
    for (k = (long)ceil(lo / step - 1e-9); (t = k * step) <= hi + 1e-9 * step;
         k++) {
        if (fabs(t) < 1e-9 * step)
            t = 0;
        if (axis == 0) {
            double px = svg_px(w, t);
            fprintf(f, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
                    "stroke=\"#000\"/>\n", px, SVG_T + SVG_PH, px,
                    SVG_T + SVG_PH + 6);
            fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">"
                    "%g</text>\n", px, SVG_T + SVG_PH + 22, t);
        } else {
            double py = svg_py(w, t);
            fprintf(f, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
                    "stroke=\"#000\"/>\n", SVG_L - 6, py, SVG_L, py);
            fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"end\">"
                    "%g</text>\n", SVG_L - 10, py + 5, t);
        }
    }
}

/* Grey fill of chi2_SM - chi2 (global) inside the global 95% region,
 * darker for a larger improvement over the SM, and its colour bar. */
static void svg_fill(FILE *f, const wet2d_ctx *w, const wet2d_region *g)
{
    double vmin = HUGE_VAL, vmax = -HUGE_VAL;
    double hx = SVG_PW / (w->n - 1), hy = SVG_PH / (w->n - 1);
    int i, j;
    for (j = 0; j < w->n; j++)
        for (i = 0; i < w->n; i++) {
            double c = *wet2d_at(w, W2_GLOBAL, i, j), v;
            if (!(c - g->chi2_min < WET2D_DCHI2_95))
                continue;
            v = w->chi2_sm[W2_GLOBAL] - c;
            vmin = fmin(vmin, v);
            vmax = fmax(vmax, v);
        }
    fputs("<g clip-path=\"url(#plot)\" shape-rendering=\"crispEdges\">\n", f);
    for (j = 0; j < w->n; j++)
        for (i = 0; i < w->n; i++) {
            double c = *wet2d_at(w, W2_GLOBAL, i, j), t;
            int grey;
            if (!(c - g->chi2_min < WET2D_DCHI2_95))
                continue;
            t = vmax > vmin ? (w->chi2_sm[W2_GLOBAL] - c - vmin) / (vmax - vmin)
                            : 1;
            grey = (int)(235 - 145 * t + 0.5);
            fprintf(f, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                    "height=\"%.2f\" fill=\"rgb(%d,%d,%d)\"/>\n",
                    svg_px(w, wet2d_x(w, i)) - hx / 2,
                    svg_py(w, wet2d_y(w, j)) - hy / 2, hx + 0.3, hy + 0.3,
                    grey, grey, grey);
        }
    fputs("</g>\n", f);
    /* colour bar, labelled with the extremes as in Fig. 1 */
    fputs("<defs><linearGradient id=\"bar\" x1=\"0\" y1=\"1\" x2=\"0\" "
          "y2=\"0\"><stop offset=\"0\" stop-color=\"rgb(235,235,235)\"/>"
          "<stop offset=\"1\" stop-color=\"rgb(90,90,90)\"/>"
          "</linearGradient></defs>\n", f);
    fprintf(f, "<rect x=\"600\" y=\"%.0f\" width=\"18\" height=\"200\" "
            "fill=\"url(#bar)\" stroke=\"#000\"/>\n", SVG_T + 20);
    fprintf(f, "<text x=\"600\" y=\"%.0f\">&#967;&#178;<tspan "
            "font-size=\"10\" dy=\"3\">SM</tspan><tspan dy=\"-3\">&#160;&#8722; "
            "&#967;&#178; (global)</tspan></text>\n", SVG_T + 8);
    fprintf(f, "<text x=\"624\" y=\"%.0f\">%.2f</text>\n", SVG_T + 30, vmax);
    fprintf(f, "<text x=\"624\" y=\"%.0f\">%.2f</text>\n", SVG_T + 220, vmin);
}

/* Point where the level crosses the edge between grid points p and q. */
static void ms_cross(const wet2d_ctx *w, double fp, double fq, int ip, int jp,
                     int iq, int jq, double out[2])
{
    double t = fp / (fp - fq);
    out[0] = svg_px(w, wet2d_x(w, ip) + t * (wet2d_x(w, iq) - wet2d_x(w, ip)));
    out[1] = svg_py(w, wet2d_y(w, jp) + t * (wet2d_y(w, jq) - wet2d_y(w, jp)));
}

/* Marching squares: the boundary chi2 = chi2_min + 5.99 of category @p k
 * as line segments, one per boundary crossing of a grid cell.  Corners
 * a = (i,j), b = (i+1,j), c = (i+1,j+1), d = (i,j+1); edges 0 = ab,
 * 1 = bc, 2 = dc, 3 = ad.  A corner is inside if chi2 < level.  The two
 * ambiguous (saddle) cases are decided by the mean of the four corners. */
static void svg_contour(FILE *f, const wet2d_ctx *w, int k, double level)
{
    /* edge pairs per case (bits: a 1, b 2, c 4, d 8); -1 = none */
    static const signed char seg[16][4] = {
        {-1, -1, -1, -1}, {3, 0, -1, -1}, {0, 1, -1, -1}, {3, 1, -1, -1},
        {1, 2, -1, -1},   {3, 0, 1, 2},   {0, 2, -1, -1}, {3, 2, -1, -1},
        {2, 3, -1, -1},   {0, 2, -1, -1}, {0, 1, 2, 3},   {1, 2, -1, -1},
        {1, 3, -1, -1},   {0, 1, -1, -1}, {0, 3, -1, -1}, {-1, -1, -1, -1}};
    int i, j, s, col = 0;
    fprintf(f, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
            "stroke-linecap=\"round\" d=\"", w2_colour[k]);
    for (j = 0; j + 1 < w->n; j++)
        for (i = 0; i + 1 < w->n; i++) {
            double fa = *wet2d_at(w, k, i, j) - level;
            double fb = *wet2d_at(w, k, i + 1, j) - level;
            double fc = *wet2d_at(w, k, i + 1, j + 1) - level;
            double fd = *wet2d_at(w, k, i, j + 1) - level;
            double e[4][2];
            int cs = (fa < 0) | (fb < 0) << 1 | (fc < 0) << 2 | (fd < 0) << 3;
            signed char pr[4];
            if (cs == 0 || cs == 15)
                continue;
            memcpy(pr, seg[cs], sizeof pr);
            if ((cs == 5 || cs == 10) && fa + fb + fc + fd < 0) {
                /* the centre joins the inside corners: cut off the others */
                static const signed char alt5[4] = {0, 1, 2, 3};
                static const signed char alt10[4] = {3, 0, 1, 2};
                memcpy(pr, cs == 5 ? alt5 : alt10, sizeof pr);
            }
            if ((fa < 0) != (fb < 0))
                ms_cross(w, fa, fb, i, j, i + 1, j, e[0]);
            if ((fb < 0) != (fc < 0))
                ms_cross(w, fb, fc, i + 1, j, i + 1, j + 1, e[1]);
            if ((fd < 0) != (fc < 0))
                ms_cross(w, fd, fc, i, j + 1, i + 1, j + 1, e[2]);
            if ((fa < 0) != (fd < 0))
                ms_cross(w, fa, fd, i, j, i, j + 1, e[3]);
            for (s = 0; s < 4 && pr[s] >= 0; s += 2) {
                fprintf(f, "M%.2f %.2fL%.2f %.2f", e[pr[s]][0], e[pr[s]][1],
                        e[pr[s + 1]][0], e[pr[s + 1]][1]);
                if (++col % 4 == 0)
                    fputc('\n', f);
            }
        }
    fputs("\"/>\n", f);
}

/* "C9^e" as SVG text: C, subscript 9, superscript l */
static void svg_c9(FILE *f, const char *lep)
{
    fprintf(f, "C<tspan font-size=\"11\" dy=\"5\">9</tspan>"
            "<tspan font-size=\"11\" dy=\"-12\">%s</tspan>"
            "<tspan dy=\"7\"> </tspan>", lep);
}

static void wet2d_svg(const wet2d_ctx *w, const char *path,
                      const wet2d_region reg[W2_N], double bx, double by)
{
    static const char *const label[W2_N] = {"quarks", "LFU", "global"};
    FILE *f = fopen(path, "w");
    int k, bad;
    if (f == NULL)
        die("cannot open '%s' for writing: %s", path, strerror(errno));
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
            "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, "
            "Arial, sans-serif\" font-size=\"14\">\n", SVG_W, SVG_H, SVG_W,
            SVG_H);
    /* provenance in <desc>: an XML comment may not contain "--" */
    fprintf(f, "<desc>smelt %s wet2d --scenario %s --mode %s: %d x %d grid; "
            "contours chi2 = chi2_min + %.4f (95%% CL, 2 dof)</desc>\n",
            smelt_version(), w->sc->name, mode_name(w->mode), w->n, w->n,
            WET2D_DCHI2_95);
    fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n", SVG_W,
            SVG_H);
    fprintf(f, "<defs><clipPath id=\"plot\"><rect x=\"%.2f\" y=\"%.2f\" "
            "width=\"%.2f\" height=\"%.2f\"/></clipPath></defs>\n", SVG_L,
            SVG_T, SVG_PW, SVG_PH);
    fprintf(f, "<text x=\"%.2f\" y=\"30\" text-anchor=\"middle\" "
            "font-size=\"16\">smelt: scenario %s (%s), 95%% CL, mode %s"
            "</text>\n", SVG_L + SVG_PW / 2, w->sc->name, w->sc->relation,
            mode_name(w->mode));
    svg_fill(f, w, &reg[W2_GLOBAL]);
    /* SM axes through the origin, if visible */
    fputs("<g stroke=\"#999\" stroke-dasharray=\"4 3\" "
          "clip-path=\"url(#plot)\">\n", f);
    fprintf(f, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>\n",
            svg_px(w, 0), SVG_T, svg_px(w, 0), SVG_T + SVG_PH);
    fprintf(f, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>\n",
            SVG_L, svg_py(w, 0), SVG_L + SVG_PW, svg_py(w, 0));
    fputs("</g>\n<g clip-path=\"url(#plot)\">\n", f);
    for (k = 0; k < W2_N; k++)
        svg_contour(f, w, k, reg[k].chi2_min + WET2D_DCHI2_95);
    /* SM point (open circle with a cross) and best fit (black dot) */
    fprintf(f, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"6\" fill=\"none\" "
            "stroke=\"#000\" stroke-width=\"1.5\"/>\n", svg_px(w, 0),
            svg_py(w, 0));
    fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"12\">SM</text>\n",
            svg_px(w, 0) + 8, svg_py(w, 0) - 8);
    fprintf(f, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"5\" fill=\"#000\"/>\n",
            svg_px(w, bx), svg_py(w, by));
    fputs("</g>\n", f);
    fprintf(f, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
            "fill=\"none\" stroke=\"#000\"/>\n", SVG_L, SVG_T, SVG_PW, SVG_PH);
    svg_axis(f, w, 0);
    svg_axis(f, w, 1);
    fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">",
            SVG_L + SVG_PW / 2, SVG_T + SVG_PH + 48);
    svg_c9(f, "e");
    fputs("</text>\n", f);
    fprintf(f, "<text x=\"0\" y=\"0\" text-anchor=\"middle\" "
            "transform=\"translate(26 %.2f) rotate(-90)\">", SVG_T + SVG_PH / 2);
    svg_c9(f, "&#956;");
    fputs("</text>\n", f);
    /* legend */
    for (k = 0; k < W2_N; k++) {
        double y = SVG_T + 280 + 26 * k;
        fprintf(f, "<line x1=\"600\" y1=\"%.0f\" x2=\"630\" y2=\"%.0f\" "
                "stroke=\"%s\" stroke-width=\"3\"/>\n", y, y, w2_colour[k]);
        fprintf(f, "<text x=\"638\" y=\"%.0f\">%s%s</text>\n", y + 5, label[k],
                reg[k].edge ? " (open)" : "");
    }
    fprintf(f, "<circle cx=\"615\" cy=\"%.0f\" r=\"5\" fill=\"#000\"/>\n"
            "<text x=\"638\" y=\"%.0f\">best fit (global)</text>\n",
            SVG_T + 358, SVG_T + 363);
    fprintf(f, "<circle cx=\"615\" cy=\"%.0f\" r=\"6\" fill=\"none\" "
            "stroke=\"#000\" stroke-width=\"1.5\"/>\n"
            "<text x=\"638\" y=\"%.0f\">SM</text>\n", SVG_T + 384, SVG_T + 389);
    fprintf(f, "<text x=\"600\" y=\"%.0f\" font-size=\"11\">&#916;&#967;&#178;"
            " &lt; 5.99 (2 dof)</text>\n", SVG_T + 420);
    fprintf(f, "<text x=\"600\" y=\"%.0f\" font-size=\"11\">b&#8594;s sector "
            "I only</text>\n", SVG_T + 436);
    fputs("</svg>\n", f);
    bad = ferror(f) != 0;
    bad |= fclose(f) != 0;
    if (bad)
        die("error writing '%s': %s", path, strerror(errno));
}

/* ---- arguments and report ------------------------------------------ */

typedef struct {
    const char *scenario, *svg, *n, *range[4];
    common_opts common;
} wet2d_args;

static void wet2d_parse_args(int argc, char **argv, wet2d_args *a)
{
    int i, k;
    memset(a, 0, sizeof *a);
    a->common.mode = SMELT_MODE_EXACT;
    for (i = 1; i < argc; i++) {
        const char *val = NULL, **slot;
        const char *opt;
        if (common_option("wet2d", argc, argv, &i, &a->common))
            continue;
        if (strcmp(argv[i], "--range") == 0) {
            if (a->range[0] != NULL)
                usage_error("wet2d", "option '--range' given twice");
            if (i + 4 >= argc)
                usage_error("wet2d", "option '--range' requires 4 arguments "
                            "XMIN XMAX YMIN YMAX");
            for (k = 0; k < 4; k++)
                a->range[k] = argv[++i];
            continue;
        }
        if (strncmp(argv[i], "--range=", 8) == 0)
            usage_error("wet2d", "'%s': use '--range XMIN XMAX YMIN YMAX'",
                        argv[i]);
        if (opt_value("wet2d", argc, argv, &i, opt = "--scenario", &val))
            slot = &a->scenario;
        else if (opt_value("wet2d", argc, argv, &i, opt = "--svg", &val))
            slot = &a->svg;
        else if (opt_value("wet2d", argc, argv, &i, opt = "--n", &val))
            slot = &a->n;
        else
            usage_error("wet2d", "%s '%s'",
                        argv[i][0] == '-' ? "unknown option"
                                          : "unexpected argument",
                        argv[i]);
        if (*slot != NULL)
            usage_error("wet2d", "option '%s' given twice ('%s', then '%s')",
                        opt, *slot, val);
        *slot = val;
    }
    if (a->scenario == NULL)
        usage_error("wet2d", "missing required option '--scenario'");
}

static const wet2d_scenario *wet2d_find_scenario(const char *s)
{
    char known[256] = "";
    int k;
    for (k = 0; k < N_WET2D_SCENARIOS; k++)
        if (strcmp(s, wet2d_scenarios[k].name) == 0)
            return &wet2d_scenarios[k];
    for (k = 0; k < N_WET2D_SCENARIOS; k++) {
        size_t len = strlen(known);
        snprintf(known + len, sizeof known - len, "%s%s", k ? ", " : "",
                 wet2d_scenarios[k].name);
    }
    usage_error("wet2d", "unknown scenario '%s' (known: %s)", s, known);
    return NULL; /* not reached */
}

static void wet2d_setup(const wet2d_args *a, wet2d_ctx *w)
{
    static const char *const rname[4] = {"XMIN", "XMAX", "YMIN", "YMAX"};
    double r[4] = {-2, 1, -2, 1};
    int k;
    w->sc = wet2d_find_scenario(a->scenario);
    w->mode = a->common.mode;
    w->n = WET2D_N_DEFAULT;
    if (a->n != NULL) {
        const char *why = parse_count(a->n, &w->n);
        if (why == NULL && (w->n < WET2D_N_MIN || w->n > WET2D_N_MAX))
            why = "out of range";
        if (why != NULL)
            usage_error("wet2d", "bad value '%s' for --n: %s (points per "
                        "axis, %d..%d)", a->n, why, WET2D_N_MIN, WET2D_N_MAX);
    }
    for (k = 0; k < 4 && a->range[0] != NULL; k++) {
        const char *why = parse_double(a->range[k], &r[k]);
        if (why != NULL)
            usage_error("wet2d", "bad value '%s' for %s of --range: %s",
                        a->range[k], rname[k], why);
    }
    if (!(r[0] < r[1]))
        usage_error("wet2d", "--range: XMIN '%s' must be less than XMAX '%s'",
                    a->range[0], a->range[1]);
    if (!(r[2] < r[3]))
        usage_error("wet2d", "--range: YMIN '%s' must be less than YMAX '%s'",
                    a->range[2], a->range[3]);
    /* the spacing must stay representable and distinct from the ends */
    if (!isfinite(r[1] - r[0]) || !isfinite(r[3] - r[2]) ||
        (r[1] - r[0]) / WET2D_N_MAX < 1e-12 * fmax(fabs(r[0]), fabs(r[1])) ||
        (r[3] - r[2]) / WET2D_N_MAX < 1e-12 * fmax(fabs(r[2]), fabs(r[3])))
        usage_error("wet2d", "--range '%s %s %s %s' is too wide or too narrow",
                    a->range[0], a->range[1], a->range[2], a->range[3]);
    w->x0 = r[0];
    w->x1 = r[1];
    w->y0 = r[2];
    w->y1 = r[3];
    smelt_wc_zero(w->c);
    w->n_eval = 0;
    w->work = malloc(SMELT_CHI2_WORK_LEN * sizeof *w->work);
    w->chi2 = malloc((size_t)W2_N * (size_t)w->n * (size_t)w->n *
                     sizeof *w->chi2);
    if (w->work == NULL || w->chi2 == NULL)
        die("out of memory for a %d x %d grid", w->n, w->n);
}

static void wet2d_tsv(const wet2d_ctx *w)
{
    int i, j;
    puts("scenario\tx\ty\tchi2_quarks\tchi2_lfu\tchi2_global");
    for (j = 0; j < w->n; j++)
        for (i = 0; i < w->n; i++)
            printf("%s\t%.10g\t%.10g\t%.10g\t%.10g\t%.10g\n", w->sc->name,
                   wet2d_x(w, i), wet2d_y(w, j), *wet2d_at(w, W2_QUARKS, i, j),
                   *wet2d_at(w, W2_LFU, i, j), *wet2d_at(w, W2_GLOBAL, i, j));
}

static void wet2d_report(wet2d_ctx *w, const wet2d_region reg[W2_N],
                         double bx, double by, double bf, int n_refine,
                         double ms)
{
    double v[W2_N];
    int k, edge = 0;
    const wet2d_scenario *sc = w->sc;
    printf("smelt wet2d: scenario %s (%s; seed 000 Fig. 1 %s)\n", sc->name,
           sc->relation, sc->panel);
    printf("plane x = C9^e = C9_bsee, y = C9^mu = C9_bsmumu: WET new-physics "
           "parts at mu_b = %g GeV\n(flavio normalisation, dimensionless), "
           "set directly; all SMEFT coefficients zero\n", SMELT_SCALE_B_GEV);
    printf("grid %d x %d, x in [%g, %g], y in [%g, %g]; mode %s; %ld chi^2 "
           "evaluations in %.0f ms\n", w->n, w->n, w->x0, w->x1, w->y0, w->y1,
           mode_name(w->mode), w->n_eval, ms);
    printf("data: smelt's b->s sector I (B->K ll bins, B_s,B0->ll, R_K, "
           "Delta M_s); B->K* and B_s->phi come\nwith sector II.  lep2 "
           "(chi2 = %.4f) does not depend on these coefficients; global\n"
           "is the sum of all categories.\n", w->lep2);
    printf("95%% CL region: chi2 - chi2_min < %.2f (2 dof), on the grid\n\n",
           WET2D_DCHI2_95);
    printf("%-7s %8s %8s %10s %10s %9s  %-17s %-17s %6s\n", "", "C9^e",
           "C9^mu", "chi2_min", "chi2_SM", "SM-min", "95% C9^e", "95% C9^mu",
           "points");
    for (k = 0; k < W2_N; k++) {
        const wet2d_region *r = &reg[k];
        char xs[40], ys[40];
        snprintf(xs, sizeof xs, "[%.2f, %.2f]", r->xlo, r->xhi);
        snprintf(ys, sizeof ys, "[%.2f, %.2f]", r->ylo, r->yhi);
        printf("%-7s %8.3f %8.3f %10.4f %10.4f %+9.3f  %-17s %-17s %6d%s\n",
               w2_name[k], wet2d_x(w, r->ibest), wet2d_y(w, r->jbest),
               r->chi2_min, w->chi2_sm[k], w->chi2_sm[k] - r->chi2_min, xs,
               ys, r->n_in, r->edge ? " *" : "");
        edge |= r->edge;
    }
    puts("(best grid point; SM-min = chi2_SM - chi2_min, positive = "
         "improvement over the SM)");
    if (edge)
        puts("* the region reaches the edge of the grid: it extends beyond "
             "--range");
    wet2d_eval(w, bx, by, v);
    printf("\nglobal best fit, refined (Nelder-Mead, %d evaluations): "
           "C9^e = %.3f, C9^mu = %.3f%s\n", n_refine, bx, by,
           bx < w->x0 || bx > w->x1 || by < w->y0 || by > w->y1
               ? "  (outside --range)" : "");
    printf("  chi2_SM - chi2 there: quarks %+.3f, lfu %+.3f, global %+.3f "
           "(chi2_global = %.4f)\n", w->chi2_sm[W2_QUARKS] - v[W2_QUARKS],
           w->chi2_sm[W2_LFU] - v[W2_LFU], w->chi2_sm[W2_GLOBAL] - bf, bf);
    puts("\nseed 000 (flavio 2.3.3: 224 quark + 23 LFU measurements, with "
         "B->K*, B_s->phi, RG running):");
    printf("  Fig. 1: best fit near C9^e ~ C9^mu != 0, C9^e = 0 also fits; "
           "%s panel: %s\n", sc->panel, sc->paper);
}

static int cmd_wet2d(int argc, char **argv)
{
    wet2d_args a;
    wet2d_ctx w;
    wet2d_region reg[W2_N];
    double bx, by, bf, ms;
    clock_t t0;
    int k, n_refine;
    wet2d_parse_args(argc, argv, &a);
    wet2d_setup(&a, &w);
    t0 = clock();
    wet2d_scan(&w);
    for (k = 0; k < W2_N; k++)
        wet2d_find_region(&w, k, &reg[k]);
    wet2d_refine(&w, &reg[W2_GLOBAL], &bx, &by, &bf, &n_refine);
    ms = 1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (a.svg != NULL)
        wet2d_svg(&w, a.svg, reg, bx, by);
    if (a.common.tsv)
        wet2d_tsv(&w);
    else
        wet2d_report(&w, reg, bx, by, bf, n_refine, ms);
    if (a.svg != NULL && !a.common.tsv)
        printf("\nwrote %s\n", a.svg);
    free(w.chi2);
    free(w.work);
    return 0;
}

/* ------------------------------------------------------------------ */
/* smelt wc, smelt version                                             */
/* ------------------------------------------------------------------ */

/* ------------------------------------------------------------------ */
/* smelt run                                                           */
/* ------------------------------------------------------------------ */

static int cmd_run(int argc, char **argv)
{
    int scale_seen = 0, tsv = 0, i, n_smeft = 0, n_wet = 0;
    point p;
    smelt_real wet[SMELT_N_WET];
    smelt_status st;
    point_init(&p);
    for (i = 1; i < argc; i++) {
        if (scale_option("run", argc, argv, &i, &scale_seen, &p.scale))
            continue;
        if (strcmp(argv[i], "--tsv") == 0) {
            tsv = 1;
            continue;
        }
        if (argv[i][0] == '-')
            usage_error("run", "unknown option '%s'", argv[i]);
        parse_assignment("run", argv[i], &p);
    }
    point_run("run", &p);
    st = smelt_wet_from_wc(p.c_ew, wet);
    if (st != SMELT_OK)
        lib_error(st, "run: smelt_wet_from_wc");
    for (i = 0; i < SMELT_N_SMEFT; i++)
        n_smeft += p.c_ew[i] != 0;
    for (i = 0; i < SMELT_N_WET; i++)
        n_wet += wet[i] != 0;
    if (tsv) {
        puts("name\tvalue");
    } else {
        printf("given at mu = %g GeV%s\n", p.scale,
               p.n_set ? ":" : ": nothing (the SM point)");
        print_point(&p);
        printf("\n%d non-zero SMEFT coefficients at mu_EW = %g GeV "
               "(GeV^-2):\n", n_smeft, SMELT_SCALE_EW_GEV);
    }
    for (i = 0; i < SMELT_N_SMEFT; i++)
        if (p.c_ew[i] != 0)
            printf(tsv ? "%s\t%.9g\n" : "  %-10s %16.9g\n",
                   smelt_wc_name(i), (double)p.c_ew[i]);
    if (!tsv)
        printf("\n%d non-zero WET new-physics coefficients at mu_b = %g "
               "GeV (flavio basis):\n", n_wet, SMELT_SCALE_B_GEV);
    for (i = 0; i < SMELT_N_WET; i++)
        if (wet[i] != 0)
            printf(tsv ? "%s\t%.9g\n" : "  %-10s %16.9g\n",
                   smelt_wc_name(SMELT_N_SMEFT + i), (double)wet[i]);
    return 0;
}

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
