// Okabe–Ito, colour-blind safe; one colour per channel on every chart.
export const channelColours = {
  COUNTER: '#E69F00',
  ONLINE: '#0072B2',
  KIOSK: '#009E73',
  ASSISTED: '#CC79A7',
} as const;

export type Channel = keyof typeof channelColours;
export const channels: Channel[] = ['COUNTER', 'ONLINE', 'KIOSK', 'ASSISTED'];

export const seriesColours = {
  takeUp: '#0072B2',
  volume: '#BBBBBB',
  target: '#D55E00',
  wave: '#E69F00',
  previous: '#56B4E9',
} as const;

// Sequential scale for ratios 0–1 (light to dark blue, readable without hue): heat maps of take-up and retention.
export const takeUpScale = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

// Citizens' lifecycle: Okabe–Ito hues the channel colours do not use, decal patterns on top.
export const lifecycleColours = {
  new: '#009E73',
  returning: '#0072B2',
  resurrecting: '#F0E442',
  dormant: '#D55E00',
} as const;
