# Default configuration for ppc64-softmmu

# Include all 32-bit boards
include ../ppc-softmmu/default.mak

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_POWERNV=n
# CONFIG_PSERIES=n
