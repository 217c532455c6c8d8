// The visitor's consent cookie as the browser holds it: found by name, decoded with the SDK's own
// codec, and carried from one visitor context to another (a returning visit with or without a signal).
import type { BrowserContext, Cookie } from 'playwright-core';
import { decodeChoice, type StoredChoice } from '../../../packages/sdk/src/core/choice-codec';

export const CHOICE_COOKIE = 'privacy_choices';

export async function cookieNamed(context: BrowserContext, name: string): Promise<Cookie | undefined> {
  return (await context.cookies()).find((c) => c.name === name);
}

export const choiceCookie = (context: BrowserContext, name = CHOICE_COOKIE) => cookieNamed(context, name);

/** The stored choice decoded with the SDK's own codec (null if absent or undecodable). */
export async function storedChoice(context: BrowserContext, name = CHOICE_COOKIE): Promise<StoredChoice | null> {
  const cookie = await choiceCookie(context, name);
  if (!cookie) return null;
  let value = cookie.value;
  try {
    value = decodeURIComponent(value);
  } catch {
    /* keep raw */
  }
  return decodeChoice(value);
}

/** Copies one visitor's cookies into another context (the same browser, with or without a signal). */
export async function carryCookies(from: BrowserContext, to: BrowserContext): Promise<void> {
  await to.addCookies(await from.cookies());
}
