import { neonConfig } from "@neondatabase/serverless";
import ws from "ws";

/** Points the Neon driver at the local WebSocket relay instead of Neon's TLS proxy. */
export function routeNeonThroughLocalProxy(proxyPort: number) {
  neonConfig.webSocketConstructor = ws;
  neonConfig.pipelineConnect = false;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxyPort}/?address=${host}:${port}`;
}
