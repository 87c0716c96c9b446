/**
 * The Express app: security headers, the Host/Origin guard, the JSON API, and
 * the built client (with index.html for every client-side route).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import { apiRoutes, type ApiDependencies } from './apiRoutes.js';
import { errorAnswers, notFound } from './errorAnswers.js';
import type { HostPolicy } from './hostPolicy.js';
import { requestGuard } from './requestGuard.js';
import { sessionMinting } from '../handsOn/sessionMinting.js';

const clientDirectory = fileURLToPath(new URL('../../client/', import.meta.url));

export function createApp(dependencies: ApiDependencies, hostPolicy: HostPolicy): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // 'self' covers the app's own ws:// and wss:// origin in current browsers.
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // The lab is served over plain HTTP on a LAN in classroom mode.
      strictTransportSecurity: false,
    }),
  );
  // Before any route, static files included: a rebound Host must not even read the page.
  app.use(requestGuard(hostPolicy));
  // A classroom lab knows its students by a session cookie (handsOn/sessions.ts); a local lab has one user and no cookie.
  if (dependencies.handsOn.classroom) app.use(sessionMinting(dependencies.sessions));
  app.use('/api', express.json({ limit: '16kb' }), apiRoutes(dependencies));

  if (existsSync(clientDirectory)) {
    app.use(express.static(clientDirectory, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/api\/|\/ws$).*/, (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile('index.html', { root: clientDirectory });
    });
  }

  app.use(notFound);
  // Body-parser errors (bad JSON, too large) and undecodable paths become a sentence, not a stack trace nor an echo.
  app.use(errorAnswers);
  return app;
}
