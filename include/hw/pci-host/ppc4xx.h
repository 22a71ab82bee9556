/*
 * QEMU PowerPC 4xx PCI-host definitions
 *
 * Copyright (c) 2018-2023 BALATON Zoltan
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_PCIHOST_PPC4XX_H
#define HW_PCIHOST_PPC4XX_H

#define TYPE_PPC4xx_HOST_BRIDGE "ppc4xx-host-bridge"
#define TYPE_PPC4xx_PCI_HOST "ppc4xx-pci-host"
#define TYPE_PPC440_PCIX_HOST "ppc440-pcix-host"
#define TYPE_PPC460EX_PCIE_HOST "ppc460ex-pcie-host"

#endif
