import { describe, expect, it } from 'vitest';
import { readPageIntent } from './pageIntent.js';

describe('readPageIntent', () => {
  it('takes the presenter token from the address and hides it', () => {
    expect(readPageIntent('?token=s3cr3t&present=1', {})).toEqual({
      intent: { token: 's3cr3t', follow: false, present: true },
      cleanedSearch: '?present=1',
    });
    expect(readPageIntent('?token=abc', {}).cleanedSearch).toBe('');
  });

  it('keeps what the tab remembered when the address no longer says it (in-app navigation)', () => {
    expect(readPageIntent('', { token: 'kept', follow: '1', present: '0' }).intent).toEqual({ token: 'kept', follow: true, present: false });
  });

  it('lets the address turn a remembered choice off, and prefers a new token', () => {
    expect(readPageIntent('?follow=0', { follow: '1' }).intent.follow).toBe(false);
    expect(readPageIntent('?token=new', { token: 'old' }).intent.token).toBe('new');
    expect(readPageIntent('?follow=1&run=abc', {}).cleanedSearch).toBe('?follow=1&run=abc');
    expect(readPageIntent('?token=', {}).intent.token).toBeUndefined();
  });
});
