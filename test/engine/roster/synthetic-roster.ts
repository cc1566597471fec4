import type { RosterEntry } from '../../../src/engine/contract/context.js';

/** Made-up given names and surnames, English and French, to build large rosters. */
const GIVEN = `Olivia Liam Emma Noah Charlotte William Amelia James Sophia Lucas Mia Benjamin Evelyn Henry
Harper Theodore Luna Jack Ella Levi Chloe Samuel Aria Owen Zoe Leo Nora Nathan Lily Elijah Hazel
Gabriel Alice Thomas Camille Felix Juliette Louis Florence Arthur Rosalie Edouard Beatrice Mathis
Eloise Raphael Clementine Antoine Maelle Emile Adele Xavier Oceane Alexis Justine Maxime Laurence
Simon Genevieve Olivier Catherine Etienne Marianne Vincent Sandrine Mathieu Nadia Karim Yasmine
Omar Leila Tariq Amara Kofi Ngozi Chen Mei Hiroshi Yuki Priya Arjun Sanjay Anjali Mateo Valentina
Diego Lucia Sven Ingrid Piotr Agnieszka Dmitri Olena Seamus Siobhan Rhys Ffion Dylan Carys`.split(/\s+/);
const SURNAMES = `Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie Fortin Gagne Ouellet Pelletier
Belanger Levesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dube Poirier
Fournier Lapointe Leclerc Lefebvre Poulin Thibault StPierre Nadeau Martel Gilbert Hebert Landry Mercier
Desjardins Charbonneau Lalonde Brisson Sabourin Seguin Theriault Villeneuve Carriere Gratton Okafor
Haddad Karimi Mensah Aziz Nasser Farah Sharma Bakr Hassan Mwangi Tran Brooks Ali Ruiz Kowalski Whitfield
Lopes Noor Elmi Moradi Nguyen Hughes Parry Jackson Pritchard Webb Higgins Bennett Khan Doyle Walsh
Jones Evans Roberts Turner Morris Collins Ford Rowe Lloyd Cole Harper Carter Owen Shaw Price Patel
Harrington Castellano Abernathy Vandermeer Kristiansen Okonkwo Yamamoto Fitzgerald Montgomery`.split(/\s+/);

/** A deterministic pseudo-random sequence (linear congruential), so tests never flake. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** `size` roster entries with distinct full names; the same for the same size and seed. */
export function syntheticRoster(size: number, seed = 42): RosterEntry[] {
  const next = sequence(seed);
  const seen = new Set<string>();
  const entries: RosterEntry[] = [];
  while (entries.length < size) {
    const given = GIVEN[next() % GIVEN.length] ?? 'Alex';
    const middle = next() % 4 === 0 ? ` ${GIVEN[next() % GIVEN.length] ?? ''}` : '';
    const surname = `${SURNAMES[next() % SURNAMES.length] ?? 'Doe'}${next() % 3 === 0 ? `-${SURNAMES[next() % SURNAMES.length] ?? ''}` : ''}`;
    const name = `${given}${middle} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    entries.push({ id: `p${entries.length}`, name, kind: entries.length % 5 === 0 ? 'staff' : 'client' });
  }
  return entries;
}
