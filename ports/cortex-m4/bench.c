/* SPDX-License-Identifier: MIT */
/*
 * bench.c -- instruction counts on the Cortex-M4F (QEMU), one region per
 * call between the marker functions bench_begin() and bench_end().  The
 * Makefile's bench target runs it under qemu -singlestep -d exec,nochain
 * and counts the trace lines of each region (PORTS-NOTES.md section 5 A):
 * the count includes the callee, everything it calls and the call setup.
 * Regions, in order: smelt_zprime_match, smelt_chi2_eval exact,
 * smelt_chi2_eval linear.  QEMU counts instructions, not cycles.
 */
#include <stdio.h>

#include "smelt.h"
#include "benchmark_point.h"

void bench_begin(void);
void bench_end(void);

__attribute__((noinline)) void bench_begin(void)
{
    __asm volatile("" : : : "memory");
}

__attribute__((noinline)) void bench_end(void)
{
    __asm volatile("" : : : "memory");
}

static smelt_real work[SMELT_CHI2_WORK_LEN];
static smelt_real coef[SMELT_N_WC];

int main(void)
{
    smelt_zprime model;
    smelt_chi2_result res, lin;
    smelt_status s1, s2, s3;

    port_benchmark_point(&model);

    bench_begin();
    s1 = smelt_zprime_match(&model, coef);
    bench_end();
    bench_begin();
    s2 = smelt_chi2_eval(coef, SMELT_MODE_EXACT, work, &res);
    bench_end();
    bench_begin();
    s3 = smelt_chi2_eval(coef, SMELT_MODE_LINEAR, NULL, &lin);
    bench_end();

    printf("bench %s: status %d %d %d, dchi2 exact %.9g linear %.9g\n",
           SMELT_SINGLE ? "float" : "double", (int)s1, (int)s2, (int)s3,
           (double)res.dchi2[SMELT_CAT_lep2],
           (double)lin.dchi2[SMELT_CAT_lep2]);
    return (s1 != SMELT_OK || s2 != SMELT_OK || s3 != SMELT_OK) ? 1 : 0;
}
