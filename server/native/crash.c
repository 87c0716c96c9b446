/*
 * Lesson "crash", native engine: a real NULL dereference, no signal sent by
 * hand. In a forked child it kills that child alone (SIGSEGV) and its
 * siblings beat on; in one pthread it kills the whole process, every thread
 * with it. The kernel delivers that synchronous SIGSEGV to the faulting
 * thread, but a signal's disposition is shared by every thread of the
 * process, and SIGSEGV's default action terminates the whole process
 * (signal(7)).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emit.h"
#include "lessons.h"
#include "proc.h"

#define PARENT_ACTOR "native"
#define MAX_UNITS 8
#define VICTIM 2
#define BEAT_NS 100000000ull
/* Beating time before the fault (after the forks), and after it, to see who goes on. */
#define BEFORE_FAULT_NS 900000000ull
#define AFTER_FAULT_NS 1500000000ull

/* volatile: the compiler cannot prove it is NULL, so the store really happens and really faults. */
static int *volatile null_pointer = NULL;

static void dereference_null(void) { *null_pointer = 1; }

typedef struct {
  char actor[24];
  int victim;
  uint64_t fault_at;
  uint64_t end_at;
} beat_plan;

/* Beats every 100 ms until end_at; the victim dereferences NULL at fault_at. */
static void beat(const beat_plan *plan) {
  long n = 0;
  uint64_t next = lab_now();
  for (;;) {
    uint64_t wake = next;
    if (plan->victim && plan->fault_at < wake) wake = plan->fault_at;
    if (plan->end_at < wake) wake = plan->end_at;
    sleep_until(wake);
    uint64_t now = lab_now();
    if (plan->victim && now >= plan->fault_at) {
      emit_fault(plan->actor, "null-dereference");
      dereference_null();
    }
    if (now >= plan->end_at) return;
    if (now >= next) {
      n += 1;
      emit_heartbeat(plan->actor, n);
      next += BEAT_NS;
    }
  }
}

static void *thread_main(void *argument) {
  const beat_plan *plan = argument;
  char label[24];
  snprintf(label, sizeof label, "thread %s", plan->actor + 7);
  emit_started(plan->actor, "thread", "threaded", label);
  beat(plan);
  return NULL;
}

static void threaded_main(int threads, uint64_t fault_at, uint64_t end_at, pid_t parent_pid) {
  child_rules(parent_pid);
  emit_started("threaded", "process", PARENT_ACTOR, "process with threads");
  pthread_t handles[MAX_UNITS];
  beat_plan plans[MAX_UNITS];
  for (int index = 0; index < threads; index += 1) {
    plans[index] = (beat_plan){.victim = index + 1 == VICTIM, .fault_at = fault_at, .end_at = end_at};
    snprintf(plans[index].actor, sizeof plans[index].actor, "thread-%d", index + 1);
    if (pthread_create(&handles[index], NULL, thread_main, &plans[index]) != 0) _exit(2);
  }
  for (int index = 0; index < threads; index += 1) {
    pthread_join(handles[index], NULL);
    emit_exited_ok(plans[index].actor);
  }
  _exit(0);
}

int crash_lesson(const char *parent_actor, int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "crash: expected <processes> <threads>\n");
    return 64;
  }
  int processes = atoi(argv[0]);
  int threads = atoi(argv[1]);
  if (processes < 2 || processes > MAX_UNITS || threads < 2 || threads > MAX_UNITS) {
    fprintf(stderr, "crash: processes and threads must be 2..%d\n", MAX_UNITS);
    return 64;
  }
  pid_t self = getpid();
  emit_started(PARENT_ACTOR, "process", parent_actor, "C program (parent)");
  emit_phase("heartbeats");
  /* One schedule for both sides, fixed before the forks: the fault hits both at the same run time. */
  uint64_t fault_at = lab_now() + BEFORE_FAULT_NS;
  uint64_t end_at = fault_at + AFTER_FAULT_NS;

  pid_t children[MAX_UNITS];
  for (int index = 1; index <= processes; index += 1) {
    pid_t child = lab_fork();
    if (child < 0) return 2;
    if (child == 0) {
      child_rules(self);
      beat_plan plan = {.victim = index == VICTIM, .fault_at = fault_at, .end_at = end_at};
      char label[24];
      snprintf(plan.actor, sizeof plan.actor, "proc-%d", index);
      snprintf(label, sizeof label, "process %d", index);
      emit_started(plan.actor, "process", PARENT_ACTOR, label);
      beat(&plan);
      _exit(0);
    }
    children[index - 1] = child;
  }
  pid_t threaded = lab_fork();
  if (threaded < 0) return 2;
  if (threaded == 0) threaded_main(threads, fault_at, end_at, self);

  /* Reap in the order they end, and say how each ended: only the parent can know. */
  int remaining = processes + 1;
  while (remaining > 0) {
    int status = 0;
    pid_t ended = lab_waitpid(-1, &status);
    if (ended < 0) break;
    remaining -= 1;
    if (ended == threaded) {
      if (WIFSIGNALED(status)) {
        /* A dead thread cannot say it died: the parent says it for each one. */
        for (int index = 1; index <= threads; index += 1) {
          char actor[24];
          snprintf(actor, sizeof actor, "thread-%d", index);
          emit_exited_status(actor, status, "process died");
        }
      }
      emit_exited_status("threaded", status, NULL);
      continue;
    }
    for (int index = 1; index <= processes; index += 1) {
      if (children[index - 1] != ended) continue;
      char actor[24];
      snprintf(actor, sizeof actor, "proc-%d", index);
      emit_exited_status(actor, status, NULL);
    }
  }
  return 0;
}
