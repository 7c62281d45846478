import { joinShortName, type KioskNameMatch } from '@core/kiosk/kioskNameSearch';

export function shortName(match: Pick<KioskNameMatch, 'firstName' | 'lastInitial'>): string {
  return joinShortName(match.firstName, match.lastInitial);
}

/** First name, last initial and a public photo: all the kiosk ever shows of a member. */
export function NameMatches({ matches, label, onPick }: { matches: readonly KioskNameMatch[]; label: string; onPick: (match: KioskNameMatch) => void }) {
  return (
    <ul className="kiosk-matches" aria-label={label}>
      {matches.map((match) => (
        <li key={match.id}>
          <button type="button" className="kiosk-match" onClick={() => { onPick(match); }}>
            {/* The name follows, so the photo is decoration to a screen reader. */}
            {match.photo
              ? <img className="avatar" src={match.photo} alt="" />
              : <span className="avatar avatar-initials" aria-hidden="true">{match.firstName.charAt(0) + match.lastInitial.charAt(0)}</span>}
            <span>{shortName(match)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
