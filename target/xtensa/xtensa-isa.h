#include "hw/xtensa/xtensa-isa.h"
