/*
 * AMD Versal versions
 *
 * Copyright (c) 2025 Advanced Micro Devices, Inc.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_ARM_XLNX_VERSAL_VERSION_H
#define HW_ARM_XLNX_VERSAL_VERSION_H

typedef enum VersalVersion {
    VERSAL_VER_VERSAL,
    VERSAL_VER_VERSAL2,
} VersalVersion;

#endif
