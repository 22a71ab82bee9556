#ifndef QEMU_HW_H
#define QEMU_HW_H

G_NORETURN void hw_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

#endif
