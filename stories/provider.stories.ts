import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Order } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@txassist/elements';
import type { Appearance, OrderReader } from '@txassist/elements';
import { failingClient, networkDown } from './fixtures/clients.js';
import { ORDERS_BY_STATUS } from './fixtures/orders.js';
import { forcedDir } from './support/globals.js';

interface ProviderArgs {
  appearance?: Appearance;
  theme?: 'light' | 'dark' | 'auto';
  order?: Order;
  client?: OrderReader;
}

const meta = {
  title: 'Elements/tx-provider',
  component: 'tx-provider',
  render: (args, { globals }) => html`
    <tx-provider .appearance=${args.appearance} theme=${ifDefined(args.theme)}>
      <tx-order-tracker
        .order=${args.order}
        .client=${args.client}
        order-id=${ifDefined(args.client ? 'ord_storyintransit' : undefined)}
        dir=${ifDefined(forcedDir(globals))}
      ></tx-order-tracker>
    </tx-provider>
  `,
  args: { order: ORDERS_BY_STATUS.in_transit },
  parameters: {
    docs: {
      description: {
        component:
          'One `appearance` on the provider themes every element inside it: a preset (`default`, `night`, `flat`) ' +
          'plus variables mapped onto the `--tx-*` tokens.',
      },
    },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** No appearance: the default tokens, light or dark by the system preference. */
export const DefaultAppearance: Story = {};

/** `night`: always dark, whatever the system says. */
export const Night: Story = { args: { appearance: { theme: 'night' } } };

/** `flat`: no card border, tighter corners. */
export const Flat: Story = { args: { appearance: { theme: 'flat' } } };

/**
 * A brand's colours and type. Colours set here apply in light and dark alike, so this storefront pins
 * `theme="light"`; pick colours that work in both, or pin a theme, as here.
 */
const brand: Appearance = {
  variables: {
    colorPrimary: '#0a6b47',
    colorOnPrimary: '#ffffff',
    colorBackground: '#fffdf7',
    colorText: '#1f1d1a',
    colorTextSecondary: '#5c574f',
    colorBorder: '#d9d3c7',
    colorFocus: '#0a6b47',
    fontFamily: 'Georgia, "Times New Roman", serif',
    borderRadius: '4px',
  },
};
export const BrandColours: Story = { args: { appearance: brand, theme: 'light' } };

/** The brand's Retry button: white on the brand green. */
export const BrandColoursWithError: Story = {
  args: { appearance: brand, theme: 'light', order: undefined, client: failingClient(networkDown) },
};

/** `density: 'compact'`: every spacing × 0.75; buttons keep their 44 px touch size. */
export const Compact: Story = { args: { appearance: { variables: { density: 'compact' } } } };
