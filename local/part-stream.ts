// exceljs's XmlStream for a tab's part, the same XML method for method, kept as text rather than
// as pieces. exceljs's XmlStream pushes every '<', name, attribute and '>' into an array and joins
// it at the end: a 20,000-row tab is about ten million pieces, and pushing them, keeping them and
// joining them cost the runner more CPU than rendering the rows (local/bench.ts). Here each piece
// is appended to a string, and the string is encoded as UTF-8 every CHUNK characters once a node
// closes: only what a rollback could still take back stays text.
/* eslint-disable @typescript-eslint/no-require-imports */
const { xmlEncode } = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string };
const _ = require('exceljs/lib/utils/under-dash') as { each(obj: unknown, cb: (value: unknown, name: string | number) => void): void };

/** Characters kept as text before they are encoded. */
const CHUNK = 1 << 18;

/** exceljs's attribute text: ` name="value"`, value XML-escaped. */
function attribute(name: string | number, value: unknown): string {
  return ` ${name}="${xmlEncode((value as { toString(): string }).toString())}"`;
}

/** exceljs's attributes: each defined one in its key order (an array's by index), none for none. */
function attributes(attrs: unknown): string {
  if (!attrs) return '';
  let text = '';
  _.each(attrs, (value, name) => {
    if (value !== undefined) text += attribute(name, value);
  });
  return text;
}

interface Rollback {
  length: number;
  stack: number;
  leaf: boolean;
  open: boolean;
}

export class PartStream {
  private text = '';
  private readonly done: Buffer[] = [];
  /** Characters already encoded. */
  private encoded = 0;
  private readonly stack: string[] = [];
  private readonly rollbacks: Rollback[] = [];
  leaf = false;
  open = false;

  get tos(): string | undefined {
    return this.stack.length ? this.stack[this.stack.length - 1] : undefined;
  }

  /** What exceljs's cursor is for (has anything been added?): here the characters so far. */
  get cursor(): number {
    return this.encoded + this.text.length;
  }

  openXml(docAttributes: unknown): void {
    this.text += `<?xml${attributes(docAttributes)}?>\n`;
  }

  openNode(name: string, attrs?: unknown): void {
    if (this.stack.length && this.open) this.text += '>';
    this.stack.push(name);
    this.text += `<${name}${attributes(attrs)}`;
    this.leaf = true;
    this.open = true;
  }

  addAttribute(name: string, value: unknown): void {
    if (!this.open) throw new Error('Cannot write attributes to node if it is not open');
    if (value !== undefined) this.text += attribute(name, value);
  }

  addAttributes(attrs: unknown): void {
    if (!this.open) throw new Error('Cannot write attributes to node if it is not open');
    this.text += attributes(attrs);
  }

  writeText(text: unknown): void {
    if (this.open) {
      this.text += '>';
      this.open = false;
    }
    this.leaf = false;
    this.text += xmlEncode((text as { toString(): string }).toString());
  }

  writeXml(xml: string): void {
    if (this.open) {
      this.text += '>';
      this.open = false;
    }
    this.leaf = false;
    this.text += xml;
  }

  closeNode(): void {
    const node = this.stack.pop();
    this.text += this.leaf ? '/>' : `</${node}>`;
    this.open = false;
    this.leaf = false;
    if (this.text.length >= CHUNK && this.rollbacks.length === 0) this.encode();
  }

  leafNode(name: string, attrs: unknown, text?: unknown): void {
    this.openNode(name, attrs);
    if (text !== undefined) this.writeText(text); // zeros need to be written
    this.closeNode();
  }

  closeAll(): void {
    while (this.stack.length) this.closeNode();
  }

  addRollback(): number {
    this.rollbacks.push({ length: this.text.length, stack: this.stack.length, leaf: this.leaf, open: this.open });
    return this.cursor;
  }

  commit(): void {
    this.rollbacks.pop();
  }

  rollback(): void {
    const r = this.rollbacks.pop() as Rollback;
    if (this.text.length > r.length) this.text = this.text.slice(0, r.length);
    if (this.stack.length > r.stack) this.stack.splice(r.stack, this.stack.length - r.stack);
    this.leaf = r.leaf;
    this.open = r.open;
  }

  private encode(): void {
    this.done.push(Buffer.from(this.text, 'utf8'));
    this.encoded += this.text.length;
    this.text = '';
  }

  /** The whole part, as exceljs's `xml` would give it, in UTF-8. */
  bytes(): Buffer {
    this.closeAll();
    this.encode();
    return Buffer.concat(this.done);
  }
}
