/**
 * The ordinary user a hosted lab runs its experiments as (`--run-as`): looked
 * up in /etc/passwd by name (or given as uid:gid). Only then does the
 * process limit (RLIMIT_NPROC) bind, and a lesson's processes cannot touch
 * what the server's user owns. Pure parsing, with the file's text passed in.
 */
import { readFileSync } from 'node:fs';
import type { HostUser } from './labHostProcess.js';

export function parseHostUser(spec: string, passwd: string): HostUser | { error: string } {
  const numeric = /^(\d+):(\d+)$/.exec(spec);
  const found = numeric
    ? { uid: Number(numeric[1]), gid: Number(numeric[2]) }
    : passwd
        .split('\n')
        .map((line) => line.split(':'))
        .filter((fields) => fields[0] === spec && fields.length >= 4)
        .map((fields) => ({ uid: Number(fields[2]), gid: Number(fields[3]) }))[0];
  if (!found) return { error: `--run-as: no user "${spec.slice(0, 40)}" in /etc/passwd (give a user name, or uid:gid)` };
  if (found.uid === 0 || found.gid === 0) return { error: '--run-as must name an ordinary user, not root' };
  return found;
}

export function lookUpHostUser(spec: string): HostUser | { error: string } {
  let passwd = '';
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    // Then only uid:gid works.
  }
  return parseHostUser(spec, passwd);
}
