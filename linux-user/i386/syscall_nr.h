#include "syscall_32_nr.h"
