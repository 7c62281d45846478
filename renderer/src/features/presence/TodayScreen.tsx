/** Who is here and today's guests: placeholder until the host's presence screen lands. */
export function TodayScreen() {
  return <section />;
}
