/**
 * A results table with one column per architecture (thread pool, cluster)
 * and one row per figure. Laid out this way round it stays narrow: eight
 * figures side by side did not fit the lesson's column at 1280×720, and the
 * ones that scrolled out of view (who served, recovery) are the point.
 */
import type { ReactNode } from 'react';
import type { BackendArchitecture } from '../../../../shared/results/backend.js';

export type SideRow = {
  label: string;
  /** The figure for one side; `testId` names its cell (e.g. result-failed-pool). */
  cell: (side: BackendArchitecture) => { value: ReactNode; testId?: string };
  /** Long text (a list of ids) that may wrap. */
  wrap?: boolean;
};

type SideTableProps = {
  testId: string;
  corner: string;
  sides: readonly BackendArchitecture[];
  sideLabel: (side: BackendArchitecture) => string;
  rows: readonly SideRow[];
};

export function SideTable({ testId, corner, sides, sideLabel, rows }: SideTableProps) {
  return (
    <div className="table-scroll-x">
      <table className="figure-table by-side" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {sides.map((side) => (
              <th key={side} scope="col">
                {sideLabel(side)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {sides.map((side) => {
                const { value, testId: cellId } = row.cell(side);
                return (
                  <td key={side} className={row.wrap ? 'wrap' : undefined} data-testid={cellId}>
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
