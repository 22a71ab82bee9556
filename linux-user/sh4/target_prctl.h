#include "../generic/target_prctl_unalign.h"
