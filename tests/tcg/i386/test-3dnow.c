#define EMMS "femms"
#define TEST_FILE "test-3dnow.h"
#include "test-mmx.c"
