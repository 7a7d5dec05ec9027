import { registerPageServices } from './page';
import { registerTemplateServices } from './templates';
import { registerPackSync } from './packs';

// The service worker only wires: each module registers its own listeners.
export default defineBackground(() => {
  registerPageServices();
  registerTemplateServices();
  registerPackSync();
});
