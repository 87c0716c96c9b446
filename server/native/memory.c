/*
 * Lesson "memory", native engine: a real fork() and real pthreads.
 *
 * The parent sets its global x = 0 and forks children. fork() copies no
 * memory up front: parent and child map the same physical page read-only
 * (copy-on-write), which is why a child sees x at the SAME virtual address and
 * with the parent's value. The child's first write faults, the kernel copies
 * that one page, and from then on the two x's differ. The child counts its
 * minor page faults (/proc/self/stat) just before and just after that write.
 *
 * Then one forked process starts pthreads: threads are not copies, they run
 * in one address space, so they see one x (same address, same value) and
 * their atomic increments add up.
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

/*
 * The lesson's x, alone on a page of its own: a write to it copies exactly
 * one page, so the child's fault count tells the story of x and nothing else.
 */
static struct {
  volatile long value;
  char rest_of_page[4096 - sizeof(long)];
} x_page __attribute__((aligned(4096)));
#define X (x_page.value)

#define PARENT_ACTOR "native"
/*
 * How long the parent keeps every copy alive at once (and the threaded
 * process its threads) before reading x: the whole story takes a few
 * milliseconds, too short for anyone outside (ps, /proc, the lab's tests) to
 * see the processes exist. A pause, not a figure: nothing is measured across it.
 */
#define HOLD_NS 200000000ull
#define MAX_UNITS 8

static unsigned long long address_of_x(void) { return (unsigned long long)(uintptr_t)&x_page.value; }

/* ------------------------------------------------------------ child processes */

static void child_main(int index, long increments, int done_fd, int release_fd, pid_t parent_pid) {
  child_rules(parent_pid);
  char actor[24], label[24], msg[32];
  snprintf(actor, sizeof actor, "child-%d", index);
  snprintf(label, sizeof label, "child %d", index);
  snprintf(msg, sizeof msg, "done-child-%d", index);
  pid_t pid = getpid();
  emit_started(actor, "process", PARENT_ACTOR, label);
  /* Inherited, not sent: the child reads the parent's value at the parent's address. */
  emit_memory("memory.read", actor, pid, "&x", (long long)address_of_x());
  emit_memory("memory.read", actor, pid, "x", X);

  /*
   * The first read of /proc/self/stat in a new child itself faults in a few
   * pages (libc's and the stack's own copy-on-write copies), so read once to
   * settle those; then nothing between the two counts but the write to x
   * (events are sent after).
   */
  read_minflt();
  uint64_t t_before = lab_now();
  long long faults_before = read_minflt();
  X = X + 1;
  long long faults_after = read_minflt();
  uint64_t t_after = lab_now();
  emit_memory_at(t_before, "memory.read", actor, pid, "minor faults", faults_before);
  emit_memory_at(t_after, "memory.write", actor, pid, "x", X);
  emit_memory_at(t_after, "memory.read", actor, pid, "minor faults", faults_after);
  for (long step = 1; step < increments; step += 1) {
    X = X + 1;
    emit_memory("memory.write", actor, pid, "x", X);
  }
  /* The page is this child's own now: later writes copy nothing more. */
  long long faults_at_end = read_minflt();
  emit_memory("memory.read", actor, pid, "minor faults", faults_at_end);
  lab_emit("\"kind\":\"report\",\"actor\":\"%s\",\"pid\":%d,\"tid\":%d,\"address\":\"0x%llx\",\"x\":%ld,"
           "\"minfltBeforeWrite\":%lld,\"minfltAfterWrite\":%lld,\"minfltAtEnd\":%lld",
           actor, (int)pid, (int)lab_gettid(), address_of_x(), X, faults_before, faults_after, faults_at_end);

  /* Tell the parent this copy is done, then stay alive until it has read its own x. */
  char byte = (char)index;
  emit_message("message.sent", actor, PARENT_ACTOR, "pipe", 1, msg);
  if (write(done_fd, &byte, 1) != 1) _exit(3);
  while (read(release_fd, &byte, 1) > 0) {
  }
  _exit(0);
}

static int processes_phase(int processes, long increments) {
  pid_t self = getpid();
  int done[2], release[2];
  if (pipe(done) != 0 || pipe(release) != 0) return 2;
  pid_t children[MAX_UNITS];
  for (int index = 1; index <= processes; index += 1) {
    pid_t child = lab_fork();
    if (child < 0) return 2;
    if (child == 0) {
      close(done[0]);
      close(release[1]);
      child_main(index, increments, done[1], release[0], self);
    }
    children[index - 1] = child;
  }
  close(done[1]);
  close(release[0]);

  /* One byte per child that finished its writes; EOF if every child ended first. */
  for (int received = 0; received < processes; received += 1) {
    char byte;
    if (read(done[0], &byte, 1) != 1) break;
    char peer[24], msg[32];
    snprintf(peer, sizeof peer, "child-%d", (int)byte);
    snprintf(msg, sizeof msg, "done-child-%d", (int)byte);
    emit_message("message.received", PARENT_ACTOR, peer, "pipe", 1, msg);
  }
  sleep_until(lab_now() + HOLD_NS);
  /* Every child's copy still exists now, at the same address: the parent's x is still its own. */
  emit_memory("memory.read", PARENT_ACTOR, self, "x", X);
  close(release[1]);

  int failed = 0;
  for (int index = 1; index <= processes; index += 1) {
    int status = 0;
    lab_waitpid(children[index - 1], &status);
    char actor[24];
    snprintf(actor, sizeof actor, "child-%d", index);
    emit_exited_status(actor, status, NULL);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
  }
  close(done[0]);
  return failed;
}

/* ------------------------------------------------------------ threads */

typedef struct {
  int index;
  long increments;
  pthread_barrier_t *go;
  pthread_barrier_t *done;
  pthread_barrier_t *read_back;
} thread_job;

static void *thread_main(void *argument) {
  thread_job *job = argument;
  char actor[24], label[24];
  snprintf(actor, sizeof actor, "thread-%d", job->index);
  snprintf(label, sizeof label, "thread %d", job->index);
  pid_t pid = getpid();
  emit_started(actor, "thread", "threaded", label);
  emit_memory("memory.read", actor, pid, "&x", (long long)address_of_x());
  /* Released together, so the increments really overlap. */
  pthread_barrier_wait(job->go);
  for (long step = 0; step < job->increments; step += 1) {
    /* An atomic add; the lab's emit lock writes its line in the same step, so values show in write order. */
    emit_atomic_add(&x_page.value, 1, actor, pid, "x");
  }
  pthread_barrier_wait(job->done);
  /* The main thread read x; now every thread reads the same x. */
  pthread_barrier_wait(job->read_back);
  long seen = __atomic_load_n(&x_page.value, __ATOMIC_SEQ_CST);
  emit_memory("memory.read", actor, pid, "x", seen);
  lab_emit("\"kind\":\"report\",\"actor\":\"%s\",\"pid\":%d,\"tid\":%d,\"address\":\"0x%llx\",\"x\":%ld", actor, (int)pid,
           (int)lab_gettid(), address_of_x(), seen);
  return NULL;
}

static void threaded_main(int threads, long increments, pid_t parent_pid) {
  child_rules(parent_pid);
  pid_t pid = getpid();
  emit_started("threaded", "process", PARENT_ACTOR, "process with threads");
  emit_memory("memory.read", "threaded", pid, "&x", (long long)address_of_x());
  emit_memory("memory.read", "threaded", pid, "x", X);

  pthread_barrier_t go, done, read_back;
  pthread_barrier_init(&go, NULL, (unsigned)threads);
  pthread_barrier_init(&done, NULL, (unsigned)threads + 1);
  pthread_barrier_init(&read_back, NULL, (unsigned)threads + 1);
  pthread_t handles[MAX_UNITS];
  thread_job jobs[MAX_UNITS];
  for (int index = 0; index < threads; index += 1) {
    jobs[index] = (thread_job){index + 1, increments, &go, &done, &read_back};
    if (pthread_create(&handles[index], NULL, thread_main, &jobs[index]) != 0) _exit(2);
  }
  pthread_barrier_wait(&done);
  sleep_until(lab_now() + HOLD_NS);
  long final = __atomic_load_n(&x_page.value, __ATOMIC_SEQ_CST);
  emit_memory("memory.read", "threaded", pid, "x", final);
  pthread_barrier_wait(&read_back);
  for (int index = 0; index < threads; index += 1) {
    pthread_join(handles[index], NULL);
    char actor[24];
    snprintf(actor, sizeof actor, "thread-%d", index + 1);
    /* The joining thread is the only one who knows this thread ended, and how. */
    emit_exited_ok(actor);
  }
  lab_emit("\"kind\":\"report\",\"actor\":\"threaded\",\"pid\":%d,\"tid\":%d,\"address\":\"0x%llx\",\"x\":%ld", (int)pid,
           (int)lab_gettid(), address_of_x(), final);
  _exit(0);
}

static int threads_phase(int threads, long increments) {
  pid_t self = getpid();
  pid_t child = lab_fork();
  if (child < 0) return 2;
  if (child == 0) threaded_main(threads, increments, self);
  int status = 0;
  lab_waitpid(child, &status);
  emit_exited_status("threaded", status, NULL);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

/* ------------------------------------------------------------ the lesson */

int memory_lesson(const char *parent_actor, int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "memory: expected <processes> <threads> <increments>\n");
    return 64;
  }
  int processes = atoi(argv[0]);
  int threads = atoi(argv[1]);
  long increments = atol(argv[2]);
  if (processes < 1 || processes > MAX_UNITS || threads < 1 || threads > MAX_UNITS || increments < 1 || increments > 1000000) {
    fprintf(stderr, "memory: processes and threads must be 1..%d, increments 1..1000000\n", MAX_UNITS);
    return 64;
  }
  pid_t self = getpid();
  emit_started(PARENT_ACTOR, "process", parent_actor, "C program (parent)");
  /* A real write: the page of x is now present in the parent, so a child's first write must copy it. */
  X = 0;
  emit_memory("memory.write", PARENT_ACTOR, self, "x", X);
  emit_memory("memory.read", PARENT_ACTOR, self, "&x", (long long)address_of_x());

  emit_phase("processes");
  int failed = processes_phase(processes, increments);
  /* The parent's x after all its children wrote theirs, reported for the result. */
  lab_emit("\"kind\":\"report\",\"actor\":\"%s\",\"pid\":%d,\"tid\":%d,\"address\":\"0x%llx\",\"x\":%ld", PARENT_ACTOR, (int)self,
           (int)lab_gettid(), address_of_x(), X);

  emit_phase("threads");
  failed |= threads_phase(threads, increments);
  return failed ? 1 : 0;
}
