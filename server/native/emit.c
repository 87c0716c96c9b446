/* JSON-line events on stdout; see emit.h for why each line is one write(2). */
#define _GNU_SOURCE
#include "emit.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "proc.h"

static uint64_t run_start_ns;

void lab_clock_init(uint64_t start_ns) { run_start_ns = start_ns; }

uint64_t lab_now(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  uint64_t ns = (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
  return ns > run_start_ns ? ns - run_start_ns : 0;
}

pid_t lab_gettid(void) { return (pid_t)syscall(SYS_gettid); }

void lab_emit_at(uint64_t t, const char *body_format, ...) {
  char line[PIPE_BUF];
  int used = snprintf(line, sizeof line, "{\"t\":%llu,", (unsigned long long)t);
  va_list args;
  va_start(args, body_format);
  int body = vsnprintf(line + used, sizeof line - (size_t)used, body_format, args);
  va_end(args);
  if (body < 0 || (size_t)(used + body) + 2 >= sizeof line) return; /* never send a cut line */
  used += body;
  line[used++] = '}';
  line[used++] = '\n';
  ssize_t written;
  do written = write(STDOUT_FILENO, line, (size_t)used);
  while (written < 0 && errno == EINTR);
}

void emit_started(const char *actor, const char *type, const char *parent, const char *label) {
  if (parent)
    lab_emit("\"kind\":\"actor.started\",\"actor\":\"%s\",\"type\":\"%s\",\"pid\":%d,\"tid\":%d,\"parent\":\"%s\",\"label\":\"%s\"",
             actor, type, (int)getpid(), (int)lab_gettid(), parent, label);
  else
    lab_emit("\"kind\":\"actor.started\",\"actor\":\"%s\",\"type\":\"%s\",\"pid\":%d,\"tid\":%d,\"label\":\"%s\"", actor, type,
             (int)getpid(), (int)lab_gettid(), label);
}

void emit_exited_status(const char *actor, int status, const char *reason_if_signal) {
  if (WIFSIGNALED(status)) {
    const char *name = signal_name(WTERMSIG(status));
    if (reason_if_signal)
      lab_emit("\"kind\":\"actor.exited\",\"actor\":\"%s\",\"code\":null,\"signal\":\"%s\",\"reason\":\"%s\"", actor, name,
               reason_if_signal);
    else
      lab_emit("\"kind\":\"actor.exited\",\"actor\":\"%s\",\"code\":null,\"signal\":\"%s\",\"reason\":\"killed by %s\"", actor,
               name, name);
    return;
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 0)
    lab_emit("\"kind\":\"actor.exited\",\"actor\":\"%s\",\"code\":0,\"signal\":null,\"reason\":\"finished\"", actor);
  else
    lab_emit("\"kind\":\"actor.exited\",\"actor\":\"%s\",\"code\":%d,\"signal\":null,\"reason\":\"exited with code %d\"", actor,
             code, code);
}

void emit_exited_ok(const char *actor) {
  lab_emit("\"kind\":\"actor.exited\",\"actor\":\"%s\",\"code\":0,\"signal\":null,\"reason\":\"finished\"", actor);
}

void emit_memory_at(uint64_t t, const char *kind, const char *actor, pid_t space, const char *cell, long long value) {
  lab_emit_at(t, "\"kind\":\"%s\",\"actor\":\"%s\",\"space\":%d,\"cell\":\"%s\",\"value\":%lld", kind, actor, (int)space, cell,
              value);
}

void emit_message(const char *kind, const char *actor, const char *peer, const char *channel, long bytes, const char *msg) {
  lab_emit("\"kind\":\"%s\",\"actor\":\"%s\",\"peer\":\"%s\",\"channel\":\"%s\",\"bytes\":%ld,\"msg\":\"%s\"", kind, actor, peer,
           channel, bytes, msg);
}

void emit_phase(const char *name) { lab_emit("\"kind\":\"phase\",\"name\":\"%s\"", name); }

void emit_heartbeat(const char *actor, long n) {
  lab_emit("\"kind\":\"actor.heartbeat\",\"actor\":\"%s\",\"n\":%ld", actor, n);
}

void emit_fault(const char *actor, const char *fault) {
  lab_emit("\"kind\":\"fault.injected\",\"actor\":\"%s\",\"fault\":\"%s\"", actor, fault);
}
