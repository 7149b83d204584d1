// Saves an exceljs workbook with exceljs's own parts (the same XML, part for part, as
// workbook.xlsx.writeFile), but one tab at a time, each part deflated by Node's zlib and written
// as soon as it is made. exceljs's writeFile builds the model of every tab twice ('worksheets' and
// 'sheets', and its writer throws the second away at once), keeps every tab's model and XML until
// the end, and deflates in JavaScript (JSZip): at 20,000 roster rows that was most of the runner's
// save and of its peak memory (local/bench.ts compares the runner with exceljs alone).
import fs from 'fs';
import v8 from 'v8';
import vm from 'vm';
import zlib from 'zlib';
import type ExcelJS from 'exceljs';
import { PartStream } from './part-stream';
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
/** The exceljs whose internals this file uses (package.json pins it); another one saves through writeFile. */
const WRITTEN_FOR = '4.4.0';
const EXCELJS_VERSION: string = require('exceljs/package.json').version;
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform');
const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform');
const RelationshipsXform = require('exceljs/lib/xlsx/xform/core/relationships-xform');
const CommentsXform = require('exceljs/lib/xlsx/xform/comment/comments-xform');
const VmlNotesXform = require('exceljs/lib/xlsx/xform/comment/vml-notes-xform');
const XmlStream = require('exceljs/lib/utils/xml-stream');

/** exceljs's writer (workbook.xlsx): the steps of its write, each taking a zip and the workbook's model. */
type Part = (zip: ZipFile, model: any) => Promise<void> | void;
interface Writer {
  prepareModel(model: any, options: object): void;
  addContentTypes: Part; addOfficeRels: Part; addWorkbookRels: Part; addSharedStrings: Part;
  addDrawings: Part; addTables: Part; addThemes: Part; addStyles: Part; addMedia: Part; addApp: Part; addCore: Part; addWorkbook: Part;
}

/** The workbook's model without its tabs: exceljs's getter, with the tab list empty while it runs. */
function bookModel(workbook: ExcelJS.Workbook): any {
  const book = workbook as unknown as { _worksheets: unknown[] };
  const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(workbook), 'model')?.get;
  if (!getter) throw new Error('exceljs: Workbook.model is not a getter (was exceljs upgraded?)');
  const tabs = book._worksheets;
  book._worksheets = [];
  try {
    return getter.call(workbook);
  } finally {
    book._worksheets = tabs;
  }
}

/** CRC-32 of the zip format, in JavaScript: Node before 20.15 has no zlib.crc32. */
export function crc32Js(data: Buffer): number {
  let crc = -1;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

/** CRC-32 of the zip format: Node's own where it has it (20.15 and later). */
const crc32: (data: Buffer) => number = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32 ?? crc32Js;

/** A zip file written part by part (PKWARE APPNOTE 4.3): each part deflated, written, then only its directory entry kept. */
class ZipFile {
  private readonly fd: number;
  private offset = 0;
  private readonly directory: Buffer[] = [];
  private readonly time: number;
  private readonly date: number;

  constructor(file: string, now = new Date()) {
    this.fd = fs.openSync(file, 'w');
    this.time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    this.date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  }

  /** The part `name` (exceljs's zip.append): text as UTF-8, or bytes (base64 text when told). */
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void {
    const raw = Buffer.isBuffer(data) ? data : Buffer.from(data, options.base64 ? 'base64' : 'utf8');
    const packed = zlib.deflateRawSync(raw);
    const name = Buffer.from(options.name, 'utf8');
    const fields = (head: Buffer, at: number) => {
      head.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      head.writeUInt16LE(0x0800, at + 2); // names in UTF-8
      head.writeUInt16LE(8, at + 4); // deflate
      head.writeUInt16LE(this.time, at + 6);
      head.writeUInt16LE(this.date, at + 8);
      head.writeUInt32LE(crc32(raw), at + 10);
      head.writeUInt32LE(packed.length, at + 14);
      head.writeUInt32LE(raw.length, at + 18);
      head.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    fields(central, 6);
    central.writeUInt32LE(this.offset, 42);
    this.directory.push(central, name);
    for (const chunk of [local, name, packed]) this.write(chunk);
  }

  private write(chunk: Buffer): void {
    fs.writeSync(this.fd, chunk);
    this.offset += chunk.length;
  }

  private closed = false;

  /** After a failure: the descriptor closed, no directory written (the caller removes the partial file). */
  abandon(): void {
    if (!this.closed) fs.closeSync(this.fd);
    this.closed = true;
  }

  close(): void {
    const start = this.offset;
    for (const chunk of this.directory) this.write(chunk);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.directory.length / 2, 8);
    end.writeUInt16LE(this.directory.length / 2, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    fs.closeSync(this.fd);
    this.closed = true;
  }
}

/** One tab's parts, as exceljs's addWorksheets writes them; the tab's own XML through a PartStream. */
function addWorksheet(zip: ZipFile, sheet: any): void {
  const xml = new PartStream();
  new WorksheetXform().render(xml, sheet);
  zip.append(xml.bytes(), { name: `xl/worksheets/sheet${sheet.id}.xml` });
  const part = (xform: { render(stream: unknown, model: unknown): void }, model: unknown, name: string) => {
    const stream = new XmlStream();
    xform.render(stream, model);
    zip.append(stream.xml, { name });
  };
  if (sheet.rels && sheet.rels.length) part(new RelationshipsXform(), sheet.rels, `xl/worksheets/_rels/sheet${sheet.id}.xml.rels`);
  if (sheet.comments.length > 0) {
    part(new CommentsXform(), sheet, `xl/comments${sheet.id}.xml`);
    part(new VmlNotesXform(), sheet, `xl/drawings/vmlDrawing${sheet.id}.vml`);
  }
}

/** Heap in use above which a save first collects what is no longer used. */
const COLLECT_ABOVE_BYTES = 384 * 1024 * 1024;

/** The exposed full collection; null once known to be unavailable (the flag may do nothing). */
let fullGc: (() => void) | null | undefined;

/**
 * A full garbage collection before a large save. After a 20,000-row run about 300 MB of the heap
 * is the finished run's (the bundle's analysis, layouts and caches), which V8 may leave until the
 * save's own allocations make it collect: the save's memory then comes on top of it, and the
 * runner's peak passed 800 MB (issue 20) or not by when that happened. Node exposes `gc` only with
 * --expose-gc: set here, it is given to a new context.
 */
function collectGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (fullGc === undefined) {
    // Node documents that the flag, set after start, may do nothing: then the save goes on without it.
    v8.setFlagsFromString('--expose-gc');
    fullGc = vm.runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null;
  }
  fullGc?.();
}

/**
 * Writes `workbook` to `file` as exceljs's writeFile does (its prepareModel and write, step for
 * step), preparing, rendering and writing each tab in turn and keeping of it only what the
 * workbook's own parts need (its name, id, relationships…), not its rows.
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  collectGarbage();
  if (EXCELJS_VERSION !== WRITTEN_FOR) {
    // Another exceljs: its internals may differ, so its own writer saves (slower, the same file).
    await whole(file, (partial) => workbook.xlsx.writeFile(partial));
    return;
  }
  const writer = workbook.xlsx as unknown as Writer;
  const model = bookModel(workbook);
  model.worksheets = [];
  writer.prepareModel(model, {}); // shared strings, styles, media names; no tab yet
  await whole(file, (partial) => writeParts(workbook, writer, model, partial));
}

/**
 * Writes `file` beside itself and renames it only once whole: the target may be the school's own
 * file (the runner run on its output), which a failed save must never leave cut short (review-4 F3).
 */
async function whole(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.renameSync(partial, file);
}

/** exceljs's parts into a zip at `partial`, one tab at a time. */
async function writeParts(workbook: ExcelJS.Workbook, writer: Writer, model: any, partial: string): Promise<void> {
  const options = {
    sharedStrings: model.sharedStrings, styles: model.styles, date1904: model.properties.date1904, drawingsCount: 0,
    media: model.media, drawings: model.drawings, commentRefs: model.commentRefs,
  };
  const zip = new ZipFile(partial);
  try {
    const sheetXform = new WorksheetXform();
    for (const ws of workbook.worksheets) {
      const sheet = ws.model as any;
      for (const table of sheet.tables) {
        model.tables.push(table);
        Object.assign(table, { target: `table${model.tables.length}.xml`, id: model.tables.length });
      }
      sheetXform.prepare(sheet, options);
      addWorksheet(zip, sheet);
      delete sheet.rows;
      model.worksheets.push(sheet);
    }
    new WorkbookXform().prepare(model); // the print areas and titles of the tabs, as prepareModel adds them
    for (const part of ['addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addSharedStrings', 'addDrawings', 'addTables',
      'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook'] as const) {
      await writer[part](zip, model);
    }
    zip.close();
  } catch (error) {
    zip.abandon();
    throw error;
  }
}
