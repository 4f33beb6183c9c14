import { Flag, Grid, Money, OfficeBuilding, Service, Setting } from '@element-plus/icons-vue';
import type { Component } from 'vue';

/** The icons a registry entry may name (`"icon": "OfficeBuilding"`): a few, imported one by one, not the whole set. */
const icons: Record<string, Component> = { Flag, Money, OfficeBuilding, Service, Setting };

/** The icon of a module, or a plain one for a name the shell does not know. */
export function moduleIcon(name: string | undefined): Component {
  return (name && icons[name]) || Grid;
}
