// The data context is one of the app's services (app/services.tsx); this path stays for the
// hooks that still import it from here.
export { useDataContext } from '../app/services';
