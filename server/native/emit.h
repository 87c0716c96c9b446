/*
 * Events as JSON lines on stdout, in the lab's event protocol
 * (shared/protocol.ts). Each line is written with ONE write(2) of fewer than
 * PIPE_BUF bytes, so lines from the parent, its forked children and their
 * threads never interleave inside the one pipe they share, and nothing sits in
 * a stdio buffer that fork() would duplicate or a crash would lose.
 *
 * Strings passed here are the program's own actor names and labels (plain
 * ASCII without quotes or backslashes), so they are written without escaping.
 */
#ifndef LAB_EMIT_H
#define LAB_EMIT_H

#include <stdint.h>
#include <sys/types.h>

/* Sets t = 0: the run's CLOCK_MONOTONIC reading in ns, given on argv by the lab host. */
void lab_clock_init(uint64_t start_ns);
/* Nanoseconds since the run started (0 if the clock reads earlier). */
uint64_t lab_now(void);

pid_t lab_gettid(void);

/* "Read the clock when the line is written" (under the process's emit lock). */
#define LAB_NOW UINT64_MAX

/*
 * Writes one line: {"t":<t>,"src":<pid>,<body>}. `body` is printf-formatted
 * JSON members without braces. Each process is one ordered source for the lab
 * host: its lines rise in t (a given t must not be below the last one written).
 */
void lab_emit_at(uint64_t t, const char *body_format, ...) __attribute__((format(printf, 2, 3)));
#define lab_emit(...) lab_emit_at(LAB_NOW, __VA_ARGS__)

/* A progress mark: this process will write nothing timed before now. */
void lab_mark(void);
/* fork() for a child that writes lines: announces it as a new source (source.open with a floor). */
pid_t lab_fork(void);
/* waitpid() that writes progress marks while it waits, then source.close for the child it reaped. */
pid_t lab_waitpid(pid_t pid, int *status);
/* Adds `delta` to *target atomically and writes its memory.write line in the same step; returns the new value. */
long emit_atomic_add(volatile long *target, long delta, const char *actor, pid_t space, const char *cell);

/* actor.started with the caller's real getpid()/gettid(). `parent` may be NULL. */
void emit_started(const char *actor, const char *type, const char *parent, const char *label);
/* actor.exited from a waitpid() status (real code or signal). */
void emit_exited_status(const char *actor, int status, const char *reason_if_signal);
void emit_exited_ok(const char *actor);
void emit_memory_at(uint64_t t, const char *kind, const char *actor, pid_t space, const char *cell, long long value);
#define emit_memory(kind, actor, space, cell, value) emit_memory_at(LAB_NOW, kind, actor, space, cell, value)
void emit_message(const char *kind, const char *actor, const char *peer, const char *channel, long bytes, const char *msg);
void emit_phase(const char *name);
void emit_heartbeat(const char *actor, long n);
void emit_fault(const char *actor, const char *fault);

#endif
