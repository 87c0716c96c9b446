/** Entry point: connect to the lab server and render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { connectToLab } from './store/labStore.js';
import './styles/base.css';
import './styles/home.css';
import './styles/lesson.css';
import './styles/stage.css';
import './styles/mobile.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

connectToLab();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
