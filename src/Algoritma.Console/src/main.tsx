import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import './i18n';
import './styles.css';
import { App } from './App';
import { config } from './lib/config';
import { graphqlClient } from './lib/graphql';

const basename = config.base.replace(/\/$/, '') || '/';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter basename={basename}>
      <GraphqlProvider value={graphqlClient}>
        <App />
      </GraphqlProvider>
    </BrowserRouter>
  </StrictMode>,
);
