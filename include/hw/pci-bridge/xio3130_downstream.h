/*
 * TI X3130 pci express downstream port switch
 *
 * Copyright (C) 2022 Igor Mammedov <imammedo@redhat.com>
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_PCI_BRIDGE_XIO3130_DOWNSTREAM_H
#define HW_PCI_BRIDGE_XIO3130_DOWNSTREAM_H

#define TYPE_XIO3130_DOWNSTREAM "xio3130-downstream"

#endif

