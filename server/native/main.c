/*
 * lab-native: the lab's native engine. The lab host runs it as a child
 * process:  lab-native <lesson> <run-start-ns> <parent-actor> <lesson args...>
 * and reads its stdout, one JSON event a line (see emit.h), timed on the same
 * CLOCK_MONOTONIC as every other actor of the run.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

#include "emit.h"
#include "lessons.h"
#include "proc.h"

typedef int (*lesson_fn)(const char *parent_actor, int argc, char **argv);

static const struct {
  const char *name;
  lesson_fn run;
} lessons[] = {
    {"memory", memory_lesson},
    {"crash", crash_lesson},
    {"creation", creation_lesson},
    {"communication", communication_lesson},
    {"selftest", selftest_lesson},
};

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: lab-native <memory|crash|creation|communication> <run-start-ns> <parent-actor> [args...]\n");
    return 64;
  }
  no_core_dumps();
  /* The lab host supervises this process; without it, nobody would stop us. */
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  char *end;
  unsigned long long start_ns = strtoull(argv[2], &end, 10);
  if (*end != '\0') {
    fprintf(stderr, "lab-native: run start \"%s\" is not a number of nanoseconds\n", argv[2]);
    return 64;
  }
  lab_clock_init(start_ns);
  for (size_t index = 0; index < sizeof lessons / sizeof lessons[0]; index += 1) {
    if (strcmp(argv[1], lessons[index].name) == 0) return lessons[index].run(argv[3], argc - 4, argv + 4);
  }
  fprintf(stderr, "lab-native: unknown lesson \"%s\"\n", argv[1]);
  return 64;
}
