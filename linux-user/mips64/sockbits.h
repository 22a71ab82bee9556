#include "../mips/sockbits.h"
