import type { Role, RosterKind } from '../../engine/contract/enums.js';
import { ROLES } from '../../engine/contract/enums.js';

/** One demo organization: fictional, but the kind of organization its pack was written for. */
export interface DemoCast {
  readonly packId: string;
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly emailDomain: string;
  /** A full name for each role of the contract. */
  readonly people: Readonly<Record<Role, string>>;
  /** Given and family names the client roster is drawn from (ten of each). */
  readonly givenNames: readonly string[];
  readonly familyNames: readonly string[];
}

/** Who each role reports to; roles absent here report to nobody (the top of the organization, the board). */
const REPORTS_TO: Partial<Record<Role, Role>> = {
  staff: 'supervisor', volunteer: 'supervisor', student: 'supervisor', contractor: 'supervisor',
  supervisor: 'executive-director', 'communications-delegate': 'executive-director', spokesperson: 'communications-delegate',
  'executive-director': 'chief-executive', 'chief-officer': 'chief-executive',
};

/** The role a person of `role` reports to, if any. */
export const supervisorRoleOf = (role: Role): Role | undefined => REPORTS_TO[role];

/** Roles in the order they are created: everyone's supervisor exists before them. */
export function rolesTopDown(): Role[] {
  const depth = (role: Role): number => {
    const up = REPORTS_TO[role];
    return up ? 1 + depth(up) : 0;
  };
  return [...ROLES].sort((a, b) => depth(a) - depth(b));
}

/** `first.last@domain`, without accents or spaces. */
export function demoEmail(cast: DemoCast, fullName: string): string {
  const local = fullName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
  return `${local}@${cast.emailDomain}`;
}

/** One roster entry of the demo: the ref makes a second run find it instead of adding it again. */
export interface DemoClient {
  readonly ref: string;
  readonly name: string;
  readonly kind: RosterKind;
  readonly handles: string[];
  readonly dateOfBirth: string;
  readonly minorUnderYouthProtection: boolean;
}

export const DEMO_CLIENTS_PER_ORGANIZATION = 30;

/**
 * The roster: every pairing of a given and a family name is distinct (the family name shifts by
 * three per round of ten). The second entry is a child under youth protection, which the seeded
 * court authorization names.
 */
export function demoClients(cast: DemoCast): DemoClient[] {
  return Array.from({ length: DEMO_CLIENTS_PER_ORGANIZATION }, (_, i) => {
    const given = cast.givenNames[i % 10] ?? 'Alex';
    const family = cast.familyNames[(i + 3 * Math.floor(i / 10)) % 10] ?? 'Doe';
    const child = i === 1;
    const kind: RosterKind = child ? 'client' : i % 10 === 9 ? 'former-client' : i % 10 === 7 ? 'client-family' : 'client';
    return {
      ref: `DEMO-${String(i + 1).padStart(3, '0')}`,
      name: `${given} ${family}`,
      kind,
      handles: i % 4 === 0 ? [`@${demoEmail(cast, `${given} ${family}`).split('@')[0]?.replace(/\./g, '_') ?? ''}`] : [],
      dateOfBirth: child ? '2014-05-12' : `${1950 + ((i * 7) % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`,
      minorUnderYouthProtection: child,
    };
  });
}

/** The five demo organizations, one per built-in pack, named in the pack's language. */
export const DEMO_CASTS: readonly DemoCast[] = [
  {
    packId: 'valoris', slug: 'demo-valoris',
    name: 'Rideau-Prescott Services for Children and Adults (demo)',
    aliases: ['RPSCA', 'Services à l’enfance et aux adultes Rideau-Prescott'], emailDomain: 'rpsca.example',
    people: {
      'chief-executive': 'Anne Laframboise', 'executive-director': 'Michel Lavigne', 'chief-officer': 'Robert Giroux',
      supervisor: 'Nathalie Charbonneau', 'communications-delegate': 'Sophie Massie', spokesperson: 'Julie Proulx',
      staff: 'Émilie Lalonde', volunteer: 'Marc Séguin', student: 'Chloé Brunet', contractor: 'Daniel Kerr', 'board-member': 'Pierre Cadieux',
    },
    givenNames: ['Mathis', 'Léa', 'Olivier', 'Zoé', 'Nathan', 'Camille', 'Logan', 'Rosalie', 'Ethan', 'Maëlle'],
    familyNames: ['Bergeron', 'Lapointe', 'Sabourin', 'Leroux', 'Larocque', 'Villeneuve', 'McDonald', 'Ouellette', 'Desjardins', 'Brisson'],
  },
  {
    packId: 'iwso', slug: 'demo-iwso',
    name: 'Ottawa Newcomer Women’s Centre (demo)',
    aliases: ['ONWC', 'Newcomer Women’s Centre'], emailDomain: 'onwc.example',
    people: {
      'chief-executive': 'Nadia Karim', 'executive-director': 'Hodan Warsame', 'chief-officer': 'Teresa Alvarez',
      supervisor: 'Farah Siddiqui', 'communications-delegate': 'Mei Chen', spokesperson: 'Sara Tesfaye',
      staff: 'Amina Yusuf', volunteer: 'Lina Haddad', student: 'Priya Raman', contractor: 'Grace Mensah', 'board-member': 'Joy Okafor',
    },
    givenNames: ['Fatima', 'Mariam', 'Ayan', 'Rania', 'Leila', 'Esperanza', 'Thi', 'Oksana', 'Zainab', 'Chantal'],
    familyNames: ['Abdi', 'Nguyen', 'Hassan', 'Kowalenko', 'Morales', 'Osei', 'Rahimi', 'Diallo', 'Petrenko', 'Mohamud'],
  },
  {
    packId: 'stass', slug: 'demo-stass',
    name: 'Northgate Support and Social Services (demo)',
    aliases: ['NSSS', 'Northgate Support'], emailDomain: 'northgate-support.example',
    people: {
      'chief-executive': 'Margaret Lowe', 'executive-director': 'Stephen Ashworth', 'chief-officer': 'Paul Redfern',
      supervisor: 'Karen Holloway', 'communications-delegate': 'Hannah Doyle', spokesperson: 'Natalie Brooks',
      staff: 'Gemma Whitfield', volunteer: 'Callum Price', student: 'Ellie Marsh', contractor: 'Ravi Patel', 'board-member': 'Ian Fairbairn',
    },
    givenNames: ['Jack', 'Olivia', 'Harry', 'Amelia', 'Charlie', 'Isla', 'George', 'Poppy', 'Alfie', 'Freya'],
    familyNames: ['Taylor', 'Hughes', 'Walsh', 'Begum', 'Kaur', 'Robinson', 'Clarke', 'Shaw', 'Hussain', 'Fletcher'],
  },
  {
    packId: 'chc-wales', slug: 'demo-chc-wales',
    name: 'Glan Teifi Community Health Council (demo)',
    aliases: ['Cyngor Iechyd Cymuned Glan Teifi', 'Glan Teifi CHC'], emailDomain: 'glanteifi-chc.example',
    people: {
      'chief-executive': 'Catrin Thomas', 'executive-director': 'Gareth Rees', 'chief-officer': 'Huw Bowen',
      supervisor: 'Siân Llewellyn', 'communications-delegate': 'Elin Roberts', spokesperson: 'Bethan Lloyd',
      staff: 'Rhian Pritchard', volunteer: 'Dafydd Morgan', student: 'Cerys Jenkins', contractor: 'Owain Howells', 'board-member': 'Alun Griffiths',
    },
    givenNames: ['Ioan', 'Ffion', 'Rhys', 'Seren', 'Tomos', 'Megan', 'Iwan', 'Nia', 'Gethin', 'Lowri'],
    familyNames: ['Jones', 'Evans', 'Davies', 'Williams', 'Powell', 'Vaughan', 'Parry', 'Owen', 'Edwards', 'Price'],
  },
  {
    packId: 'cisss-gaspesie', slug: 'demo-cisss-gaspesie',
    name: 'Centre intégré de santé et de services sociaux de la Haute-Baie (démo)',
    aliases: ['CISSS de la Haute-Baie', 'CISSS Haute-Baie'], emailDomain: 'cisss-hautebaie.example',
    people: {
      'chief-executive': 'Martine Cloutier', 'executive-director': 'Jean-François Bujold', 'chief-officer': 'Denis Poirier',
      supervisor: 'Isabelle Chapados', 'communications-delegate': 'Karine Lelièvre', spokesperson: 'Valérie Landry',
      staff: 'Geneviève Arsenault', volunteer: 'Réjean Cyr', student: 'Florence Huard', contractor: 'Steve Boudreau', 'board-member': 'Gilles Roussy',
    },
    givenNames: ['Noah', 'Alice', 'William', 'Béatrice', 'Jacob', 'Emma', 'Félix', 'Charlotte', 'Samuel', 'Édouard'],
    familyNames: ['Bourdages', 'Gagné', 'Synnott', 'Castilloux', 'Parisé', 'Dugas', 'Horth', 'Lebreux', 'Côté', 'Roy'],
  },
];
