/** Wrong member PINs before the kiosk gives up and sends the person to a host. */
export const MEMBER_PIN_TRIES = 3;
/** How long a confirmation stays before the kiosk is ready for the next person. */
export const CONFIRMATION_MS = 6_000;
/** A confirmation that offers desks stays longer: choosing takes a moment. */
export const DESK_CHOICE_MS = 20_000;
/** A confirmation that offers a verified member their bookings stays a little longer, to be read. */
export const MY_BOOKINGS_OFFER_MS = 12_000;
