/** A request to a development server in the Worker, as the page passes it on from the preview. */
export interface DispatchRequest {
  method: string;
  /** The request target: path and query, `/admin/?next=/`. */
  url: string;
  headers?: Record<string, string> | [string, string][];
  body?: Uint8Array | string;
}

/** Its answer. */
export interface DispatchResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: Uint8Array;
}
