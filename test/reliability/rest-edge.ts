import { rest } from '../http/helpers.js';

/** Replace lone surrogates (which no URL can carry) with U+FFFD, like String#toWellFormed. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A value as query-string text; objects whose toString is not callable become their JSON. */
function asText(v: unknown): string {
  try {
    return String(v);
  } catch {
    return JSON.stringify(v) ?? '';
  }
}

/** Each MCP tool as its REST route (docs/spec.md §2's REST column). */
export function restCall(base: string, key: string | undefined, op: string, args: Record<string, unknown>) {
  const client = rest(base, key);
  const { collection_id, id, ...rest_ } = args;
  const query = (extra: Record<string, unknown> = {}) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ collection_id, ...extra })) if (v !== undefined && v !== null) params.set(k, wellFormed(asText(v)));
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  const idPath = `/v1/profile/facts/${encodeURIComponent(wellFormed(asText(id)))}`;
  switch (op) {
    case 'get_profile':
      return client.get(`/v1/profile${query()}`);
    case 'patch_profile': {
      const { facts, dry_run } = rest_ as { facts?: unknown; dry_run?: unknown };
      const body = facts !== null && typeof facts === 'object' && !Array.isArray(facts) ? { ...(facts as object) } : facts;
      const flat =
        typeof body === 'object' && body !== null
          ? Object.assign(body, collection_id === undefined ? {} : { collection_id }, dry_run === undefined ? {} : { dry_run })
          : body;
      return client.patch('/v1/profile', flat);
    }
    case 'list_facts':
      return client.get(`/v1/profile/facts${query(rest_)}`);
    case 'get_fact':
      return client.get(`${idPath}${query()}`);
    case 'create_fact':
      return client.post('/v1/profile/facts', args);
    case 'update_fact':
      return client.patch(idPath, { ...rest_, ...(collection_id === undefined ? {} : { collection_id }) });
    case 'delete_fact':
      return client.delete(`${idPath}${query()}`);
    case 'delete_profile':
      // REST names the scope it forgets: ?collection_id=ID or ?scope=global (docs/spec.md §2).
      return client.delete(`/v1/profile${collection_id === undefined || collection_id === null ? '?scope=global' : query()}`);
    case 'list_collections':
      return client.get(`/v1/collections${query(rest_)}`);
    case 'learn':
      return client.post('/v1/profile/learn', args);
    case 'list_pending':
      return client.get(`/v1/profile/pending${query(rest_)}`);
    case 'resolve_pending':
      return client.post('/v1/profile/pending/resolve', args);
    case 'list_operations':
      return client.get(`/v1/profile/operations${query(rest_)}`);
    case 'undo_operation':
      return client.post(`/v1/profile/operations/${encodeURIComponent(wellFormed(asText(id)))}/undo`, {
        ...rest_,
        ...(collection_id === undefined ? {} : { collection_id }),
      });
    default:
      throw new Error(`no REST route for ${op}`);
  }
}
