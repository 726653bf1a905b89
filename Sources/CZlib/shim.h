#ifndef BLACKLINE_CZLIB_SHIM_H
#define BLACKLINE_CZLIB_SHIM_H
#include <zlib.h>
#endif
