#include "../generic/target_structs.h"
