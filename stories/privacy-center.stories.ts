import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ConsentList, DataExport, ErasurePreview, NotificationPreferences } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The built package, as storefronts get it (run `npx tsc -b` first; `tsc -b -w` while editing elements).
import '@txassist/elements';
import type { PrivacyClient, TxPrivacyCenter } from '@txassist/elements';
import {
  DEFAULT_CONSENTS,
  DEFAULT_PREFERENCES,
  EMAIL_WITHDRAWN_CONSENTS,
  EMAIL_WITHDRAWN_PREFERENCES,
  ERASURE_ALLOWED,
  ERASURE_BLOCKED,
  EXPORT_DOWNLOADED,
  EXPORT_EXPIRED,
  EXPORT_QUEUED,
  EXPORT_READY,
  EXPORT_RUNNING,
  fakePrivacyClient,
  SMS_CONSENTS,
  SMS_PREFERENCES,
} from './fixtures/privacy.js';
import { forcedDir } from './support/globals.js';
import { afterRender, click as clickIn, type Step as StoryStep } from './support/steps.js';

type Step = StoryStep<TxPrivacyCenter>;

interface PrivacyArgs {
  client?: PrivacyClient;
  consents?: ConsentList;
  preferences?: NotificationPreferences;
  erasurePreview?: ErasurePreview;
  exportJob?: DataExport;
  locale?: string;
  headingLevel?: number;
  steps?: readonly Step[];
}

const click = (selector: string): Step => clickIn<TxPrivacyCenter>(selector);

const meta = {
  title: 'Elements/tx-privacy-center',
  component: 'tx-privacy-center',
  // Locale and theme come from the toolbar through the story frame (`lang`) and its provider (`theme`).
  render: (args, { globals }) => html`
    <tx-privacy-center
      .client=${args.client ?? fakePrivacyClient()}
      .consents=${args.consents}
      .preferences=${args.preferences}
      .erasurePreview=${args.erasurePreview}
      .exportJob=${args.exportJob}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(forcedDir(globals))}
      heading-level=${args.headingLevel ?? 2}
      order-url="/orders/{order_number}"
      ${afterRender(args.steps)}
    ></tx-privacy-center>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state rendered from typed fixtures valid against the contract schemas (`ConsentList`, ' +
          '`NotificationPreferences`, `DataExport`, `ErasurePreview`): no server needed. States that follow an ' +
          'action (saving, a failed save, the confirmation, erased) are reached by the same clicks a buyer makes, ' +
          'against a stand-in client.',
      },
    },
  },
} satisfies Meta<PrivacyArgs>;

export default meta;
type Story = StoryObj<PrivacyArgs>;

/** A buyer on their first visit, with no open orders: every section has its data. */
const FIRST_VISIT = { consents: DEFAULT_CONSENTS, preferences: DEFAULT_PREFERENCES, erasurePreview: ERASURE_ALLOWED };

/** First visit: necessary purposes always on, email on, SMS and personalisation off (their defaults). */
export const Default: Story = { args: FIRST_VISIT };

/** The buyer opted in to text messages and turned SMS on for every kind of message. */
export const SmsGranted: Story = { args: { ...FIRST_VISIT, consents: SMS_CONSENTS, preferences: SMS_PREFERENCES } };

/** Email consent withdrawn: the email column is paused, and says why. */
export const ChannelWithdrawn: Story = {
  args: { ...FIRST_VISIT, consents: EMAIL_WITHDRAWN_CONSENTS, preferences: EMAIL_WITHDRAWN_PREFERENCES },
};

/** The buyer turned SMS on and the API has not answered yet. */
export const Saving: Story = {
  args: { ...FIRST_VISIT, client: fakePrivacyClient({ saves: 'hang' }), steps: [click('#consent-notifications_sms')] },
};

/** Saving failed: the switch is back off, an alert says why and offers Try again. */
export const SaveError: Story = {
  args: { ...FIRST_VISIT, client: fakePrivacyClient({ saves: 'fail' }), steps: [click('#consent-notifications_sms')] },
};

/** Waiting for the API: every section is busy, the live region says so. */
export const Loading: Story = {
  args: { client: fakePrivacyClient({ loads: 'hang' }) },
};

/** Nothing could be loaded: each section says why, with Try again. */
export const LoadError: Story = {
  args: { client: fakePrivacyClient({ loads: 'fail' }) },
};

/** "Download my data" requested: the job waits in the queue. */
export const ExportQueued: Story = { args: { ...FIRST_VISIT, exportJob: EXPORT_QUEUED } };

/** The file is being prepared: 40 %. */
export const ExportRunning: Story = { args: { ...FIRST_VISIT, exportJob: EXPORT_RUNNING } };

/** The file is ready: Download saves it, once, until it expires. */
export const ExportReady: Story = { args: { ...FIRST_VISIT, exportJob: EXPORT_READY } };

/** Downloaded: it cannot be downloaded again; a new export can be requested. */
export const ExportDownloaded: Story = { args: { ...FIRST_VISIT, exportJob: EXPORT_DOWNLOADED } };

/** Expired after 24 hours without a download. */
export const ExportExpired: Story = { args: { ...FIRST_VISIT, exportJob: EXPORT_EXPIRED } };

/** Open orders block erasure: each by its number, linked to the order, with Cancel order where that clears it. */
export const ErasureBlocked: Story = { args: { ...FIRST_VISIT, erasurePreview: ERASURE_BLOCKED } };

/** "Delete my data…" pressed: the confirmation, with its "I understand" box. */
export const ErasureConfirm: Story = { args: { ...FIRST_VISIT, steps: [click('[part="erase-button"]')] } };

/** Confirmed without ticking the box: the box says it is needed. */
export const ErasureConfirmMissingTick: Story = {
  args: { ...FIRST_VISIT, steps: [click('[part="erase-button"]'), click('[part="confirm-button"]')] },
};

/** Erasure done: what was kept, and why. */
export const Erased: Story = {
  args: {
    ...FIRST_VISIT,
    steps: [click('[part="erase-button"]'), click('#erase-understood'), click('[part="confirm-button"]')],
  },
};

/** A level-1 heading, for a page where the privacy center is the main content. */
export const PageHeading: Story = { args: { ...FIRST_VISIT, headingLevel: 1 } };
