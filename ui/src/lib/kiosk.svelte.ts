// What the app knows about this kiosk, for slips and certificates. Set from the start-up
// status; the name stays empty until the kiosk is set up.
export const kiosk = $state<{ name: string | null }>({ name: null });
