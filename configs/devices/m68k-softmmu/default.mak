# Default configuration for m68k-softmmu

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_AN5206=n
# CONFIG_MCF5208=n
# CONFIG_NEXTCUBE=n
# CONFIG_Q800=n
# CONFIG_M68K_VIRT=n
