# Default configuration for mipsel-softmmu

include ../mips-softmmu/common.mak
