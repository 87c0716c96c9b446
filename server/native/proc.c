/* Kernel facts and child rules; see proc.h. */
#define _GNU_SOURCE
#include "proc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "emit.h"

const char *signal_name(int signal_number) {
  switch (signal_number) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGINT: return "SIGINT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGPIPE: return "SIGPIPE";
    case SIGHUP: return "SIGHUP";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    default: return "SIG?";
  }
}

void child_rules(pid_t parent_pid) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  /* The parent may have died between fork() and prctl(): then no signal would ever come. */
  if (getppid() != parent_pid) _exit(1);
}

void no_core_dumps(void) {
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
}

long long parse_minflt(const char *stat_text) {
  /* Field 2 (comm) may hold spaces and parentheses: count fields after the last ')'. */
  const char *cursor = strrchr(stat_text, ')');
  if (!cursor) return -1;
  cursor += 1;
  /* After ')' come fields 3 (state) .. ; minflt is field 10, the 8th of them. */
  for (int field = 3; field < 10; field += 1) {
    cursor = strchr(cursor + 1, ' ');
    if (!cursor) return -1;
  }
  char *end;
  long long value = strtoll(cursor + 1, &end, 10);
  return end == cursor + 1 ? -1 : value;
}

long long read_minflt(void) {
  char text[1024];
  int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t length = read(fd, text, sizeof text - 1);
  close(fd);
  if (length <= 0) return -1;
  text[length] = '\0';
  return parse_minflt(text);
}

void sleep_until(uint64_t t_ns) {
  for (;;) {
    uint64_t now = lab_now();
    if (now >= t_ns) return;
    uint64_t wait = t_ns - now;
    /* Wake at least every 20 ms to say where this process's clock is (the host orders by it). */
    if (wait > 20000000ull) wait = 20000000ull;
    struct timespec span = {(time_t)(wait / 1000000000ull), (long)(wait % 1000000000ull)};
    if (nanosleep(&span, NULL) != 0 && errno != EINTR) return;
    if (lab_now() < t_ns) lab_mark();
  }
}
