import { Button } from '@tarojs/components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import './index.scss';

/**
 * The one button for anything that sends: from the tap until the answer it shows it is busy and takes no second tap,
 * so a double tap sends once (a worker's 通过 approved and then reported the second tap's refusal as a failure).
 * `busy` adds a store's own flag (a form saving). The busy look is a class, not Taro's `loading`: Taro H5's
 * `<Button loading>` inserts its spinner before the slotted label and Stencil loses the label's node (a page error).
 */
export function BusyButton(props: {
  className?: string;
  /** What the tap does; the button stays busy until the promise settles. */
  onPress: () => unknown;
  busy?: boolean;
  disabled?: boolean;
  ariaLabel?: string;
  children: ReactNode;
}) {
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const [pressed, setPressed] = useState(false);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const busy = pressed || Boolean(props.busy);
  const press = async () => {
    if (inFlight.current || busy || props.disabled) return;
    inFlight.current = true;
    setPressed(true);
    try {
      await props.onPress();
    } finally {
      inFlight.current = false;
      if (mounted.current) setPressed(false);
    }
  };

  return (
    <Button
      className={`nx-busy-button ${props.className ?? ''} ${busy ? 'nx-busy-button--busy' : ''}`}
      // Taro H5 greys out a button whose disabled attribute is present at all, even "false".
      disabled={busy || props.disabled || undefined}
      aria-busy={busy || undefined}
      aria-label={props.ariaLabel}
      onClick={() => void press()}
    >
      {props.children}
    </Button>
  );
}
