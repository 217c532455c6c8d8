// An embedded player that sets third-party cookies: it is only rendered while its category is
// allowed. isAllowed() gives the answer now, onChange() every later one (its return value is the
// effect's cleanup), so the embed appears or disappears the moment the visitor decides.
import { useEffect, useState } from 'preact/hooks';
import type { PrivacyChoices } from 'privacy-choices';

interface Props {
  choices: PrivacyChoices;
  category: string;
  src: string;
  title: string;
}

export function ConsentEmbed({ choices, category, src, title }: Props) {
  const [allowed, setAllowed] = useState(() => choices.isAllowed(category));
  useEffect(() => {
    setAllowed(choices.isAllowed(category));
    return choices.onChange((state) => setAllowed(state.categories[category] === true));
  }, [choices, category]);

  if (allowed) return <iframe class="embed" title={title} src={src} />;
  return (
    <fieldset class="embed embed-placeholder" aria-label={`${title} (blocked)`}>
      <p>
        <strong>{title}</strong> is shown by an embedded player that sets its own cookies. It loads only when you allow
        “Social media features”.
      </p>
      <button type="button" class="button" onClick={() => choices.open('preferences')}>
        Review cookie settings
      </button>
    </fieldset>
  );
}
