# Default configuration for Xtensa

include ../xtensa-softmmu/default.mak
