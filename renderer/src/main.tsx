import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartFailure } from './app/StartFailure';
import { startApp } from './app/startApp';
import { DataProvider } from './data/DataProvider';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

startApp()
  .then(({ context, persistence }) => {
    root.render(
      <StrictMode>
        <DataProvider context={context}>
          <App storagePersistent={persistence !== 'denied'} />
        </DataProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Landhub failed to start', error);
    root.render(<StartFailure error={error} />);
  });
