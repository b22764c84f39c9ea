/* SPDX-License-Identifier: MIT */
/*
 * smelt_config.h -- build-time configuration of smelt.
 *
 * Everything here may be overridden with -D on the compiler command line;
 * the defaults suit a desktop build.  The library is compiled once per
 * configuration: a program must use the same SMELT_REAL as the library.
 */
#ifndef SMELT_CONFIG_H
#define SMELT_CONFIG_H

/*
 * SMELT_SINGLE: define to 1 to make smelt_real a float (Cortex-M4F, FPGA soft
 * cores with a single-precision FPU).  Tables are generated at full double
 * precision and rounded once by the compiler, so a float build is the best
 * float approximation of the double build.
 */
#ifndef SMELT_SINGLE
#define SMELT_SINGLE 0
#endif

#if SMELT_SINGLE
typedef float smelt_real;
#define SMELT_R(x) x##f /* literal of type smelt_real */
#else
typedef double smelt_real;
#define SMELT_R(x) x
#endif

/*
 * SMELT_TABLE_ATTR: attribute placed on every const table, e.g.
 * -DSMELT_TABLE_ATTR='__attribute__((section(".rodata.smelt")))'
 * to collect the tables in one flash section.  Empty by default.
 */
#ifndef SMELT_TABLE_ATTR
#define SMELT_TABLE_ATTR
#endif

/*
 * SMELT_NO_CHECKS: define to 1 to compile out the argument checks (NULL
 * pointers, NaN/Inf coefficients) on the hot paths smelt_obs_predict and
 * smelt_chi2_eval.  Off by default: bad input must never pass silently.
 */
#ifndef SMELT_NO_CHECKS
#define SMELT_NO_CHECKS 0
#endif

/*
 * SMELT_NL_EXPOSED: 1 for the library built on the "PDD-fit" table set
 * (make NONLOCAL=PDD-fit), whose likelihood takes the B -> V non-local
 * nuisances nl_* as parameters (smelt.h, SMELT_NL_LIST) and has 16 more
 * observables (their priors).  A program must use the library's value;
 * the tables check it at compile time.
 */
#ifndef SMELT_NL_EXPOSED
#define SMELT_NL_EXPOSED 0
#endif

#endif /* SMELT_CONFIG_H */
