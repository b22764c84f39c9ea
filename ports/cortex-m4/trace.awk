# SPDX-License-Identifier: MIT
# trace.awk -- instruction counts from a QEMU exec trace taken with
# -singlestep -d exec,nochain (one line per executed guest instruction,
# the symbol of its PC as the last field; PORTS-NOTES.md section 5 A).
#
# Counts the lines between each return from bench_begin and the entry of
# the next bench_end: the measured call, everything it calls, and the call
# setup.  Prints the counts of all regions on one line, in order.  With
# -v hist=FILE, also writes "region count function" lines (exclusive
# instructions per function and region) to FILE.

$NF == "bench_begin" { on = 1; n = 0; next }
on && $NF == "bench_end" { on = 0; count[++r] = n; next }
on {
    n++
    if (hist != "")
        fn[r + 1 SUBSEP $NF]++
}

END {
    for (i = 1; i <= r; i++)
        printf "%s%d", (i > 1 ? " " : ""), count[i]
    printf "\n"
    if (hist != "") {
        printf "" > hist
        for (k in fn) {
            split(k, part, SUBSEP)
            print part[1], fn[k], part[2] > hist
        }
        close(hist)
    }
}
