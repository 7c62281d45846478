import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartFailure } from './app/StartFailure';
import { ServicesProvider } from './app/services';
import { startApp } from './app/startApp';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

startApp()
  .then(({ services, persistence }) => {
    root.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App storagePersistent={persistence !== 'denied'} />
        </ServicesProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Landhub failed to start', error);
    root.render(<StartFailure error={error} />);
  });
