#include "../mips/elfload.c"
