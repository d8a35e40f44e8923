import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

// The catalogue builds with the project's vite.config.ts (decorators from tsconfig.json, the
// __VERSION__ define), minus what only the library build needs.
const LIBRARY_ONLY = new Set(['datakultur-static-files', 'datakultur-bundle-beside']);

const withoutLibraryPlugins = (plugins: PluginOption[] = []): PluginOption[] =>
  plugins.flat(Infinity as 1).filter((p) => !(p && typeof p === 'object' && 'name' in p && LIBRARY_ONLY.has(p.name)));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories load the bundled report from `data/datakultur.json`, relative to the preview page,
  // so the built catalogue also works from a sub-folder.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({ ...vite, plugins: withoutLibraryPlugins(vite.plugins) }),
};

export default config;
