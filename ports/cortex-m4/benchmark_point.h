/* SPDX-License-Identifier: MIT */
/* benchmark_point.h -- the seed-000 Table 3 point (3B3 - Le - 2Lmu Z',
 * g_Z' = 0.206, M_Z' = 3 TeV, theta_sb = -0.0406) shared by the port's
 * check driver and its instruction-count benchmark. */
#ifndef SMELT_PORT_BENCHMARK_POINT_H
#define SMELT_PORT_BENCHMARK_POINT_H

#include "smelt.h"

static void port_benchmark_point(smelt_zprime *model)
{
    model->xe = 1;
    model->xmu = 2;
    model->xtau = 0;
    model->gzp = SMELT_R(0.206);
    model->mzp_gev = 3000;
    model->theta_sb = SMELT_R(-0.0406);
}

#endif
