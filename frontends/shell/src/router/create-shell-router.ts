import { createRouter, createWebHistory } from 'vue-router';
import { coreRoutes } from './routes/core';

export function createShellRouter() {
  return createRouter({ history: createWebHistory(), routes: coreRoutes });
}
