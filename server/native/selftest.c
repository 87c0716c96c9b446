/*
 * `lab-native selftest`: checks the program's pure parsing on inputs a real
 * run rarely meets (a command name with spaces and parentheses), so a unit
 * test can run it. Prints one line per failed check; exit 0 if all passed.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "lessons.h"
#include "proc.h"

static int failures;

static void expect_minflt(const char *stat_text, long long expected) {
  long long got = parse_minflt(stat_text);
  if (got != expected) {
    printf("parse_minflt(\"%.40s...\") = %lld, expected %lld\n", stat_text, got, expected);
    failures += 1;
  }
}

int selftest_lesson(const char *parent_actor, int argc, char **argv) {
  (void)parent_actor;
  (void)argc;
  (void)argv;
  /* Fields: pid (comm) state ppid pgrp session tty tpgid flags minflt ... */
  expect_minflt("7634 (lab-native) S 7632 7600 7600 0 -1 4194368 31 0 0 0", 31);
  expect_minflt("12 (a (weird) name) R 1 12 12 0 -1 4194560 987654 5 0 0", 987654);
  expect_minflt("12 (x) S 1 2 3", -1);
  expect_minflt("no parenthesis here", -1);
  if (strcmp(signal_name(SIGSEGV), "SIGSEGV") != 0 || strcmp(signal_name(SIGABRT), "SIGABRT") != 0 || strcmp(signal_name(0), "SIG?") != 0) {
    printf("signal_name gave the wrong names\n");
    failures += 1;
  }
  long long own = read_minflt();
  if (own <= 0) {
    printf("read_minflt() of this process = %lld\n", own);
    failures += 1;
  }
  return failures == 0 ? 0 : 1;
}
