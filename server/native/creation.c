/*
 * Lesson "creation", native engine: what creating a process and a thread
 * costs without a language runtime on top. Measured, not animated: no event
 * per unit (it would cost more than what is measured); one line of samples
 * per round, which the lab host summarizes beside Node's figures.
 *
 * fork: from just before fork() to the child's first instruction (it reads
 * the clock and sends the reading down a pipe), and to waitpid() returning.
 * pthread: from just before pthread_create() to the thread's first
 * instruction, and to pthread_join() returning.
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

#define MAX_UNITS 16
#define MAX_ROUNDS 20

typedef struct {
  uint64_t ready[MAX_UNITS];
  uint64_t total[MAX_UNITS];
} samples;

static int fork_one(uint64_t *ready, uint64_t *total, pid_t parent_pid) {
  int clock_pipe[2];
  if (pipe(clock_pipe) != 0) return -1;
  uint64_t requested = lab_now();
  pid_t child = fork();
  if (child < 0) return -1;
  if (child == 0) {
    uint64_t first = lab_now();
    if (write(clock_pipe[1], &first, sizeof first) != (ssize_t)sizeof first) _exit(3);
    child_rules(parent_pid);
    _exit(0);
  }
  close(clock_pipe[1]);
  uint64_t first = 0;
  ssize_t got = read(clock_pipe[0], &first, sizeof first);
  close(clock_pipe[0]);
  int status = 0;
  waitpid(child, &status, 0);
  *total = lab_now() - requested;
  if (got != (ssize_t)sizeof first || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  *ready = first - requested;
  return 0;
}

static void *note_first_instruction(void *slot) {
  *(uint64_t *)slot = lab_now();
  return NULL;
}

static int thread_one(uint64_t *ready, uint64_t *total) {
  uint64_t first = 0;
  pthread_t thread;
  uint64_t requested = lab_now();
  if (pthread_create(&thread, NULL, note_first_instruction, &first) != 0) return -1;
  pthread_join(thread, NULL);
  *total = lab_now() - requested;
  *ready = first - requested;
  return 0;
}

/* Appends "name":[a,b,...] to line; returns the new length. */
static int append_array(char *line, int used, int size, const char *name, const uint64_t *values, int count) {
  used += snprintf(line + used, (size_t)(size - used), ",\"%s\":[", name);
  for (int index = 0; index < count && used < size; index += 1)
    used += snprintf(line + used, (size_t)(size - used), "%s%llu", index ? "," : "", (unsigned long long)values[index]);
  used += snprintf(line + used, (size_t)(size - used), "]");
  return used;
}

int creation_lesson(const char *parent_actor, int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "creation: expected <units> <rounds>\n");
    return 64;
  }
  int units = atoi(argv[0]);
  int rounds = atoi(argv[1]);
  if (units < 1 || units > MAX_UNITS || rounds < 1 || rounds > MAX_ROUNDS) {
    fprintf(stderr, "creation: units 1..%d, rounds 1..%d\n", MAX_UNITS, MAX_ROUNDS);
    return 64;
  }
  pid_t self = getpid();
  emit_started("native", "process", parent_actor, "C program (fork, pthread_create)");
  emit_phase("native");
  for (int round = 1; round <= rounds; round += 1) {
    samples forks, threads;
    for (int unit = 0; unit < units; unit += 1) {
      if (fork_one(&forks.ready[unit], &forks.total[unit], self) != 0) return 2;
      if (thread_one(&threads.ready[unit], &threads.total[unit]) != 0) return 2;
    }
    char body[3600];
    int used = snprintf(body, sizeof body, "\"kind\":\"creation.round\",\"round\":%d", round);
    used = append_array(body, used, (int)sizeof body, "forkReadyNs", forks.ready, units);
    used = append_array(body, used, (int)sizeof body, "forkTotalNs", forks.total, units);
    used = append_array(body, used, (int)sizeof body, "threadReadyNs", threads.ready, units);
    used = append_array(body, used, (int)sizeof body, "threadTotalNs", threads.total, units);
    if (used >= (int)sizeof body) return 2;
    lab_emit("%s", body);
  }
  return 0;
}
