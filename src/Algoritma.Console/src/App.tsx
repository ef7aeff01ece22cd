import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Callback } from './shell/Callback';
import { NotFound } from './shell/NotFound';
import { RequireSession } from './shell/RequireSession';
import { Landing, RoleGate } from './shell/RoleGate';
import { seesCityAdmin, seesPlatform, seesQueue } from './lib/roles';
import { Shell } from './shell/Shell';
import { Screen } from './shell/Screen';

const loadOverview = () => import('./screens/overview/OverviewScreen');
const Overview = lazy(loadOverview);
// The landing screen's chunk loads while sign-in and `me` are still on their way.
void loadOverview();
const Units = lazy(() => import('./screens/units/UnitsScreen'));
const Citizens = lazy(() => import('./screens/citizens/CitizensScreen'));
const Satisfaction = lazy(() => import('./screens/satisfaction/SatisfactionScreen'));
const Campaigns = lazy(() => import('./screens/campaigns/CampaignsScreen'));
const Queue = lazy(() => import('./screens/queue/QueueScreen'));
const Counter = lazy(() => import('./screens/counter/CounterScreen'));
const Regions = lazy(() => import('./screens/regions/RegionsScreen'));
const Catalog = lazy(() => import('./screens/catalog/CatalogScreen'));
const Users = lazy(() => import('./screens/users/UsersScreen'));
const Clients = lazy(() => import('./screens/clients/ClientsScreen'));
const Tenants = lazy(() => import('./screens/tenants/TenantsScreen'));
const Onboard = lazy(() => import('./screens/onboard/OnboardScreen'));
const Settings = lazy(() => import('./screens/settings/SettingsScreen'));

export function App() {
  return (
    <Routes>
      <Route path="callback" element={<Callback />} />
      <Route element={<RequireSession><Shell /></RequireSession>}>
        <Route index element={<Landing />} />
        <Route path="overview" element={<RoleGate><Screen component={Overview} /></RoleGate>} />
        <Route path="units/*" element={<RoleGate><Screen component={Units} /></RoleGate>} />
        <Route path="citizens/*" element={<RoleGate><Screen component={Citizens} /></RoleGate>} />
        <Route path="satisfaction/*" element={<RoleGate><Screen component={Satisfaction} /></RoleGate>} />
        <Route path="campaigns/*" element={<RoleGate><Screen component={Campaigns} /></RoleGate>} />
        <Route path="queue/*" element={<RoleGate allows={seesQueue}><Screen component={Queue} /></RoleGate>} />
        <Route path="counter" element={<RoleGate allows={seesQueue}><Screen component={Counter} /></RoleGate>} />
        <Route path="regions/*" element={<RoleGate allows={seesCityAdmin}><Screen component={Regions} /></RoleGate>} />
        <Route path="catalog/*" element={<RoleGate allows={seesCityAdmin}><Screen component={Catalog} /></RoleGate>} />
        <Route path="users/*" element={<RoleGate allows={seesCityAdmin}><Screen component={Users} /></RoleGate>} />
        <Route path="clients/*" element={<RoleGate allows={seesCityAdmin}><Screen component={Clients} /></RoleGate>} />
        <Route path="tenants" element={<RoleGate allows={seesPlatform}><Screen component={Tenants} /></RoleGate>} />
        <Route path="onboard" element={<RoleGate allows={seesPlatform}><Screen component={Onboard} /></RoleGate>} />
        <Route path="settings" element={<RoleGate allows={seesCityAdmin}><Screen component={Settings} /></RoleGate>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
