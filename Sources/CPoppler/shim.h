#ifndef BLACKLINE_CPOPPLER_SHIM_H
#define BLACKLINE_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <gio/gio.h>
#endif
