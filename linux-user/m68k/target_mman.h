/* arch/m68k/include/asm/processor.h */
#define TASK_UNMAPPED_BASE      0xC0000000
/* arch/m68k/include/asm/elf.h */
#define ELF_ET_DYN_BASE         0xD0000000

#include "../generic/target_mman.h"
