/**
 * What was published under which consent, and the organizations' own policy packs
 * (migration 0005). `Database` in `schema.ts` extends these, one line each.
 */

/** A consent a check relied on when it screened an activity (the person was identified and the consent covered it). */
export interface ConsentRelianceTable {
  org_id: string;
  check_id: string;
  consent_id: string;
  /** The roster id the consent is about. */
  subject_id: string;
  scope: string;
  created_at: string;
}

/** A checked activity its author says went out. One per check. */
export interface PublicationTable {
  id: string;
  org_id: string;
  check_id: string;
  /** Who published it: the check's author. */
  person_id: string;
  url: string | null;
  account_id: string | null;
  published_at: string;
  recorded_at: string;
}

/**
 * One version of an organization's own policy pack, as uploaded (YAML or JSON text). Versions
 * never change once stored, so `(org_id, version)` keys every compiled copy on every instance.
 */
export interface OrganizationPackTable {
  org_id: string;
  version: string;
  /** The pack's own `id`, which `organizations.pack_id` names while this version is current. */
  pack_id: string;
  source: string;
  /** SHA-256 of `source`: uploading the same text again changes nothing. */
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

/** The tables of migration 0005, as Kysely sees them. */
export interface PublicationDatabase {
  consent_reliances: ConsentRelianceTable;
  publications: PublicationTable;
  organization_packs: OrganizationPackTable;
}
