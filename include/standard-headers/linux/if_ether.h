#define ETH_ALEN    6
