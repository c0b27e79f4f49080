// The pictures a learner can choose from (kiosk-core's AVATARS; Avatar.svelte draws each).
export const AVATARS = ['mango', 'peacock', 'lotus', 'tiger', 'elephant', 'parrot', 'sun', 'moon', 'star', 'tree', 'cow', 'kite'] as const;
