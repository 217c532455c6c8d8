// The first layer is built with plain DOM (no framework on a first visit): a tiny helper that
// creates an element with attributes, listeners (`on` + event name) and children. Texts become
// text nodes, never markup; false/null children are skipped, so conditions read inline.
type Child = Node | string | false | null | undefined;
type Props = Record<string, string | ((event: Event) => void) | undefined>;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  // Own keys only: a hostile page may put enumerable junk on Object.prototype.
  for (const name of Object.keys(props || {})) {
    const value = props![name];
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value != null) el.setAttribute(name, value);
  }
  for (const child of ([] as Child[]).concat(...children)) {
    if (child) el.append(child);
  }
  return el;
}
