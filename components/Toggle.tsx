import type { ComponentChildren } from 'preact';

/** A labelled checkbox (role switch when `asSwitch`). Props in, onChange out. */
export function Toggle(props: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: string;
  asSwitch?: boolean;
  disabled?: boolean;
}) {
  return (
    <div class="ll-toggle">
      <input
        type="checkbox"
        id={props.id}
        role={props.asSwitch ? 'switch' : undefined}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.children}</label>
      {props.hint ? (
        <span class="ll-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
