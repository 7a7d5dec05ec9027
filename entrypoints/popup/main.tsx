import { createRoot } from 'react-dom/client';
import { PopupView } from '@/components/popup/PopupView';
import './popup.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupView />);
