/*
 * ptyrun: drive an interactive program through a pseudo-terminal, as a person types.
 *
 *   ptyrun [-t SECONDS] [-w COLUMNS] SCRIPT CMD [ARG...]
 *
 * Starts CMD on a new pty (TERM=dumb; HOME and the rest of the environment are inherited,
 * so the caller points HOME at a scratch folder). SCRIPT holds the lines to type, one per
 * line. Before each line ptyrun waits until the terminal shows a prompt (the output ends
 * with ">>> " or "... ", something new arrived since the last line was typed, and then
 * nothing for 50 ms), then types the line and a newline. Special lines:
 *   <C-c>   types Ctrl-C (\x03); waits for a prompt at most 1 s, so it can interrupt a
 *           running loop as well as a prompt
 *   <C-d>   types Ctrl-D (\x04) with no newline
 *   <sleep N>  types nothing; just keeps reading the output for N seconds (so that a
 *           program started by the previous line is surely running before a <C-c>)
 * After the last line ptyrun waits for the program to exit. Everything the terminal
 * showed is printed with every \r removed, then a final line "[exit N]" (or
 * "[signal N]"); a newline is added first when the transcript does not end in one. If
 * the whole session takes longer than SECONDS (default 10) it prints what it has,
 * "[timeout]", kills the program and still exits 0: the transcript comparison fails.
 * ptyrun itself exits 2 on bad usage or a system error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static Buf shown;           /* everything the terminal showed */
static int master = -1;
static pid_t child = -1;
static double deadline;
static int child_done, child_status;

static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "ptyrun: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    if (child > 0) kill(child, SIGKILL);
    exit(2);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void buf_add(Buf *b, const char *p, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) die("out of memory");
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Reads what the program wrote, waiting at most `wait` seconds. Returns 1 when
 * something arrived, 0 when nothing did, -1 once the pty is closed (the program and
 * its children are gone). */
static int pump(double wait) {
    if (master < 0) return -1;
    if (wait < 0) wait = 0;
    struct pollfd p = {.fd = master, .events = POLLIN};
    int r = poll(&p, 1, (int)(wait * 1000));
    if (r < 0) {
        if (errno == EINTR) return 0;
        die("poll: %s", strerror(errno));
    }
    if (r == 0) return 0;
    char tmp[4096];
    ssize_t n = read(master, tmp, sizeof tmp);
    if (n > 0) {
        buf_add(&shown, tmp, (size_t)n);
        return 1;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
    close(master);       /* EIO (Linux) or EOF: the slave side is closed */
    master = -1;
    return -1;
}

static int ends_with_prompt(size_t since) {
    size_t n = shown.len;
    if (n <= since || n < 4) return 0;
    const char *tail = shown.data + n - 4;
    return strcmp(tail, ">>> ") == 0 || strcmp(tail, "... ") == 0;
}

static void reap(int block) {
    if (child_done || child <= 0) return;
    int st;
    pid_t r = waitpid(child, &st, block ? 0 : WNOHANG);
    if (r == child) {
        child_done = 1;
        child_status = st;
    }
}

/* Waits for a prompt newer than `since`; gives up after `limit` seconds (or at the
 * deadline). Returns 1 when a prompt showed. */
static int wait_prompt(size_t since, double limit) {
    double until = now() + limit;
    if (until > deadline) until = deadline;
    for (;;) {
        /* A prompt counts once the program has been quiet for 50 ms after it: a person
         * never types within microseconds of a prompt, and an interpreter may still be
         * between printing the prompt and waiting for input (CPython is: a Ctrl-C in that
         * window is lost until the next key). */
        if (ends_with_prompt(since)) {
            int got = pump(0.05);
            if (got == 0 && ends_with_prompt(since)) return 1;
            if (got < 0) return ends_with_prompt(since);
            continue;
        }
        double left = until - now();
        if (left <= 0) return 0;
        if (pump(left > 0.05 ? 0.05 : left) < 0) return ends_with_prompt(since);
        reap(0);
        if (child_done && master < 0) return 0;
    }
}

static void type_bytes(const char *p, size_t n) {
    while (n > 0 && master >= 0) {
        ssize_t w = write(master, p, n);
        if (w < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return;   /* the program is gone; the transcript shows it */
        }
        p += w;
        n -= (size_t)w;
    }
}

static void print_transcript(void) {
    size_t out = 0;
    for (size_t i = 0; i < shown.len; i++)
        if (shown.data[i] != '\r') shown.data[out++] = shown.data[i];
    shown.len = out;
    fwrite(shown.data, 1, shown.len, stdout);
    if (shown.len > 0 && shown.data[shown.len - 1] != '\n') putchar('\n');
}

int main(int argc, char **argv) {
    double timeout = 10;
    int cols = 200;
    int opt;
    while ((opt = getopt(argc, argv, "+t:w:")) != -1) {
        if (opt == 't') timeout = atof(optarg);
        else if (opt == 'w') cols = atoi(optarg);
        else die("usage: ptyrun [-t SECONDS] [-w COLUMNS] SCRIPT CMD [ARG...]");
    }
    if (argc - optind < 2) die("usage: ptyrun [-t SECONDS] [-w COLUMNS] SCRIPT CMD [ARG...]");
    FILE *script = fopen(argv[optind], "r");
    if (!script) die("cannot open %s: %s", argv[optind], strerror(errno));
    char **cmd = argv + optind + 1;

    struct winsize ws = {.ws_row = 24, .ws_col = (unsigned short)cols};
    child = forkpty(&master, NULL, NULL, &ws);
    if (child < 0) die("forkpty: %s", strerror(errno));
    if (child == 0) {
        setenv("TERM", "dumb", 1);
        unsetenv("COLUMNS");
        unsetenv("LINES");
        execvp(cmd[0], cmd);
        fprintf(stderr, "ptyrun: cannot run %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    signal(SIGPIPE, SIG_IGN);
    deadline = now() + timeout;

    int timed_out = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    size_t since = 0;
    while ((n = getline(&line, &cap, script)) >= 0) {
        if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
        double nap;
        if (sscanf(line, "<sleep %lf>", &nap) == 1) {
            double until = now() + nap;
            while (now() < until && now() < deadline && pump(0.05) >= 0) {}
            continue;
        }
        int is_cc = strcmp(line, "<C-c>") == 0;
        int shown_prompt = wait_prompt(since, is_cc ? 1.0 : deadline - now());
        if (now() >= deadline) { timed_out = 1; break; }
        if (!shown_prompt && !is_cc) {
            if (master < 0) break;          /* the program ended early */
            timed_out = 1;
            break;
        }
        since = shown.len;
        if (is_cc) type_bytes("\x03", 1);
        else if (strcmp(line, "<C-d>") == 0) type_bytes("\x04", 1);
        else {
            type_bytes(line, (size_t)n);
            type_bytes("\n", 1);
        }
    }
    free(line);
    fclose(script);

    /* drain until the program has exited and the pty is closed */
    while (!timed_out) {
        double left = deadline - now();
        if (left <= 0) { timed_out = 1; break; }
        int got = pump(left > 0.05 ? 0.05 : left);
        reap(0);
        if (child_done) {
            /* the program exited; read what is left without waiting long */
            while (got >= 0 && (got = pump(0.05)) == 1) {}
            break;
        }
    }
    if (timed_out) {
        kill(child, SIGKILL);
        while (pump(0.05) == 1) {}
        reap(1);
        print_transcript();
        printf("[timeout]\n");
        return 0;
    }
    print_transcript();
    if (WIFEXITED(child_status)) printf("[exit %d]\n", WEXITSTATUS(child_status));
    else if (WIFSIGNALED(child_status)) printf("[signal %d]\n", WTERMSIG(child_status));
    return 0;
}
