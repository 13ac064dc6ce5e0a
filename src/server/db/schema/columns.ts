import { customType, timestamp } from "drizzle-orm/pg-core";

/**
 * `timestamptz` with millisecond precision: what a JS Date holds, so a value
 * read by the client and sent back (optimistic concurrency) compares equal.
 */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

/** created_at / updated_at pair shared by every table. */
export const timestamps = {
  createdAt: timestamptz("created_at").defaultNow().notNull(),
  updatedAt: timestamptz("updated_at")
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull(),
};

/**
 * Text compared byte by byte (COLLATE "C"), as fractional-index keys must be:
 * a locale collation would order "a" and "B" differently from the library.
 */
export const byteOrderedText = customType<{ data: string }>({
  dataType: () => 'text COLLATE "C"',
});
