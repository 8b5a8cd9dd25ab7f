/**
 * What the unanswered-question log must not keep of what people typed: e-mail addresses, phone
 * numbers and channel names, each replaced by a placeholder that still tells a curator what kind of
 * thing was asked about. Years and year ranges ("1991-2010", "2004 2005") are not phone numbers.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A run of digits with the separators phone numbers are written with, optionally after "+". */
const PHONE_LIKE = /\+?\(?\d[\d\s().\-–]{5,}\d/g;
const YEARS_ONLY = /^(?:(?:1[5-9]|20)\d\d[\s\-–]*)+$/;
/** #general, #news-desk: a channel's name, typed or left by the platform's mention markup. */
const CHANNEL = /(^|[^\p{L}\p{N}&#])#[\p{L}\p{N}_-]+/gu;

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(PHONE_LIKE, (match) => {
      const digits = match.replace(/\D/g, "").length;
      return digits >= 7 && !YEARS_ONLY.test(match.trim()) ? "[phone]" : match;
    })
    .replace(CHANNEL, "$1[channel]");
}
