/*
 * The modules written in pith itself (stdlib/lib/NAME.py), embedded in the
 * binary at build time by tools/embed.sh so that build/pith is one
 * self-contained file.  import finds them after the native modules and
 * before sys.path.
 */
#include <string.h>

#include "stdlib/stdlib.h"
#include "stdlib_lib.h"

static const EmbeddedModule embedded_modules[] = {STDLIB_EMBEDDED_TABLE};

const EmbeddedModule *stdlib_embedded_find(const char *name)
{
    for (const EmbeddedModule *m = embedded_modules; m->name; m++)
        if (strcmp(m->name, name) == 0) return m;
    return NULL;
}
