/*
 * Copyright (C) 2023 Bastian Koppelmann <kbastian@mail.uni-paderborn.de>
 *
 * This code is licensed under the GPL version 2 or later. See the
 * COPYING file in the top-level directory.
 */

#include "testdev_assert.h"
int main(int argc, char **argv)
{
    testdev_assert(1);
    return 0;
}
