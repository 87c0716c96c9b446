/* JSON-line events on stdout; see emit.h for why each line is one write(2). */
#define _GNU_SOURCE
#include "emit.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "proc.h"

static uint64_t run_start_ns;

/*
 * One lock per process around "read the clock, write the line": every line a
 * process writes has a t at or after the one before it, whichever of its
 * threads wrote it. The lab host orders the run's events by each source's
 * progress (server/lab/orderedMerge.ts), and this makes each process one
 * ordered source.
 */
static pthread_mutex_t emit_lock = PTHREAD_MUTEX_INITIALIZER;

/* An idle process says where its clock is at least this often (see lab_mark). */
#define MARK_EVERY_NS 20000000ull

void lab_clock_init(uint64_t start_ns) { run_start_ns = start_ns; }

uint64_t lab_now(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  uint64_t ns = (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
  return ns > run_start_ns ? ns - run_start_ns : 0;
}

pid_t lab_gettid(void) { return (pid_t)syscall(SYS_gettid); }

/* Formats and writes one line; the caller holds emit_lock. */
static void write_line(uint64_t t, const char *body_format, va_list args) {
  char line[PIPE_BUF];
  int used = snprintf(line, sizeof line, "{\"t\":%llu,\"src\":%d,", (unsigned long long)t, (int)getpid());
  int body = vsnprintf(line + used, sizeof line - (size_t)used, body_format, args);
  if (body < 0 || (size_t)(used + body) + 2 >= sizeof line) return; /* never send a cut line */
  used += body;
  line[used++] = '}';
  line[used++] = '\n';
  ssize_t written;
  do written = write(STDOUT_FILENO, line, (size_t)used);
  while (written < 0 && errno == EINTR);
}

static void write_line_now(const char *body_format, ...) {
  va_list args;
  va_start(args, body_format);
  write_line(lab_now(), body_format, args);
  va_end(args);
}

void lab_emit_at(uint64_t t, const char *body_format, ...) {
  pthread_mutex_lock(&emit_lock);
  /* LAB_NOW: read the clock under the lock, so this process's lines rise in t. */
  if (t == LAB_NOW) t = lab_now();
  va_list args;
  va_start(args, body_format);
  write_line(t, body_format, args);
  va_end(args);
  pthread_mutex_unlock(&emit_lock);
}

void lab_mark(void) { lab_emit("\"kind\":\"source.mark\""); }

pid_t lab_fork(void) {
  /* Held across fork(): no line of this process can pass `floor` before the opening is written. */
  pthread_mutex_lock(&emit_lock);
  uint64_t floor = lab_now();
  pid_t pid = fork();
  if (pid == 0) {
    /* The child's copy of the lock is held by this very thread: make it a fresh one. */
    pthread_mutex_init(&emit_lock, NULL);
    return 0;
  }
  if (pid > 0) write_line_now("\"kind\":\"source.open\",\"child\":%d,\"floor\":%llu", (int)pid, (unsigned long long)floor);
  pthread_mutex_unlock(&emit_lock);
  return pid;
}

pid_t lab_waitpid(pid_t pid, int *status) {
  uint64_t marked = lab_now();
  for (;;) {
    pid_t ended = waitpid(pid, status, WNOHANG);
    if (ended != 0) {
      /* Reaped: every line it wrote is already in the pipe, before this one. */
      if (ended > 0) lab_emit("\"kind\":\"source.close\",\"child\":%d", (int)ended);
      return ended;
    }
    if (lab_now() - marked >= MARK_EVERY_NS) {
      lab_mark();
      marked = lab_now();
    }
    struct timespec pause = {0, 1000000};
    nanosleep(&pause, NULL);
  }
}

long emit_atomic_add(volatile long *target, long delta, const char *actor, pid_t space, const char *cell) {
  pthread_mutex_lock(&emit_lock);
  /* The add and its line in one step: the log shows the values in the order they were written. */
  long value = __atomic_add_fetch(target, delta, __ATOMIC_SEQ_CST);
  write_line_now("\"kind\":\"memory.write\",\"actor\":\"%s\",\"space\":%d,\"cell\":\"%s\",\"value\":%ld", actor, (int)space,
                 cell, value);
  pthread_mutex_unlock(&emit_lock);
  return value;
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
