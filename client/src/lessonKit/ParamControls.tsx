/**
 * The parameter form, generated from the experiment's spec in the catalog:
 * integers get a slider and a number box (with the allowed range shown and
 * out-of-range input refused), enums a select, sets checkboxes.
 *
 * A lesson may name enum/set options in the reader's language (the catalog's
 * option ids, e.g. "sigsegv", stay the values sent), hide parameters that do
 * not apply to the chosen mode, and add a hint under a field.
 */
import { Fragment } from 'react';
import { Icon } from '../app/Icon.js';
import type { ExperimentSpec, ParamSpec } from '../../../shared/experiments.js';
import type { Dictionary } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/index.js';
import type { FormCheck, RawValue, RawValues } from './paramForm.js';
import './lessonKit.css';

/** How a lesson words its own parameters; every part is optional. */
export type ParamWording = {
  /** The label of an enum or set option, e.g. ("threadFault", "sigsegv") → "fatal signal (SIGSEGV)". */
  optionLabel?(name: string, option: string): string;
  /** A short note shown under a field. */
  fieldNote?(name: string): string | undefined;
  /** Parameters not shown (they do not apply to the current choice); they are still sent with their values. */
  hidden?: readonly string[];
};

type ParamControlsProps = {
  spec: ExperimentSpec;
  raw: RawValues;
  check: FormCheck;
  disabled: boolean;
  onChange(name: string, value: RawValue): void;
  wording?: ParamWording;
};

function paramLabel(t: Dictionary, name: string): string {
  return Object.hasOwn(t.params, name) ? String(t.params[name as keyof Dictionary['params']]) : name;
}

export function ParamControls({ spec, raw, check, disabled, onChange, wording }: ParamControlsProps) {
  const { t } = useI18n();
  const hidden = wording?.hidden ?? [];
  return (
    <fieldset className="param-controls" disabled={disabled}>
      <legend className="visually-hidden">{t.run.formLabel}</legend>
      {Object.entries(spec.params)
        .filter(([name]) => !hidden.includes(name))
        .map(([name, param]) => (
          <Fragment key={name}>
            <ParamField name={name} param={param} raw={raw[name]} invalid={name in check.problems} onChange={onChange} optionLabel={wording?.optionLabel} />
            {wording?.fieldNote?.(name) && (
              <p className="param-note" data-testid={`param-note-${name}`}>
                {wording.fieldNote(name)}
              </p>
            )}
          </Fragment>
        ))}
    </fieldset>
  );
}

type ParamFieldProps = {
  name: string;
  param: ParamSpec;
  raw: RawValue | undefined;
  invalid: boolean;
  onChange(name: string, value: RawValue): void;
  optionLabel?: ((name: string, option: string) => string) | undefined;
};

function ParamField({ name, param, raw, invalid, onChange, optionLabel }: ParamFieldProps) {
  const { t, format } = useI18n();
  const id = `param-${name}`;
  const hintId = `${id}-hint`;
  const label = paramLabel(t, name);
  const optionText = (option: string) => optionLabel?.(name, option) ?? option;

  switch (param.type) {
    case 'integer': {
      const text = typeof raw === 'string' ? raw : '';
      const numeric = Number(text);
      const sliderValue = Number.isFinite(numeric) ? Math.min(param.max, Math.max(param.min, numeric)) : param.default;
      const range = { min: format.integer(param.min), max: format.integer(param.max) };
      return (
        <div className={invalid ? 'param-field invalid' : 'param-field'}>
          <label htmlFor={id}>{label}</label>
          <div className="param-inputs">
            <input
              type="range"
              min={param.min}
              max={param.max}
              step={1}
              value={sliderValue}
              aria-label={label}
              aria-describedby={hintId}
              tabIndex={-1}
              onChange={(event) => onChange(name, event.target.value)}
            />
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={param.min}
              max={param.max}
              step={1}
              value={text}
              // Wide enough for the largest allowed value and the spin buttons (10,000,000 must not read "10000(").
              style={{ width: `max(4.6rem, calc(${String(param.max).length}ch + 2.8rem))` }}
              aria-invalid={invalid}
              aria-describedby={hintId}
              data-testid={id}
              onChange={(event) => onChange(name, event.target.value)}
            />
            {param.unit && <span className="param-unit">{param.unit}</span>}
          </div>
          <p id={hintId} className={invalid ? 'param-hint error' : 'param-hint'} role={invalid ? 'alert' : undefined}>
            {invalid ? (
              <>
                <Icon name="warning" size={15} /> {t.params.outOfRange(range)}
              </>
            ) : (
              t.params.range(range)
            )}
          </p>
        </div>
      );
    }
    case 'enum':
      return (
        <div className={invalid ? 'param-field invalid' : 'param-field'}>
          <label htmlFor={id}>{label}</label>
          <select id={id} value={typeof raw === 'string' ? raw : param.default} data-testid={id} onChange={(event) => onChange(name, event.target.value)}>
            {param.options.map((option) => (
              <option key={option} value={option}>
                {optionText(option)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'set': {
      const chosen = Array.isArray(raw) ? raw : [];
      return (
        <fieldset className={invalid ? 'param-field param-set invalid' : 'param-field param-set'}>
          <legend>{label}</legend>
          {param.options.map((option) => (
            <label key={option} className="param-option">
              <input
                type="checkbox"
                checked={chosen.includes(option)}
                onChange={(event) =>
                  onChange(name, event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option))
                }
              />
              {optionText(option)}
            </label>
          ))}
        </fieldset>
      );
    }
  }
}
