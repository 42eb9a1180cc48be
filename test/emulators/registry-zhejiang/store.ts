import { createHash } from 'node:crypto';
import { renderDayFile, type ZhejiangEncoding } from './csv.js';
import { isRealDate } from './id-number.js';
import { LatestCases, understandZhejiangRow } from './expected.js';
import { assertRowShape, ZHEJIANG_HEADER, type ZhejiangRow } from './row.js';

export interface PublishOptions {
  encoding?: ZhejiangEncoding;
  /** false: the file exists but is listed later, by listLate (the contract's files that appear up to a day late). */
  listed?: boolean;
  /** The file's name in the manifest; by default yyyyMMdd.csv. A client must take names from the manifest. */
  name?: string;
}

export interface ManifestEntry {
  date: string;
  name: string;
  sha256: string;
  rows: number;
}

export interface StoredFile extends ManifestEntry {
  encoding: ZhejiangEncoding;
  bytes: Buffer;
  listed: boolean;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface ReadableRow {
  row: ZhejiangRow;
  caseNumber: string;
  updatedAt: string;
}

const versionKey = ({ caseNumber, updatedAt }: ReadableRow) => `${caseNumber}\u0000${updatedAt}`;

/**
 * The registry's export directory: every file ever published, the order in which they were listed,
 * and what a correct reader of the listed files knows. Files are rendered once, at publication,
 * so the bytes served are the bytes hashed and can never change afterwards.
 */
export class ZhejiangStore {
  private readonly byDate = new Map<string, StoredFile>();
  private readonly byName = new Map<string, StoredFile>();
  private readonly listing: StoredFile[] = [];
  /** Each file's readable rows with their key and 更新时间, read once at publication. */
  private readonly readableRowsOf = new WeakMap<StoredFile, ReadableRow[]>();
  private readonly latest = new LatestCases();
  /** Per case and 更新时间, the row published with it: two different rows at the same time would leave "latest wins" undecided. */
  private readonly versions = new Map<string, ZhejiangRow>();

  publish(date: string, rows: readonly ZhejiangRow[], options: PublishOptions = {}): StoredFile {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date.replace(/-/g, ''))) throw new Error(`not a yyyy-MM-dd date: ${date}`);
    if (this.byDate.has(date)) throw new Error(`a file for ${date} is already published, and a published file never changes: send corrections in a later day's file`);
    const name = options.name ?? `${date.replace(/-/g, '')}.csv`;
    if (!FILE_NAME.test(name) || name === 'manifest.json') throw new Error(`unusable file name: ${name}`);
    if (this.byName.has(name)) throw new Error(`the name ${name} is already taken`);
    // A day without changes has no file at all, never an empty one.
    if (rows.length === 0) throw new Error(`a day's file holds at least one row; leave ${date} unpublished instead`);
    if (options.listed ?? true) this.assertListable(date);
    rows.forEach((row, index) => assertRowShape(row, `${date} row ${index + 1}`));
    const readableRows = this.checkCaseNumbers(date, rows);

    const bytes = renderDayFile(rows, options.encoding ?? 'gbk');
    const file: StoredFile = {
      date,
      name,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows: rows.length,
      encoding: options.encoding ?? 'gbk',
      bytes,
      listed: false,
    };
    for (const readable of readableRows) this.versions.set(versionKey(readable), readable.row);
    this.byDate.set(date, file);
    this.byName.set(name, file);
    this.readableRowsOf.set(file, readableRows);
    if (options.listed ?? true) this.list(file);
    return file;
  }

  listLate(date: string): void {
    const file = this.byDate.get(date);
    if (!file) throw new Error(`nothing is published for ${date}`);
    if (file.listed) throw new Error(`the file for ${date} is already listed`);
    this.assertListable(date);
    this.list(file);
  }

  /** Dates published but not listed yet. */
  unlistedDates(): string[] {
    return [...this.byDate.values()].filter((file) => !file.listed).map((file) => file.date);
  }

  /** Listed files, in the order they were listed: a late file comes after later days' files. */
  listedFiles(): readonly StoredFile[] {
    return this.listing;
  }

  /** Only listed files can be fetched: an unlisted name is as unknown as a misspelt one. */
  listedFile(name: string): StoredFile | undefined {
    const file = this.byName.get(name);
    return file?.listed ? file : undefined;
  }

  latestCases(): ZhejiangRow[] {
    return this.latest.rows();
  }

  /**
   * The contract lets a file be listed up to a day late: after the next day's file, never after
   * two later ones. Listing `date` must keep that true for it and for every file still waiting.
   */
  private assertListable(date: string): void {
    const listedAfter = (day: string) => this.listing.filter((file) => file.date > day).length;
    if (listedAfter(date) > 1) throw new Error(`${date} would be listed after ${listedAfter(date)} later days' files; the contract allows one`);
    for (const waiting of this.byDate.values()) {
      if (!waiting.listed && waiting.date !== date && waiting.date < date && listedAfter(waiting.date) >= 1) {
        throw new Error(`listing ${date} would leave ${waiting.date} more than a day late; list it first`);
      }
    }
  }

  private list(file: StoredFile): void {
    file.listed = true;
    this.listing.push(file);
    for (const { row, caseNumber, updatedAt } of this.readableRowsOf.get(file)!) this.latest.offer(row, caseNumber, updatedAt);
  }

  /** Refuses rows the contract rules out; returns the readable rows (copied), to remember once the file is accepted. */
  private checkCaseNumbers(date: string, rows: readonly ZhejiangRow[]): ReadableRow[] {
    const inThisFile = new Set<string>();
    const readable: ReadableRow[] = [];
    for (const row of rows) {
      const caseNumber = row['案件编号'].trim();
      if (caseNumber === '') continue;
      if (inThisFile.has(caseNumber)) throw new Error(`${date}: case ${caseNumber} appears twice; within a file a case appears at most once`);
      inThisFile.add(caseNumber);
      const reading = understandZhejiangRow(row);
      if (!reading.readable) continue;
      const entry = { row: { ...row }, caseNumber: reading.record.caseNumber, updatedAt: reading.record.sourceUpdatedAt };
      const earlier = this.versions.get(versionKey(entry));
      if (earlier !== undefined && ZHEJIANG_HEADER.some((column) => earlier[column] !== row[column])) {
        throw new Error(`${date}: case ${caseNumber} already has a different row with 更新时间 ${row['更新时间']}; the latest row would be undecidable`);
      }
      readable.push(entry);
    }
    return readable;
  }
}
