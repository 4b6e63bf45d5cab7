/**
 * The two statements of the scope store. Parameters are always bound, never spliced into the text.
 */

const MS = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint`;

/**
 * One snapshot: the scope's version and, unless the caller's version ($3) is current, its facts,
 * sessions and operations in stored order, and its inbox when it changed after $3. Rows written after $3 come whole; older rows (unchanged since the
 * caller's cached copy) come as their id only. With $3 NULL every row comes whole.
 */
export const READ_SQL = `
SELECT s.version::text AS version,
  CASE WHEN s.version = $3::bigint THEN NULL ELSE (
    SELECT coalesce(json_agg(CASE WHEN $3::bigint IS NULL OR f.written > $3::bigint THEN json_build_array(
      f.id, f.key, f.value, f.category, f.bucket, f.confidence, f.source, f.collection_id,
      ${MS('f.created_at')}, ${MS('f.updated_at')}, ${MS('f.expires_at')}, f.history, f.exact_times
    ) ELSE to_json(f.id) END ORDER BY f.ord, f.key, f.id), '[]'::json)
    FROM facts f WHERE f.account = s.account AND f.scope = s.scope
  ) END AS facts,
  CASE WHEN s.version = $3::bigint THEN NULL ELSE (
    SELECT coalesce(json_agg(CASE WHEN $3::bigint IS NULL OR x.written > $3::bigint THEN json_build_array(
      x.id, ${MS('x.created_at')}, ${MS('x.updated_at')}, x.turns, x.exact_times
    ) ELSE to_json(x.id) END ORDER BY x.ord, x.id), '[]'::json)
    FROM sessions x WHERE x.account = s.account AND x.scope = s.scope
  ) END AS sessions,
  CASE WHEN s.version = $3::bigint THEN NULL ELSE (
    SELECT coalesce(json_agg(CASE WHEN $3::bigint IS NULL OR o.written > $3::bigint THEN o.body ELSE to_json(o.id) END
      ORDER BY o.ord, o.id), '[]'::json)
    FROM operations o WHERE o.account = s.account AND o.scope = s.scope
  ) END AS operations,
  CASE WHEN $3::bigint IS NULL OR s.inbox_written > $3::bigint THEN s.inbox ELSE NULL END AS inbox
FROM scopes s WHERE s.account = $1 AND s.scope = $2`;

/**
 * One statement per write: bump the scope's version (creating its row, writing its inbox when it
 * changed), delete and upsert exactly the rows that differ (the activity's new and trimmed operations
 * only), and NOTIFY other processes when facts or the inbox changed (delivered at COMMIT).
 */
export const WRITE_SQL = `
WITH next_version AS (
  SELECT nextval('scope_versions') AS version
), bump AS (
  INSERT INTO scopes AS s (account, scope, version, inbox, inbox_written)
  SELECT $1, $2, v.version, coalesce($31::json, '{"proposals":[],"rejections":[]}'::json), v.version FROM next_version v
  ON CONFLICT (account, scope) DO UPDATE SET version = EXCLUDED.version, updated_at = now(),
    inbox = CASE WHEN $31::json IS NULL THEN s.inbox ELSE EXCLUDED.inbox END,
    inbox_written = CASE WHEN $31::json IS NULL THEN s.inbox_written ELSE EXCLUDED.inbox_written END
  RETURNING s.version
), fact_deletes AS (
  DELETE FROM facts WHERE account = $1 AND scope = $2 AND id = ANY($3::text[])
), fact_upserts AS (
  INSERT INTO facts (account, scope, id, key, ord, value, category, bucket, confidence, source, collection_id,
                     created_at, updated_at, expires_at, history, exact_times, written)
  SELECT $1, $2, u.*, (SELECT version FROM bump) FROM unnest($4::text[], $5::text[], $6::int[], $7::json[], $8::text[], $9::text[], $10::numeric[],
                                 $11::text[], $12::text[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[],
                                 $16::json[], $17::json[]) AS u
  ON CONFLICT (account, scope, id) DO UPDATE SET
    key = EXCLUDED.key, ord = EXCLUDED.ord, value = EXCLUDED.value, category = EXCLUDED.category,
    bucket = EXCLUDED.bucket, confidence = EXCLUDED.confidence, source = EXCLUDED.source,
    collection_id = EXCLUDED.collection_id, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
    expires_at = EXCLUDED.expires_at, history = EXCLUDED.history, exact_times = EXCLUDED.exact_times,
    written = EXCLUDED.written
), session_deletes AS (
  DELETE FROM sessions WHERE account = $1 AND scope = $2 AND id = ANY($18::text[])
), session_upserts AS (
  INSERT INTO sessions (account, scope, id, ord, created_at, updated_at, turns, exact_times, written)
  SELECT $1, $2, u.*, (SELECT version FROM bump) FROM unnest($19::text[], $20::int[], $21::timestamptz[], $22::timestamptz[], $23::json[], $24::json[]) AS u
  ON CONFLICT (account, scope, id) DO UPDATE SET
    ord = EXCLUDED.ord, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
    turns = EXCLUDED.turns, exact_times = EXCLUDED.exact_times, written = EXCLUDED.written
), operation_deletes AS (
  DELETE FROM operations WHERE account = $1 AND scope = $2 AND id = ANY($28::text[])
), operation_upserts AS (
  INSERT INTO operations (account, scope, id, ord, body, written)
  SELECT $1, $2, u.*, (SELECT version FROM bump) FROM unnest($29::text[], $30::int[], $32::json[]) AS u
  ON CONFLICT (account, scope, id) DO UPDATE SET ord = EXCLUDED.ord, body = EXCLUDED.body, written = EXCLUDED.written
), notice AS (
  SELECT pg_notify($26, $27) WHERE $25::boolean
)
SELECT bump.version::text AS version, (SELECT count(*) FROM notice) AS notified FROM bump`;
