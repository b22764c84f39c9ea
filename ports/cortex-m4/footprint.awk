# SPDX-License-Identifier: MIT
# footprint.awk -- flash breakdown of a GNU ld map file (-Wl,-Map): sums
# the sizes of the allocated input sections (.text*, .rodata*, .data*)
# that were kept after --gc-sections, by origin: smelt code, smelt const
# data (tables, strings), libgcc (soft-float helpers), and the rest
# (picolibc, crt0, the probe itself).  Prints one line.
#
# Input sections appear either on one line
#    .text.foo      0x000000f8      0x3d0 build/double/libsmelt.a(chi2.o)
# or, when the name is long, as the name alone followed by
#                   0x000000f8      0x3d0 build/double/libsmelt.a(chi2.o)

function add(sec, size, file,    n) {
    if (sec !~ /^\.(text|rodata|data|init|fini|ARM\.exidx)/)
        return
    n = strtonum_(size)
    if (file ~ /libsmelt[^\/]*\.a\(/) {
        if (sec ~ /^\.(text|init|fini)/)
            code += n
        else if (sec ~ /^\.data/)
            rw += n
        else
            konst += n
    } else if (file ~ /libgcc\.a\(/) {
        gcc += n
    } else {
        other += n
    }
}

# hex "0x..." to a number, without gawk's strtonum (mawk, busybox awk)
function strtonum_(s,    i, c, v) {
    v = 0
    s = tolower(s)
    sub(/^0x/, "", s)
    for (i = 1; i <= length(s); i++) {
        c = index("0123456789abcdef", substr(s, i, 1)) - 1
        v = v * 16 + c
    }
    return v
}

/^Linker script and memory map/ { on = 1; next }
!on { next }

# name alone: remember it for the next line
/^ \.[^ ]+$/ { pending = $1; next }

# one-line form
/^ \.[^ ]+ +0x[0-9a-fA-F]+ +0x[0-9a-fA-F]+ +[^ ]/ {
    add($1, $3, $4); pending = ""; next
}

# continuation of a name-alone line
pending != "" && /^ +0x[0-9a-fA-F]+ +0x[0-9a-fA-F]+ +[^ ]/ && NF == 3 {
    add(pending, $2, $3); pending = ""; next
}

{ pending = "" }

END {
    printf "smelt code %d + smelt const %d", code, konst
    if (rw)
        printf " + smelt rw data %d", rw
    printf " + libgcc %d (+ libc/crt0/probe %d)\n", gcc, other
}
