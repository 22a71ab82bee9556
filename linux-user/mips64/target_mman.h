#include "../mips/target_mman.h"
