import { useEffect, useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

/** A pause in typing this long writes the text out. */
export const TYPING_PAUSE_MS = 250;

export interface TypedText {
  /** What the box shows: what the reader typed, or the outside value when they are not typing. */
  text: string;
  /** Spread onto the `<input>`. */
  inputProps: {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
    onCompositionStart: () => void;
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
  /** Sets the text and writes it out at once, e.g. to clear the box. */
  replace: (text: string) => void;
}

/**
 * A text box over a value kept elsewhere (the URL). While the box has focus or an input method is
 * composing in it, what the reader typed is the truth: the outside value is not written back into
 * the box, since it lags behind the typing (the router updates it in a transition, which a busy
 * page renders late, so each keystroke would first see the value of an earlier one) and rewriting
 * a box mid-composition breaks Korean syllables apart. The text is written out after a pause in
 * typing, and at once when a composition ends or the box loses focus. When the reader is not
 * typing, the box follows the outside value (Back, a link).
 */
export function useTypedText(
  value: string,
  write: (text: string) => void,
  pause: number = TYPING_PAUSE_MS,
): TypedText {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  const [composing, setComposing] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (!focused && !composing) setText(value);
  }

  const latestWrite = useRef(write);
  useEffect(() => {
    latestWrite.current = write;
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Text typed but not yet written out. */
  const pending = useRef<string | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next !== null) latestWrite.current(next);
  };
  const later = (next: string) => {
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, pause);
  };

  return {
    text,
    inputProps: {
      value: text,
      onChange: (event) => {
        setText(event.target.value);
        later(event.target.value);
      },
      onFocus: () => setFocused(true),
      onBlur: () => {
        setFocused(false);
        // The value may have moved while the reader typed (Back with the keyboard): the box,
        // which they saw, wins.
        if (pending.current === null && text !== value) pending.current = text;
        flush();
      },
      onCompositionStart: () => setComposing(true),
      onCompositionEnd: (event) => {
        setComposing(false);
        // Some browsers send the composition's last input event after this one.
        const committed = event.currentTarget.value;
        setText(committed);
        pending.current = committed;
        flush();
      },
    },
    replace: (next) => {
      setText(next);
      pending.current = next;
      flush();
    },
  };
}
