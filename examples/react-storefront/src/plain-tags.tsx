// The plain tags in React 19 JSX, typed by @txassist/react/jsx (`tsc -b` checks this file: a misspelt
// property is an error, marked below as expected). TypeScript never checks JSX attribute names that
// contain a dash (`heading-levle`, `ontx-order-lod`): for those, the @txassist/react components are typed.
import '@txassist/elements/order-tracker';
import type {} from '@txassist/react/jsx';

export function PlainTracker({ orderId, onNumber }: { orderId: string; onNumber: (number: string) => void }) {
  return (
    <>
      <tx-order-tracker
        order-id={orderId}
        headingLevel={2}
        ontx-order-load={(event) => onNumber(event.order.number)}
      ></tx-order-tracker>
      {/* @ts-expect-error `headingLevle` is not a property of tx-order-tracker */}
      <tx-order-tracker headingLevle={2}></tx-order-tracker>
      {/* @ts-expect-error `headingLevel` is a number */}
      <tx-order-tracker headingLevel="2"></tx-order-tracker>
    </>
  );
}
