import { Route, Routes } from 'react-router';
import './words';
import './campaigns.css';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';
import { LaunchForm } from './LaunchForm';

// Kampanye: the list, a campaign's page (campaigns/:id) and the launch form (campaigns/new).
export default function CampaignsScreen() {
  return (
    <Routes>
      <Route index element={<CampaignList />} />
      <Route path="new" element={<LaunchForm />} />
      <Route path=":id" element={<CampaignPage />} />
    </Routes>
  );
}
