export interface ConfigIssue {
  /** Key path in the config, e.g. `categories[1].sale`. */
  path: string;
  message: string;
}

/** Thrown by createPrivacyChoices (npm) for an invalid config; logged once by the script tag. */
export class PrivacyChoicesConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(
      'privacy-choices: invalid config:\n' +
        issues.map((issue) => `  - ${issue.path || '(config)'}: ${issue.message}`).join('\n'),
    );
    this.name = 'PrivacyChoicesConfigError';
    this.issues = issues;
  }
}
