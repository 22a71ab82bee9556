#include "host/include/i386/host/crypto/aes-round.h"
