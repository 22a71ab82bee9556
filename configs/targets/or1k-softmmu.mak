TARGET_ARCH=openrisc
TARGET_BIG_ENDIAN=y
# needed by boot.c and all boards
TARGET_NEED_FDT=y
TARGET_LONG_BITS=32
