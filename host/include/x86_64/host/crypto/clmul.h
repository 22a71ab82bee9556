#include "host/include/i386/host/crypto/clmul.h"
