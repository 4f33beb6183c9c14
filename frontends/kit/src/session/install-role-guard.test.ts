import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { logInAs } from '../../testing/log-in-as';
import { forbiddenRouteName, installRoleGuard } from './install-role-guard';
import { endSession } from './session-store';

const page = { render: () => h('div') };

/** A remote's area under /assets: its start page, a page for staff only and one for everyone; and the 无权访问 page every router names. */
function areaRouter() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/assets',
        component: page,
        children: [
          { path: '', name: 'assets-home', redirect: { name: 'assets-properties' } },
          { path: 'overview', name: 'assets-overview', component: page, meta: { roles: ['ADMIN', 'ASSETS_STAFF'] } },
          { path: 'properties', name: 'assets-properties', component: page, meta: { roles: ['ADMIN', 'ASSETS_STAFF', 'UNIT_USER'] } },
        ],
      },
      { path: '/:pathMatch(.*)*', name: forbiddenRouteName, component: page },
    ],
  });
  installRoleGuard(router);
  return router;
}

const unitUser = { id: 'account-unit', username: 'unit', roles: ['UNIT_USER' as const], dataScope: 'UNIT_AND_CHILDREN' as const, person: null };

describe('installRoleGuard', () => {
  afterEach(() => {
    endSession();
    vi.unstubAllGlobals();
  });

  it('shows an account without the page’s roles 无权访问, at the address it asked for', async () => {
    await logInAs(unitUser);
    const router = areaRouter();
    await router.push('/assets/overview?year=2024');
    expect(router.currentRoute.value.name).toBe(forbiddenRouteName);
    expect(router.currentRoute.value.fullPath).toBe('/assets/overview?year=2024');
  });

  it('opens the page for an account with one of its roles', async () => {
    await logInAs({ ...unitUser, roles: ['ASSETS_STAFF'] });
    const router = areaRouter();
    await router.push('/assets/overview');
    expect(router.currentRoute.value.name).toBe('assets-overview');
  });
});
