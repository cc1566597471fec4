import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { WorkflowRow } from '../../store/repositories/workflow-records.js';
import type { WorkflowTableName } from '../../store/workflow-schema.js';

/** How one kind of workflow record maps to its table's row. */
export interface RecordSpec<R extends { id: string; orgId: string }> {
  readonly table: WorkflowTableName;
  /** Fields holding personal information: encrypted together into `personal`. */
  readonly personal: readonly (keyof R & string)[];
  /** The indexed columns of a record. */
  columns(record: R): Pick<WorkflowRow, 'kind' | 'status' | 'subject_id' | 'ref_id' | 'due_at' | 'created_at'> & { version?: number };
}

/** The ciphertext is bound to its table, organization and row: a copy elsewhere does not decrypt. */
const context = (table: string, orgId: string, id: string) => `${table}:${orgId}:${id}`;

/** Turns a domain record into its row, sealing the personal fields. */
export function toRow<R extends { id: string; orgId: string }>(keyring: Keyring, spec: RecordSpec<R>, record: R, updatedAt: string): WorkflowRow {
  const data: Record<string, unknown> = { ...record };
  const personal: Record<string, unknown> = {};
  for (const field of spec.personal) {
    if (data[field] !== undefined) personal[field] = data[field];
    delete data[field];
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
  return { ...data, ...personal } as R;
}
