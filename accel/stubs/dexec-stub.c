/*
 * dexec stub: for builds without the dexec accelerator
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qapi/qapi-commands-accelerator.h"
#include "system/dexec.h"

bool dexec_allowed;

void qmp_dexec_set_mode(DexecMode mode, bool has_cpu_index, int64_t cpu_index,
                        Error **errp)
{
    error_setg(errp, "dexec is not available in this QEMU");
}

DexecInfo *qmp_query_dexec(Error **errp)
{
    error_setg(errp, "dexec is not available in this QEMU");
    return NULL;
}
