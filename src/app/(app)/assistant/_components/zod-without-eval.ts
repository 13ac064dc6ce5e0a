import { config } from "zod/v4/core";

// The AI SDK parses its stream with classic zod, whose object schemas probe `new Function("")` for a
// faster parser. Our CSP forbids eval: the probe fails harmlessly but is reported as a violation.
// Jitless zod never probes. Imported (for this effect) before the SDK's schemas are first built.
config({ jitless: true });
