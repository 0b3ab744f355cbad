// Saving and loading the peers' indexes, for the benchmark's "persisted index" rows. bench/peers.ts builds
// the peers for searching and hides their index objects; these build them with the same defaults
// (MiniSearch over `text`, lunr's default pipeline) so their own serialisation can be measured.
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { PeerPassage } from './peers.js';

export type PeerName = 'minisearch' | 'lunr';

const miniSearchOptions = { fields: ['text'] };

/** The peer's index over `passages`, serialised the way its library documents (`JSON.stringify` of the index). */
export function serializePeerIndex(peer: PeerName, passages: readonly PeerPassage[]): string {
  if (peer === 'minisearch') {
    const index = new MiniSearch<PeerPassage>(miniSearchOptions);
    index.addAll(passages);
    return JSON.stringify(index);
  }
  const index = lunr(function () {
    this.ref('id');
    this.field('text');
    for (const passage of passages) this.add(passage);
  });
  return JSON.stringify(index);
}

/** Loads what `serializePeerIndex` wrote, into a searchable index; returns a search for one question. */
export function loadPeerIndex(peer: PeerName, json: string): (question: string) => number {
  if (peer === 'minisearch') {
    const index = MiniSearch.loadJSON<PeerPassage>(json, miniSearchOptions);
    return (question) => index.search(question).length;
  }
  const index = lunr.Index.load(JSON.parse(json) as object);
  return (question) => {
    try {
      return index.search(question).length;
    } catch {
      return 0;
    }
  };
}
