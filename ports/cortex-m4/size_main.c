/* SPDX-License-Identifier: MIT */
/*
 * size_main.c -- footprint probe: the smallest program that uses
 * smelt_chi2_eval in both modes, linked with picolibc --crt0=minimal and
 * --gc-sections.  Built twice: as is, and with -DSMELT_SIZE_EMPTY=1, which
 * keeps the same caller buffers but drops the library calls.  The
 * difference of the two is the library's share: code, const tables and the
 * libgcc soft-float helpers it pulls in.  Never run (minimal crt0 has no
 * semihosting); only measured with arm-none-eabi-size and checked with
 * arm-none-eabi-nm for malloc.
 */
#include <stddef.h>

#include "smelt.h"

#ifndef SMELT_SIZE_EMPTY
#define SMELT_SIZE_EMPTY 0
#endif

/* Caller memory, present in both variants so that it cancels out. */
static smelt_real coef[SMELT_N_WC];
static smelt_real work[SMELT_CHI2_WORK_LEN];
static smelt_chi2_result res[2];

/* Opaque inputs, so the compiler cannot fold anything away. */
volatile smelt_real size_input = SMELT_R(1e-8);
volatile int size_sink;

/* makes the buffers' addresses escape: keeps them in both variants */
static void escape(void *p)
{
    __asm volatile("" : : "r"(p) : "memory");
}

int main(void)
{
    int i, st = 0;
    for (i = 0; i < SMELT_N_WC; i++)
        coef[i] = size_input;
    escape(coef);
    escape(work);
    escape(res);
#if !SMELT_SIZE_EMPTY
    st |= (int)smelt_chi2_eval(coef, SMELT_MODE_EXACT, work, &res[0]);
    st |= (int)smelt_chi2_eval(coef, SMELT_MODE_LINEAR, NULL, &res[1]);
#endif
    size_sink = st;
    /* --crt0=minimal spins after main returns; exit() would pull in an
     * oslib for _exit, and this program is never run anyway */
    return st != 0;
}
