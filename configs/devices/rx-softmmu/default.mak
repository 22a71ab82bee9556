# Default configuration for rx-softmmu

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_RX_GDBSIM=n
