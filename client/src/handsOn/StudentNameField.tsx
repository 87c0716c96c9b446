/**
 * "Your name (shown to the class)": a student's display name, checked here
 * as the server checks it (displayNameSchema) before it is sent. The server
 * answers with a new handsOn.state carrying the name. React escapes the
 * text everywhere it is shown; nothing here is ever rendered as HTML.
 */
import { useId, useState } from 'react';
import { displayNameSchema } from '../../../shared/protocol.js';
import { useLocalized } from '../i18n/index.js';
import { useLabStore } from '../store/labStore.js';
import { handsOnText } from './text.js';

export function StudentNameField() {
  const text = useLocalized(handsOnText).name;
  const saved = useLabStore((state) => state.handsOn.state?.name);
  const setStudentName = useLabStore((state) => state.setStudentName);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<'invalid' | 'notConnected' | undefined>(undefined);
  const fieldId = useId();
  const value = draft ?? saved ?? '';
  const invalid = draft !== undefined && draft.trim() !== '' && !displayNameSchema.safeParse(draft).success;

  return (
    <form
      className="student-name"
      data-testid="student-name"
      onSubmit={(event) => {
        event.preventDefault();
        const outcome = setStudentName(value);
        setProblem(outcome.ok ? undefined : outcome.problem);
        if (outcome.ok) setDraft(undefined);
      }}
    >
      <label htmlFor={fieldId}>{text.label}</label>
      <div className="student-name-row">
        <input
          id={fieldId}
          type="text"
          autoComplete="nickname"
          maxLength={40}
          value={value}
          aria-invalid={invalid || problem === 'invalid' ? true : undefined}
          aria-describedby={`${fieldId}-note`}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(undefined);
          }}
          data-testid="student-name-input"
        />
        <button type="submit" disabled={invalid || value.trim() === '' || (draft === undefined && saved !== undefined)} data-testid="student-name-save">
          {text.save}
        </button>
      </div>
      <p id={`${fieldId}-note`} className={invalid || problem ? 'error-text' : 'muted note'} aria-live="polite">
        {invalid || problem === 'invalid' ? text.invalid : problem === 'notConnected' ? text.notSent : saved ? text.shownAs({ name: saved }) : ''}
      </p>
    </form>
  );
}
