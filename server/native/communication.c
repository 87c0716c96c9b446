/*
 * Lesson "communication", native engine: a round trip between two processes
 * (a parent and its forked child) without a runtime in between, over
 *   - "pipe": two pipes, the kernel copies the bytes each way;
 *   - "shm-futex": one MAP_SHARED page range both map, a turn flag and a
 *     futex to sleep on: the bytes are copied in and out of shared memory,
 *     the kernel only wakes the other side.
 * Measured, not animated: the program keeps every sample and reports the
 * median and p99 per channel in one line.
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emit.h"
#include "lessons.h"
#include "proc.h"

#define MAX_BYTES (1 << 20)
#define MAX_ROUND_TRIPS 20000
/* A channel stops early past this much time, and says so: the run has a time limit. */
#define CHANNEL_BUDGET_NS 1000000000ull

typedef struct {
  int turn; /* 0: the parent's turn (reply ready), 1: the child's (request ready), 2: stop */
  char bytes[];
} shared_box;

static long futex(int *address, int operation, int value) { return syscall(SYS_futex, address, operation, value, NULL, NULL, 0); }

static void wait_for_turn(int *turn, int wanted) {
  for (;;) {
    int seen = __atomic_load_n(turn, __ATOMIC_ACQUIRE);
    if (seen == wanted || seen == 2) return;
    futex(turn, FUTEX_WAIT, seen);
  }
}

static void give_turn(int *turn, int value) {
  __atomic_store_n(turn, value, __ATOMIC_RELEASE);
  futex(turn, FUTEX_WAKE, 1);
}

static int full_io(int fd, char *buffer, size_t size, int writing) {
  size_t done = 0;
  while (done < size) {
    ssize_t step = writing ? write(fd, buffer + done, size - done) : read(fd, buffer + done, size - done);
    if (step <= 0) return -1;
    done += (size_t)step;
  }
  return 0;
}

static int compare_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

static void report(const char *channel, uint64_t *samples, int count, int cut) {
  qsort(samples, (size_t)count, sizeof samples[0], compare_u64);
  uint64_t median = count % 2 ? samples[count / 2] : (samples[count / 2 - 1] + samples[count / 2]) / 2;
  int p99_index = (int)((count - 1) * 0.99);
  lab_emit("\"kind\":\"communication.channel\",\"channel\":\"%s\",\"roundTrips\":%d,\"medianNs\":%llu,\"p99Ns\":%llu,\"cutForTime\":%s",
           channel, count, (unsigned long long)median, (unsigned long long)samples[p99_index], cut ? "true" : "false");
}

static int pipe_channel(long bytes, int round_trips, uint64_t *samples, pid_t self) {
  int to_child[2], to_parent[2];
  if (pipe(to_child) != 0 || pipe(to_parent) != 0) return -1;
  char *buffer = malloc((size_t)bytes);
  if (!buffer) return -1;
  memset(buffer, 'p', (size_t)bytes);
  pid_t child = fork();
  if (child < 0) return -1;
  if (child == 0) {
    child_rules(self);
    close(to_child[1]);
    close(to_parent[0]);
    while (full_io(to_child[0], buffer, (size_t)bytes, 0) == 0)
      if (full_io(to_parent[1], buffer, (size_t)bytes, 1) != 0) break;
    _exit(0);
  }
  close(to_child[0]);
  close(to_parent[1]);
  int done = 0;
  uint64_t started = lab_now();
  while (done < round_trips && lab_now() - started < CHANNEL_BUDGET_NS) {
    uint64_t sent = lab_now();
    if (full_io(to_child[1], buffer, (size_t)bytes, 1) != 0 || full_io(to_parent[0], buffer, (size_t)bytes, 0) != 0) break;
    samples[done++] = lab_now() - sent;
  }
  close(to_child[1]);
  close(to_parent[0]);
  waitpid(child, NULL, 0);
  free(buffer);
  return done;
}

static int shared_memory_channel(long bytes, int round_trips, uint64_t *samples, pid_t self) {
  size_t size = sizeof(shared_box) + (size_t)bytes;
  shared_box *box = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  char *mine = malloc((size_t)bytes);
  if (box == MAP_FAILED || !mine) return -1;
  memset(mine, 's', (size_t)bytes);
  box->turn = 0;
  pid_t child = fork();
  if (child < 0) return -1;
  if (child == 0) {
    child_rules(self);
    for (;;) {
      wait_for_turn(&box->turn, 1);
      if (__atomic_load_n(&box->turn, __ATOMIC_ACQUIRE) == 2) _exit(0);
      memcpy(mine, box->bytes, (size_t)bytes); /* read the request out */
      memcpy(box->bytes, mine, (size_t)bytes); /* write the reply in */
      give_turn(&box->turn, 0);
    }
  }
  int done = 0;
  uint64_t started = lab_now();
  while (done < round_trips && lab_now() - started < CHANNEL_BUDGET_NS) {
    uint64_t sent = lab_now();
    memcpy(box->bytes, mine, (size_t)bytes);
    give_turn(&box->turn, 1);
    wait_for_turn(&box->turn, 0);
    memcpy(mine, box->bytes, (size_t)bytes);
    samples[done++] = lab_now() - sent;
  }
  give_turn(&box->turn, 2);
  waitpid(child, NULL, 0);
  munmap(box, size);
  free(mine);
  return done;
}

int communication_lesson(const char *parent_actor, int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "communication: expected <message-bytes> <round-trips>\n");
    return 64;
  }
  long bytes = atol(argv[0]);
  int round_trips = atoi(argv[1]);
  if (bytes < 1 || bytes > MAX_BYTES || round_trips < 1 || round_trips > MAX_ROUND_TRIPS) {
    fprintf(stderr, "communication: bytes 1..%d, round trips 1..%d\n", MAX_BYTES, MAX_ROUND_TRIPS);
    return 64;
  }
  pid_t self = getpid();
  emit_started("native", "process", parent_actor, "C program (pipe, shared memory + futex)");
  emit_phase("native");
  uint64_t *samples = malloc(sizeof(uint64_t) * (size_t)round_trips);
  if (!samples) return 2;
  int done = pipe_channel(bytes, round_trips, samples, self);
  if (done <= 0) return 2;
  report("pipe", samples, done, done < round_trips);
  done = shared_memory_channel(bytes, round_trips, samples, self);
  if (done <= 0) return 2;
  report("shm-futex", samples, done, done < round_trips);
  free(samples);
  return 0;
}
