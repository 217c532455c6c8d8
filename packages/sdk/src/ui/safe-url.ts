// Config links become hrefs: drop script-running schemes (browsers ignore tabs, newlines and
// control characters inside a scheme, so strip those before testing).
export function safeUrl(url: string | undefined): string | undefined {
  return url && !/^(javascript|data|vbscript):/i.test(url.replace(/[\s\0-\x1f]/g, '')) ? url : undefined;
}
