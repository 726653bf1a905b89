#ifndef BLACKLINE_CGLIB_SHIM_H
#define BLACKLINE_CGLIB_SHIM_H
#include <glib.h>
#endif
