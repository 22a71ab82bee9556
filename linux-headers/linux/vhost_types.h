#include "standard-headers/linux/vhost_types.h"
