// The account page: the order hub (history, details, tracking, inbox) and the privacy centre,
// both inside one provider that signs the buyer in through our back end.
import { connectProvider } from './provider.js';

connectProvider();
