#define TEST_LIST_TYPE 4
#include "test-rcu-list.c"
