// Every screen: its address, its element, who sees it in the menu, and how it is loaded. The reporter's screens
// are in the first load; the others arrive when opened (a commune on a slow link never downloads them).
import './reporting/report-form.js';
import './reporting/my-incidents.js';

export const ROUTES = [
  { path: '/bao-cao-su-co', tag: 'uc-report-form', menu: 'nav.report', roles: ['reporter'] },
  { path: '/su-co', tag: 'uc-my-incidents', menu: 'nav.myIncidents', roles: ['reporter'] },
  { path: '/su-co/:id', tag: 'uc-incident-page', load: () => import('./incident/incident-page.js') },
  { path: '/su-co/:id/danh-gia', tag: 'uc-assessment', load: () => import('./incident/assessment.js') },
  { path: '/dieu-phoi', tag: 'uc-board', menu: 'nav.board', roles: ['coordinator'], load: () => import('./board/board.js') },
  { path: '/viec-cua-toi', tag: 'uc-my-work', menu: 'nav.myWork', roles: ['responder', 'coordinator'],
    load: () => import('./board/my-work.js') },
  { path: '/tinh', tag: 'uc-province-inbox', menu: 'nav.province', roles: ['provincial'],
    load: () => import('./province/inbox.js') },
  { path: '/bao-cao-dinh-ky', tag: 'uc-periodic-reports', menu: 'nav.reports', roles: ['coordinator', 'auditor', 'admin'],
    load: () => import('./reports/periodic.js') },
  { path: '/nhat-ky', tag: 'uc-audit-log', menu: 'nav.audit', roles: ['auditor', 'admin'], load: () => import('./audit/audit-log.js') },
  { path: '/quan-tri', tag: 'uc-admin', menu: 'nav.admin', roles: ['admin', 'coordinator'], load: () => import('./admin/admin.js') },
  { path: '/thu-dien-tu', tag: 'uc-email-settings', menu: 'nav.email',
    roles: ['reporter', 'coordinator', 'responder', 'provincial', 'auditor', 'admin'],
    load: () => import('./settings/email-settings.js') },
];

/** Where "/" leads: the first menu screen of the caller's roles. */
export function homeFor(roles) {
  const first = ROUTES.find((route) => route.menu && route.roles.some((role) => roles.includes(role)));
  return first ? first.path : null;
}
