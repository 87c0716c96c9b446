import { describe, expect, it } from 'vitest';
import { parseHostUser } from './hostUser.js';

const passwd = 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nlab:x:1001:1001::/home/lab:/bin/sh\n';

describe('--run-as', () => {
  it('finds a user by name, or takes uid:gid', () => {
    expect(parseHostUser('lab', passwd)).toEqual({ uid: 1001, gid: 1001 });
    expect(parseHostUser('65534:65534', '')).toEqual({ uid: 65534, gid: 65534 });
  });
  it('refuses root and unknown users with a sentence', () => {
    expect(parseHostUser('root', passwd)).toEqual({ error: expect.stringContaining('not root') });
    expect(parseHostUser('0:0', passwd)).toEqual({ error: expect.stringContaining('not root') });
    expect(parseHostUser('ghost', passwd)).toEqual({ error: expect.stringContaining('no user "ghost"') });
  });
});
