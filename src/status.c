/* SPDX-License-Identifier: MIT */
/* status.c -- status codes and version. */
#include "smelt.h"

const char *smelt_strerror(smelt_status status)
{
    switch (status) {
    case SMELT_OK: return "ok";
    case SMELT_EINVAL: return "invalid argument (NULL pointer or malformed value)";
    case SMELT_ENAME: return "unknown name";
    case SMELT_ENONFINITE: return "non-finite input (NaN or Inf)";
    case SMELT_ERANGE: return "value out of range";
    case SMELT_EMODE: return "unknown evaluation mode";
    case SMELT_EANOMALY: return "charges violate anomaly cancellation";
    case SMELT_ENUMERIC: return "result not finite (overflow, or a non-positive denominator)";
    case SMELT_EOVERFLOW: return "integer overflow in exact arithmetic";
    case SMELT_ENUISANCE: return "nuisance parameter not exposed by this table set (only NONLOCAL=PDD-fit takes nl_*)";
    }
    return "unknown status code";
}

const char *smelt_version(void)
{
    return SMELT_VERSION_STRING;
}
