/**
 * Entry point: read what this tab was opened for (presenter token, follow,
 * presenter view), connect to the lab server, start following or leading
 * the classroom room, and render the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { detachOnInteraction } from './classroom/detachOnInteraction.js';
import { pageIntent } from './classroom/pageIntent.js';
import { startRoomController } from './classroom/roomController.js';
import { connectToLab, useLabStore } from './store/labStore.js';
import './styles/base.css';
import './styles/home.css';
import './styles/lesson.css';
import './styles/stage.css';
import './styles/mobile.css';
import './styles/classroom.css';
import './styles/presenter.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Before connecting: this also takes the presenter's token out of the address bar.
const intent = pageIntent();
const store = useLabStore.getState();
store.setFollowRequested(intent.follow);
store.setPresenting(intent.present);

connectToLab(intent.token);
startRoomController();
detachOnInteraction();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
