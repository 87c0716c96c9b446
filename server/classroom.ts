/**
 * Classroom mode: when the lab listens beyond loopback, students on the LAN
 * can follow, but only the presenter (who holds a secret token) can start or
 * stop runs. This prints the two URLs and a QR code of the join URL.
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import qrcode from 'qrcode-terminal';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isClassroomHost(host: string): boolean {
  return !LOOPBACK.has(host);
}

export function newPresenterToken(): string {
  return randomBytes(18).toString('base64url');
}

/** The address students should type: the bound one, or for 0.0.0.0 the first LAN IPv4 address. */
export function reachableAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return '127.0.0.1';
}

export function classroomUrls(host: string, port: number, token: string): { presenter: string; join: string } {
  const base = `http://${reachableAddress(host)}:${port}`;
  return { presenter: `${base}/?token=${token}`, join: `${base}/?follow=1` };
}

export function printClassroomBanner(urls: { presenter: string; join: string }, mode: { handsOn: boolean }): void {
  console.log(
    mode.handsOn
      ? '\nClassroom mode, hands-on time open: every student may run experiments, within a quota; the presenter can close it.'
      : '\nClassroom mode: students follow the presenter, read-only (the presenter can open hands-on time).',
  );
  console.log(`  Presenter (keep this secret): ${urls.presenter}`);
  console.log(`  Students join at:             ${urls.join}\n`);
  qrcode.generate(urls.join, { small: true }, (code: string) => console.log(code));
}
