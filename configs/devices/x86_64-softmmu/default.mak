# Default configuration for x86_64-softmmu

include ../i386-softmmu/default.mak
