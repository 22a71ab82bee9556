#ifndef MV64361_H
#define MV64361_H

#define TYPE_MV64361 "mv64361"

PCIBus *mv64361_get_pci_bus(DeviceState *dev, int n);

#endif
