// The runner's streamed part (local/part-stream.ts) against exceljs's own XmlStream, which it
// replaces method for method (review-5 F4): any sequence of the calls exceljs's sheet writer makes
// gives the same XML, byte for byte, rollbacks included. exceljs is pinned to one version in
// package.json, and the internals part-stream borrows are checked to be there.
import fc from 'fast-check';
import { PartStream } from '../../local/part-stream';
import { propertyRuns } from '../helpers/property-runs';

/* eslint-disable @typescript-eslint/no-require-imports */
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => {
  openXml(a: unknown): void; openNode(n: string, a?: unknown): void; addAttribute(n: string, v: unknown): void; addAttributes(a: unknown): void;
  writeText(t: unknown): void; writeXml(x: string): void; closeNode(): void; leafNode(n: string, a: unknown, t?: unknown): void;
  closeAll(): void; addRollback(): number; commit(): void; rollback(): void; xml: string; cursor: number; open: boolean;
};

type Op =
  | { kind: 'open'; name: string; attrs?: Record<string, unknown> }
  | { kind: 'attr'; name: string; value: unknown }
  | { kind: 'attrs'; attrs: Record<string, unknown> }
  | { kind: 'text'; text: unknown }
  | { kind: 'xml'; xml: string }
  | { kind: 'close' }
  | { kind: 'leaf'; name: string; attrs?: Record<string, unknown>; text?: unknown }
  | { kind: 'rollback' | 'commit' | 'mark' };

const name = fc.constantFrom('c', 'row', 'v', 'is', 't', 'mergeCell');
const value = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('<&>"\'', 'Hùng', 'Hưng', '', 0, 1.5, -3), fc.integer(), fc.constant(undefined));
const attrs = fc.dictionary(fc.constantFrom('r', 's', 't', 'ref', 'spans'), value, { maxKeys: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), name, attrs: fc.option(attrs, { nil: undefined }) }),
  fc.record({ kind: fc.constant('attr' as const), name: fc.constantFrom('r', 'x14ac:dyDescent'), value }),
  fc.record({ kind: fc.constant('attrs' as const), attrs }),
  fc.record({ kind: fc.constant('text' as const), text: value.filter((v) => v !== undefined) }),
  fc.record({ kind: fc.constant('xml' as const), xml: fc.constantFrom('<b/>', 'x', '') }),
  fc.record({ kind: fc.constant('close' as const) }),
  fc.record({ kind: fc.constant('leaf' as const), name, attrs: fc.option(attrs, { nil: undefined }), text: fc.option(value, { nil: undefined }) }),
  fc.record({ kind: fc.constantFrom('rollback' as const, 'commit' as const, 'mark' as const) }),
);

/** Plays the calls on a stream as exceljs's writer would: attributes only on an open node, no close or rollback past what is there. */
function play(ops: Op[], stream: InstanceType<typeof XmlStream> | PartStream): void {
  let depth = 0;
  let marks = 0;
  stream.openXml({ version: '1.0', encoding: 'UTF-8', standalone: 'yes' });
  const depths: number[] = [];
  for (const o of ops) {
    if (o.kind === 'open') { stream.openNode(o.name, o.attrs); depth++; }
    else if (o.kind === 'attr' && stream.open) stream.addAttribute(o.name, o.value);
    else if (o.kind === 'attrs' && stream.open) stream.addAttributes(o.attrs);
    else if (o.kind === 'text') stream.writeText(o.text);
    else if (o.kind === 'xml') stream.writeXml(o.xml);
    else if (o.kind === 'close' && depth > (depths[depths.length - 1] ?? 0)) { stream.closeNode(); depth--; }
    else if (o.kind === 'leaf') stream.leafNode(o.name, o.attrs, o.text);
    else if (o.kind === 'mark') { stream.addRollback(); depths.push(depth); marks++; }
    else if (o.kind === 'commit' && marks > 0) { stream.commit(); depths.pop(); marks--; }
    else if (o.kind === 'rollback' && marks > 0) { stream.rollback(); depth = depths.pop() as number; marks--; }
  }
}

describe('the runner\'s part stream writes what exceljs\'s XmlStream writes', () => {
  it('exceljs is the pinned version whose internals part-stream borrows', () => {
    expect(require('../../package.json').devDependencies.exceljs).toBe('4.4.0');
    expect(require('exceljs/package.json').version).toBe('4.4.0');
    expect(typeof require('exceljs/lib/utils/utils').xmlEncode).toBe('function');
    expect(typeof require('exceljs/lib/utils/under-dash').each).toBe('function');
  });

  it('any sequence of the writer\'s calls, rollbacks included, gives the same bytes', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const theirs = new XmlStream();
      const ours = new PartStream();
      play(ops, theirs);
      play(ops, ours);
      theirs.closeAll();
      expect(ours.bytes().toString('utf8')).toBe(theirs.xml);
    }), { numRuns: propertyRuns(500) });
  });
});
