/*
 * QEMU live migration - stubs for VFIO
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "migration.h"

void migration_populate_vfio_info(MigrationInfo *info)
{
}

void migration_reset_vfio_bytes_transferred(void)
{
}
