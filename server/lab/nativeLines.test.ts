import { describe, expect, it } from 'vitest';
import { parseNativeLine } from './nativeLines.js';

describe('native program lines', () => {
  it('reads an event of the protocol, with the program’s own t', () => {
    const parsed = parseNativeLine('{"t":53489901,"src":7632,"kind":"actor.started","actor":"native","type":"process","pid":7632,"tid":7632,"parent":"host","label":"C program (parent)"}');
    expect(parsed).toEqual({
      type: 'event',
      src: 7632,
      t: 53489901,
      event: { t: 53489901, kind: 'actor.started', actor: 'native', type: 'process', pid: 7632, tid: 7632, parent: 'host', label: 'C program (parent)' },
    });
  });

  it('reads a report with an address and page-fault counts', () => {
    const parsed = parseNativeLine(
      '{"t":8290833,"src":8206,"kind":"report","actor":"child-1","pid":8206,"tid":8206,"address":"0x55a074690000","x":5,"minfltBeforeWrite":31,"minfltAfterWrite":32,"minfltAtEnd":32}',
    );
    expect(parsed.type).toBe('report');
    if (parsed.type === 'report') expect(parsed.report).toMatchObject({ actor: 'child-1', address: '0x55a074690000', minfltAfterWrite: 32 });
  });

  it('reads a measured creation round', () => {
    const parsed = parseNativeLine('{"t":9,"src":5,"kind":"creation.round","round":1,"forkReadyNs":[121250,126267],"forkTotalNs":[241077,242579],"threadReadyNs":[24185,23135],"threadTotalNs":[30000,31000]}');
    expect(parsed.type).toBe('creation.round');
    if (parsed.type === 'creation.round') expect(parsed.round.forkReadyNs).toEqual([121250, 126267]);
    expect(parseNativeLine('{"t":9,"src":5,"kind":"creation.round","round":1,"forkReadyNs":[],"forkTotalNs":[1],"threadReadyNs":[1],"threadTotalNs":[1]}').type).toBe('malformed');
  });

  it('reads which process wrote a line, and the source lines that open, close and mark a process', () => {
    expect(parseNativeLine('{"t":10,"src":7,"kind":"source.open","child":8,"floor":9}')).toEqual({
      type: 'source',
      src: 7,
      t: 10,
      source: { t: 10, src: 7, kind: 'source.open', child: 8, floor: 9 },
    });
    expect(parseNativeLine('{"t":11,"src":7,"kind":"source.close","child":8}').type).toBe('source');
    expect(parseNativeLine('{"t":12,"src":8,"kind":"source.mark"}').type).toBe('source');
    // Without the writer's pid a line cannot be put in its source's order.
    expect(parseNativeLine('{"t":12,"kind":"phase","name":"p"}').type).toBe('malformed');
    expect(parseNativeLine('{"t":12,"src":7,"kind":"source.open","child":8}').type).toBe('malformed');
  });

  it('drops and names what is not protocol, instead of throwing', () => {
    const cases = [
      'segfault at 0',
      '{"t":1,"kind":"actor.started","actor":"x"}',
      '{"t":-5,"kind":"phase","name":"p"}',
      '{"t":1,"kind":"report","actor":"a","pid":1,"tid":1,"address":"nowhere","x":1}',
      '{"t":1,"kind":"run.finished","result":{}}',
      `{"t":1,"kind":"phase","name":"${'p'.repeat(5000)}"}`,
    ];
    for (const line of cases) expect(parseNativeLine(line).type, line.slice(0, 40)).toBe('malformed');
  });
});
