/* SPDX-License-Identifier: MIT */
/*
 * test_wc.c -- the Wilson-coefficient registry (WCxf names <-> indices),
 * coefficient-vector checks, status strings and category names.
 *
 * Expected values come from the WCxf "Warsaw" basis conventions as stated
 * in include/smelt.h and PHYSICS.md section 1.2 (which entries of a
 * symmetry orbit are kept), and from the C standard (strcmp order).
 */
#include "smelt_test.h"

#include <string.h>

/* every status code the public header defines */
static const smelt_status all_status[] = {
    SMELT_OK,         SMELT_EINVAL, SMELT_ENAME,    SMELT_ENONFINITE,
    SMELT_ERANGE,     SMELT_EMODE,  SMELT_EANOMALY, SMELT_ENUMERIC,
    SMELT_EOVERFLOW};
#define N_STATUS ((int)(sizeof all_status / sizeof all_status[0]))

#if SMELT_SINGLE
static const smelt_real real_max = FLT_MAX, real_min = FLT_MIN;
#else
static const smelt_real real_max = DBL_MAX, real_min = DBL_MIN;
#endif

static int is_known(const char *name)
{
    int k = -12345;
    return smelt_wc_index(name, &k) == SMELT_OK;
}

/* Round trip: smelt_wc_index(smelt_wc_name(k)) == k for every coefficient
 * (the registry is a bijection; the list is SMELT_WC_LIST in smelt.h). */
TEST wc_name_index_round_trip(void)
{
    int k;
    for (k = 0; k < SMELT_N_WC; k++) {
        const char *name = smelt_wc_name(k);
        int idx = -1;
        ASSERTm("every index has a name", name != NULL);
        ASSERTm("names are non-empty", name[0] != '\0');
        ASSERT_OK(smelt_wc_index(name, &idx));
        ASSERT_EQ_FMT(k, idx, "%d");
    }
    PASS();
}

/* The enum generated from SMELT_WC_LIST and the name table agree, e.g.
 * SMELT_WC_lq1_2223 is named "lq1_2223" (X-macro consistency). */
TEST wc_enum_matches_names(void)
{
    ASSERT_STR_EQ("ll_1111", smelt_wc_name(SMELT_WC_ll_1111));
    ASSERT_STR_EQ("ll_1221", smelt_wc_name(SMELT_WC_ll_1221));
    ASSERT_STR_EQ("lq1_2223", smelt_wc_name(SMELT_WC_lq1_2223));
    ASSERT_STR_EQ("qe_2322", smelt_wc_name(SMELT_WC_qe_2322));
    ASSERT_STR_EQ("qq1_2323", smelt_wc_name(SMELT_WC_qq1_2323));
    ASSERT_STR_EQ("HWB", smelt_wc_name(SMELT_WC_HWB));
    /* SMEFT block first (last entry Hd_23), then the WET block */
    ASSERT_STR_EQ("Hd_23", smelt_wc_name(SMELT_N_SMEFT - 1));
    ASSERT_STR_EQ("C7_bs", smelt_wc_name(SMELT_N_SMEFT));
    ASSERT_EQ_FMT(SMELT_N_SMEFT, (int)SMELT_WC_C7_bs, "%d");
    /* the WET block ends with the 16 non-local nuisances */
    ASSERT_EQ_FMT(SMELT_N_WC - 17, (int)SMELT_WC_CVLL_bsbs, "%d");
    ASSERT_EQ_FMT(SMELT_N_WC - 16, (int)SMELT_WC_nl_h0_0_re, "%d");
    ASSERT_STR_EQ("nl_hm_2_im", smelt_wc_name(SMELT_N_WC - 1));
    ASSERT_STR_EQ("C9_bsmumu", smelt_wc_name(SMELT_WC_C9_bsmumu));
    ASSERT_EQ_FMT(0, (int)SMELT_WC_ll_1111, "%d");
    PASS();
}

/* Unknown names give SMELT_ENAME and leave *index untouched: a made-up
 * entry, the empty string, wrong case (WCxf names are case-sensitive) and
 * a trailing or leading space (exact match, no trimming). */
TEST wc_unknown_names(void)
{
    static const char *const bad[] = {
        "ll_9999", "", "LL_1122", "ll_1122 ", " ll_1122", "ll_112",
        "ll_11222", "ll", "hd", "Hwb", "lq1_2223\n", "zz_0000", "~",
        "A"};
    int i;
    for (i = 0; i < (int)(sizeof bad / sizeof bad[0]); i++) {
        int idx = 4242;
        ASSERT_EQ_FMTm(bad[i], (int)SMELT_ENAME, (int)smelt_wc_index(bad[i], &idx),
                       "%d");
        ASSERT_EQ_FMTm("index untouched on error", 4242, idx, "%d");
    }
    PASS();
}

/* NULL name or NULL output pointer is an invalid argument (smelt.h). */
TEST wc_index_null_args(void)
{
    int idx = 7;
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_wc_index(NULL, &idx), "%d");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_wc_index("ll_1111", NULL), "%d");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_wc_index(NULL, NULL), "%d");
    ASSERT_EQ_FMT(7, idx, "%d");
    PASS();
}

/* Names are pairwise distinct, and the binary search finds the first and
 * last names in strcmp order ("HD": upper case sorts before lower case in
 * ASCII; the maximum is computed here, not assumed). */
TEST wc_names_unique_and_sorted_ends(void)
{
    int i, j, imin = 0, imax = 0, idx = -1;
    for (i = 0; i < SMELT_N_WC; i++) {
        for (j = i + 1; j < SMELT_N_WC; j++)
            ASSERTm("duplicate coefficient name",
                    strcmp(smelt_wc_name(i), smelt_wc_name(j)) != 0);
        if (strcmp(smelt_wc_name(i), smelt_wc_name(imin)) < 0)
            imin = i;
        if (strcmp(smelt_wc_name(i), smelt_wc_name(imax)) > 0)
            imax = i;
    }
    /* strcmp order: upper case before lower case, '_' before 'p' */
    ASSERT_STR_EQ("C10_bsee", smelt_wc_name(imin));
    ASSERT_OK(smelt_wc_index(smelt_wc_name(imin), &idx));
    ASSERT_EQ_FMT(imin, idx, "%d");
    ASSERT_OK(smelt_wc_index(smelt_wc_name(imax), &idx));
    ASSERT_EQ_FMT(imax, idx, "%d");
    /* names just outside the two ends are unknown */
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_wc_index("HC", &idx), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_wc_index("zzz", &idx), "%d");
    PASS();
}

/* smelt_wc_name is NULL outside [0, SMELT_N_WC) (smelt.h). */
TEST wc_name_out_of_range(void)
{
    ASSERT(smelt_wc_name(-1) == NULL);
    ASSERT(smelt_wc_name(SMELT_N_WC) == NULL);
    ASSERT(smelt_wc_name(SMELT_N_WC + 1000) == NULL);
    ASSERT(smelt_wc_name(-2147483647 - 1) == NULL);
    ASSERT(smelt_wc_name(0) != NULL);
    ASSERT(smelt_wc_name(SMELT_N_WC - 1) != NULL);
    PASS();
}

/* smelt_wc_check flags the first NaN/+-Inf and reports its index; finite
 * vectors (including extreme finite values and subnormals) pass with
 * bad_index = -1; bad_index may be NULL; c == NULL is SMELT_EINVAL. */
TEST wc_check_nonfinite(void)
{
    smelt_real c[SMELT_N_WC];
    const smelt_real bad_vals[3] = {(smelt_real)NAN, (smelt_real)INFINITY,
                                    -(smelt_real)INFINITY};
    const int where[4] = {0, 17, SMELT_WC_lq1_2223, SMELT_N_WC - 1};
    int v, w, bad = 99;

    smelt_wc_zero(c);
    ASSERT_OK(smelt_wc_check(c, &bad));
    ASSERT_EQ_FMT(-1, bad, "%d");
    ASSERT_OK(smelt_wc_check(c, NULL));

    for (v = 0; v < 3; v++) {
        for (w = 0; w < 4; w++) {
            smelt_wc_zero(c);
            c[where[w]] = bad_vals[v];
            bad = 99;
            ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_wc_check(c, &bad),
                          "%d");
            ASSERT_EQ_FMT(where[w], bad, "%d");
            ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_wc_check(c, NULL),
                          "%d");
        }
    }
    /* two bad entries: the first one is reported */
    smelt_wc_zero(c);
    c[40] = (smelt_real)INFINITY;
    c[12] = (smelt_real)NAN;
    ASSERT_EQ_FMT((int)SMELT_ENONFINITE, (int)smelt_wc_check(c, &bad), "%d");
    ASSERT_EQ_FMT(12, bad, "%d");

    /* extreme but finite values (largest, subnormal) are accepted */
    for (w = 0; w < SMELT_N_WC; w++)
        c[w] = (w % 3 == 0) ? real_max : (w % 3 == 1) ? -real_min / 4 : 1;
    /* (the nl_* nuisances only where the table set exposes them) */
    for (w = SMELT_WC_nl_h0_0_re; w < SMELT_N_WC && !SMELT_NL_EXPOSED; w++)
        c[w] = 0;
    ASSERT_OK(smelt_wc_check(c, &bad));
    ASSERT_EQ_FMT(-1, bad, "%d");

    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_wc_check(NULL, &bad), "%d");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_wc_check(NULL, NULL), "%d");
    PASS();
}

/* smelt_wc_zero sets every entry to +0 (the SM point), overwriting NaN. */
TEST wc_zero_sets_all(void)
{
    smelt_real c[SMELT_N_WC];
    int k;
    for (k = 0; k < SMELT_N_WC; k++)
        c[k] = (k % 2) ? (smelt_real)NAN : (smelt_real)(k + 1);
    smelt_wc_zero(c);
    for (k = 0; k < SMELT_N_WC; k++) {
        ASSERTm("entry is zero", c[k] == 0);
        ASSERTm("entry is +0, not -0", !signbit(c[k]));
    }
    PASS();
}

/* WCxf non-redundant index sets (PHYSICS.md 1.2; smelt.h): for two
 * different currents the quark pair is written 23 (lq1_2223 kept, its
 * conjugate lq1_2232 redundant; qe_2322 kept, qe_3222 redundant); ll and
 * qq1 keep the lexicographically first of {prst, stpr} (ll_1221 kept,
 * ll_2112 and ll_2211 redundant; qq1_2332 kept, qq1_3223 redundant); ee
 * is also Fierz-symmetric, so ee_1221 is redundant while ee_1122 is kept;
 * le keeps le_1221, its conjugate le_2112 is redundant. */
TEST wc_wcxf_canonical_entries(void)
{
    static const char *const kept[] = {
        "ll_1122", "ll_1221", "ll_1331", "ee_1122", "le_1221", "le_2211",
        "lq1_2223", "lq3_2223", "qe_2322", "qe_2311", "qq1_2323",
        "qq1_2332", "qq1_2223", "qu1_2333", "qd1_2333", "lu_2233",
        "ud1_3333", "Hl1_22", "Hl3_11", "He_33", "HD", "HWB"};
    static const char *const redundant[] = {
        "lq1_2232", "lq3_2232", "qe_3222", "qe_3211", "ee_1221", "ee_2211",
        "le_2112", "ll_2112", "ll_2211", "qq1_3223", "qq1_3232",
        "qq1_2322", "qu1_3233", "qd1_3233"};
    int i;
    for (i = 0; i < (int)(sizeof kept / sizeof kept[0]); i++)
        ASSERTm(kept[i], is_known(kept[i]));
    for (i = 0; i < (int)(sizeof redundant / sizeof redundant[0]); i++)
        ASSERTm(redundant[i], !is_known(redundant[i]));
    PASS();
}

/* smelt_strerror: a distinct, non-empty, static string for every status
 * code, and still a non-NULL string for a code that does not exist. */
TEST wc_strerror_distinct(void)
{
    int i, j;
    for (i = 0; i < N_STATUS; i++) {
        const char *s = smelt_strerror(all_status[i]);
        ASSERT(s != NULL);
        ASSERT(s[0] != '\0');
        ASSERT(s == smelt_strerror(all_status[i])); /* static storage */
        for (j = 0; j < i; j++)
            ASSERTm("two status codes share a message",
                    strcmp(s, smelt_strerror(all_status[j])) != 0);
    }
    ASSERT(smelt_strerror((smelt_status)42) != NULL);
    ASSERT(smelt_strerror((smelt_status)-99) != NULL);
    PASS();
}

/* Categories: "lep2" is category SMELT_CAT_lep2 and names round-trip;
 * unknown or differently-cased names are SMELT_ENAME, NULL is EINVAL,
 * out-of-range indices have no name (smelt.h). */
TEST wc_category_lookup(void)
{
    int cat = -1, k;
    ASSERT_OK(smelt_category_index("lep2", &cat));
    ASSERT_EQ_FMT((int)SMELT_CAT_lep2, cat, "%d");
    ASSERT_STR_EQ("lep2", smelt_category_name(SMELT_CAT_lep2));
    for (k = 0; k < SMELT_N_CAT; k++) {
        ASSERT(smelt_category_name(k) != NULL);
        ASSERT_OK(smelt_category_index(smelt_category_name(k), &cat));
        ASSERT_EQ_FMT(k, cat, "%d");
    }
    cat = 77;
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_category_index("LEP2", &cat), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_category_index("lep", &cat), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_category_index("", &cat), "%d");
    ASSERT_EQ_FMT((int)SMELT_ENAME, (int)smelt_category_index("Quarks", &cat), "%d");
    ASSERT_EQ_FMT(77, cat, "%d");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_category_index(NULL, &cat), "%d");
    ASSERT_EQ_FMT((int)SMELT_EINVAL, (int)smelt_category_index("lep2", NULL), "%d");
    ASSERT(smelt_category_name(-1) == NULL);
    ASSERT(smelt_category_name(SMELT_N_CAT) == NULL);
    PASS();
}

/* smelt_version returns SMELT_VERSION_STRING (smelt.h). */
TEST wc_version_string(void)
{
    ASSERT(smelt_version() != NULL);
    ASSERT_STR_EQ(SMELT_VERSION_STRING, smelt_version());
    PASS();
}

SUITE(suite_wc)
{
    RUN_TEST(wc_name_index_round_trip);
    RUN_TEST(wc_enum_matches_names);
    RUN_TEST(wc_unknown_names);
    RUN_TEST(wc_index_null_args);
    RUN_TEST(wc_names_unique_and_sorted_ends);
    RUN_TEST(wc_name_out_of_range);
    RUN_TEST(wc_check_nonfinite);
    RUN_TEST(wc_zero_sets_all);
    RUN_TEST(wc_wcxf_canonical_entries);
    RUN_TEST(wc_strerror_distinct);
    RUN_TEST(wc_category_lookup);
    RUN_TEST(wc_version_string);
}
