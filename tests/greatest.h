/* SPDX-License-Identifier: MIT */

/*
 * greatest.h -- smelt's unit-test header.
 *
 * This is an independent, from-scratch implementation of the public API of
 * the "greatest" single-header C unit-testing library (silentbicycle/greatest,
 * v1.5.0), written for the smelt project from the API description only; it
 * contains no upstream code.  Test files written against upstream greatest
 * (TEST, SUITE, RUN_TEST, ASSERT_*, GREATEST_MAIN_DEFS, ...) build unchanged
 * against it.  It needs only C99 and the standard headers below, never
 * allocates, and compiles warning-free with the project's strict flags.
 * Global state lives in one object, `greatest_info`, declared here and
 * defined by GREATEST_MAIN_DEFS() in exactly one translation unit; every
 * helper function is `static inline`, so other translation units (which use
 * SUITE / SUITE_EXTERN) can include this header freely.  Timing, shuffling
 * and ASSERT_EQUAL_T are not implemented (GREATEST_USE_TIME is accepted and
 * ignored).  Smelt-only additions are marked "smelt addition" below.
 */

#ifndef SMELT_TESTS_GREATEST_H_
#define SMELT_TESTS_GREATEST_H_

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define GREATEST_VERSION_MAJOR 1
#define GREATEST_VERSION_MINOR 5
#define GREATEST_VERSION_PATCH 0

/* Marks this implementation (upstream does not define it): tests/main.c
 * uses it to know that GREATEST_MAIN_END() already prints the final
 * "P passed, F failed" line.  (The include guard deliberately avoids the
 * name SMELT_GREATEST_H, which the Makefile uses for the header's path.) */
#define GREATEST_SMELT_OWN 1

/* ------------------------------------------------------------------------
 * Configuration (may be overridden before including this header).
 * ------------------------------------------------------------------------ */

#ifndef GREATEST_USE_ABBREVS
#define GREATEST_USE_ABBREVS 1      /* 0: only GREATEST_-prefixed names */
#endif

#ifndef GREATEST_DEFAULT_WIDTH
#define GREATEST_DEFAULT_WIDTH 72   /* wrap the row of dots at this column */
#endif

#ifndef GREATEST_STDOUT
#define GREATEST_STDOUT stdout
#endif

#ifndef GREATEST_FLOAT
#define GREATEST_FLOAT double
#endif

#ifndef GREATEST_FLOAT_FMT
#define GREATEST_FLOAT_FMT "%g"
#endif

#ifndef GREATEST_TESTNAME_BUF_SIZE
#define GREATEST_TESTNAME_BUF_SIZE 128
#endif

/* ------------------------------------------------------------------------
 * Types and global state.
 * ------------------------------------------------------------------------ */

enum greatest_test_res {
    GREATEST_TEST_RES_PASS = 0,
    GREATEST_TEST_RES_FAIL = -1,
    GREATEST_TEST_RES_SKIP = 1
};

struct greatest_report_t {
    unsigned int passed;
    unsigned int failed;
    unsigned int skipped;
    unsigned int assertions;
};

typedef void greatest_setup_cb(void *udata);
typedef void greatest_teardown_cb(void *udata);
typedef void greatest_suite_cb(void);

struct greatest_run_info {
    /* Totals over the whole run. */
    unsigned int passed;
    unsigned int failed;
    unsigned int skipped;
    unsigned int assertions;

    /* Counts for the suite currently running (assertions unused). */
    struct greatest_report_t suite;

    /* Options. */
    unsigned int verbosity;
    int stop_at_first_fail;
    int abort_on_fail;
    int list_only;
    int exact_name_match;
    const char *suite_filter;
    const char *test_filter;
    const char *test_exclude;
    const char *name_suffix;        /* applies to the next test only */

    /* Per-suite fixtures, reset when a suite ends. */
    greatest_setup_cb *setup;
    void *setup_udata;
    greatest_teardown_cb *teardown;
    void *teardown_udata;

    /* The test in progress and how it ended. */
    const char *msg;
    const char *fail_file;
    int fail_line;
    char name_buf[GREATEST_TESTNAME_BUF_SIZE];

    /* Output column in non-verbose mode; 0 means "at line start". */
    unsigned int col;
    unsigned int width;
};

extern struct greatest_run_info greatest_info;

/* Define the global state: use exactly once, at file scope, followed by a
 * semicolon: `GREATEST_MAIN_DEFS();`. */
#define GREATEST_MAIN_DEFS() struct greatest_run_info greatest_info

/* ------------------------------------------------------------------------
 * Declaring tests and suites.
 * ------------------------------------------------------------------------ */

#define GREATEST_TEST static enum greatest_test_res
#define GREATEST_SUITE(NAME) void NAME(void); void NAME(void)
#define GREATEST_SUITE_EXTERN(NAME) void NAME(void)

/* ------------------------------------------------------------------------
 * Internal helpers.
 * ------------------------------------------------------------------------ */

/* Start a new output line if the row of dots is not at column 0. */
static inline void greatest_newline_(void)
{
    if (greatest_info.col != 0) {
        fputc('\n', GREATEST_STDOUT);
        greatest_info.col = 0;
    }
}

/* Does NAME pass FILTER?  A NULL filter matches everything. */
static inline int greatest_name_match_(const char *name, const char *filter)
{
    if (filter == NULL) {
        return 1;
    }
    if (greatest_info.exact_name_match) {
        return strcmp(name, filter) == 0;
    }
    return strstr(name, filter) != NULL;
}

/* Copy SRC onto the end of the name buffer at *POS, truncating. */
static inline void greatest_name_append_(size_t *pos, const char *src)
{
    while (*src != '\0' && *pos + 1 < sizeof greatest_info.name_buf) {
        greatest_info.name_buf[(*pos)++] = *src++;
    }
    greatest_info.name_buf[*pos] = '\0';
}

static inline int greatest_failure_stop_(void)
{
    return greatest_info.stop_at_first_fail && greatest_info.failed > 0;
}

/* Called by RUN_TEST*: returns 1 if the test should run now. */
static inline int greatest_test_pre_(const char *name)
{
    size_t pos = 0;
    greatest_name_append_(&pos, name);
    if (greatest_info.name_suffix != NULL) {
        greatest_name_append_(&pos, "_");
        greatest_name_append_(&pos, greatest_info.name_suffix);
    }
    greatest_info.name_suffix = NULL;

    if (greatest_failure_stop_()
        || !greatest_name_match_(greatest_info.name_buf,
                                 greatest_info.test_filter)
        || (greatest_info.test_exclude != NULL
            && greatest_name_match_(greatest_info.name_buf,
                                    greatest_info.test_exclude))) {
        return 0;
    }
    if (greatest_info.list_only) {
        fprintf(GREATEST_STDOUT, "  %s\n", greatest_info.name_buf);
        return 0;
    }
    greatest_info.msg = NULL;
    greatest_info.fail_file = NULL;
    greatest_info.fail_line = 0;
    if (greatest_info.setup != NULL) {
        greatest_info.setup(greatest_info.setup_udata);
    }
    return 1;
}

static inline void greatest_print_fail_line_(void)
{
    fprintf(GREATEST_STDOUT, "FAIL %s", greatest_info.name_buf);
    if (greatest_info.msg != NULL) {
        fprintf(GREATEST_STDOUT, ": %s", greatest_info.msg);
    }
    if (greatest_info.fail_file != NULL) {
        fprintf(GREATEST_STDOUT, " (%s:%d)", greatest_info.fail_file,
                greatest_info.fail_line);
    }
    fputc('\n', GREATEST_STDOUT);
}

/* Non-verbose: one character per test, wrapped at the configured width. */
static inline void greatest_put_mark_(char mark)
{
    unsigned int width = greatest_info.width ? greatest_info.width
                                             : GREATEST_DEFAULT_WIDTH;
    fputc(mark, GREATEST_STDOUT);
    if (++greatest_info.col >= width) {
        greatest_newline_();
    }
}

/* Verbose: "PASS name: msg" / "SKIP name: msg". */
static inline void greatest_put_line_(const char *what)
{
    fprintf(GREATEST_STDOUT, "%s %s", what, greatest_info.name_buf);
    if (greatest_info.msg != NULL) {
        fprintf(GREATEST_STDOUT, ": %s", greatest_info.msg);
    }
    fputc('\n', GREATEST_STDOUT);
}

/* Called by RUN_TEST* after the test returned RES. */
static inline void greatest_test_post_(enum greatest_test_res res)
{
    if (greatest_info.teardown != NULL) {
        greatest_info.teardown(greatest_info.teardown_udata);
    }
    if (res == GREATEST_TEST_RES_PASS) {
        greatest_info.suite.passed++;
        greatest_info.passed++;
        if (greatest_info.verbosity > 0) {
            greatest_put_line_("PASS");
        } else {
            greatest_put_mark_('.');
        }
    } else if (res == GREATEST_TEST_RES_SKIP) {
        greatest_info.suite.skipped++;
        greatest_info.skipped++;
        if (greatest_info.verbosity > 0) {
            greatest_put_line_("SKIP");
        } else {
            greatest_put_mark_('s');
        }
    } else {
        greatest_info.suite.failed++;
        greatest_info.failed++;
        if (greatest_info.verbosity == 0) {
            fputc('F', GREATEST_STDOUT);
            greatest_info.col++;
            greatest_newline_();
        }
        greatest_print_fail_line_();
    }
    fflush(GREATEST_STDOUT);
}

/* Record where a test failed; with abort-on-fail, report and abort now. */
static inline void greatest_fail_at_(const char *file, int line,
                                     const char *msg)
{
    greatest_info.fail_file = file;
    greatest_info.fail_line = line;
    greatest_info.msg = msg;
    if (greatest_info.abort_on_fail) {
        greatest_newline_();
        greatest_print_fail_line_();
        fflush(GREATEST_STDOUT);
        abort();
    }
}

static inline void greatest_run_suite_(greatest_suite_cb *suite_cb,
                                       const char *name)
{
    unsigned int n;
    if (greatest_failure_stop_()
        || !greatest_name_match_(name, greatest_info.suite_filter)) {
        return;
    }
    memset(&greatest_info.suite, 0, sizeof greatest_info.suite);
    greatest_newline_();
    fprintf(GREATEST_STDOUT, "\n* Suite %s:\n", name);
    suite_cb();
    greatest_newline_();
    if (!greatest_info.list_only) {
        n = greatest_info.suite.passed + greatest_info.suite.failed
            + greatest_info.suite.skipped;
        fprintf(GREATEST_STDOUT, "%u test%s - %u passed, %u failed, "
                "%u skipped\n", n, n == 1 ? "" : "s",
                greatest_info.suite.passed, greatest_info.suite.failed,
                greatest_info.suite.skipped);
    }
    greatest_info.setup = NULL;
    greatest_info.setup_udata = NULL;
    greatest_info.teardown = NULL;
    greatest_info.teardown_udata = NULL;
    fflush(GREATEST_STDOUT);
}

/* Print "Expected: ... / Got: ..." for strings (NULL-safe). */
static inline int greatest_str_eq_(const char *exp, const char *got,
                                   size_t n, int bounded)
{
    int equal;
    if (exp == NULL || got == NULL) {
        equal = exp == got;
    } else {
        equal = bounded ? strncmp(exp, got, n) == 0 : strcmp(exp, got) == 0;
    }
    if (!equal) {
        int prec = (bounded && n < 0x7fffffff) ? (int)n : 0x7fffffff;
        greatest_newline_();
        fprintf(GREATEST_STDOUT, "Expected: %.*s\n     Got: %.*s\n",
                prec, exp ? exp : "(null)", prec, got ? got : "(null)");
    }
    return equal;
}

/* Compare SIZE bytes; on mismatch hexdump the differing 16-byte rows. */
static inline int greatest_mem_eq_(const void *expv, const void *gotv,
                                   size_t size)
{
    const unsigned char *exp = (const unsigned char *)expv;
    const unsigned char *got = (const unsigned char *)gotv;
    size_t row, i, end;
    if (size == 0 || exp == got) {
        return 1;
    }
    if (exp != NULL && got != NULL && memcmp(exp, got, size) == 0) {
        return 1;
    }
    greatest_newline_();
    if (exp == NULL || got == NULL) {
        fprintf(GREATEST_STDOUT, "Expected: %s\n     Got: %s\n",
                exp ? "(memory)" : "(null)", got ? "(memory)" : "(null)");
        return 0;
    }
    fprintf(GREATEST_STDOUT, "Memory differs (%lu bytes, rows with "
            "differences shown, ^^ marks a differing byte):\n",
            (unsigned long)size);
    for (row = 0; row < size; row += 16) {
        end = size - row < 16 ? size : row + 16;
        if (memcmp(exp + row, got + row, end - row) == 0) {
            continue;
        }
        fprintf(GREATEST_STDOUT, "Expected: %08lx:", (unsigned long)row);
        for (i = row; i < end; i++) {
            fprintf(GREATEST_STDOUT, " %02x", (unsigned int)exp[i]);
        }
        fprintf(GREATEST_STDOUT, "\n     Got: %08lx:", (unsigned long)row);
        for (i = row; i < end; i++) {
            fprintf(GREATEST_STDOUT, " %02x", (unsigned int)got[i]);
        }
        while (exp[end - 1] == got[end - 1]) {
            end--;                  /* no trailing blanks on the ^^ line */
        }
        fprintf(GREATEST_STDOUT, "\n                   ");
        for (i = row; i < end; i++) {
            fputs(exp[i] != got[i] ? " ^^" : "   ", GREATEST_STDOUT);
        }
        fputc('\n', GREATEST_STDOUT);
    }
    return 0;
}

/* |GOT - EXP| <= TOL.  Smelt addition: a NaN anywhere FAILS the check
 * (upstream greatest lets a NaN GOT pass silently). */
static inline int greatest_in_range_(GREATEST_FLOAT exp, GREATEST_FLOAT got,
                                     GREATEST_FLOAT tol)
{
    int ok;
    if (isnan(exp) || isnan(got) || isnan(tol)) {
        ok = 0;
    } else {
        ok = !((exp > got && exp - got > tol)
               || (got > exp && got - exp > tol));
    }
    if (!ok) {
        greatest_newline_();
        fprintf(GREATEST_STDOUT, "Expected: " GREATEST_FLOAT_FMT " +/- "
                GREATEST_FLOAT_FMT "\n     Got: " GREATEST_FLOAT_FMT "\n",
                (double)exp, (double)tol, (double)got);
    }
    return ok;
}

static inline void greatest_usage_(FILE *out, const char *prog)
{
    fprintf(out,
            "Usage: %s [-hlfavex] [-s SUITE] [-t TEST] [-x EXCLUDE]\n"
            "  -h, --help  print this help\n"
            "  -l          list suites and tests, then exit (dry run)\n"
            "  -f          stop runner after the first failure\n"
            "  -a          abort on the first failure (implies -f)\n"
            "  -v          verbose output (repeatable)\n"
            "  -s SUITE    only run suites whose name contains SUITE\n"
            "  -t TEST     only run tests whose name contains TEST\n"
            "  -x EXCLUDE  skip tests whose name contains EXCLUDE\n"
            "  -e          -s/-t/-x must match names exactly\n"
            "  --          end of options\n",
            prog);
}

/* ------------------------------------------------------------------------
 * Public functions.
 * ------------------------------------------------------------------------ */

static inline void greatest_init(void)
{
    memset(&greatest_info, 0, sizeof greatest_info);
    greatest_info.width = GREATEST_DEFAULT_WIDTH;
}

static inline void greatest_set_suite_filter(const char *filter)
{
    greatest_info.suite_filter = filter;
}

static inline void greatest_set_test_filter(const char *filter)
{
    greatest_info.test_filter = filter;
}

static inline void greatest_set_test_exclude(const char *filter)
{
    greatest_info.test_exclude = filter;
}

static inline void greatest_set_exact_name_match(void)
{
    greatest_info.exact_name_match = 1;
}

static inline void greatest_stop_at_first_fail(void)
{
    greatest_info.stop_at_first_fail = 1;
}

static inline void greatest_abort_on_fail(void)
{
    greatest_info.abort_on_fail = 1;
    greatest_info.stop_at_first_fail = 1;
}

static inline void greatest_list_only(void)
{
    greatest_info.list_only = 1;
}

static inline void greatest_set_verbosity(unsigned int verbosity)
{
    greatest_info.verbosity = verbosity;
}

static inline unsigned int greatest_get_verbosity(void)
{
    return greatest_info.verbosity;
}

/* Append "_SUFFIX" to the name of the next test run (e.g. per argument). */
static inline void greatest_set_test_suffix(const char *suffix)
{
    greatest_info.name_suffix = suffix;
}

static inline void greatest_set_setup_cb(greatest_setup_cb *cb, void *udata)
{
    greatest_info.setup = cb;
    greatest_info.setup_udata = udata;
}

static inline void greatest_set_teardown_cb(greatest_teardown_cb *cb,
                                            void *udata)
{
    greatest_info.teardown = cb;
    greatest_info.teardown_udata = udata;
}

static inline int greatest_all_passed(void)
{
    return greatest_info.failed == 0;
}

static inline void greatest_get_report(struct greatest_report_t *report)
{
    if (report != NULL) {
        report->passed = greatest_info.passed;
        report->failed = greatest_info.failed;
        report->skipped = greatest_info.skipped;
        report->assertions = greatest_info.assertions;
    }
}

/* The last line printed is always "P passed, F failed" (read by CI). */
static inline void greatest_print_report(void)
{
    unsigned int n = greatest_info.passed + greatest_info.failed
                     + greatest_info.skipped;
    if (greatest_info.list_only) {
        return;
    }
    greatest_newline_();
    fprintf(GREATEST_STDOUT, "\nTotal: %u test%s, %u assertion%s\n",
            n, n == 1 ? "" : "s", greatest_info.assertions,
            greatest_info.assertions == 1 ? "" : "s");
    fprintf(GREATEST_STDOUT, "Pass: %u, fail: %u, skip: %u.\n",
            greatest_info.passed, greatest_info.failed,
            greatest_info.skipped);
    fprintf(GREATEST_STDOUT, "%u passed, %u failed\n",
            greatest_info.passed, greatest_info.failed);
    fflush(GREATEST_STDOUT);
}

/* Command line: [-hlfavex] [-s SUITE] [-t TEST] [-x EXCLUDE] [--]. */
static inline void greatest_parse_options_(int argc, char **argv)
{
    const char *prog = (argc > 0 && argv[0] != NULL) ? argv[0] : "test";
    int i;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *p;
        if (strcmp(arg, "--") == 0) {
            break;
        }
        if (strcmp(arg, "--help") == 0) {
            greatest_usage_(GREATEST_STDOUT, prog);
            exit(EXIT_SUCCESS);
        }
        if (arg[0] != '-' || arg[1] == '\0') {
            fprintf(stderr, "Unknown argument '%s'\n", arg);
            greatest_usage_(stderr, prog);
            exit(EXIT_FAILURE);
        }
        for (p = arg + 1; *p != '\0'; p++) {
            const char *value;
            switch (*p) {
            case 'h': greatest_usage_(GREATEST_STDOUT, prog);
                      exit(EXIT_SUCCESS);
            case 'l': greatest_list_only(); continue;
            case 'f': greatest_stop_at_first_fail(); continue;
            case 'a': greatest_abort_on_fail(); continue;
            case 'v': greatest_info.verbosity++; continue;
            case 'e': greatest_set_exact_name_match(); continue;
            case 's': case 't': case 'x': break;
            default:
                fprintf(stderr, "Unknown argument '-%c'\n", *p);
                greatest_usage_(stderr, prog);
                exit(EXIT_FAILURE);
            }
            /* -s/-t/-x take the rest of this word, or the next word. */
            if (p[1] != '\0') {
                value = p + 1;
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                fprintf(stderr, "Missing argument for '-%c'\n", *p);
                greatest_usage_(stderr, prog);
                exit(EXIT_FAILURE);
            }
            if (*p == 's') {
                greatest_set_suite_filter(value);
            } else if (*p == 't') {
                greatest_set_test_filter(value);
            } else {
                greatest_set_test_exclude(value);
            }
            break;
        }
    }
}

/* ------------------------------------------------------------------------
 * Running.
 * ------------------------------------------------------------------------ */

#define GREATEST_INIT() greatest_init()
#define GREATEST_PRINT_REPORT() greatest_print_report()

/* Use inside `int main(int argc, char **argv)`. */
#define GREATEST_MAIN_BEGIN()                                           \
    do {                                                                \
        greatest_init();                                                \
        greatest_parse_options_(argc, argv);                            \
    } while (0)

#define GREATEST_MAIN_END()                                             \
    do {                                                                \
        greatest_print_report();                                        \
        return greatest_all_passed() ? EXIT_SUCCESS : EXIT_FAILURE;     \
    } while (0)

#define GREATEST_RUN_SUITE(S) greatest_run_suite_(S, #S)

/* CALL is the call expression, NAME the test's name as a string. */
#define GREATEST_RUN_TEST_CALL_(NAME, CALL)                             \
    do {                                                                \
        if (greatest_test_pre_(NAME)) {                                 \
            greatest_test_post_(CALL);                                  \
        }                                                               \
    } while (0)

#define GREATEST_RUN_TEST(TEST) GREATEST_RUN_TEST_CALL_(#TEST, TEST())
#define GREATEST_RUN_TEST1(TEST, ENV)                                   \
    GREATEST_RUN_TEST_CALL_(#TEST, TEST(ENV))
#define GREATEST_RUN_TESTp(TEST, ...)                                   \
    GREATEST_RUN_TEST_CALL_(#TEST, TEST(__VA_ARGS__))

/* Does nothing, but keeps the (static) test "used". */
#define GREATEST_IGNORE_TEST(TEST) do { (void)(TEST); } while (0)

#define GREATEST_SET_SETUP_CB(CB, UDATA) greatest_set_setup_cb((CB), (UDATA))
#define GREATEST_SET_TEARDOWN_CB(CB, UDATA)                             \
    greatest_set_teardown_cb((CB), (UDATA))

/* Return early from a test if a helper returning enum greatest_test_res
 * did not pass. */
#define GREATEST_CHECK_CALL(RES)                                        \
    do {                                                                \
        enum greatest_test_res greatest_call_res_ = (RES);              \
        if (greatest_call_res_ != GREATEST_TEST_RES_PASS) {             \
            return greatest_call_res_;                                  \
        }                                                               \
    } while (0)

/* ------------------------------------------------------------------------
 * Ending a test.
 * ------------------------------------------------------------------------ */

#define GREATEST_PASSm(MSG)                                             \
    do {                                                                \
        greatest_info.msg = (MSG);                                      \
        return GREATEST_TEST_RES_PASS;                                  \
    } while (0)

#define GREATEST_SKIPm(MSG)                                             \
    do {                                                                \
        greatest_info.msg = (MSG);                                      \
        return GREATEST_TEST_RES_SKIP;                                  \
    } while (0)

#define GREATEST_FAILm(MSG)                                             \
    do {                                                                \
        greatest_fail_at_(__FILE__, __LINE__, (MSG));                   \
        return GREATEST_TEST_RES_FAIL;                                  \
    } while (0)

#define GREATEST_PASS() GREATEST_PASSm(NULL)
#define GREATEST_SKIP() GREATEST_SKIPm(NULL)
#define GREATEST_FAIL() GREATEST_FAILm(NULL)

/* ------------------------------------------------------------------------
 * Assertions.  Each counts one assertion.  Arguments of the printing
 * assertions (EQ_FMT) may be evaluated again when reporting a failure.
 * ------------------------------------------------------------------------ */

#define GREATEST_ASSERTm(MSG, COND)                                     \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!(COND)) { GREATEST_FAILm(MSG); }                           \
    } while (0)

#define GREATEST_ASSERT_FALSEm(MSG, COND)                               \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if ((COND)) { GREATEST_FAILm(MSG); }                            \
    } while (0)

#define GREATEST_ASSERT_EQm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) == (GOT))
#define GREATEST_ASSERT_NEQm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) != (GOT))
#define GREATEST_ASSERT_GTm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) > (GOT))
#define GREATEST_ASSERT_GTEm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) >= (GOT))
#define GREATEST_ASSERT_LTm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) < (GOT))
#define GREATEST_ASSERT_LTEm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) <= (GOT))

#define GREATEST_ASSERT_EQ_FMTm(MSG, EXP, GOT, FMT)                     \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if ((EXP) != (GOT)) {                                           \
            greatest_newline_();                                        \
            fprintf(GREATEST_STDOUT, "Expected: ");                     \
            fprintf(GREATEST_STDOUT, FMT, EXP);                         \
            fprintf(GREATEST_STDOUT, "\n     Got: ");                   \
            fprintf(GREATEST_STDOUT, FMT, GOT);                         \
            fprintf(GREATEST_STDOUT, "\n");                             \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

#define GREATEST_ASSERT_IN_RANGEm(MSG, EXP, GOT, TOL)                   \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!greatest_in_range_((EXP), (GOT), (TOL))) {                 \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

#define GREATEST_ASSERT_STR_EQm(MSG, EXP, GOT)                          \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!greatest_str_eq_((EXP), (GOT), 0, 0)) {                    \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

#define GREATEST_ASSERT_STRN_EQm(MSG, EXP, GOT, SIZE)                   \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!greatest_str_eq_((EXP), (GOT), (SIZE), 1)) {               \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

#define GREATEST_ASSERT_MEM_EQm(MSG, EXP, GOT, SIZE)                    \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!greatest_mem_eq_((EXP), (GOT), (SIZE))) {                  \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

/* ENUM_STR is called as ENUM_STR(value) and must return a string. */
#define GREATEST_ASSERT_ENUM_EQm(MSG, EXP, GOT, ENUM_STR)               \
    do {                                                                \
        int greatest_enum_exp_ = (int)(EXP);                            \
        int greatest_enum_got_ = (int)(GOT);                            \
        greatest_info.assertions++;                                     \
        if (greatest_enum_exp_ != greatest_enum_got_) {                 \
            greatest_newline_();                                        \
            fprintf(GREATEST_STDOUT, "Expected: %s\n     Got: %s\n",    \
                    ENUM_STR(greatest_enum_exp_),                       \
                    ENUM_STR(greatest_enum_got_));                      \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

/* Message-less forms: the message is the stringified expression. */
#define GREATEST_ASSERT(COND) GREATEST_ASSERTm(#COND, COND)
#define GREATEST_ASSERT_FALSE(COND) GREATEST_ASSERT_FALSEm("!(" #COND ")", COND)
#define GREATEST_ASSERT_EQ(EXP, GOT)                                    \
    GREATEST_ASSERT_EQm(#EXP " != " #GOT, EXP, GOT)
#define GREATEST_ASSERT_NEQ(EXP, GOT)                                   \
    GREATEST_ASSERT_NEQm(#EXP " == " #GOT, EXP, GOT)
#define GREATEST_ASSERT_GT(EXP, GOT)                                    \
    GREATEST_ASSERT_GTm(#EXP " <= " #GOT, EXP, GOT)
#define GREATEST_ASSERT_GTE(EXP, GOT)                                   \
    GREATEST_ASSERT_GTEm(#EXP " < " #GOT, EXP, GOT)
#define GREATEST_ASSERT_LT(EXP, GOT)                                    \
    GREATEST_ASSERT_LTm(#EXP " >= " #GOT, EXP, GOT)
#define GREATEST_ASSERT_LTE(EXP, GOT)                                   \
    GREATEST_ASSERT_LTEm(#EXP " > " #GOT, EXP, GOT)
#define GREATEST_ASSERT_EQ_FMT(EXP, GOT, FMT)                           \
    GREATEST_ASSERT_EQ_FMTm(#EXP " != " #GOT, EXP, GOT, FMT)
#define GREATEST_ASSERT_IN_RANGE(EXP, GOT, TOL)                         \
    GREATEST_ASSERT_IN_RANGEm(#EXP " != " #GOT " +/- " #TOL, EXP, GOT, TOL)
#define GREATEST_ASSERT_STR_EQ(EXP, GOT)                                \
    GREATEST_ASSERT_STR_EQm(#EXP " != " #GOT, EXP, GOT)
#define GREATEST_ASSERT_STRN_EQ(EXP, GOT, SIZE)                         \
    GREATEST_ASSERT_STRN_EQm(#EXP " != " #GOT, EXP, GOT, SIZE)
#define GREATEST_ASSERT_MEM_EQ(EXP, GOT, SIZE)                          \
    GREATEST_ASSERT_MEM_EQm(#EXP " != " #GOT, EXP, GOT, SIZE)
#define GREATEST_ASSERT_ENUM_EQ(EXP, GOT, ENUM_STR)                     \
    GREATEST_ASSERT_ENUM_EQm(#EXP " != " #GOT, EXP, GOT, ENUM_STR)

/* ------------------------------------------------------------------------
 * Abbreviations.
 * ------------------------------------------------------------------------ */

#if GREATEST_USE_ABBREVS
#define TEST GREATEST_TEST
#define SUITE GREATEST_SUITE
#define SUITE_EXTERN GREATEST_SUITE_EXTERN
#define RUN_TEST GREATEST_RUN_TEST
#define RUN_TEST1 GREATEST_RUN_TEST1
#define RUN_TESTp GREATEST_RUN_TESTp
#define RUN_SUITE GREATEST_RUN_SUITE
#define IGNORE_TEST GREATEST_IGNORE_TEST
#define SET_SETUP GREATEST_SET_SETUP_CB
#define SET_TEARDOWN GREATEST_SET_TEARDOWN_CB
#define CHECK_CALL GREATEST_CHECK_CALL
#define PASS GREATEST_PASS
#define FAIL GREATEST_FAIL
#define SKIP GREATEST_SKIP
#define PASSm GREATEST_PASSm
#define FAILm GREATEST_FAILm
#define SKIPm GREATEST_SKIPm
#define ASSERT GREATEST_ASSERT
#define ASSERTm GREATEST_ASSERTm
#define ASSERT_FALSE GREATEST_ASSERT_FALSE
#define ASSERT_FALSEm GREATEST_ASSERT_FALSEm
#define ASSERT_EQ GREATEST_ASSERT_EQ
#define ASSERT_EQm GREATEST_ASSERT_EQm
#define ASSERT_NEQ GREATEST_ASSERT_NEQ
#define ASSERT_NEQm GREATEST_ASSERT_NEQm
#define ASSERT_GT GREATEST_ASSERT_GT
#define ASSERT_GTm GREATEST_ASSERT_GTm
#define ASSERT_GTE GREATEST_ASSERT_GTE
#define ASSERT_GTEm GREATEST_ASSERT_GTEm
#define ASSERT_LT GREATEST_ASSERT_LT
#define ASSERT_LTm GREATEST_ASSERT_LTm
#define ASSERT_LTE GREATEST_ASSERT_LTE
#define ASSERT_LTEm GREATEST_ASSERT_LTEm
#define ASSERT_EQ_FMT GREATEST_ASSERT_EQ_FMT
#define ASSERT_EQ_FMTm GREATEST_ASSERT_EQ_FMTm
#define ASSERT_IN_RANGE GREATEST_ASSERT_IN_RANGE
#define ASSERT_IN_RANGEm GREATEST_ASSERT_IN_RANGEm
#define ASSERT_STR_EQ GREATEST_ASSERT_STR_EQ
#define ASSERT_STR_EQm GREATEST_ASSERT_STR_EQm
#define ASSERT_STRN_EQ GREATEST_ASSERT_STRN_EQ
#define ASSERT_STRN_EQm GREATEST_ASSERT_STRN_EQm
#define ASSERT_MEM_EQ GREATEST_ASSERT_MEM_EQ
#define ASSERT_MEM_EQm GREATEST_ASSERT_MEM_EQm
#define ASSERT_ENUM_EQ GREATEST_ASSERT_ENUM_EQ
#define ASSERT_ENUM_EQm GREATEST_ASSERT_ENUM_EQm
#endif /* GREATEST_USE_ABBREVS */

/* ========================================================================
 * SMELT EXTENSIONS (not part of upstream greatest).
 *
 * ASSERT_REL(EXPECTED, GOT, RELTOL) / ASSERT_RELm(MSG, EXPECTED, GOT, RELTOL)
 * pass only if both values are finite and |GOT - EXPECTED| <= RELTOL *
 * |EXPECTED| (so EXPECTED == 0 demands GOT == 0).  On failure they print
 * expected, got and the relative difference with %.17g.  The section is
 * guarded by #ifndef ASSERT_REL and relies only on names upstream greatest
 * also has (greatest_info.assertions, GREATEST_FAILm, GREATEST_STDOUT) plus
 * greatest_newline_, so a tiny shim can supply it on top of upstream
 * greatest.  GREATEST_ASSERT_REL(m) always exist; the short names follow
 * GREATEST_USE_ABBREVS.
 * ======================================================================== */

#if !defined(ASSERT_REL) && !defined(GREATEST_ASSERT_RELm)

static inline int greatest_smelt_rel_ok_(double exp, double got, double tol)
{
    double diff = got > exp ? got - exp : exp - got;
    double aexp = exp < 0 ? -exp : exp;
    double rdiff;
    if (isfinite(exp) && isfinite(got) && diff <= tol * aexp) {
        return 1;
    }
    if (aexp > 0) {
        rdiff = diff / aexp;
    } else {
        rdiff = diff > 0 ? HUGE_VAL : diff;  /* diff is 0 or NaN here */
    }
    greatest_newline_();
    fprintf(GREATEST_STDOUT, "Expected: %.17g\n     Got: %.17g\n"
            "Rel.diff: %.17g (tolerance %.17g)\n", exp, got, rdiff, tol);
    return 0;
}

#define GREATEST_ASSERT_RELm(MSG, EXP, GOT, RELTOL)                     \
    do {                                                                \
        greatest_info.assertions++;                                     \
        if (!greatest_smelt_rel_ok_((EXP), (GOT), (RELTOL))) {          \
            GREATEST_FAILm(MSG);                                        \
        }                                                               \
    } while (0)

#define GREATEST_ASSERT_REL(EXP, GOT, RELTOL)                           \
    GREATEST_ASSERT_RELm(#EXP " !~ " #GOT " (rel " #RELTOL ")",         \
                         EXP, GOT, RELTOL)

#if !defined(GREATEST_USE_ABBREVS) || GREATEST_USE_ABBREVS
#define ASSERT_RELm GREATEST_ASSERT_RELm
#define ASSERT_REL GREATEST_ASSERT_REL
#endif

#endif /* smelt extensions */

#endif /* SMELT_TESTS_GREATEST_H_ */
