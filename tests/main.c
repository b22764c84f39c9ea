/* SPDX-License-Identifier: MIT */
/* main.c -- the smelt test runner.  Prints greatest's report and, as its
 * last line, "N passed, N failed" (read by CI). */
#include <stdio.h>

#include "smelt_test.h"

GREATEST_MAIN_DEFS();

int main(int argc, char **argv)
{
    struct greatest_report_t r;
    GREATEST_MAIN_BEGIN();
    printf("smelt %s tests, smelt_real = %s\n", smelt_version(),
           sizeof(smelt_real) == sizeof(float) ? "float" : "double");
    RUN_SUITE(suite_wc);
    RUN_SUITE(suite_lep2);
    RUN_SUITE(suite_chi2);
    RUN_SUITE(suite_zprime);
    RUN_SUITE(suite_stats);
    RUN_SUITE(suite_ff);
    RUN_SUITE(suite_wet);
    RUN_SUITE(suite_bsll);
    RUN_SUITE(suite_bvll);
    RUN_SUITE(suite_rge);
    greatest_get_report(&r);
#ifdef GREATEST_SMELT_OWN
    /* our greatest.h already ends its report with the plain line */
    GREATEST_MAIN_END();
#else
    GREATEST_PRINT_REPORT();
    printf("%u passed, %u failed\n", r.passed, r.failed);
    return r.failed == 0 ? 0 : 1;
#endif
}
