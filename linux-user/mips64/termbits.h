#include "../mips/termbits.h"

