# Default configuration for mips64el-softmmu

include ../mips-softmmu/common.mak

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_FULOONG=n
# CONFIG_LOONGSON3V=n
# CONFIG_JAZZ=n
# CONFIG_MIPS_BOSTON=n
