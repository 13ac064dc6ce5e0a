import { sql } from "drizzle-orm";
import {
  boolean,
  type ExtraConfigColumn,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { session, user } from "./auth";
import { timestamptz } from "./columns";

// The tables of @better-auth/oauth-provider (the authorization server MCP clients use), with the
// property names its adapter expects; columns snake_case, dates timestamptz, arrays text[].

const id = () => uuid("id").default(sql`gen_random_uuid()`).primaryKey();
const created = () => timestamptz("created_at").defaultNow();
const userRef = (name: string) => uuid(name).references(() => user.id, { onDelete: "cascade" });
const sessionRef = () => uuid("session_id").references(() => session.id, { onDelete: "set null" });
const byColumn = (name: string, column: ExtraConfigColumn) => index(name).on(column);

/** A client application (an MCP client registered itself, RFC 7591, or was registered by an admin). */
export const oauthClient = pgTable(
  "oauth_client",
  {
    id: id(),
    clientId: text("client_id").notNull().unique(),
    clientSecret: text("client_secret"),
    clientDiscoveryId: text("client_discovery_id"),
    disabled: boolean("disabled").default(false),
    skipConsent: boolean("skip_consent"),
    enableEndSession: boolean("enable_end_session"),
    subjectType: text("subject_type"),
    scopes: text("scopes").array(),
    clientCredentialsScopes: text("client_credentials_scopes").array(),
    userId: userRef("user_id"),
    createdAt: created(),
    updatedAt: timestamptz("updated_at").defaultNow(),
    name: text("name"),
    uri: text("uri"),
    icon: text("icon"),
    contacts: text("contacts").array(),
    tos: text("tos"),
    policy: text("policy"),
    softwareId: text("software_id"),
    softwareVersion: text("software_version"),
    softwareStatement: text("software_statement"),
    redirectUris: text("redirect_uris").array().notNull(),
    postLogoutRedirectUris: text("post_logout_redirect_uris").array(),
    backchannelLogoutUri: text("backchannel_logout_uri"),
    backchannelLogoutSessionRequired: boolean("backchannel_logout_session_required"),
    tokenEndpointAuthMethod: text("token_endpoint_auth_method"),
    applicationType: text("application_type"),
    jwks: text("jwks"),
    jwksUri: text("jwks_uri"),
    grantTypes: text("grant_types").array(),
    responseTypes: text("response_types").array(),
    requirePKCE: boolean("require_pkce"),
    dpopBoundAccessTokens: boolean("dpop_bound_access_tokens").default(false),
    referenceId: text("reference_id"),
    metadata: jsonb("metadata"),
  },
  (table) => [byColumn("oauth_client_user_id_idx", table.userId)],
);

/** A protected resource tokens are issued for (RFC 8707): here the MCP endpoint. */
export const oauthResource = pgTable("oauth_resource", {
  id: id(),
  identifier: text("identifier").notNull().unique(),
  name: text("name").notNull(),
  accessTokenTtl: integer("access_token_ttl"),
  refreshTokenTtl: integer("refresh_token_ttl"),
  signingAlgorithm: text("signing_algorithm"),
  signingKeyId: text("signing_key_id"),
  allowedScopes: text("allowed_scopes").array(),
  customClaims: jsonb("custom_claims"),
  dpopBoundAccessTokensRequired: boolean("dpop_bound_access_tokens_required").default(false),
  disabled: boolean("disabled").default(false),
  createdAt: created(),
  updatedAt: timestamptz("updated_at").defaultNow(),
  policyVersion: integer("policy_version").default(1),
  metadata: jsonb("metadata"),
});

/** Which resources a client may ask tokens for. */
export const oauthClientResource = pgTable(
  "oauth_client_resource",
  {
    id: id(),
    clientId: text("client_id")
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    resourceId: text("resource_id")
      .notNull()
      .references(() => oauthResource.identifier, { onDelete: "cascade" }),
    metadata: jsonb("metadata"),
    createdAt: created(),
  },
  (table) => [
    uniqueIndex("oauth_client_resource_client_resource_idx").on(table.clientId, table.resourceId),
    byColumn("oauth_client_resource_resource_id_idx", table.resourceId),
  ],
);

const tokenColumns = () => ({
  clientId: text("client_id")
    .notNull()
    .references(() => oauthClient.clientId, { onDelete: "cascade" }),
  sessionId: sessionRef(),
  referenceId: text("reference_id"),
  authorizationCodeId: text("authorization_code_id"),
  resources: text("resources").array(),
  requestedUserInfoClaims: text("requested_user_info_claims").array(),
  expiresAt: timestamptz("expires_at"),
  createdAt: created(),
  revoked: timestamptz("revoked"),
  confirmation: jsonb("confirmation"),
  scopes: text("scopes").array().notNull(),
});

/** Refresh tokens (stored hashed). */
export const oauthRefreshToken = pgTable(
  "oauth_refresh_token",
  {
    id: id(),
    token: text("token").notNull().unique(),
    userId: userRef("user_id").notNull(),
    ...tokenColumns(),
    rotatedAt: timestamptz("rotated_at"),
    rotationReplayResponse: text("rotation_replay_response"),
    rotationReplayExpiresAt: timestamptz("rotation_replay_expires_at"),
    authTime: timestamptz("auth_time"),
  },
  (table) => [
    byColumn("oauth_refresh_token_client_id_idx", table.clientId),
    byColumn("oauth_refresh_token_user_id_idx", table.userId),
    byColumn("oauth_refresh_token_session_id_idx", table.sessionId),
  ],
);

/** Opaque access tokens (stored hashed); tokens for a resource are JWTs and are not stored. */
export const oauthAccessToken = pgTable(
  "oauth_access_token",
  {
    id: id(),
    token: text("token").unique(),
    userId: userRef("user_id"),
    refreshId: uuid("refresh_id").references(() => oauthRefreshToken.id, { onDelete: "cascade" }),
    ...tokenColumns(),
  },
  (table) => [
    byColumn("oauth_access_token_client_id_idx", table.clientId),
    byColumn("oauth_access_token_user_id_idx", table.userId),
    byColumn("oauth_access_token_session_id_idx", table.sessionId),
    byColumn("oauth_access_token_refresh_id_idx", table.refreshId),
  ],
);

/** What a user allowed a client to do: the "Connected apps" of the settings page. */
export const oauthConsent = pgTable(
  "oauth_consent",
  {
    id: id(),
    clientId: text("client_id")
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    userId: userRef("user_id"),
    referenceId: text("reference_id"),
    resources: text("resources").array(),
    requestedUserInfoClaims: text("requested_user_info_claims").array(),
    scopes: text("scopes").array().notNull(),
    createdAt: created(),
    updatedAt: timestamptz("updated_at").defaultNow(),
  },
  (table) => [
    byColumn("oauth_consent_client_id_idx", table.clientId),
    byColumn("oauth_consent_user_id_idx", table.userId),
  ],
);

/** Replay tombstones of client assertions (private_key_jwt). */
export const oauthClientAssertion = pgTable("oauth_client_assertion", {
  /** `<method>:<client>:<jti>`, written by the plugin. */
  id: text("id").primaryKey(),
  expiresAt: timestamptz("expires_at").notNull(),
});

export type OAuthConsentRow = typeof oauthConsent.$inferSelect;
