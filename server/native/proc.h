/*
 * What the program asks the kernel about itself and its children: signal
 * names, minor page faults from /proc/self/stat, and the rules every forked
 * child follows (die with its parent, no core dumps).
 */
#ifndef LAB_PROC_H
#define LAB_PROC_H

#include <stdint.h>
#include <sys/types.h>

/* "SIGSEGV" for SIGSEGV; "SIG?" for a signal this table does not name. */
const char *signal_name(int signal_number);

/*
 * Called first thing in every forked child: ask for SIGKILL when the parent
 * dies (so no orphan ever outlives the run), and leave at once if the parent
 * already died before the request took effect.
 */
void child_rules(pid_t parent_pid);

/* Turns core dumps off for this process and everything it forks. */
void no_core_dumps(void);

/*
 * Minor page faults of the calling process so far: field 10 (minflt) of
 * /proc/self/stat. Reads into a caller-free static-size stack buffer with
 * read(2) and no allocation, so calling it adds no page fault of its own once
 * its stack is in place. Returns -1 if the file cannot be read.
 */
long long read_minflt(void);

/* Parses minflt (field 10) out of the text of a /proc/<pid>/stat file; -1 if malformed. */
long long parse_minflt(const char *stat_text);

/* Sleeps until run time `t_ns` (ns since the run started). */
void sleep_until(uint64_t t_ns);

#endif
