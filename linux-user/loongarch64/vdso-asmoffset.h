#define sizeof_rt_sigframe         0x240
#define sizeof_sigcontext          0x110
#define sizeof_sctx_info           0x10

#define offsetof_sigcontext        0x130
#define offsetof_sigcontext_pc     0
#define offsetof_sigcontext_gr     8
#define offsetof_fpucontext_fr     0
