/*
 * cli/ -- the command line and the interactive prompt.
 *
 * main.c parses python3-like flags and runs a file, -c code or stdin;
 * repl.c is the read-eval-print loop (GNU readline on a terminal, plain
 * line reading otherwise).  Nothing here touches interpreter internals:
 * it compiles and runs through vm/vm.h.
 */
#ifndef PITH_CLI_CLI_H
#define PITH_CLI_CLI_H

#include "vm/vm.h"

/* Runs the REPL in __main__ until EOF or SystemExit; returns the exit status. */
int cli_repl(VM *vm, bool quiet);

/* Reports the pending exception the way the top level does.  Returns the
 * exit status it implies (SystemExit's code, 130 for KeyboardInterrupt, 1). */
int cli_report_exception(VM *vm, bool *exiting);

#endif
