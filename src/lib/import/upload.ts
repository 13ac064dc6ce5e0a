import type { ImportAnswer } from "./answer";
import type { ImportFormat, ImportMode } from "./formats";

export type UploadRequest = { format: ImportFormat; mode: ImportMode; file: File; projectId: string | null };

/**
 * Sends the file to `POST /api/import` with XMLHttpRequest, whose upload events give the progress that
 * `fetch` cannot; `onUploaded` says when the file is all sent and the server is reading it. Resolves with
 * the answer, or rejects with the server's message (which names the line of a malformed file).
 */
export function uploadImport(
  request: UploadRequest,
  onProgress: (fraction: number) => void,
  onUploaded: () => void,
): Promise<ImportAnswer> {
  const form = new FormData();
  form.set("format", request.format);
  form.set("mode", request.mode);
  if (request.projectId) form.set("projectId", request.projectId);
  form.set("file", request.file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/import");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onUploaded();
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 200 && body && typeof body === "object" && "counts" in body) {
        resolve(body as ImportAnswer);
        return;
      }
      const message =
        body && typeof body === "object" && "error" in body && body.error && typeof body.error === "object"
          ? (body.error as { message?: unknown }).message
          : undefined;
      reject(new Error(typeof message === "string" ? message : `The import failed (${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: check your connection and try again."));
    xhr.send(form);
  });
}
