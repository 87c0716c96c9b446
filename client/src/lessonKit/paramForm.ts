/**
 * The parameter form's logic, generated from an experiment's spec in the
 * catalog: raw text per field in, checked values (or a reason) out. Values
 * out of range are refused here, before they reach the server, which checks
 * them again with the same spec.
 */
import type { ExperimentSpec, ParamSpec, ParamValue, ParamValues } from '../../../shared/experiments.js';

/** What a field holds while someone edits it: text for numbers and choices, a list for sets. */
export type RawValue = string | readonly string[];
export type RawValues = Readonly<Record<string, RawValue>>;

export type FieldCheck = { ok: true; value: ParamValue } | { ok: false; problem: 'outOfRange' | 'emptySet' | 'unknownOption' };

export function initialRawValues(spec: ExperimentSpec): RawValues {
  const raw: Record<string, RawValue> = {};
  for (const [name, param] of Object.entries(spec.params)) {
    raw[name] = param.type === 'integer' ? String(param.default) : param.type === 'enum' ? param.default : [...param.default];
  }
  return raw;
}

/**
 * The form's raw values for a run's parameters (a run opened by a link, or
 * the presenter's): each parameter the spec knows, over the defaults, so the
 * form (and an engine switch) says what made the run on the stage.
 */
export function rawValuesFrom(spec: ExperimentSpec, params: Readonly<Record<string, unknown>>): RawValues {
  const raw: Record<string, RawValue> = { ...initialRawValues(spec) };
  for (const [name, param] of Object.entries(spec.params)) {
    const value = params[name];
    if (param.type === 'integer' && typeof value === 'number') raw[name] = String(value);
    else if (param.type === 'enum' && typeof value === 'string') raw[name] = value;
    else if (param.type === 'set' && Array.isArray(value)) raw[name] = value.filter((option): option is string => typeof option === 'string');
  }
  return raw;
}

export function checkField(param: ParamSpec, raw: RawValue | undefined): FieldCheck {
  switch (param.type) {
    case 'integer': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      return Number.isSafeInteger(value) && value >= param.min && value <= param.max
        ? { ok: true, value }
        : { ok: false, problem: 'outOfRange' };
    }
    case 'enum':
      return typeof raw === 'string' && param.options.includes(raw) ? { ok: true, value: raw } : { ok: false, problem: 'unknownOption' };
    case 'set': {
      const chosen = Array.isArray(raw) ? param.options.filter((option) => raw.includes(option)) : [];
      return chosen.length > 0 ? { ok: true, value: chosen } : { ok: false, problem: 'emptySet' };
    }
  }
}

export type FormCheck = {
  /** Present only when every field is valid. */
  values: ParamValues | undefined;
  problems: Readonly<Record<string, FieldCheck & { ok: false }>>;
};

export function checkForm(spec: ExperimentSpec, raw: RawValues): FormCheck {
  const values: ParamValues = {};
  const problems: Record<string, FieldCheck & { ok: false }> = {};
  for (const [name, param] of Object.entries(spec.params)) {
    const check = checkField(param, raw[name]);
    if (check.ok) values[name] = check.value;
    else problems[name] = check;
  }
  return { values: Object.keys(problems).length === 0 ? values : undefined, problems };
}
