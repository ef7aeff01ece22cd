import type { Resources } from './id';

export const en: Resources = {
  app: { title: 'Algoritma Console', skip: 'Skip to main content', menu: 'Menu', language: 'Language', signOut: 'Sign out', signIn: 'Sign in', signingIn: 'Signing in…', nav: 'Main navigation' },
  nav: { overview: 'Overview', units: 'Regions', citizens: 'Citizens', satisfaction: 'Satisfaction', campaigns: 'Campaigns', queue: 'Queue', counter: 'Counter', regions: 'Region details', catalog: 'Services', users: 'Users', clients: 'Clients', tenants: 'Tenants', onboard: 'New city', settings: 'Settings' },
  state: { loading: 'Loading…', empty: 'No data for this period yet.', error: 'The data could not be loaded.', retry: 'Try again', soon: 'Coming soon', soonText: 'This screen is being built.', noScreens: 'No screens for your role yet', noScreensText: 'The console shows screens for programme managers, city admins and officers.', notFound: 'Page not found' },
  period: { legend: 'Period', preset: 'Range', weeks: 'Last {{count}} complete weeks', custom: 'Pick dates', from: 'From', to: 'To (exclusive)', apply: 'Apply', compared: 'compared with {{from}} – {{to}}', invalid: 'Invalid period (3660 days at most).' },
  kpi: {
    digitalTakeUp: 'Digital take-up', completionRate: 'Completion rate', slaCompliance: 'SLA compliance',
    ikm: 'IKM (satisfaction index)', activeDigitalCitizens: 'Active digital citizens (weekly average)',
    newDigitalCitizens: 'New digital citizens', counterVisitsAvoided: 'Counter visits avoided', citizenHoursSaved: 'Citizen hours saved',
    previous: 'Previous', change: 'Change', points: 'points', grade: 'Grade {{grade}}',
  },
  chart: {
    table: 'Show table', hideTable: 'Hide table', png: 'Download PNG', csv: 'Download CSV', sortBy: 'Sort by {{column}}',
    takeUpTitle: 'Digital take-up per week', takeUpSubtitle: 'Digital completed ÷ all completed; campaign waves marked, dashed line = target',
    week: 'Week', takeUp: 'Digital take-up', completed: 'Requests completed', digitalCompleted: 'Digital completed', target: 'Target', wave: 'Wave', selected: 'Selected period',
    mixTitle: 'Channel mix per week', mixSubtitle: 'Requests completed per channel',
    share: 'Share', live: 'Refreshed every 30 seconds', updated: 'Updated {{time}}',
  },
  channel: { COUNTER: 'Counter', ONLINE: 'Online', KIOSK: 'Kiosk', ASSISTED: 'Assisted' },
  overview: { title: 'Overview', kpis: 'Key indicators' },
};
