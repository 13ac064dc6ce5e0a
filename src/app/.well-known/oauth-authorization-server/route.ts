import { oauthProviderAuthServerMetadata } from "@better-auth/oauth-provider";
import { auth } from "@/server/auth/auth";

// RFC 8414 authorization server metadata of the OAuth server MCP clients use (the issuer is the app's
// origin, so it lives at the root, outside /api/auth). Public: proxy.ts lets any origin read it (public-cors.ts).

export const dynamic = "force-dynamic";

export const GET = oauthProviderAuthServerMetadata(auth);
