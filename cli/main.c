/*
 * pith's command line, shaped like python3's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "stdlib/stdlib.h"

static const char *program_name(const char *argv0)
{
    const char *slash = strrchr(argv0, '/');
    return slash ? slash + 1 : argv0;
}

static void usage_short(FILE *out, const char *prog)
{
    fprintf(out, "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n", prog);
}

static void usage_long(const char *prog)
{
    usage_short(stdout, prog);
    fputs("Options:\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-i     : inspect interactively after running script\n"
          "-q     : don't print version and copyright messages on interactive startup\n"
          "-V     : print the pith version number and exit (also --version)\n"
          "-X opt : set implementation-specific option\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n",
          stdout);
}

typedef struct Options {
    const char *command;     /* -c */
    const char *file;        /* script path, or "-" */
    bool inspect, quiet;
    int arg_index;           /* first argv entry for sys.argv */
    const char *tracemalloc; /* -X tracemalloc[=N]: "1" or N; NULL if not given */
} Options;

/* -X options pith knows; others are accepted and ignored, as CPython does. */
static void note_x_option(Options *o, const char *value)
{
    if (strcmp(value, "tracemalloc") == 0) o->tracemalloc = "1";
    else if (strncmp(value, "tracemalloc=", 12) == 0) o->tracemalloc = value + 12;
}

/* -X tracemalloc[=N], else PITHTRACEMALLOC=N (CPython's PYTHONTRACEMALLOC):
 * start tracing N frames deep (0: don't).  False after reporting a bad N. */
static bool start_tracemalloc(VM *vm, const Options *o)
{
    const char *env = getenv("PITHTRACEMALLOC");
    const char *text = o->tracemalloc ? o->tracemalloc : env && *env ? env : NULL;
    if (!text) return true;
    char *end;
    long n = strtol(text, &end, 10);
    if (end == text || *end || n < 0 || n > 65535) {
        fprintf(stderr, "Fatal Python error: config_init_tracemalloc: %s: invalid number of frames\n",
                o->tracemalloc ? "-X tracemalloc=NFRAME" : "PITHTRACEMALLOC");
        return false;
    }
    if (n > 0 && !gc_trace_start(vm, (int)n)) return false;
    return true;
}

/* Returns -1 to go on, or an exit status. */
static int parse_options(int argc, char **argv, Options *o)
{
    const char *prog = program_name(argv[0]);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("pith %s\n", stdlib_version());
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            usage_long(prog);
            return 0;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
                if (p[1]) o->command = p + 1;
                else if (i + 1 < argc) o->command = argv[++i];
                else {
                    fprintf(stderr, "Argument expected for the -c option\n");
                    usage_short(stderr, prog);
                    fprintf(stderr, "Try `%s -h' for more information.\n", prog);
                    return 2;
                }
                o->arg_index = i + 1;
                return -1;
            case 'i': o->inspect = true; break;
            case 'q': o->quiet = true; break;
            case 'u': case 'B': case 'E': case 's': case 'S': case 'O': case 'I': break;
            case 'V': printf("pith %s\n", stdlib_version()); return 0;
            case 'h': case '?': usage_long(prog); return 0;
            case 'X': case 'W': {
                const char *value = p[1] ? p + 1 : i + 1 < argc ? argv[i + 1] : "";
                if (!p[1]) i++;
                if (*p == 'X') note_x_option(o, value);
                goto next_arg;
            }
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                usage_short(stderr, prog);
                fprintf(stderr, "Try `%s -h' for more information.\n", prog);
                return 2;
            }
        }
    next_arg:;
    }
    if (i < argc) {
        o->file = argv[i];
        o->arg_index = i;
    } else {
        o->arg_index = argc;
    }
    return -1;
}

static char *read_all(FILE *fp, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                return NULL;
            }
            buf = b;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, fp);
        if (got == 0) break;
        n += got;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* The absolute form of `path`, as CPython shows script paths. */
static char *absolute_path(const char *path)
{
    if (path[0] == '/') return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return strdup(path);
    while (path[0] == '.' && path[1] == '/') path += 2;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%s/%s", cwd, path);
    return out;
}

static int set_path0(VM *vm, const char *dir)
{
    Value path = dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(vm->sys))->dict, "path");
    Value d = str_from_cstr(vm, dir);
    if (!d) return -1;
    int r = list_append_steal(vm, path, d);
    const char *env = getenv("PITHPATH");
    while (r == 0 && env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        Value e = str_new(vm, env, n);
        r = e ? list_append_steal(vm, path, e) : -1;
        env = colon ? colon + 1 : NULL;
    }
    return r;
}

int cli_report_exception(VM *vm, bool *exiting)
{
    int status;
    *exiting = false;
    if (vm_take_system_exit(vm, &status)) {
        *exiting = true;
        return status;
    }
    bool interrupt = err_matches(vm, &exc_KeyboardInterrupt);
    vm_print_exception(vm);
    return interrupt ? 130 : 1;
}

static int run_source(VM *vm, const char *src, size_t len, const char *filename, bool *exiting)
{
    *exiting = false;
    Value globals = vm_main_dict(vm);
    if (!globals) return cli_report_exception(vm, exiting);
    if (filename[0] != '<') {
        Value f = str_from_cstr(vm, filename);
        if (!f || dict_set(vm, globals, vm->s.__file__, f) < 0) {
            xdecref(vm, f);
            return cli_report_exception(vm, exiting);
        }
        decref(vm, f);
    }
    Value code = vm_compile(vm, src, len, filename, PARSE_FILE);
    if (!code) return cli_report_exception(vm, exiting);
    Value r = vm_run_code(vm, code, globals);
    decref(vm, code);
    if (!r) return cli_report_exception(vm, exiting);
    decref(vm, r);
    return 0;
}

/* Index of the first byte that is not part of valid UTF-8, or len. */
static size_t invalid_utf8_at(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 && c >= 0xc2 ? 2 : (c & 0xf0) == 0xe0 ? 3
                 : (c & 0xf8) == 0xf0 && c <= 0xf4 ? 4 : 0;
        if (n == 0 || i + n > len) return i;
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xc0) != 0x80) return i;
        i += n;
    }
    return len;
}

/* CPython refuses a source file that is not UTF-8 before parsing it, with
 * this one-line SyntaxError. */
static bool check_source_encoding(VM *vm, const char *src, size_t len, const char *filename)
{
    size_t bad = invalid_utf8_at((const unsigned char *)src, len);
    if (bad == len) return true;
    int line = 1;
    for (size_t i = 0; i < bad; i++)
        if (src[i] == '\n') line++;
    char byte[8];
    snprintf(byte, sizeof byte, "\\x%02x", (unsigned char)src[bad]);
    err_format(vm, &exc_SyntaxError,
               "Non-UTF-8 code starting with '%s' in file %s on line %d, but no encoding declared; "
               "see https://peps.python.org/pep-0263/ for details",
               byte, filename, line);
    return false;
}

static int run_file(VM *vm, const char *path, const char *prog, bool *exiting)
{
    char *abs = absolute_path(path);
    if (!abs) return 1;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, abs, errno, strerror(errno));
        free(abs);
        return 2;
    }
    size_t len;
    char *src = read_all(fp, &len);
    fclose(fp);
    char *dir = strdup(abs);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash) *(slash == dir ? slash + 1 : slash) = 0;
    int status = 1;
    if (src && !check_source_encoding(vm, src, len, abs)) status = cli_report_exception(vm, exiting);
    else if (src && dir && set_path0(vm, dir) == 0) status = run_source(vm, src, len, abs, exiting);
    free(dir);
    free(src);
    free(abs);
    return status;
}

int main(int argc, char **argv)
{
    Options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0) return status;
    const char *prog = program_name(argv[0]);

    char **sys_argv = argv + o.arg_index;
    int sys_argc = argc - o.arg_index;
    char *dash_c[] = {"-c"};
    if (o.command) {
        /* sys.argv[0] is '-c', followed by the rest */
        sys_argv = argv + o.arg_index - 1;
        sys_argc = argc - o.arg_index + 1;
        if (sys_argc < 1) {
            sys_argv = dash_c;
            sys_argc = 1;
        }
    }
    VM *vm = vm_new(sys_argc, sys_argv, argv[0]);
    if (o.command) {
        Value a0 = str_from_cstr(vm, "-c");
        Value argvl = dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(vm->sys))->dict, "argv");
        if (a0 && argvl && as_list(argvl)->len) set_slot(vm, &as_list(argvl)->items[0], a0);
        else xdecref(vm, a0);
    }
    vm_install_signal_handlers(vm);
    if (!start_tracemalloc(vm, &o)) {
        vm_free(vm);
        return 1;
    }

    bool exiting = false;
    bool interactive_stdin = !o.command && (!o.file || strcmp(o.file, "-") == 0) && isatty(0);
    if (o.command) {
        set_path0(vm, "");
        status = run_source(vm, o.command, strlen(o.command), "<string>", &exiting);
    } else if (o.file && strcmp(o.file, "-") != 0) {
        status = run_file(vm, o.file, prog, &exiting);
    } else if (!interactive_stdin) {
        set_path0(vm, "");
        size_t len;
        char *src = read_all(stdin, &len);
        status = src ? run_source(vm, src, len, "<stdin>", &exiting) : 1;
        free(src);
    } else {
        set_path0(vm, "");
        vm->interactive = true;
        status = cli_repl(vm, o.quiet);
        exiting = true;
    }
    if (o.inspect && !exiting && status != 2) {
        vm->interactive = true;
        status = cli_repl(vm, true);
    }
    vm_free(vm);
    if (fflush(stdout) != 0 && status == 0) status = 120;
    return status;
}
