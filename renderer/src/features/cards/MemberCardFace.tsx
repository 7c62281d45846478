import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';

export interface CardContent {
  hubName: string;
  memberName: string;
  memberSince: string;
  photo: string | null;
  qrUrl: string;
}

/**
 * The printed member card at ID-1 size (85.6 × 54 mm, a bank card): the hub, the member's
 * name, photo and "member since", and the QR code with the card's random token.
 */
export function MemberCardFace({ card }: { card: CardContent }) {
  const { t } = useTranslation();
  const { date } = useFormatting();
  return (
    <div className="member-id-card">
      <p className="member-id-card-hub">{card.hubName}</p>
      <div className="member-id-card-body">
        <div className="member-id-card-person">
          {card.photo && <img className="member-id-card-photo" src={card.photo} alt={t('member.photoOf', { name: card.memberName })} />}
          <p className="member-id-card-name">{card.memberName}</p>
          <p className="member-id-card-since">{t('cards.memberSince', { date: date(card.memberSince) })}</p>
        </div>
        <img className="member-id-card-qr" src={card.qrUrl} alt={t('cards.qrAlt', { name: card.memberName })} />
      </div>
    </div>
  );
}
