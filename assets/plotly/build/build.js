// Bundles entry.js the way plotly.js bundles its own dist files (its esbuild-config.js),
// minified, with the same kind of header, into ../plotly-briefkit.min.js.
'use strict';
const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');
const version = require('plotly.js/package.json').version;

esbuild
    .build({
        entryPoints: [require.resolve('./entry.js')],
        outfile: require('path').join(__dirname, '..', 'plotly-briefkit.min.js'),
        format: 'iife',
        globalName: 'Plotly',
        bundle: true,
        minify: true,
        sourcemap: false,
        legalComments: 'eof',
        plugins: [InlineCSSPlugin(), environmentPlugin({ NODE_DEBUG: false })],
        define: { global: 'window', 'define.amd': 'false' },
        target: 'es2016',
        banner: {
            js:
                `/**\n* plotly.js (briefkit: scatter, bar, scattergeo, choropleth - minified) v${version}\n` +
                '* Copyright 2012-2026, Plotly, Inc.\n* All rights reserved.\n* Licensed under the MIT license\n*/',
        },
        logLevel: 'info',
    })
    .catch(() => process.exit(1));
