# Default configuration for sh4eb-softmmu

include ../sh4-softmmu/default.mak
