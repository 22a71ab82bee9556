# Default configuration for or1k-softmmu

# Uncomment the following lines to disable these optional devices:
# CONFIG_PCI_DEVICES=n
# CONFIG_TEST_DEVICES=n

# Boards:
# CONFIG_OR1K_SIM=n
# CONFIG_OR1K_VIRT=n
