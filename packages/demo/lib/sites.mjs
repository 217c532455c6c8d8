// The five demo marketing sites: one per policy in ../policies/<id>.json. Content only; the
// consent behaviour comes entirely from the config. Each `tags` entry is a stand-in third-party
// tag served from /tags/ and gated on a category of that site's config; `widget` is the social
// widget iframe (only interop.io's policy describes social media widgets).
export const SITES = [
  {
    id: 'concord-opero',
    name: 'Concord',
    mark: 'Concord',
    tagline: 'Cloud fax, workflow and document management',
    policyName: 'Concord Technologies / Opero',
    mode: 'opt-out (US)',
    summary:
      'Analytics and advertising cookies are a CCPA “sale”. Decline turns every sold category off; the footer link brings the banner back; GPC counts as Decline.',
    hero: {
      title: 'Modern cloud fax for regulated industries',
      text: 'Send, receive and route faxes and documents from anywhere — HIPAA-ready, with intelligent data capture and workflow automation built in.',
      cta: 'Request a demo',
    },
    features: [
      ['Concord Cloud Fax', 'Enterprise-grade fax over the internet with 99.99% uptime and end-to-end encryption.'],
      ['Opero Intake', 'Turn inbound faxes and documents into structured data for your EHR or ERP.'],
      ['Workflow automation', 'Route, review and approve documents without printing a single page.'],
    ],
    about: {
      title: 'About Concord Technologies',
      text: [
        'Concord operates Opero.com and Concord.net and provides modern cloud fax, workflow, and document management solutions.',
        'Customers in healthcare, finance and government rely on our services to manage large amounts of data spanning geographic regions.',
      ],
    },
    reopenText: 'click here to prompt our cookie banner to reappear',
    footerNote:
      'Other sales: to be added to our Do Not Sell My Personal Information List, email privacy@concord.net with the subject line “Do Not Sell My Personal Information” or call (800) 914-4382.',
    tags: [
      { src: '/tags/ga.js', category: 'analytics' },
      { src: '/tags/google-ads.js', category: 'advertising' },
      { src: '/tags/meta-pixel.js', category: 'advertising' },
    ],
  },
  {
    id: 'copper',
    name: 'Copper',
    mark: 'copper',
    tagline: 'The CRM for Google Workspace',
    policyName: 'Copper CRM',
    mode: 'implied',
    summary:
      '“If you continue without changing your settings, you are agreeing to receive all cookies.” Going on to another page records implied consent; settings stay open.',
    hero: {
      title: 'The CRM that works where you work',
      text: 'Copper lives inside Gmail and Google Calendar, so your team spends less time on data entry and more time building relationships.',
      cta: 'Start a free trial',
    },
    features: [
      ['Contact management', 'Every email, meeting and file about a contact, collected automatically.'],
      ['Pipelines', 'Track deals through custom stages and forecast with confidence.'],
      ['Reporting', 'See what is working with dashboards that build themselves.'],
    ],
    about: {
      title: 'Product tour',
      text: [
        'You went on to another page of the site. Under Copper’s policy this counts as agreeing to receive all cookies — the notice does not come back, and the inspector shows source “implied”.',
        'You can change your cookie settings at any time from the footer.',
      ],
    },
    aboutNav: 'Product tour',
    reopenText: 'Cookie notice',
    tags: [
      { src: '/tags/ga.js', category: 'analytics' },
      { src: '/tags/google-ads.js', category: 'advertising' },
    ],
  },
  {
    id: 'interop-io',
    name: 'interop.io',
    mark: 'interop.io',
    tagline: 'Desktop interoperability for financial services',
    policyName: 'interop.io',
    mode: 'opt-in (default / EEA) · opt-out (US)',
    summary:
      '“We will never sell your Personal Information”, yet ad partners do behavioural advertising: advertising is sharing, not sale. EEA visitors consent first.',
    hero: {
      title: 'Make every application work together',
      text: 'interop.io connects web, desktop and legacy apps on the trader’s desktop — shared context, intents and workspaces, across any technology.',
      cta: 'Talk to an expert',
    },
    features: [
      ['io.Connect Desktop', 'Launch, arrange and sync applications in workspaces that follow your users.'],
      ['io.Connect Browser', 'Bring the same interoperability to browser-only deployments.'],
      ['FDC3 native', 'Standards-based context sharing with hundreds of vendor applications.'],
    ],
    about: {
      title: 'About interop.io',
      text: [
        'interop.io is headquartered at 609 East Market Street, Charlottesville, VA, with teams in the United Kingdom and Cyprus.',
        'Pick the visitor’s region in the inspector: the default (and every EEA country) is opt-in, the US is opt-out with “Do Not Sell or Share”.',
      ],
    },
    reopenText: 'Cookie banner',
    widget: { category: 'social', src: '/tags/social-widget.html', label: 'Share this page' },
    tags: [
      { src: '/tags/ga.js', category: 'analytics' },
      { src: '/tags/google-ads.js', category: 'advertising' },
      { src: '/tags/meta-pixel.js', category: 'advertising' },
    ],
  },
  {
    id: 'convoso',
    name: 'Convoso',
    mark: 'Convoso',
    tagline: 'Contact center software for outbound teams',
    policyName: 'Convoso',
    mode: 'opt-out (US), DNT ignored',
    summary:
      '“We do not sell your personal information”; Google remarketing is sharing. “Convoso’s Site does not presently respond to Do Not Track signals” — GPC is still honoured.',
    hero: {
      title: 'Boost agent productivity and contact rates',
      text: 'The AI-powered dialer built for high-volume outbound sales and lead generation teams — compliant by design.',
      cta: 'Get a demo',
    },
    features: [
      ['Predictive dialer', 'Keep agents talking with intelligent pacing across every campaign.'],
      ['Caller ID reputation', 'Protect answer rates with monitoring and remediation tools.'],
      ['Compliance tools', 'TCPA and state rules built into every call flow.'],
    ],
    about: {
      title: 'About Convoso',
      text: [
        'Convoso builds contact center software for sales and lead generation teams.',
        'Try the inspector’s “Simulate GPC” toggle: the remarketing tag stops, while a browser’s Do Not Track setting changes nothing — as the policy says.',
      ],
    },
    reopenText: 'Cookie banner',
    tags: [{ src: '/tags/google-ads.js', category: 'advertising' }],
  },
  {
    id: 'concerncenter',
    name: 'ConcernCenter',
    mark: 'ConcernCenter',
    tagline: 'Customer concern management as a service',
    policyName: 'ConcernCenter',
    mode: 'notice',
    summary:
      'Cookies “may be sent by ConcernCenter or its third-party vendors”; nothing is sold. An informational notice: dismissible with OK, and reopenable.',
    hero: {
      title: 'Every customer concern, resolved',
      text: 'Capture, route and resolve customer concerns from every channel — with the audit trail regulators expect.',
      cta: 'Schedule a walkthrough',
    },
    features: [
      ['Intake everywhere', 'Phone, email, web and social concerns in one queue.'],
      ['Root-cause analytics', 'Spot trends before they become complaints.'],
      ['Regulatory reporting', 'CFPB-ready reports at the click of a button.'],
    ],
    about: {
      title: 'About ConcernCenter',
      text: [
        'ConcernCenter, Inc. can be contacted by mail at 9 Carolina Cherry Court, Fairport, NY 14450, or by e-mail at techsupport@concerncenter.com.',
        'California “Shine the Light” requests: write to info@concerncenter.com.',
      ],
    },
    reopenText: 'Show the cookie notice again',
    tags: [{ src: '/tags/web-beacon.js', category: 'statistics' }],
  },
];

export const siteById = (id) => SITES.find((site) => site.id === id);
