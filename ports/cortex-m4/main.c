/* SPDX-License-Identifier: MIT */
/*
 * main.c -- smelt on a Cortex-M4F (QEMU mps2-an386, picolibc semihosting),
 * checked against the same computation on the build host.
 *
 * One source, two roles:
 *  - host reference (-DSMELT_PORT_HOST_REF=1, native cc, top-level
 *    build/libsmelt.a or build/libsmelt_float.a): prints the values as
 *    "REF NAME=%.17g" lines, which the port Makefile turns into -D flags;
 *  - target (arm-none-eabi-gcc, picolibc): recomputes them and compares
 *    with the host values HOST_DCHI2_EXACT, HOST_DCHI2_LINEAR and
 *    HOST_CHI2_SM within PORT_RELTOL.  main returns 1 on any mismatch or
 *    error; QEMU passes that on as its exit code.
 *
 * The point: seed 000's benchmark Z' model (3B_3 - L_e - 2 L_mu, g_Z' =
 * 0.206, M_Z' = 3 TeV, theta_sb = -0.0406), matched onto SMEFT at tree
 * level, and the global chi^2 (all categories) in exact and linear mode.
 *
 * Tolerances (relative, |m4 - host| <= PORT_RELTOL |host|), chosen from
 * measurement (README.md has the numbers):
 *  - double build: 1e-12.  The M4F has no double FPU; libgcc's soft double
 *    is correctly rounded IEEE arithmetic like x86-64 SSE2, and -std=c99
 *    keeps GCC from contracting a*b+c into fma, so the chi^2 arithmetic is
 *    the same operation for operation.  The only libm calls on the path,
 *    sin and cos of theta_sb in smelt_zprime_match, come from different
 *    libms (picolibc, glibc) and may differ by an ulp; that reaches the
 *    Wilson coefficients at ~1e-16 relative.  Measured: bit-identical.
 *  - float build: 1e-5.  Same argument for the single-precision FPU (IEEE
 *    binary32 with round-to-nearest, like SSE), so again identical in
 *    practice; 1e-5 is about 80 FLT_EPSILON, room for an ulp of difference
 *    in a coefficient amplified by the cancellations inside the chi^2 sum.
 * The float build also prints its distance to the host DOUBLE result
 * (HOST_DOUBLE_*), for information only: that is the float build's own
 * accuracy, tested by the host test suite, not a property of the port.
 */
#include <math.h>
#include <stdio.h>

#include "smelt.h"
#include "benchmark_point.h"

#ifndef SMELT_PORT_HOST_REF
#define SMELT_PORT_HOST_REF 0
#endif

#if !SMELT_PORT_HOST_REF
#if !defined(HOST_DCHI2_EXACT) || !defined(HOST_DCHI2_LINEAR) || \
    !defined(HOST_CHI2_SM)
#error "pass the host reference values: -DHOST_DCHI2_EXACT=... -DHOST_DCHI2_LINEAR=... -DHOST_CHI2_SM=... (ports/cortex-m4/Makefile does)"
#endif
#endif

#ifndef PORT_RELTOL
#if SMELT_SINGLE
#define PORT_RELTOL 1e-5
#else
#define PORT_RELTOL 1e-12
#endif
#endif

/* Static, not on the stack: picolibc's default stack is 2 KB, and the
 * exact-mode workspace alone is SMELT_N_OBS reals (1160 bytes in double). */
static smelt_real work[SMELT_CHI2_WORK_LEN];
static smelt_real coef[SMELT_N_WC];

typedef struct {
    double dchi2_exact;  /* res.dtotal: all categories (LEP-2, quarks,
                            lfu), so every table is exercised; exact mode */
    double dchi2_linear; /* the same in linear mode */
    double chi2_sm;      /* res.total_sm */
} port_values;

static int report_status(const char *what, smelt_status st)
{
    if (st == SMELT_OK)
        return 0;
    printf("%s: %s (%d)\n", what, smelt_strerror(st), (int)st);
    return 1;
}

/* Everything the port checks, identical on host and target. */
static int port_compute(port_values *v)
{
    smelt_zprime model;
    smelt_chi2_result res;
    smelt_chi2_result lin;
    int bad = 0;

    port_benchmark_point(&model);
    bad |= report_status("smelt_zprime_match",
                         smelt_zprime_match(&model, coef));
    bad |= report_status("smelt_chi2_eval(exact)",
                         smelt_chi2_eval(coef, SMELT_MODE_EXACT, work, &res));
    bad |= report_status("smelt_chi2_eval(linear)",
                         smelt_chi2_eval(coef, SMELT_MODE_LINEAR, NULL, &lin));
    if (bad)
        return 1;
    v->dchi2_exact = (double)res.dtotal;
    v->dchi2_linear = (double)lin.dtotal;
    v->chi2_sm = (double)res.total_sm;
    /* the SM chi^2 is a table constant: both modes must return it */
    if (res.total_sm != lin.total_sm) {
        printf("chi2_sm differs between exact and linear mode\n");
        return 1;
    }
    if (!isfinite(v->dchi2_exact) || !isfinite(v->dchi2_linear) ||
        !isfinite(v->chi2_sm)) {
        printf("non-finite result\n");
        return 1;
    }
    return 0;
}

#if SMELT_PORT_HOST_REF

int main(void)
{
    port_values v;
    if (port_compute(&v) != 0)
        return 1;
    /* %.17g round-trips a double (and a float widened to double) */
    printf("REF DCHI2_EXACT=%.17g\n", v.dchi2_exact);
    printf("REF DCHI2_LINEAR=%.17g\n", v.dchi2_linear);
    printf("REF CHI2_SM=%.17g\n", v.chi2_sm);
    return 0;
}

#else

static double rel_diff(double got, double ref)
{
    double d = fabs(got - ref);
    return ref != 0 ? d / fabs(ref) : d;
}

/* one comparison line; returns 1 on mismatch */
static int compare(const char *name, double got, double host)
{
    double r = rel_diff(got, host);
    int ok = r <= PORT_RELTOL;
    /* picolibc's %.17g is not exact past ~16 digits: %a shows the bits */
    printf("  %-12s m4 %.17g (%a)\n", name, got, got);
    printf("  %-12s host %.17g (%a)\n", "", host, host);
    printf("  %-12s diff %.3g, rel %.3g, tol %.0e: %s\n", "", got - host, r,
           PORT_RELTOL, ok ? "ok" : "MISMATCH");
    return !ok;
}

#if SMELT_SINGLE && defined(HOST_DOUBLE_DCHI2_EXACT)
static void versus_double(const char *name, double got, double host_double)
{
    printf("  %-12s vs host double %.17g: diff %.3g, rel %.3g (information)\n",
           name, host_double, got - host_double, rel_diff(got, host_double));
}
#endif

int main(void)
{
    port_values v;
    int fail;
    const char *build = SMELT_SINGLE ? "float" : "double";

    printf("smelt %s on Cortex-M4F, %s build (smelt_real %u bytes)\n",
           smelt_version(), build, (unsigned)sizeof(smelt_real));
    printf("Z' 3B3-Le-2Lmu: gzp 0.206, M 3000 GeV, theta_sb -0.0406; "
           "global chi^2 (LEP-2 + quarks + lfu)\n");
    fail = port_compute(&v);
    if (!fail) {
        fail |= compare("dchi2 exact", v.dchi2_exact, HOST_DCHI2_EXACT);
        fail |= compare("dchi2 linear", v.dchi2_linear, HOST_DCHI2_LINEAR);
        fail |= compare("chi2_sm", v.chi2_sm, HOST_CHI2_SM);
#if SMELT_SINGLE && defined(HOST_DOUBLE_DCHI2_EXACT)
        versus_double("dchi2 exact", v.dchi2_exact, HOST_DOUBLE_DCHI2_EXACT);
        versus_double("dchi2 linear", v.dchi2_linear,
                      HOST_DOUBLE_DCHI2_LINEAR);
        versus_double("chi2_sm", v.chi2_sm, HOST_DOUBLE_CHI2_SM);
#endif
    }
    printf("%s: cortex-m4 %s build vs host %s build (relative tol %.0e)\n",
           fail ? "FAIL" : "PASS", build, build, PORT_RELTOL);
    return fail ? 1 : 0;
}

#endif
