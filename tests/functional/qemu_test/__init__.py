# Test class and utilities for functional tests
#
# Copyright 2024 Red Hat, Inc.
#
# This work is licensed under the terms of the GNU GPL, version 2 or
# later.  See the COPYING file in the top-level directory.


from .asset import Asset
from .config import BUILD_DIR, dso_suffix
from .cmd import is_readable_executable_file, \
    interrupt_interactive_console_until_pattern, wait_for_console_pattern, \
    exec_command, exec_command_and_wait_for_pattern, get_qemu_img, which
from .testcase import QemuBaseTest, QemuUserTest, QemuSystemTest
from .linuxkernel import LinuxKernelTest
from .decorators import skipIfMissingCommands, skipIfNotMachine, \
    skipFlakyTest, skipUntrustedTest, skipBigDataTest, skipSlowTest, \
    skipIfMissingImports, skipIfOperatingSystem, skipLockedMemoryTest, \
    skipIfMissingEnv
from .archive import archive_extract
from .uncompress import uncompress
from .gdb import GDB
