#include "syscall_o32_nr.h"
