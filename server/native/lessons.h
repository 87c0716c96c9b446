/*
 * The lessons this program runs. Each takes the actor that started the
 * program (its parent on the stage) and its own arguments, emits events on
 * stdout, and returns the process exit code.
 */
#ifndef LAB_LESSONS_H
#define LAB_LESSONS_H

int memory_lesson(const char *parent_actor, int argc, char **argv);
int crash_lesson(const char *parent_actor, int argc, char **argv);
int creation_lesson(const char *parent_actor, int argc, char **argv);
int communication_lesson(const char *parent_actor, int argc, char **argv);
/* Not a lesson: checks the program's own parsing (see selftest.c). */
int selftest_lesson(const char *parent_actor, int argc, char **argv);

#endif
