# SPDX-License-Identifier: GPL-2.0-or-later
# List of specification exception tests.
# Shared between the system and the user makefiles.
PGM_SPECIFICATION_TESTS = \
	br-odd \
	cgrl-unaligned \
	clrl-unaligned \
	crl-unaligned \
	ex-odd \
	lgrl-unaligned \
	llgfrl-unaligned \
	lpswe-unaligned \
	lrl-unaligned \
	stgrl-unaligned \
	strl-unaligned
