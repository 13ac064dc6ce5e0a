// The path-suffixed location (RFC 9728 §3.1) named by /api/mcp's WWW-Authenticate challenge.
export { GET } from "../../route";

// Read at run time: the metadata names this deployment's own URL.
export const dynamic = "force-dynamic";
