import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { WorkflowRow } from '../../store/repositories/workflow-records.js';
import type { WorkflowTableName } from '../../store/workflow-schema.js';

/** A field of a record, or a property of one of its object fields. */
export type PersonalField<R> = (keyof R & string) | `${keyof R & string}.${string}`;

/** How one kind of workflow record maps to its table's row. */
export interface RecordSpec<R extends { id: string; orgId: string }> {
  readonly table: WorkflowTableName;
  /**
   * Fields holding personal information, encrypted together into `personal`: a field, or one
   * property of an object field (`decision.reason`), when the rest of it must stay readable
   * without the key (see `allRecordsUnsealed`).
   */
  readonly personal: readonly PersonalField<R>[];
  /** The indexed columns of a record. */
  columns(record: R): Pick<WorkflowRow, 'kind' | 'status' | 'subject_id' | 'ref_id' | 'due_at' | 'created_at'> & { version?: number };
}

/** The ciphertext is bound to its table, organization and row: a copy elsewhere does not decrypt. */
const context = (table: string, orgId: string, id: string) => `${table}:${orgId}:${id}`;

/** Turns a domain record into its row, sealing the personal fields. */
export function toRow<R extends { id: string; orgId: string }>(keyring: Keyring, spec: RecordSpec<R>, record: R, updatedAt: string): WorkflowRow {
  const data: Record<string, unknown> = { ...record };
  const personal: Record<string, unknown> = {};
  for (const path of spec.personal) {
    const [field = '', property] = path.split('.');
    const holder = property === undefined ? data : objectAt(data, field);
    const key = property ?? field;
    if (holder?.[key] === undefined) continue;
    personal[path] = holder[key];
    delete holder[key];
  }
  const { version, ...columns } = spec.columns(record);
  return {
    id: record.id, org_id: record.orgId, ...columns, version: version ?? 1, updated_at: updatedAt,
    data: JSON.stringify(data),
    personal: Object.keys(personal).length > 0 ? encryptJson(keyring, personal, context(spec.table, record.orgId, record.id)) : null,
  };
}

/** Turns a row back into the domain record, opening the personal fields. */
export function fromRow<R extends { id: string; orgId: string }>(keyring: Keyring, spec: RecordSpec<R>, row: WorkflowRow): R {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const personal = row.personal === null ? {} : decryptJson<Record<string, unknown>>(keyring, row.personal, context(spec.table, row.org_id, row.id));
  // Rows written before a field was made personal hold it in `data`, and read as they are.
  for (const [path, value] of Object.entries(personal)) {
    const [field = '', property] = path.split('.');
    const holder = property === undefined ? data : objectAt(data, field);
    if (holder) holder[property ?? field] = value;
  }
  return data as R;
}

/** The object held in `data[field]`, copied so that the record it came from is left as it was. */
function objectAt(data: Record<string, unknown>, field: string): Record<string, unknown> | undefined {
  const value = data[field];
  if (typeof value !== 'object' || value === null) return undefined;
  const copy = { ...(value as Record<string, unknown>) };
  data[field] = copy;
  return copy;
}
