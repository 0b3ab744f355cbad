// How a passage is cited: "¶ 12", or "¶ 12.2" for the second part of a paragraph split for length. Both faces
// use these, so a citation reads the same in the terminal and in Discord.

export interface PassagePlace {
  paragraph: number;
  part?: number;
}

/** `¶ 12`, or `¶ 12.2` for a part. */
export function paragraphLabel(place: PassagePlace): string {
  return place.part === undefined ? `¶ ${place.paragraph}` : `¶ ${place.paragraph}.${place.part}`;
}

/** `{ part }` when the passage is a part, else nothing: for spreading into a citation value. */
export function partOf(place: PassagePlace): { part?: number } {
  return place.part === undefined ? {} : { part: place.part };
}
