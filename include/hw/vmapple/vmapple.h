/*
 * Devices specific to the VMApple machine type
 *
 * Copyright © 2023 Amazon.com, Inc. or its affiliates. All Rights Reserved.
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_VMAPPLE_VMAPPLE_H
#define HW_VMAPPLE_VMAPPLE_H

#define TYPE_APPLE_AES "apple-aes"

#define TYPE_VMAPPLE_BDIF "vmapple-bdif"

#define TYPE_VMAPPLE_CFG "vmapple-cfg"

#define TYPE_VMAPPLE_VIRTIO_BLK_PCI "vmapple-virtio-blk-pci"

#endif /* HW_VMAPPLE_VMAPPLE_H */
