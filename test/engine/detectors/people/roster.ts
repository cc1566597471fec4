/**
 * A roster for the people detectors: clients (one with a handle, one with an alias, two whose
 * first names are common words), a former client, a child under youth protection with a parent
 * who shares her surname, another family member, and staff.
 */
export const ROSTER = [
  { id: 'c1', name: 'Kayla Brooks', kind: 'client', handles: ['@kayla_b'] },
  { id: 'c2', name: 'Amélie Gagnon', aliases: ['Amy'], kind: 'client' },
  { id: 'c3', name: 'Grace Hope', kind: 'client' },
  { id: 'c4', name: 'Rose Dupuis', kind: 'former-client' },
  { id: 'c5', name: 'Will Turner', kind: 'client' },
  { id: 'y1', name: 'Jayden Tremblay', kind: 'client', minorUnderYouthProtection: true },
  { id: 'f1', name: 'Julie Tremblay', kind: 'client-family' },
  { id: 'f2', name: 'Julie Cyr', kind: 'client-family' },
  { id: 's2', name: 'Tracy Boucher', kind: 'staff' },
  { id: 'v1', name: 'Owen Price', kind: 'volunteer' },
];

export const CLIENT_KINDS = ['client', 'former-client', 'client-family'];
