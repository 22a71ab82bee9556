# Default configuration for tricore-softmmu

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_TRICORE_TESTBOARD=n
# CONFIG_TRIBOARD=n
