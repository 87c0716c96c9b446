/**
 * The engine switch of a lesson that has a native variant: "Node | native (C)".
 * It edits the form's "engine" parameter. The native choice is disabled, with
 * the server's reason in words, when the server cannot run the C program
 * (no C compiler when it was installed) or has not said yet.
 */
import type { EngineAvailability } from '../home/catalog.js';
import { useLocalized } from '../i18n/index.js';
import { engineText } from './engineText.js';
import './lessonKit.css';

type EngineSwitchProps = {
  value: string;
  onChange(engine: 'node' | 'native'): void;
  /** True while GET /api/experiments has not answered. */
  asking: boolean;
  /** What it said about the native engine; undefined if it did not say (an older server, or no answer). */
  native: EngineAvailability | undefined;
};

export function EngineSwitch({ value, onChange, asking, native }: EngineSwitchProps) {
  const text = useLocalized(engineText);
  const nativeUsable = !asking && native?.available === true;
  const note = asking ? text.asking : nativeUsable ? undefined : text.unavailable({ reason: native?.reason ?? text.notReported });
  return (
    <fieldset className="engine-switch" data-testid="engine-switch">
      <legend>{text.legend}</legend>
      <div className="engine-options" role="radiogroup" aria-label={text.legend}>
        <label title={text.nodeHint}>
          <input type="radio" name="engine" value="node" checked={value !== 'native'} onChange={() => onChange('node')} data-testid="engine-node" />
          {text.node}
        </label>
        <label title={text.nativeHint} className={nativeUsable ? undefined : 'engine-disabled'}>
          <input
            type="radio"
            name="engine"
            value="native"
            checked={value === 'native'}
            disabled={!nativeUsable}
            onChange={() => onChange('native')}
            data-testid="engine-native"
          />
          {text.native}
        </label>
      </div>
      <p className="param-note" data-testid="engine-note">
        {note ?? (value === 'native' ? text.nativeHint : text.nodeHint)}
      </p>
    </fieldset>
  );
}
