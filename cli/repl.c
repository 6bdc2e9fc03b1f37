/*
 * The interactive prompt.  On a terminal it reads with GNU readline's
 * callback interface, so Ctrl-C can abandon the line being typed without
 * jumping out of a signal handler; otherwise it reads plain lines and
 * writes the prompts to stderr, as python3 does.
 *
 * A statement is compiled as soon as the parser says it is complete; while
 * it says "incomplete" (open block, bracket or string) the prompt becomes
 * "... ".
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cli/cli.h"
#include "stdlib/stdlib.h"

typedef enum LineStatus { LINE_OK, LINE_EOF, LINE_INTERRUPT } LineStatus;

/* ---- reading one line ------------------------------------------------------------- */

static char *line_result;
static bool line_done;

static void on_line(char *line)
{
    line_result = line;
    line_done = true;
    rl_callback_handler_remove();
}

static LineStatus read_tty_line(VM *vm, const char *prompt, char **out)
{
    line_done = false;
    line_result = NULL;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fileno(rl_instream ? rl_instream : stdin), &fds);
        int r = select(fileno(rl_instream ? rl_instream : stdin) + 1, &fds, NULL, NULL, NULL);
        if (vm->interrupted) {
            vm->interrupted = 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            rl_replace_line("", 0);
            return LINE_INTERRUPT;
        }
        if (r < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            return LINE_EOF;
        }
        rl_callback_read_char();
    }
    if (!line_result) return LINE_EOF;
    *out = line_result;
    return LINE_OK;
}

static LineStatus read_plain_line(VM *vm, const char *prompt, char **out)
{
    fflush(stdout);
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        if (vm->interrupted) {
            vm->interrupted = 0;
            clearerr(stdin);
            return LINE_INTERRUPT;
        }
        return LINE_EOF;
    }
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
    *out = line;
    return LINE_OK;
}

/* ---- history ---------------------------------------------------------------------- */

static char *history_path(void)
{
    const char *home = getenv("HOME");
    if (!home) return NULL;
    size_t n = strlen(home) + 32;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/.pith_history", home);
    return p;
}

/* ---- the loop --------------------------------------------------------------------- */

typedef struct Buffer { char *data; size_t len, cap; } Buffer;

static bool buffer_add_line(Buffer *b, const char *line)
{
    size_t n = strlen(line);
    if (b->len + n + 2 > b->cap) {
        size_t cap = (b->len + n + 2) * 2;
        char *d = realloc(b->data, cap);
        if (!d) return false;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, line, n);
    b->len += n;
    b->data[b->len++] = '\n';
    b->data[b->len] = 0;
    return true;
}

/* Compiles and runs one complete interactive statement.  Returns false when
 * the session must end (SystemExit), with *status set. */
static bool run_statement(VM *vm, Module *mod, const char *src, int *status)
{
    Value globals = vm_main_dict(vm);
    Value code = globals ? vm_compile_ast(vm, mod, "<stdin>", PARSE_SINGLE, src) : VAL_NULL;
    Value r = code ? vm_run_code(vm, code, globals) : VAL_NULL;
    xdecref(vm, code);
    if (r) {
        decref(vm, r);
        fflush(stdout);
        return true;
    }
    bool exiting;
    int st = cli_report_exception(vm, &exiting);
    fflush(stdout);
    if (exiting) {
        *status = st;
        return false;
    }
    return true;
}

int cli_repl(VM *vm, bool quiet)
{
    bool tty = isatty(0) && isatty(1);
    if (!quiet && tty) fprintf(stderr, "pith %s (Python 3.11 compatible)\nType Ctrl-D to exit.\n", stdlib_version());
    char *hist = NULL;
    if (tty) {
        rl_catch_signals = 0;
        using_history();
        hist = history_path();
        if (hist) read_history(hist);
    }
    Buffer buf = {0};
    int status = 0;
    for (;;) {
        const char *prompt = buf.len ? "... " : ">>> ";
        char *line = NULL;
        LineStatus ls = tty ? read_tty_line(vm, prompt, &line) : read_plain_line(vm, prompt, &line);
        if (ls == LINE_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            buf.len = 0;
            continue;
        }
        if (ls == LINE_EOF) {
            fputc('\n', tty ? stdout : stderr);
            break;
        }
        if (tty && line[0]) add_history(line);
        bool ok = buffer_add_line(&buf, line);
        free(line);
        if (!ok) break;
        Module mod;
        ParseError pe;
        memset(&pe, 0, sizeof pe);
        if (!ast_parse(buf.data, buf.len, PARSE_SINGLE, &mod, &pe)) {
            if (pe.incomplete) continue;
            vm_syntax_error_report(vm, &pe, "<stdin>", buf.data);
            buf.len = 0;
            continue;
        }
        bool go_on = run_statement(vm, &mod, buf.data, &status);
        ast_free(&mod);
        buf.len = 0;
        if (!go_on) break;
    }
    free(buf.data);
    if (hist) {
        write_history(hist);
        free(hist);
    }
    return status;
}
