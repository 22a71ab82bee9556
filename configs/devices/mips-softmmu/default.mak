# Default configuration for mips-softmmu

include common.mak
