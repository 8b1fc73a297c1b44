#ifndef GLEAN_CPCRE2_SHIM_H
#define GLEAN_CPCRE2_SHIM_H
// PCRE2 is built for several code-unit widths; Glean works on UTF-8 bytes only.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
