// The four things a kiosk does, as shown on the home screen.
export type Feature = 'schemes' | 'courses' | 'register' | 'sync';

export const FEATURES: readonly Feature[] = ['schemes', 'courses', 'register', 'sync'];

// What a signed-in operator can open from their own screen.
export type OperatorTask = 'course-packs' | 'learning-report' | 'operators' | 'kiosk-mode';
