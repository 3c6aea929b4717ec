import { ADOPTER_APPS } from './apps';
import { adopterAppSuite } from './adopterSuite';

adopterAppSuite(ADOPTER_APPS.find((app) => app.name === 'vite-react18')!);
