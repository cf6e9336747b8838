/* Thin stand-ins for @tarojs/components: enough DOM for Testing Library, with Taro's event shapes (e.detail). */
import React from 'react';

type Props = Record<string, unknown> & { children?: React.ReactNode; className?: string };

const passthrough = (tag: string) =>
  function Mock({ children, className, onClick, style, ...rest }: Props) {
    const data = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'id'));
    return React.createElement(tag, { className, onClick, style, ...data }, children);
  };

export const View = passthrough('div');
export const Text = passthrough('span');
export const ScrollView = passthrough('div');
export const Block = ({ children }: Props) => <>{children}</>;
export const Label = passthrough('label');

export function Button({ children, className, onClick, disabled, loading, openType, onGetPhoneNumber, ...rest }: Props) {
  const aria = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('aria-')));
  return (
    <button
      {...aria}
      className={className}
      disabled={Boolean(disabled)}
      data-loading={loading ? 'true' : undefined}
      data-open-type={openType as string}
      onClick={(e) => {
        if (openType === 'getPhoneNumber' && typeof onGetPhoneNumber === 'function') onGetPhoneNumber({ detail: {} });
        (onClick as ((e: unknown) => void) | undefined)?.(e);
      }}
    >
      {children}
    </button>
  );
}

export function Input({ className, value, placeholder, type, maxlength, onInput, onBlur, disabled }: Props) {
  return (
    <input
      className={className}
      value={(value as string) ?? ''}
      placeholder={placeholder as string}
      type={type === 'number' || type === 'digit' ? 'tel' : 'text'}
      maxLength={maxlength as number}
      disabled={Boolean(disabled)}
      onChange={(e) => (onInput as (e: unknown) => void)?.({ detail: { value: e.target.value } })}
      onBlur={(e) => (onBlur as ((e: unknown) => void) | undefined)?.({ detail: { value: e.target.value } })}
    />
  );
}

export function Textarea({ className, value, placeholder, maxlength, onInput }: Props) {
  return (
    <textarea
      className={className}
      value={(value as string) ?? ''}
      placeholder={placeholder as string}
      maxLength={maxlength as number}
      onChange={(e) => (onInput as (e: unknown) => void)?.({ detail: { value: e.target.value } })}
    />
  );
}

export function Switch({ className, checked, onChange }: Props) {
  return (
    <input
      type='checkbox'
      role='switch'
      className={className}
      checked={Boolean(checked)}
      onChange={(e) => (onChange as (e: unknown) => void)?.({ detail: { value: e.target.checked } })}
    />
  );
}

export function Image({ className, src, onClick }: Props) {
  return <img className={className} src={src as string} alt='' onClick={onClick as () => void} />;
}

export function Picker({ children, onChange, range, value, className }: Props) {
  return (
    <div className={className} data-picker='true' data-range={JSON.stringify(range ?? null)} data-value={JSON.stringify(value ?? null)}>
      <select
        aria-label='picker'
        value={typeof value === 'number' ? value : undefined}
        onChange={(e) => (onChange as (e: unknown) => void)?.({ detail: { value: Number(e.target.value) || e.target.value } })}
      >
        {Array.isArray(range) && range.map((r, i) => <option key={i} value={i}>{String(r)}</option>)}
      </select>
      {children}
    </div>
  );
}

export function Canvas({ className, id }: Props) {
  return <canvas className={className} id={id as string} />;
}
