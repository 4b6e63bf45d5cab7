import type { Icon } from '@modelcontextprotocol/server';

/**
 * The server's icon: a profile card (a person beside lines of facts) in the review page's teal.
 * Plain shapes only — no script, no external reference, no text — because clients render it.
 */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" rx="14" fill="#0b7a75"/>' +
  '<rect x="8" y="14" width="48" height="36" rx="5" fill="#ffffff"/>' +
  '<circle cx="22" cy="27" r="6" fill="#0b7a75"/>' +
  '<path d="M12 44c0-6 4.5-9 10-9s10 3 10 9z" fill="#0b7a75"/>' +
  '<rect x="36" y="23" width="14" height="3" rx="1.5" fill="#5fd4cd"/>' +
  '<rect x="36" y="30" width="14" height="3" rx="1.5" fill="#5fd4cd"/>' +
  '<rect x="36" y="37" width="9" height="3" rx="1.5" fill="#5fd4cd"/>' +
  '</svg>';

/**
 * `Implementation.icons` (MCP 2025-11-25; serverInfo of initialize, and of server/discover on
 * 2026-07-28): the SVG embedded as a data: URI, so showing it fetches nothing from anywhere.
 */
export const SERVER_ICONS: Icon[] = [
  { src: `data:image/svg+xml;base64,${Buffer.from(ICON_SVG).toString('base64')}`, mimeType: 'image/svg+xml', sizes: ['any'] },
];
