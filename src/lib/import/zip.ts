import { Unzip, UnzipInflate } from "fflate";
import { IMPORT_MAX_BYTES, IMPORT_MAX_FILES } from "@/lib/limits";
import { ImportRefusal } from "./refusal";

/** How much of the zip is handed to the inflater at once: bounds what one step can expand to (~1,000×). */
const CHUNK_BYTES = 4 * 1024;

export type ZipLimits = { maxBytes: number; maxFiles: number };

/**
 * The `.csv` files of a zip (a Todoist backup), by name, as text. Bounded as it inflates, never trusting the
 * sizes the archive declares: more than `maxFiles` files, or more than `maxBytes` unpacked in all, refuses
 * the archive (a zip bomb stops at the limit). Folders and other files (`__MACOSX/`, a README) are skipped.
 */
export function readCsvZip(
  bytes: Uint8Array,
  limits: ZipLimits = { maxBytes: IMPORT_MAX_BYTES, maxFiles: IMPORT_MAX_FILES },
): { name: string; text: string }[] {
  const files: { name: string; chunks: Uint8Array[] }[] = [];
  let total = 0;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxFiles) throw new ImportRefusal(`the zip holds more than ${limits.maxFiles} files`);
    const wanted = /\.csv$/i.test(file.name) && !file.name.startsWith("__MACOSX/");
    if (!wanted) return;
    const entry = { name: file.name, chunks: [] as Uint8Array[] };
    files.push(entry);
    file.ondata = (error, data) => {
      if (error) throw new ImportRefusal(`${file.name} could not be unpacked (${error.message})`);
      total += data.byteLength;
      if (total > limits.maxBytes) {
        throw new ImportRefusal(`the zip unpacks to more than ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
      }
      entry.chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportRefusal("the file is not a zip archive");
  }
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK_BYTES) {
      const end = Math.min(offset + CHUNK_BYTES, bytes.byteLength);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal(`the zip could not be read (${error instanceof Error ? error.message : "damaged"})`);
  }
  const decoder = new TextDecoder("utf-8", { fatal: false });
  return files.map(({ name, chunks }) => ({ name, text: decoder.decode(concat(chunks)) }));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
