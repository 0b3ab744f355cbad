// Which links may reach a reply: http and https only, wherever the link comes from (an article's frontmatter or a
// saved index's manifest), so a `javascript:` or `file:` link is never shown or made clickable.
import { z } from 'zod';

export const WEB_URL_PROTOCOL = /^https?$/;

const webUrl = z.url({ protocol: WEB_URL_PROTOCOL });

/** True for an absolute http(s) URL. */
export function isWebUrl(text: string): boolean {
  return webUrl.safeParse(text).success;
}
