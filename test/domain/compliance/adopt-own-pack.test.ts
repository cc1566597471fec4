import { describe, expect, it } from 'vitest';
import { adoptOwnPack } from '../../../src/domain/compliance/adopt-own-pack.js';
import { expectError, expectOk, fakeDeps } from '../fixtures.js';

const org = { id: 'org-1', packId: 'iwso', packVersion: '2016' };
const upload = { packId: 'iwso-east', version: '2026.1', sha256: 'a'.repeat(64) };
const admin = { id: 'a1', isAdmin: true };

describe('adoptOwnPack', () => {
  it('binds a new version, audited with what it replaces', () => {
    const out = expectOk(adoptOwnPack({ org, upload, by: admin, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ packId: 'iwso-east', packVersion: '2026.1', newVersion: true, changed: true, previous: { packId: 'iwso', packVersion: '2016' } });
    expect(out.events).toEqual([expect.objectContaining({ kind: 'policy.pack-adopted', actorId: 'a1', subjectId: 'org-1', data: expect.objectContaining({ previousVersion: '2016', newVersion: true }) })]);
  });

  it('returns to a version on file with the same text, and changes nothing for the current one', () => {
    expect(expectOk(adoptOwnPack({ org, upload, versionOnFile: upload.sha256, by: null, deps: fakeDeps() })).record).toMatchObject({ newVersion: false, changed: true, by: null });
    const current = { ...org, packId: 'iwso-east', packVersion: '2026.1' };
    const same = expectOk(adoptOwnPack({ org: current, upload, versionOnFile: upload.sha256, by: admin, deps: fakeDeps() }));
    expect(same.record.changed).toBe(false);
    expect(same.events).toEqual([]);
  });

  it('refuses non-administrators, a built-in id, and other text under a version on file', () => {
    expect(expectError(adoptOwnPack({ org, upload, by: { id: 's1', isAdmin: false }, deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectError(adoptOwnPack({ org, upload: { ...upload, packId: 'valoris' }, by: admin, deps: fakeDeps() }))).toMatchObject({ code: 'validation', field: 'id' });
    expect(expectError(adoptOwnPack({ org, upload, versionOnFile: 'b'.repeat(64), by: admin, deps: fakeDeps() }))).toMatchObject({ code: 'conflict', field: 'version', reason: 'version_exists' });
  });
});
