#include "qemu/osdep.h"
#include "system/system.h"

const char *qemu_get_vm_name(void)
{
    return NULL;
}

