# Default configuration for s390x-softmmu

# Uncomment the following lines to disable these optional devices:
#
#CONFIG_TERMINAL3270=n
#CONFIG_VFIO_AP=n
#CONFIG_VFIO_CCW=n
#CONFIG_VIRTIO_PCI=n
#CONFIG_WDT_DIAG288=n
#CONFIG_PCIE_DEVICES=n

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_S390_CCW_VIRTIO=n
